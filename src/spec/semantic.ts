import { candidateModelName } from '../plan/names.js';
import { nativeUpdateSeconds, planRollout } from '../plan/plan.js';
import { instancesFor } from './capacity.js';
import { formatDuration, parseDuration } from './duration.js';
import { DEFAULTS, MAX_EXECUTION_BOUNDS } from './defaults.js';
import { gateRulesPath, isBuiltinAbMetric, obj, type Raw } from './normalize.js';
import { closest } from './suggest.js';
import { formatPath } from './yaml.js';
import type {
  AbTestStrategy,
  CanaryStrategy,
  ChecksSpec,
  Gate,
  GatesSpec,
  LinearStrategy,
  ModelSpec,
  RollbackSpec,
  RollingStrategy,
  Spec,
  StrategySpec,
  TargetSpec,
} from './types.js';

/** Records a problem at a YAML path (the loader turns the path into a line and column). */
export type Report = (path: string, message: string, expected?: string) => void;

/** The sections that passed the schema, normalised; absent when their section has schema errors. */
export interface Sections {
  raw: Raw;
  model?: ModelSpec;
  checks?: ChecksSpec;
  target?: TargetSpec;
  strategy?: StrategySpec;
  gates?: GatesSpec;
  rollback?: RollbackSpec;
}

const has = (o: unknown, key: string) => Object.hasOwn(obj(o), key);
const dur = (s: number) => formatDuration(s);

/** SageMaker's limit on WaitIntervalInSeconds and TerminationWaitInSeconds. */
const NATIVE_WAIT_MAX = 3600;
/** Longest duration any field accepts. */
const MAX_DURATION = 30 * 86_400;
const DURATION_KEYS = new Set([
  'bake',
  'terminationWait',
  'duration',
  'wait',
  'maxExecution',
  'period',
  'maxExtension',
  'watch',
  'deadline',
  'stepTimeout',
]);
const RATE_METRICS = new Set(['error_rate', 'client_error_rate', 'model_error_rate']);

/** Checks beyond the schema: every one that can run on the sections that are well-formed. */
export function checkSemantics(sec: Sections, reportTo: Report): void {
  let found = 0;
  const report: Report = (...args) => {
    found++;
    reportTo(...args);
  };
  for (const section of ['strategy', 'gates', 'rollback'])
    checkDurations(sec.raw[section], [section], report);
  if (sec.model && sec.checks) checkChecks(sec.checks, sec.model, report);
  if (sec.model) checkModel(sec.model, report);
  if (sec.target) checkTarget(sec.target, obj(sec.raw.target), report);
  if (sec.gates) checkGates(sec.gates, sec.raw.gates, report);
  if (sec.rollback) checkRollback(sec.rollback, sec.gates, report);
  if (sec.strategy && sec.target && sec.gates) {
    checkStrategy(sec.strategy, obj(sec.raw.strategy), sec.target, sec.gates, report);
  }
  if (sec.strategy?.type === 'shadow' && sec.strategy.agreement && sec.target) {
    const dc = sec.target.dataCapture;
    if (!dc || !dc.enabled || dc.samplingPercent <= 0) {
      report(
        'strategy.agreement',
        `prediction agreement is read from data capture, and ${dc ? 'target.dataCapture is disabled' : 'target.dataCapture is not configured'}`,
        'target.dataCapture: { destination: s3://…, samplingPercent: … }',
      );
    }
  }
  if (sec.model && sec.target && sec.target.variant === candidateModelName(sec.model)) {
    report(
      'target.variant',
      `the live variant "${sec.target.variant}" has the name the candidate would get: this model version seems deployed already`,
      'distinct baseline and candidate variant names',
    );
  }
  // The plan of a spec with problems would only repeat them in other words: plan only a sound spec.
  const { model, checks, target, strategy, gates, rollback } = sec;
  if (found === 0 && model && checks && target && strategy && gates && rollback) {
    const spec: Spec = {
      apiVersion: 'modelgate/v1',
      model,
      checks,
      target,
      strategy,
      gates,
      rollback,
      policies: [],
    };
    checkAgainstPlan(spec, sec.raw, report);
  }
}

function checkDurations(node: unknown, path: Array<string | number>, report: Report): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => checkDurations(x, [...path, i], report));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (DURATION_KEYS.has(k) && typeof v === 'string') {
      const s = parseDuration(v);
      if (s !== undefined && s > MAX_DURATION) {
        report(formatPath([...path, k]), `${v} is longer than the 30-day limit`, 'a duration of at most 30d');
      }
    } else {
      checkDurations(v, [...path, k], report);
    }
  }
}

function checkModel(m: ModelSpec, report: Report): void {
  if (/^s3:/i.test(m.artifact)) {
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/\S+$/.test(m.artifact)) {
      report(
        'model.artifact',
        `"${m.artifact}" is not a valid S3 URI`,
        's3://bucket/key with a lower-case bucket name',
      );
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(m.artifact)) {
    report(
      'model.artifact',
      `"${m.artifact}" is neither a local path nor an s3:// URI`,
      'a path relative to the spec or s3://bucket/key',
    );
  }
}

function checkChecks(c: ChecksSpec, m: ModelSpec, report: Report): void {
  const a = c.artifact;
  if (a?.minSizeBytes !== undefined && a.maxSizeBytes !== undefined && a.minSizeBytes > a.maxSizeBytes) {
    report(
      'checks.artifact.minSizeBytes',
      `minSizeBytes ${a.minSizeBytes} is larger than maxSizeBytes ${a.maxSizeBytes}`,
      'minSizeBytes ≤ maxSizeBytes',
    );
  }
  if (a && a.requiredFiles.length > 0 && !/\.(tar\.gz|tgz)$/i.test(m.artifact)) {
    report(
      'checks.artifact.requiredFiles',
      `requiredFiles are looked up inside a .tar.gz artifact, but model.artifact is "${m.artifact}"`,
      'a model.artifact ending in .tar.gz, or no requiredFiles',
    );
  }
  const d = c.data;
  if (d) {
    const names = new Map<string, number>();
    d.columns.forEach((col, i) => {
      const at = `checks.data.columns[${i}]`;
      if (names.has(col.name)) {
        report(
          `${at}.name`,
          `column "${col.name}" is declared twice (first at columns[${names.get(col.name)}])`,
          'unique column names',
        );
      } else names.set(col.name, i);
      const numeric = col.type === 'number' || col.type === 'integer';
      if (!numeric && (col.min !== undefined || col.max !== undefined)) {
        report(
          `${at}.${col.min !== undefined ? 'min' : 'max'}`,
          `min and max apply to number and integer columns; "${col.name}" is ${col.type}`,
        );
      }
      if (col.min !== undefined && col.max !== undefined && col.min > col.max) {
        report(`${at}.min`, `min ${col.min} is larger than max ${col.max}`, 'min ≤ max');
      }
      const want = numeric ? 'number' : col.type === 'boolean' ? 'boolean' : 'string';
      col.allowed?.forEach((v, j) => {
        if (typeof v !== want) {
          report(
            `${at}.allowed[${j}]`,
            `${JSON.stringify(v)} is not a ${want}, but "${col.name}" is a ${col.type} column`,
            `${want} values`,
          );
        }
      });
    });
    const drift = d.drift;
    if (drift) {
      if (!d.reference) {
        report(
          'checks.data.drift',
          'drift is measured against reference data, and checks.data.reference is not set',
          'checks.data.reference: <path to the training data>',
        );
      }
      drift.numerical?.forEach((mth, i) => {
        if (mth === 'chi2')
          report(
            `checks.data.drift.numerical[${i}]`,
            'chi2 compares categories, not numbers',
            'psi, ks, wasserstein or jensen-shannon',
          );
      });
      drift.categorical?.forEach((mth, i) => {
        if (mth === 'ks' || mth === 'wasserstein') {
          report(
            `checks.data.drift.categorical[${i}]`,
            `${mth} compares numbers, not categories`,
            'psi, chi2 or jensen-shannon',
          );
        }
      });
      for (const mth of ['ks', 'chi2'] as const) {
        const t = drift.thresholds[mth];
        if (t !== undefined && t > 1)
          report(
            `checks.data.drift.thresholds.${mth}`,
            `${mth} takes a p-value threshold, and ${t} is above 1`,
            'a p-value between 0 and 1, e.g. 0.05',
          );
      }
      if (d.columns.length > 0) {
        const declared = d.columns.map((x) => x.name);
        for (const name of Object.keys(drift.columns)) {
          if (!declared.includes(name)) {
            const guess = closest(name, declared);
            report(
              `checks.data.drift.columns[${JSON.stringify(name)}]`,
              `"${name}" is not one of the declared columns${guess ? `; did you mean "${guess}"?` : ''}`,
              `one of ${declared.join(', ')}`,
            );
          }
        }
      }
    }
  }
  const e = c.evaluation;
  if (e && !e.baseline) {
    e.require.forEach((expr, i) => {
      if (/\bbaseline\s*[.[]/.test(expr)) {
        report(
          `checks.evaluation.require[${i}]`,
          `"${expr}" reads baseline metrics, and checks.evaluation.baseline is not set`,
          'checks.evaluation.baseline: <path to the baseline metrics JSON>',
        );
      }
    });
  }
}

function checkTarget(t: TargetSpec, raw: Raw, report: Report): void {
  if (t.provider === 'sagemaker' && !has(raw, 'region')) {
    report(
      'target.region',
      'missing required field "region" (provider sagemaker needs a region)',
      'an AWS region such as us-east-1',
    );
  }
  const dc = t.dataCapture;
  if (dc?.enabled && dc.samplingPercent === 0) {
    report(
      'target.dataCapture.samplingPercent',
      'data capture is enabled with a sampling of 0%: nothing would be captured',
      'a percentage above 0, or enabled: false',
    );
  }
  if (
    dc &&
    t.provider === 'sagemaker' &&
    !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(dc.destination)
  ) {
    report(
      'target.dataCapture.destination',
      `SageMaker captures to S3, and "${dc.destination}" is not an s3:// URI`,
      's3://bucket/prefix',
    );
  }
}

function isRule(v: unknown): v is Raw {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function checkGates(g: GatesSpec, raw: unknown, report: Report): void {
  const base = gateRulesPath(raw);
  const rawRules = (Array.isArray(raw) ? raw : obj(raw).rules) as unknown[] | undefined;
  const seen = new Map<string, number>();
  g.rules.forEach((rule, i) => {
    const at = `${base}[${i}]`;
    const r = isRule(rawRules?.[i]) ? (rawRules?.[i] as Raw) : {};
    const explicit = typeof r.id === 'string';
    if (explicit && (rule.id === 'agreement' || rule.id === 'ab-test')) {
      report(
        `${at}.id`,
        `the id "${rule.id}" is reserved for the ${rule.id === 'ab-test' ? 'A/B test verdict' : 'shadow agreement check'}`,
        'another id',
      );
    }
    const first = seen.get(rule.id);
    if (first !== undefined) {
      report(
        explicit ? `${at}.id` : at,
        explicit
          ? `duplicate gate id "${rule.id}" (also ${base}[${first}])`
          : `duplicate gate id "${rule.id}", derived from the rule, as ${base}[${first}]; merge the two rules or give one an id`,
        'unique gate ids',
      );
    } else seen.set(rule.id, i);
    if (rule.kind === 'metric') checkMetricGate(rule, r, at, report);
  });
  if (g.periodSeconds < 60 || g.periodSeconds % 60 !== 0) {
    report(
      'gates.period',
      `${dur(g.periodSeconds)} is not a whole number of minutes: SageMaker publishes endpoint metrics every minute`,
      'a period of 1m or a multiple of 1m',
    );
  }
}

function checkMetricGate(
  rule: Extract<Gate, { kind: 'metric' }>,
  raw: Raw,
  at: string,
  report: Report,
): void {
  const { metric } = rule;
  if (
    rule.max === undefined &&
    rule.min === undefined &&
    rule.maxRatioToBaseline === undefined &&
    rule.test === undefined
  ) {
    report(at, `the ${metric} gate has no criterion`, 'at least one of max, min, maxRatioToBaseline, test');
  }
  if (RATE_METRICS.has(metric)) {
    for (const k of ['max', 'min'] as const) {
      const v = rule[k];
      if (v !== undefined && v > 1) {
        report(
          `${at}.${k}`,
          `${metric} is a fraction from 0 to 1, and ${v} is above 1 (1% is 0.01)`,
          'a fraction from 0 to 1',
        );
      }
    }
  }
  if (rule.max !== undefined && rule.min !== undefined && rule.min > rule.max) {
    report(`${at}.min`, `min ${rule.min} is above max ${rule.max}: the gate can never pass`, 'min ≤ max');
  }
  if (rule.test) {
    const latency = metric.startsWith('latency_');
    const fits = rule.test === 'mann-whitney' ? latency : RATE_METRICS.has(metric);
    if (!fits) {
      const want = latency ? 'mann-whitney' : RATE_METRICS.has(metric) ? 'fisher or binomial' : 'no test';
      report(`${at}.test`, `${rule.test} does not apply to ${metric}`, want);
    }
  }
  if (metric === 'invocations' && rule.maxRatioToBaseline !== undefined) {
    report(
      `${at}.maxRatioToBaseline`,
      'invocations follow the traffic split, so their ratio to the baseline says nothing about the model',
      'a min on invocations, or a ratio on another metric',
    );
  }
  if (has(raw, 'alpha') && rule.test === undefined) {
    report(
      `${at}.alpha`,
      'alpha is the significance level of a test, and this gate has no test',
      'test: mann-whitney, fisher or binomial',
    );
  }
}

function checkRollback(r: RollbackSpec, g: GatesSpec | undefined, report: Report): void {
  if (r.stepTimeoutSeconds < 60) {
    report(
      'rollback.stepTimeout',
      `${dur(r.stepTimeoutSeconds)} is too short for any endpoint update`,
      'at least 1m (SageMaker updates usually take 5–10 minutes)',
    );
  }
  if (g && r.watchSeconds > 0 && g.rules.length === 0) {
    report(
      'rollback.watch',
      'a post-promotion watch needs gates to watch, and there are none',
      'gates, or no rollback.watch',
    );
  }
}

function checkStrategy(s: StrategySpec, raw: Raw, t: TargetSpec, g: GatesSpec, report: Report): void {
  const period = g.periodSeconds;
  const noGates = g.rules.length === 0;
  const bakeAtLeastPeriod = (path: string, seconds: number, what = 'bake') => {
    if (seconds < period) {
      report(
        path,
        `${what} ${dur(seconds)} is shorter than the gate period ${dur(period)}: its gates would have no complete metric window`,
        `at least ${dur(period)}`,
      );
    }
  };
  const nativeWait = (path: string, seconds: number, what: string) => {
    if (seconds > NATIVE_WAIT_MAX)
      report(
        path,
        `${dur(seconds)} is longer than SageMaker's ${what} limit of 1h`,
        'at most 1h in native mode',
      );
  };
  const bakePath = (key: string) => (has(raw, key) ? `strategy.${key}` : 'strategy');

  switch (s.type) {
    case 'all-at-once':
      if (!noGates) bakeAtLeastPeriod(bakePath('bake'), s.bakeSeconds);
      nativeWait(bakePath('bake'), s.bakeSeconds, 'WaitIntervalInSeconds');
      break;
    case 'canary':
      checkCanary(s, t, period, noGates, report);
      break;
    case 'linear':
      checkLinear(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait);
      break;
    case 'blue-green':
      if (!noGates) bakeAtLeastPeriod(bakePath('bake'), s.bakeSeconds);
      if (s.mode === 'native') {
        nativeWait(bakePath('bake'), s.bakeSeconds, 'WaitIntervalInSeconds');
        nativeWait(bakePath('terminationWait'), s.terminationWaitSeconds, 'TerminationWaitInSeconds');
      }
      break;
    case 'shadow':
      if (s.samplingPercent <= 0) {
        report(
          'strategy.samplingPercent',
          'a shadow that receives 0% of requests sees nothing',
          'a percentage above 0',
        );
      }
      bakeAtLeastPeriod('strategy.duration', s.durationSeconds, 'duration');
      if (s.agreement?.metric === 'match-rate' && s.agreement.threshold > 1) {
        report(
          'strategy.agreement.threshold',
          `match-rate is a fraction from 0 to 1, and ${s.agreement.threshold} is above 1`,
          'a fraction such as 0.98',
        );
      }
      if (noGates && !s.agreement) {
        report(
          'strategy',
          'a shadow with no gates and no agreement check compares nothing',
          'gates, or strategy.agreement',
        );
      }
      break;
    case 'ab-test':
      checkAbTest(s, raw, report, bakeAtLeastPeriod);
      break;
    case 'rolling':
      checkRolling(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait);
      break;
  }
}

function checkCanary(
  s: CanaryStrategy,
  t: TargetSpec,
  period: number,
  noGates: boolean,
  report: Report,
): void {
  const steps = s.steps;
  steps.forEach((step, i) => {
    const at = `strategy.steps[${i}]`;
    if (i === 0 && step.weight <= 0) {
      report(`${at}.weight`, 'the first canary step sends no traffic to the candidate', 'a weight above 0');
    }
    if (i > 0 && step.weight <= steps[i - 1].weight) {
      report(
        `${at}.weight`,
        `weights must increase: ${step.weight} comes after ${steps[i - 1].weight}`,
        `a weight above ${steps[i - 1].weight}`,
      );
    }
    const needsBake = step.weight < 100 || step.bakeSeconds > 0;
    if (needsBake && step.bakeSeconds < period) {
      report(
        `${at}.bake`,
        `bake ${dur(step.bakeSeconds)} is shorter than the gate period ${dur(period)}: the step's gates would have no complete metric window`,
        `at least ${dur(period)}`,
      );
    }
  });
  const last = steps[steps.length - 1];
  if (last && last.weight !== 100 && last.weight > (steps[steps.length - 2]?.weight ?? -1)) {
    report(
      `strategy.steps[${steps.length - 1}].weight`,
      `the last step's weight is ${last.weight}: the rollout never reaches 100%`,
      'a final step { weight: 100 }',
    );
  }
  if (steps.length === 1 && last.weight === 100) {
    report(
      'strategy.steps',
      'a canary needs at least one step below 100% (to switch everything at once use all-at-once or blue-green)',
      'steps such as [{ weight: 10 }, { weight: 100 }]',
    );
  }
  if (noGates) {
    report(
      'strategy',
      'a canary without gates can never fail: every step passes once its bake is over',
      'gates with at least one rule',
    );
  }
  if (s.mode !== 'native') return;
  if (steps.length !== 2) {
    report(
      'strategy.steps',
      `native canary has exactly one step below 100% (SageMaker's CanarySize), then 100%; there are ${steps.length} steps`,
      '[{ weight: N, bake: … }, { weight: 100 }], or mode: driven for more steps',
    );
    return;
  }
  const canary = steps[0];
  if (canary.weight > 50) {
    report(
      'strategy.steps[0].weight',
      `SageMaker's canary is at most 50% of the fleet, and ${canary.weight} is more`,
      'a weight from 1 to 50',
    );
  }
  if (!Number.isInteger(canary.weight)) {
    report(
      'strategy.steps[0].weight',
      `SageMaker's canary size is a whole percentage, and ${canary.weight} is not`,
      'a whole number from 1 to 50',
    );
  }
  const instances = instancesFor(t.instanceCount, canary.weight);
  if (canary.weight <= 50 && instances * 2 > t.instanceCount) {
    report(
      'target.instanceCount',
      `a native canary of ${canary.weight}% on ${t.instanceCount} instance(s) is ${instances} instance(s), more than half the fleet, which SageMaker refuses`,
      `at least ${Math.max(2, Math.ceil(100 / canary.weight))} instances, or mode: driven`,
    );
  }
  if (canary.bakeSeconds > NATIVE_WAIT_MAX) {
    report(
      'strategy.steps[0].bake',
      `${dur(canary.bakeSeconds)} is longer than SageMaker's WaitIntervalInSeconds limit of 1h`,
      'at most 1h in native mode',
    );
  }
  if (steps[1].bakeSeconds > NATIVE_WAIT_MAX) {
    report(
      'strategy.steps[1].bake',
      `the final bake becomes TerminationWaitInSeconds, and ${dur(steps[1].bakeSeconds)} is over its 1h limit`,
      'at most 1h in native mode',
    );
  }
}

function checkLinear(
  s: LinearStrategy,
  raw: Raw,
  t: TargetSpec,
  noGates: boolean,
  report: Report,
  bakeAtLeastPeriod: (path: string, seconds: number) => void,
  nativeWait: (path: string, seconds: number, what: string) => void,
): void {
  const pPath = has(raw, 'stepPercent') ? 'strategy.stepPercent' : 'strategy';
  const bPath = has(raw, 'bake') ? 'strategy.bake' : 'strategy';
  if (s.stepPercent >= 100) {
    report(
      pPath,
      'a linear step of 100% moves everything in one step',
      'a stepPercent below 100, or strategy type all-at-once',
    );
  }
  bakeAtLeastPeriod(bPath, s.bakeSeconds);
  if (noGates) {
    report(
      'strategy',
      'a linear rollout without gates can never fail: every step passes once its bake is over',
      'gates with at least one rule',
    );
  }
  if (s.mode !== 'native') return;
  if (!Number.isInteger(s.stepPercent) || s.stepPercent < 10 || s.stepPercent > 50) {
    report(
      pPath,
      `SageMaker's linear step is a whole percentage from 10 to 50, and ${s.stepPercent} is not`,
      'a whole number from 10 to 50, or mode: driven',
    );
  } else if (instancesFor(t.instanceCount, s.stepPercent) >= t.instanceCount) {
    report(
      'target.instanceCount',
      `with ${t.instanceCount} instance(s) a native linear step of ${s.stepPercent}% is the whole fleet: all traffic would move at once`,
      `at least ${Math.ceil(100 / s.stepPercent)} instances, or mode: driven`,
    );
  }
  nativeWait(bPath, s.bakeSeconds, 'WaitIntervalInSeconds');
}

function checkAbTest(
  s: AbTestStrategy,
  raw: Raw,
  report: Report,
  bakeAtLeastPeriod: (path: string, seconds: number, what?: string) => void,
): void {
  if (!has(raw, 'metric')) {
    report(
      'strategy',
      'an A/B test needs a metric to pick a winner',
      'strategy.metric: { name, namespace, kind, goal }',
    );
  } else {
    const m = obj(raw.metric);
    const builtin = isBuiltinAbMetric(s.metric.name);
    if (!builtin && !has(m, 'namespace')) {
      report(
        'strategy.metric',
        `"${s.metric.name}" is not a built-in metric, so it needs the CloudWatch namespace it is published in`,
        'namespace: <CloudWatch namespace>, or a built-in metric such as error_rate',
      );
    }
    if (!builtin && !has(m, 'kind')) {
      report(
        'strategy.metric',
        `say whether "${s.metric.name}" is a proportion (successes per request) or continuous (a value per request)`,
        'kind: proportion or kind: continuous',
      );
    }
    if (!builtin && !has(m, 'goal')) {
      report(
        'strategy.metric',
        `say whether a higher or a lower "${s.metric.name}" wins`,
        'goal: maximize or goal: minimize',
      );
    }
    if (builtin && s.metric.goal === 'maximize') {
      report(
        'strategy.metric.goal',
        `a higher ${s.metric.name} is worse, so maximize would pick the worse model`,
        'goal: minimize',
      );
    }
    if (has(m, 'trials') && s.metric.kind !== 'proportion') {
      report(
        'strategy.metric.trials',
        'trials counts the denominator of a proportion, and this metric is continuous',
        'no trials, or kind: proportion',
      );
    }
    const fits = s.metric.kind === 'proportion' ? ['fisher', 'binomial'] : ['mann-whitney', 'welch'];
    if (!fits.includes(s.test)) {
      report(
        has(raw, 'test') ? 'strategy.test' : 'strategy',
        `${s.test} does not apply to a ${s.metric.kind} metric`,
        fits.join(' or '),
      );
    }
  }
  if (s.candidatePercent <= 0 || s.candidatePercent >= 100) {
    report(
      'strategy.candidatePercent',
      `an A/B split needs traffic on both variants, and ${s.candidatePercent}% leaves one empty`,
      'a percentage from 1 to 99',
    );
  }
  bakeAtLeastPeriod('strategy.duration', s.durationSeconds, 'duration');
}

function checkRolling(
  s: RollingStrategy,
  raw: Raw,
  t: TargetSpec,
  noGates: boolean,
  report: Report,
  bakeAtLeastPeriod: (path: string, seconds: number, what?: string) => void,
  nativeWait: (path: string, seconds: number, what: string) => void,
): void {
  const path = (k: string) => (has(raw, k) ? `strategy.${k}` : 'strategy');
  if (s.batchPercent < 5 || s.batchPercent > 50) {
    report(
      path('batchPercent'),
      `SageMaker's rolling batch is 5% to 50% of capacity, and ${s.batchPercent} is outside`,
      'a percentage from 5 to 50',
    );
  }
  if (s.rollbackBatchPercent < 5) {
    report(
      path('rollbackBatchPercent'),
      `SageMaker's rollback batch is at least 5% of capacity, and ${s.rollbackBatchPercent} is less`,
      'a percentage from 5 to 100',
    );
  }
  if (!noGates) bakeAtLeastPeriod(path('wait'), s.waitSeconds, 'wait');
  nativeWait(path('wait'), s.waitSeconds, 'WaitIntervalInSeconds');
  const { min, max } = MAX_EXECUTION_BOUNDS;
  if (s.maxExecutionSeconds < min || s.maxExecutionSeconds > max) {
    report(
      path('maxExecution'),
      `${dur(s.maxExecutionSeconds)} is outside SageMaker's MaximumExecutionTimeoutInSeconds range`,
      'from 10m to 8h',
    );
  } else {
    const batches = Math.ceil(t.instanceCount / instancesFor(t.instanceCount, s.batchPercent));
    const waits = batches * s.waitSeconds;
    if (s.maxExecutionSeconds <= waits) {
      report(
        path('maxExecution'),
        `${batches} batches × wait ${dur(s.waitSeconds)} = ${dur(waits)} of waiting alone, which does not fit in maxExecution ${dur(s.maxExecutionSeconds)}`,
        `more than ${dur(waits)}`,
      );
    }
  }
}

/** Checks that need the whole plan: gates that never run, native alarms, time limits. */
function checkAgainstPlan(spec: Spec, raw: Raw, report: Report): void {
  const plan = planRollout(spec);
  const base = gateRulesPath(raw.gates);
  const evaluated = new Set(plan.steps.flatMap((s) => s.gates));
  spec.gates.rules.forEach((g, i) => {
    if (
      !evaluated.has(g.id) &&
      g.kind === 'metric' &&
      (g.maxRatioToBaseline !== undefined || g.test !== undefined)
    ) {
      report(
        `${base}[${i}]`,
        `gate "${g.id}" compares with the baseline, but no step of this ${spec.strategy.type} rollout bakes with the baseline serving beside the candidate, so it would never be evaluated`,
        'an absolute bound (max or min), or a canary, linear, shadow or A/B strategy',
      );
    }
  });

  const native = plan.steps.find((s) => s.native)?.native;
  if (native && spec.rollback.enabled) {
    const gatesPath =
      raw.gates === undefined ? 'strategy' : Array.isArray(raw.gates) ? 'gates' : 'gates.rules';
    if (native.alarms.length > 10) {
      report(
        gatesPath,
        `SageMaker accepts at most 10 auto-rollback alarms, and this spec gives ${native.alarms.length}`,
        'at most 10 alarm gates and max/min metric gates together',
      );
    }
    const explicitNative = obj(raw.strategy).mode === 'native';
    if (native.alarms.length === 0 && (explicitNative || spec.gates.rules.length > 0)) {
      report(
        gatesPath,
        'SageMaker rolls a native update back on CloudWatch alarms only, and this spec gives it none',
        spec.rollback.createAlarms
          ? 'an alarm gate or a max/min metric gate (modelgate creates its alarm), or mode: driven'
          : 'an alarm gate, rollback.createAlarms: true with a max/min metric gate, or mode: driven',
      );
    }
    const nativeSeconds = nativeUpdateSeconds(plan.steps);
    if (native.policy === 'blue-green' && nativeSeconds >= MAX_EXECUTION_BOUNDS.max) {
      report(
        'strategy',
        `the native update would last about ${dur(nativeSeconds)}, beyond SageMaker's 8h MaximumExecutionTimeoutInSeconds`,
        'shorter bakes, or mode: driven',
      );
    }
  }

  if (plan.expectedDurationSeconds > spec.rollback.deadlineSeconds) {
    const given = has(raw.rollback, 'deadline');
    report(
      given ? 'rollback.deadline' : raw.rollback === undefined ? 'strategy' : 'rollback',
      `the rollout is expected to take ${dur(plan.expectedDurationSeconds)}, longer than rollback.deadline ${dur(spec.rollback.deadlineSeconds)}${given ? '' : ` (the default is ${dur(DEFAULTS.deadlineSeconds)})`}`,
      `a deadline of at least ${dur(plan.maxDurationSeconds)}`,
    );
  }
}
