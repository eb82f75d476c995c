import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, type InputProblem } from '../../../errors.js';
import { DEFAULT_ACCOUNT, DEFAULT_REGION, DEFAULT_RPS, DEFAULT_TIMINGS } from './defaults.js';
import { parseDuration, parseLatencyMs } from './durations.js';
import { scenarioSchema } from './schema.js';
import type {
  Fault,
  FaultInput,
  Latency,
  LatencyInput,
  ModelProfile,
  ModelProfileInput,
  ResolvedScenario,
  Scenario,
  TimingName,
  TrafficRule,
} from './types.js';
import { Z99 } from '../rng.js';

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is module.exports.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv, formats: string[]) => void;

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      strictTypes: false,
      strictRequired: false,
    });
    addFormats(ajv, ['date-time']);
    compiled = ajv.compile(scenarioSchema);
  }
  return compiled;
}

type Segment = string | number;

/** Locates a field of the parsed YAML: line and column of the node (or of the key, for unknown keys). */
class Locator {
  constructor(
    private readonly doc: Document | undefined,
    private readonly lines: LineCounter | undefined,
    readonly file: string,
  ) {}

  at(path: Segment[], key?: string): { line?: number; column?: number } {
    if (!this.doc || !this.lines) return {};
    let node: unknown = this.doc.getIn(path, true);
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
      if (pair && isNode(pair.key)) node = pair.key;
    }
    // Walk up until a node with a position (a missing field is reported at its parent).
    let depth = path.length;
    while ((!isNode(node) || !node.range) && depth > 0) {
      depth--;
      node = this.doc.getIn(path.slice(0, depth), true);
    }
    if (!isNode(node) || !node.range) node = this.doc.contents;
    if (!isNode(node) || !node.range) return {};
    const pos = this.lines.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  }

  problem(path: Segment[], message: string, expected?: string, key?: string): InputProblem {
    const full = key === undefined ? path : [...path, key];
    return { file: this.file, ...this.at(path, key), path: formatPath(full) || undefined, message, expected };
  }
}

function formatPath(path: Segment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function pointerToPath(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
}

function schemaProblems(errors: ErrorObject[], loc: Locator): InputProblem[] {
  // `if` errors only say "must match then"; anyOf/oneOf children are replaced by their parent's description.
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const kept = errors.filter(
    (e) =>
      e.keyword !== 'if' && !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`)),
  );
  const seen = new Set<string>();
  const out: InputProblem[] = [];
  for (const e of kept) {
    const path = pointerToPath(e.instancePath);
    const description = (e.parentSchema as { description?: string } | undefined)?.description;
    let p: InputProblem;
    switch (e.keyword) {
      case 'additionalProperties': {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys(
          (e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {},
        ).filter((k) => k !== 'type');
        p = loc.problem(
          path,
          `unknown field "${extra}"`,
          allowed.length ? `one of ${allowed.join(', ')}` : undefined,
          extra,
        );
        break;
      }
      case 'required':
        p = loc.problem(
          path,
          `missing required field "${(e.params as { missingProperty: string }).missingProperty}"`,
        );
        break;
      case 'enum':
        p = loc.problem(
          path,
          `invalid value ${JSON.stringify(e.data)}`,
          `one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
        );
        break;
      case 'anyOf':
      case 'oneOf':
      case 'not':
        p =
          e.data !== null && typeof e.data === 'object'
            ? loc.problem(path, description ?? `invalid value ${JSON.stringify(e.data)}`)
            : loc.problem(path, `invalid value ${JSON.stringify(e.data)}`, description);
        break;
      case 'propertyNames':
        continue; // reported through the nested pattern error with the name
      case 'pattern':
        if (e.propertyName !== undefined) {
          p = loc.problem(
            path,
            `invalid name "${e.propertyName}"`,
            `a name matching ${(e.params as { pattern: string }).pattern}`,
            e.propertyName,
          );
        } else {
          p = loc.problem(
            path,
            `invalid value ${JSON.stringify(e.data)}`,
            `a value matching ${(e.params as { pattern: string }).pattern}`,
          );
        }
        break;
      default:
        p = loc.problem(
          path,
          `${e.message ?? 'invalid value'}${e.data !== undefined && typeof e.data !== 'object' ? ` (got ${JSON.stringify(e.data)})` : ''}`,
        );
    }
    const k = `${p.path}\u0000${p.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

const byLine = (ps: InputProblem[]) =>
  ps
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map((x) => x.p);

/** Reads, parses and validates a scenario file; throws InputError naming file, line and field. */
export async function loadScenarioFile(file: string): Promise<ResolvedScenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      [{ file, message: `cannot read scenario file: ${(err as Error).message}` }],
      'scenario_unreadable',
    );
  }
  return parseScenario(text, file);
}

/** Parses and validates scenario YAML text; `file` only names it in errors. */
export function parseScenario(text: string, file: string): ResolvedScenario {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new InputError(
      doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0].line,
        column: e.linePos?.[0].col,
        message: `YAML syntax: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
      'invalid_scenario',
    );
  }
  const value = doc.toJS() ?? {};
  return resolveScenario(value, file, new Locator(doc, lines, file));
}

/** Validates an in-process scenario object (the same rules as a file; no line numbers). */
export function resolveScenario(
  value: unknown,
  file = '<inline>',
  loc = new Locator(undefined, undefined, file),
): ResolvedScenario {
  const validate = validator();
  if (!validate(value))
    throw new InputError(byLine(schemaProblems(validate.errors ?? [], loc)), 'invalid_scenario');
  const problems: InputProblem[] = [];
  const resolved = normalise(value as Scenario, loc, problems);
  if (problems.length) throw new InputError(byLine(problems), 'invalid_scenario');
  return resolved;
}

function latency(
  input: LatencyInput | undefined,
  fallback: Latency,
  path: Segment[],
  loc: Locator,
  problems: InputProblem[],
): Latency {
  if (!input) return fallback;
  const median = parseLatencyMs(input.median) ?? 0;
  const distribution = input.distribution ?? 'lognormal';
  if (distribution === 'constant') return { distribution, median, sigma: 0 };
  if (!(median > 0)) {
    problems.push(loc.problem([...path, 'median'], 'a lognormal median must be greater than 0'));
    return fallback;
  }
  if (input.p99 !== undefined && input.sigma !== undefined) {
    problems.push(loc.problem(path, 'set p99 or sigma, not both'));
    return fallback;
  }
  if (input.p99 !== undefined) {
    const p99 = parseLatencyMs(input.p99) ?? 0;
    if (!(p99 > median)) {
      problems.push(
        loc.problem([...path, 'p99'], `p99 (${p99} ms) must be greater than the median (${median} ms)`),
      );
      return fallback;
    }
    return { distribution, median, sigma: Math.log(p99 / median) / Z99 };
  }
  return { distribution, median, sigma: input.sigma ?? fallback.sigma };
}

function profile(
  name: string,
  input: ModelProfileInput,
  loc: Locator,
  problems: InputProblem[],
): ModelProfile {
  const path = ['models', name];
  const base: ModelProfile = {
    name,
    latency: { distribution: 'lognormal', median: 30, sigma: Math.log(3) / Z99 },
    overhead: { distribution: 'lognormal', median: 2, sigma: Math.log(2.5) / Z99 },
    errors: { rate4xx: 0, rate5xx: 0, modelErrorRate: 0 },
    prediction: { kind: 'labels', labels: ['positive', 'negative'], cumulative: [0.1, 1], disagreement: 0 },
  };
  const errors = { ...base.errors, ...input.errors };
  if (errors.rate4xx + errors.rate5xx + errors.modelErrorRate > 1) {
    problems.push(loc.problem([...path, 'errors'], 'rate4xx + rate5xx + modelErrorRate must not exceed 1'));
  }
  let prediction = base.prediction;
  const pred = input.prediction;
  if (pred?.labels) {
    const entries = Object.entries(pred.labels);
    const total = entries.reduce((a, [, p]) => a + p, 0);
    if (!(total > 0)) {
      problems.push(loc.problem([...path, 'prediction', 'labels'], 'label probabilities must not all be 0'));
    } else {
      let acc = 0;
      prediction = {
        kind: 'labels',
        labels: entries.map(([l]) => l),
        cumulative: entries.map(([, p]) => (acc += p / total)),
        disagreement: pred.disagreement ?? 0,
      };
    }
  } else if (pred?.score) {
    prediction = {
      kind: 'score',
      mean: pred.score.mean,
      sd: pred.score.sd,
      disagreement: pred.disagreement ?? 0,
    };
  } else if (pred?.disagreement !== undefined) {
    prediction = { ...prediction, disagreement: pred.disagreement };
  }
  return {
    name,
    match: input.match,
    latency: latency(input.latency, base.latency, [...path, 'latency'], loc, problems),
    overhead: latency(input.overhead, base.overhead, [...path, 'overhead'], loc, problems),
    errors,
    prediction,
  };
}

function window(f: { at?: string | number; duration?: string | number }): { from: number; to: number } {
  const from = f.at === undefined ? 0 : (parseDuration(f.at) ?? 0);
  const to = f.duration === undefined ? Infinity : from + (parseDuration(f.duration) ?? 0);
  return { from, to };
}

function fault(f: FaultInput, i: number, loc: Locator, problems: InputProblem[]): Fault {
  const w = window(f);
  switch (f.type) {
    case 'latencySpike':
      return { ...w, type: f.type, target: f.target ?? {}, factor: f.factor ?? 1, addMs: f.addMs ?? 0 };
    case 'errorBurst':
      return {
        ...w,
        type: f.type,
        target: f.target ?? {},
        rate4xx: f.rate4xx,
        rate5xx: f.rate5xx,
        modelErrorRate: f.modelErrorRate,
      };
    case 'updateFailure':
      if (f.failLaunch === false && !f.rollbackFails) {
        problems.push(
          loc.problem(
            ['faults', i],
            'an updateFailure with failLaunch: false must set rollbackFails: true (otherwise it does nothing)',
          ),
        );
      }
      return {
        ...w,
        type: f.type,
        endpoint: f.endpoint ?? '*',
        failLaunch: f.failLaunch ?? true,
        batch: f.batch ?? 1,
        rollbackFails: f.rollbackFails ?? false,
        reason: f.reason,
      };
    case 'throttling':
      return {
        ...w,
        type: f.type,
        service: f.service ?? 'sagemaker',
        operations: f.operations,
        probability: f.probability ?? 1,
      };
    case 'stuckEndpoint':
      return {
        ...w,
        type: f.type,
        endpoint: f.endpoint ?? '*',
        failAfter: f.failAfter === undefined ? undefined : parseDuration(f.failAfter),
        reason: f.reason,
      };
  }
}

function normalise(s: Scenario, loc: Locator, problems: InputProblem[]): ResolvedScenario {
  const timings = { ...DEFAULT_TIMINGS };
  for (const [k, v] of Object.entries(s.timings ?? {}))
    timings[k as TimingName] = parseDuration(v as string | number) ?? 0;

  const traffic: TrafficRule[] = (s.traffic ?? []).map((t, i) => {
    if (t.rps !== undefined)
      return { endpoint: t.endpoint, points: [{ at: 0, rps: t.rps }], interpolate: t.interpolate ?? 'step' };
    const points = (t.schedule ?? []).map((p) => ({ at: parseDuration(p.at) ?? 0, rps: p.rps }));
    points.forEach((p, j) => {
      if (j > 0 && p.at <= points[j - 1].at) {
        problems.push(
          loc.problem(['traffic', i, 'schedule', j, 'at'], 'schedule times must increase strictly'),
        );
      }
    });
    return { endpoint: t.endpoint, points, interpolate: t.interpolate ?? 'step' };
  });
  if (!s.traffic) traffic.push({ endpoint: '*', points: [{ at: 0, rps: DEFAULT_RPS }], interpolate: 'step' });

  const profiles = Object.entries(s.models ?? {}).map(([name, p]) => profile(name, p, loc, problems));

  const packages = (s.modelPackages ?? []).map((p) => ({
    name: p.name ?? `${p.group}/${p.version}`,
    group: p.group,
    version: p.version,
    approval: p.approval ?? 'PendingManualApproval',
    status: p.status ?? 'Completed',
    image: p.image,
    modelDataUrl: p.modelDataUrl,
    description: p.description,
    approvalDescription: p.approvalDescription,
  }));
  const seenPkg = new Map<string, number>();
  packages.forEach((p, i) => {
    if (seenPkg.has(p.name))
      problems.push(
        loc.problem(
          ['modelPackages', i],
          `duplicate model package "${p.name}" (also at modelPackages[${seenPkg.get(p.name)}])`,
        ),
      );
    seenPkg.set(p.name, i);
  });

  const retention =
    s.metrics?.retention === undefined ? 24 * 3_600_000 : (parseDuration(s.metrics.retention) ?? 0);
  if (retention < 60_000)
    problems.push(loc.problem(['metrics', 'retention'], 'metric retention must be at least 1m'));
  const start = s.start === undefined ? undefined : Date.parse(s.start);
  return {
    source: loc.file,
    seed: s.seed,
    start,
    account: s.account ?? DEFAULT_ACCOUNT,
    region: s.region ?? DEFAULT_REGION,
    timings,
    traffic,
    input: { features: s.input?.features ?? 4, contentType: s.input?.contentType ?? 'text/csv' },
    profiles,
    modelPackages: packages,
    faults: (s.faults ?? []).map((f, i) => fault(f, i, loc, problems)),
    limits: { instances: { ...(s.limits?.instances ?? {}) } },
    dataCapture: { maxRecordsPerMinute: s.dataCapture?.maxRecordsPerMinute ?? 2000 },
    metricRetentionMs: retention,
  };
}
