import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../../errors.js';
import type { DataCheckSpec, DriftSpec } from '../../spec/types.js';
import type { DataFacts, DataFormat, DatasetFacts, DriftKind } from '../types.js';
import type { Workspace } from '../workspace.js';
import { readCsv, type ReadResult } from './csv-reader.js';
import { DEFAULT_DRIFT, computeDrift, driftSpecProblems, type DriftInput } from './drift.js';
import { readJsonLines } from './jsonl-reader.js';
import { readParquet } from './parquet-reader.js';
import { ColumnProfile, kindOf } from './profile.js';
import { schemaFacts } from './schema.js';
import { DEFAULT_SAMPLE_LIMIT, ValueSample } from './value-sample.js';

export interface DataCheckOptions {
  workspace: Workspace;
  signal?: AbortSignal;
  /** Values per numerical column the drift tests see exactly (see value-sample.ts). */
  sampleLimit?: number;
  /** Distinct values per column the uniqueness rule keeps (see profile.ts). */
  uniqueLimit?: number;
}

const FORMATS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

export function formatOf(path: string): DataFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/**
 * The data check: reads the reference (if any) and the current data set once each, streaming, into
 * per-column profiles; the schema rules apply to the current data, drift compares the two.
 * Unreadable or malformed files throw an InputError naming file, line/row and field.
 */
export async function checkData(spec: DataCheckSpec, options: DataCheckOptions): Promise<DataFacts> {
  const ws = options.workspace;
  const kinds = new Map<string, DriftKind>(spec.columns.map((c) => [c.name, kindOf(c)]));
  const drift: DriftSpec | null = spec.reference ? (spec.drift ?? DEFAULT_DRIFT) : null;

  const specProblems = [];
  if (spec.drift && !spec.reference) {
    specProblems.push(
      ws.problem('checks.data.drift', 'drift needs a reference data set', 'checks.data.reference'),
    );
  }
  if (drift) {
    for (const p of driftSpecProblems(drift, kinds)) specProblems.push(ws.problem(p.field, p.message));
  }
  const names = new Set<string>();
  spec.columns.forEach((c, i) => {
    if (names.has(c.name))
      specProblems.push(ws.problem(`checks.data.columns[${i}].name`, `column "${c.name}" is listed twice`));
    names.add(c.name);
  });
  for (const [field, path] of [
    ['checks.data.current', spec.current],
    ['checks.data.reference', spec.reference],
  ] as const) {
    if (path !== undefined && !formatOf(path)) {
      specProblems.push(
        ws.problem(
          field,
          `cannot tell the format of "${path}" from its extension`,
          '.csv, .jsonl, .ndjson or .parquet',
        ),
      );
    }
  }
  if (specProblems.length > 0) throw new InputError(specProblems);

  const currentPath = await ws.file(spec.current, 'checks.data.current');
  const referencePath = spec.reference ? await ws.file(spec.reference, 'checks.data.reference') : null;
  const sampleLimit = options.sampleLimit ?? DEFAULT_SAMPLE_LIMIT;

  const comparing = (name: string): boolean =>
    drift !== null && spec.columns.some((c) => c.name === name && c.drift);
  const samples = new Map<string, { current: ValueSample; reference: ValueSample }>();
  for (const c of spec.columns) {
    if (comparing(c.name) && kindOf(c) === 'numerical') {
      samples.set(c.name, { current: new ValueSample(sampleLimit), reference: new ValueSample(sampleLimit) });
    }
  }

  let reference: { facts: DatasetFacts; profiles: Map<string, ColumnProfile> } | null = null;
  if (spec.reference && referencePath) {
    const profiles = new Map(
      spec.columns.map((c) => [
        c.name,
        new ColumnProfile(c, {
          rules: false,
          sink: samples.get(c.name)?.reference ?? null,
          categories: comparing(c.name),
        }),
      ]),
    );
    const facts = await readDataset(referencePath, spec.reference, profiles, options.signal);
    reference = { facts, profiles };
  }

  const profiles = new Map(
    spec.columns.map((c) => [
      c.name,
      new ColumnProfile(c, {
        rules: true,
        sink: samples.get(c.name)?.current ?? null,
        categories: true,
        uniqueLimit: options.uniqueLimit,
      }),
    ]),
  );
  const current = await readDataset(currentPath, spec.current, profiles, options.signal);
  const schema = schemaFacts([...profiles.values()], spec.current, current.rows);

  let driftFacts = null;
  if (drift && reference) {
    const inputs: DriftInput[] = spec.columns
      .filter((c) => c.drift)
      .map((c) => ({
        profile: profiles.get(c.name)!,
        reference: reference.profiles.get(c.name)!,
        currentSample: samples.get(c.name)?.current ?? null,
        referenceSample: samples.get(c.name)?.reference ?? null,
      }));
    driftFacts = computeDrift(inputs, drift, reference.facts.rows);
  }

  const problems = [...schema.problems];
  if (driftFacts?.datasetDrift) {
    const cols = driftFacts.features.filter((f) => f.drifted).map((f) => f.column);
    problems.push(
      `dataset drift: ${driftFacts.drifted} of ${driftFacts.checked} compared columns drifted (${
        Math.round(driftFacts.driftedShare * 1000) / 10
      }%, at least ${driftFacts.datasetDriftPercent}% means drift): ${cols.join(', ')}`,
    );
  }
  return {
    passed: problems.length === 0,
    problems,
    reference: reference?.facts ?? null,
    current,
    schema,
    drift: driftFacts,
  };
}

async function readDataset(
  realPath: string,
  label: string,
  profiles: Map<string, ColumnProfile>,
  signal?: AbortSignal,
): Promise<DatasetFacts> {
  const format = formatOf(label) as DataFormat;
  const bytes = (await stat(realPath)).size;
  let result: ReadResult;
  if (format === 'csv') result = await readCsv(realPath, label, profiles, signal);
  else if (format === 'jsonl') result = await readJsonLines(realPath, label, profiles, signal);
  else result = await readParquet(realPath, label, profiles, signal);
  return { path: label, format, rows: result.rows, bytes };
}
