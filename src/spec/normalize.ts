import { instancesFor } from './capacity.js';
import { parseDuration } from './duration.js';
import { DEFAULTS, defaultRollingMaxExecution } from './defaults.js';
import type {
  AbMetricSpec,
  ChecksSpec,
  DriftMethod,
  Gate,
  GateMetric,
  GatesSpec,
  ModelSpec,
  RollbackSpec,
  StatTest,
  StrategySpec,
  TargetSpec,
  TrafficMode,
} from './types.js';

/*
 * YAML form → normalised Spec, section by section. Each function assumes its section passed the JSON
 * Schema (the loader only calls it then), fills in the defaults listed in defaults.ts and turns
 * durations into seconds. Nothing here rejects input: semantic.ts does that, on the result.
 */

// The YAML form as validated by the schema; fields are read through small typed helpers.
export type Raw = Record<string, unknown>;

/** The value as a mapping, or an empty one when it is not a mapping. */
export const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
const stringMap = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(obj(v)).filter(([, x]) => typeof x === 'string')) as Record<
    string,
    string
  >;
const seconds = (v: unknown, fallback: number): number => {
  const s = str(v);
  return s === undefined ? fallback : (parseDuration(s) ?? fallback);
};
const defined = <T extends Raw>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function normalizeModel(raw: unknown): ModelSpec {
  const m = obj(raw);
  return defined({
    name: str(m.name) ?? '',
    artifact: str(m.artifact) ?? '',
    sha256: str(m.sha256)?.toLowerCase(),
    image: str(m.image) ?? '',
    metadata: str(m.metadata),
    modelPackageArn: str(m.modelPackageArn),
    environment: stringMap(m.environment),
    executionRoleArn: str(m.executionRoleArn),
  });
}

export function normalizeChecks(raw: unknown): ChecksSpec {
  const c = obj(raw);
  const out: ChecksSpec = {};
  if (c.artifact !== undefined) {
    const a = obj(c.artifact);
    out.artifact = defined({
      minSizeBytes: num(a.minSizeBytes),
      maxSizeBytes: num(a.maxSizeBytes),
      requiredFiles: strings(a.requiredFiles),
      imageAllowList: strings(a.imageAllowList),
      requireApproval: bool(a.requireApproval) ?? true,
    });
  }
  if (c.data !== undefined) {
    const d = obj(c.data);
    const columns = (Array.isArray(d.columns) ? d.columns : []).map((x) => {
      const col = obj(x);
      return defined({
        name: str(col.name) ?? '',
        type: col.type as 'number',
        maxNullPercent: num(col.maxNullPercent) ?? DEFAULTS.nullPercent,
        min: num(col.min),
        max: num(col.max),
        allowed: Array.isArray(col.allowed) ? (col.allowed as Array<string | number | boolean>) : undefined,
        unique: bool(col.unique) ?? false,
        drift: bool(col.drift) ?? true,
      });
    });
    let drift;
    if (d.drift !== undefined) {
      const dr = obj(d.drift);
      drift = defined({
        numerical: Array.isArray(dr.numerical) ? (dr.numerical as DriftMethod[]) : undefined,
        categorical: Array.isArray(dr.categorical) ? (dr.categorical as DriftMethod[]) : undefined,
        thresholds: obj(dr.thresholds) as Partial<Record<DriftMethod, number>>,
        columns: obj(dr.columns) as Record<string, { method?: DriftMethod; threshold?: number }>,
        datasetDriftPercent: num(dr.datasetDriftPercent) ?? DEFAULTS.datasetDriftPercent,
        bins: num(dr.bins) ?? DEFAULTS.driftBins,
      });
    }
    out.data = defined({ reference: str(d.reference), current: str(d.current) ?? '', columns, drift });
  }
  if (c.evaluation !== undefined) {
    const e = obj(c.evaluation);
    out.evaluation = defined({
      candidate: str(e.candidate) ?? '',
      baseline: str(e.baseline),
      require: strings(e.require),
    });
  }
  return out;
}

export function normalizeTarget(raw: unknown): TargetSpec {
  const t = obj(raw);
  let dataCapture;
  if (t.dataCapture !== undefined) {
    const dc = obj(t.dataCapture);
    dataCapture = defined({
      enabled: bool(dc.enabled) ?? true,
      samplingPercent: num(dc.samplingPercent) ?? DEFAULTS.dataCaptureSamplingPercent,
      destination: str(dc.destination) ?? '',
      kmsKeyId: str(dc.kmsKeyId),
    });
  }
  return defined({
    provider: t.provider === 'local' ? ('local' as const) : ('sagemaker' as const),
    region: str(t.region) ?? DEFAULTS.region,
    endpoint: str(t.endpoint) ?? '',
    endpointUrl: str(t.endpointUrl),
    variant: str(t.variant) ?? DEFAULTS.variant,
    environment: str(t.environment) ?? DEFAULTS.environment,
    instanceType: str(t.instanceType) ?? '',
    instanceCount: num(t.instanceCount) ?? DEFAULTS.instanceCount,
    dataCapture,
    tags: stringMap(t.tags),
  });
}

export function normalizeStrategy(raw: unknown, instanceCount: number): StrategySpec {
  const s = obj(raw);
  const mode = (fallback: TrafficMode): TrafficMode =>
    s.mode === 'native' || s.mode === 'driven' ? s.mode : fallback;
  switch (s.type) {
    case 'all-at-once':
      return { type: 'all-at-once', bakeSeconds: seconds(s.bake, DEFAULTS.allAtOnceBakeSeconds) };
    case 'canary': {
      const steps = (Array.isArray(s.steps) ? s.steps : []).map((x) => {
        const step = obj(x);
        const weight = num(step.weight) ?? 0;
        return { weight, bakeSeconds: seconds(step.bake, weight >= 100 ? 0 : DEFAULTS.stepBakeSeconds) };
      });
      return { type: 'canary', mode: mode('driven'), steps };
    }
    case 'linear':
      return {
        type: 'linear',
        mode: mode('driven'),
        stepPercent: num(s.stepPercent) ?? DEFAULTS.linearStepPercent,
        bakeSeconds: seconds(s.bake, DEFAULTS.linearBakeSeconds),
      };
    case 'blue-green':
      return {
        type: 'blue-green',
        mode: mode('native'),
        bakeSeconds: seconds(s.bake, DEFAULTS.blueGreenBakeSeconds),
        terminationWaitSeconds: seconds(s.terminationWait, DEFAULTS.terminationWaitSeconds),
      };
    case 'shadow': {
      let agreement;
      if (s.agreement !== undefined) {
        const a = obj(s.agreement);
        agreement = defined({
          metric: a.metric === 'mean-abs-diff' ? ('mean-abs-diff' as const) : ('match-rate' as const),
          threshold: num(a.threshold) ?? 0,
          field: str(a.field),
          minSamples: num(a.minSamples) ?? DEFAULTS.agreementMinSamples,
        });
      }
      return defined({
        type: 'shadow' as const,
        samplingPercent: num(s.samplingPercent) ?? DEFAULTS.shadowSamplingPercent,
        durationSeconds: seconds(s.duration, 0),
        agreement,
        onSuccess: s.onSuccess === 'discard' ? ('discard' as const) : ('promote' as const),
      });
    }
    case 'ab-test': {
      const metric = normalizeAbMetric(s.metric);
      const test =
        (str(s.test) as StatTest | 'welch' | undefined) ??
        (metric.kind === 'proportion' ? 'fisher' : 'mann-whitney');
      return defined({
        type: 'ab-test' as const,
        candidatePercent: num(s.candidatePercent) ?? DEFAULTS.abCandidatePercent,
        durationSeconds: seconds(s.duration, 0),
        minSamplesPerVariant: num(s.minSamplesPerVariant),
        metric,
        alpha: num(s.alpha) ?? DEFAULTS.abAlpha,
        test,
        onNoWinner: s.onNoWinner === 'promote' ? ('promote' as const) : ('keep-baseline' as const),
      });
    }
    case 'rolling': {
      const batchPercent = num(s.batchPercent) ?? DEFAULTS.rollingBatchPercent;
      const waitSeconds = seconds(s.wait, DEFAULTS.rollingWaitSeconds);
      const batches = Math.ceil(instanceCount / instancesFor(instanceCount, batchPercent));
      return {
        type: 'rolling',
        batchPercent,
        waitSeconds,
        rollbackBatchPercent: num(s.rollbackBatchPercent) ?? DEFAULTS.rollingRollbackBatchPercent,
        maxExecutionSeconds: seconds(s.maxExecution, defaultRollingMaxExecution(batches, waitSeconds)),
      };
    }
    default:
      throw new Error(`normalizeStrategy: unknown type ${String(s.type)}`);
  }
}

/** Metrics the A/B test knows without a namespace: the gate metrics, read from AWS/SageMaker. */
const BUILTIN_AB_KIND: Record<string, AbMetricSpec['kind']> = {
  error_rate: 'proportion',
  client_error_rate: 'proportion',
  model_error_rate: 'proportion',
  latency_avg: 'continuous',
  latency_p50: 'continuous',
  latency_p90: 'continuous',
  latency_p95: 'continuous',
  latency_p99: 'continuous',
};

export function isBuiltinAbMetric(name: string): boolean {
  return name in BUILTIN_AB_KIND;
}

function normalizeAbMetric(raw: unknown): AbMetricSpec {
  const m = obj(raw);
  const name = str(m.name) ?? '';
  const builtin = BUILTIN_AB_KIND[name];
  const kind = (str(m.kind) as AbMetricSpec['kind'] | undefined) ?? builtin ?? 'proportion';
  return defined({
    name,
    namespace: str(m.namespace),
    kind,
    trials: str(m.trials) ?? (kind === 'proportion' && !builtin ? 'Invocations' : undefined),
    goal: (str(m.goal) as AbMetricSpec['goal'] | undefined) ?? (builtin ? 'minimize' : 'maximize'),
  });
}

/** Where the rule list sits in the YAML: `gates` itself (list form) or `gates.rules`. */
export function gateRulesPath(raw: unknown): string {
  return Array.isArray(raw) ? 'gates' : 'gates.rules';
}

/** The id a rule gets when it has none: `error_rate-max`, `latency_p99-ratio`, `alarm-fraud-prod-5xx`. */
export function derivedGateId(rule: Raw): string {
  if (typeof rule.alarm === 'string') {
    const slug = rule.alarm
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
    return `alarm-${slug || 'unnamed'}`.slice(0, 64).replace(/[^a-z0-9]+$/, '');
  }
  const parts: string[] = [];
  if (rule.max !== undefined) parts.push('max');
  if (rule.min !== undefined) parts.push('min');
  if (rule.maxRatioToBaseline !== undefined) parts.push('ratio');
  if (typeof rule.test === 'string') parts.push(rule.test);
  return [String(rule.metric), ...parts].join('-');
}

export function normalizeGates(raw: unknown): GatesSpec {
  const g = Array.isArray(raw) ? { rules: raw } : obj(raw);
  const rules: Gate[] = (Array.isArray(g.rules) ? g.rules : []).map((x) => {
    const r = obj(x);
    const id = str(r.id) ?? derivedGateId(r);
    if (typeof r.alarm === 'string') return { kind: 'alarm', id, alarm: r.alarm };
    return defined({
      kind: 'metric' as const,
      id,
      metric: r.metric as GateMetric,
      max: num(r.max),
      min: num(r.min),
      maxRatioToBaseline: num(r.maxRatioToBaseline),
      test: str(r.test) as StatTest | undefined,
      alpha: num(r.alpha) ?? DEFAULTS.gateAlpha,
    });
  });
  return {
    rules,
    minInvocations: num(g.minInvocations) ?? DEFAULTS.minInvocations,
    periodSeconds: seconds(g.period, DEFAULTS.periodSeconds),
    onInconclusive: g.onInconclusive === 'pass' ? 'pass' : 'fail',
    maxExtensionSeconds: seconds(g.maxExtension, DEFAULTS.maxExtensionSeconds),
  };
}

export function normalizeRollback(raw: unknown): RollbackSpec {
  const r = obj(raw);
  return {
    enabled: bool(r.enabled) ?? true,
    watchSeconds: seconds(r.watch, DEFAULTS.watchSeconds),
    deadlineSeconds: seconds(r.deadline, DEFAULTS.deadlineSeconds),
    stepTimeoutSeconds: seconds(r.stepTimeout, DEFAULTS.stepTimeoutSeconds),
    createAlarms: bool(r.createAlarms) ?? true,
  };
}
