import { InputError } from '../../errors.js';
import type { ColumnSpec, DataCheckSpec, DriftSpec } from '../../spec/types.js';
import type { DataFacts, DriftKind } from '../types.js';
import type { Workspace } from '../workspace.js';
import { DEFAULT_DRIFT, computeDrift, driftSpecProblems, type DriftInput } from './drift.js';
import { kindOf } from './profile.js';
import { readDatasets, type ReaderThread } from './read-datasets.js';
import { formatOf, type ColumnPlan, type ReadJob } from './read-job.js';
import { schemaFacts } from './schema.js';
import { DEFAULT_SAMPLE_LIMIT } from './value-sample.js';

export { formatOf } from './read-job.js';
export { PARALLEL_MIN_BYTES, type ReaderThread } from './read-datasets.js';

export interface DataCheckOptions {
  workspace: Workspace;
  signal?: AbortSignal;
  /** Values per numerical column the drift tests see exactly (see value-sample.ts). */
  sampleLimit?: number;
  /** Distinct values per column the uniqueness rule keeps (see profile.ts). */
  uniqueLimit?: number;
  /** Whether the reference is read on a second thread (see read-datasets.ts; default 'auto'). */
  readerThread?: ReaderThread;
}

/**
 * The data check: reads the reference (if any) and the current data set once each, streaming, into
 * per-column profiles (large files both at once, the reference on a second thread: read-datasets.ts);
 * the schema rules apply to the current data, drift compares the two.
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

  // Column names are unique (checked above), so a column is compared when its own spec says so.
  const comparing = (c: ColumnSpec): boolean => drift !== null && c.drift;
  const sampleFor = (c: ColumnSpec): number | null =>
    comparing(c) && kindOf(c) === 'numerical' ? sampleLimit : null;
  // The reference only feeds drift; the schema rules apply to the current data.
  const referenceJob: ReadJob | null =
    spec.reference && referencePath
      ? {
          realPath: referencePath,
          label: spec.reference,
          columns: spec.columns.map((c): ColumnPlan => ({
            spec: c,
            options: { rules: false, categories: comparing(c) },
            sampleLimit: sampleFor(c),
          })),
        }
      : null;
  const currentJob: ReadJob = {
    realPath: currentPath,
    label: spec.current,
    columns: spec.columns.map((c): ColumnPlan => ({
      spec: c,
      options: { rules: true, categories: true, uniqueLimit: options.uniqueLimit },
      sampleLimit: sampleFor(c),
    })),
  };
  const [reference, current] = await readDatasets(referenceJob, currentJob, {
    signal: options.signal,
    readerThread: options.readerThread,
  });
  const schema = schemaFacts([...current.profiles.values()], spec.current, current.facts.rows);

  let driftFacts = null;
  if (drift && reference) {
    const inputs: DriftInput[] = spec.columns
      .filter((c) => c.drift)
      .map((c) => ({
        profile: current.profiles.get(c.name)!,
        reference: reference.profiles.get(c.name)!,
        currentSample: current.samples.get(c.name) ?? null,
        referenceSample: reference.samples.get(c.name) ?? null,
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
    current: current.facts,
    schema,
    drift: driftFacts,
  };
}
