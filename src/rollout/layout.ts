import type { Plan, PlanStep } from '../plan/types.js';
import type { Spec } from '../spec/types.js';
import type { EndpointConfigDefinition, VariantDefinition } from './ports.js';

/**
 * The endpoint configs one deployment uses, built from the spec, the plan and the baseline
 * (last known-good) config. Pure: the executor creates them, verifies against them, and a re-run
 * with the same deployment id rebuilds the same names.
 */
export interface Layout {
  model: string;
  baseline?: VariantDefinition;
  lastGoodConfig?: string;
  candidateVariant: string;
  /** Driven modes and A/B: baseline + candidate production variants. */
  ramp: EndpointConfigDefinition;
  /** Candidate alone under the endpoint's production variant name, the state a driven rollout finishes in. */
  final: EndpointConfigDefinition;
  /** Baseline in production, candidate as a shadow. */
  shadow: EndpointConfigDefinition;
  /** Native blue/green and rolling: the baseline's variant name with the candidate's model. */
  native: EndpointConfigDefinition;
}

export interface LayoutInput {
  spec: Spec;
  plan: Plan;
  names: { config: (kind: 'ramp' | 'final' | 'shadow' | 'native' | 'first') => string };
  /** The candidate's SageMaker model name (the plan's candidateModel). */
  model: string;
  /** The last known-good config, undefined on a first deployment. */
  lastGood?: EndpointConfigDefinition;
}

/** The candidate's variant name must differ from the baseline's (SageMaker needs unique names). */
export function candidateVariantName(plan: Plan, baselineName: string | undefined): string {
  if (plan.variants.candidate !== baselineName) return plan.variants.candidate;
  if (plan.variants.baseline !== baselineName) return plan.variants.baseline;
  return `${plan.variants.candidate}-2`.slice(0, 63);
}

/** The candidate fleet beside the baseline is sized for the largest share the plan gives it. */
const maxCandidateInstances = (steps: PlanStep[]) =>
  Math.max(
    1,
    ...steps
      .filter((s) => s.action === 'shift' || s.action === 'provision' || s.action === 'experiment')
      .map((s) => s.instances.candidate),
  );

export function buildLayout(input: LayoutInput): Layout {
  const { spec, plan, names, lastGood } = input;
  const base = lastGood?.production[0];
  const candidateVariant = candidateVariantName(plan, base?.name);
  // The endpoint keeps its production variant name across deployments (dashboards, alarms, and
  // native updates, which require it); a first deployment takes the spec's (target.variant).
  const servingName = base?.name ?? plan.variants.baseline;
  const capture = spec.target.dataCapture?.enabled
    ? {
        dataCapture: {
          samplingPercent: spec.target.dataCapture.samplingPercent,
          destination: spec.target.dataCapture.destination,
          ...(spec.target.dataCapture.kmsKeyId ? { kmsKeyId: spec.target.dataCapture.kmsKeyId } : {}),
        },
      }
    : {};
  const candidate = (name: string, instanceCount: number, weight: number): VariantDefinition => ({
    name,
    model: input.model,
    instanceType: spec.target.instanceType,
    instanceCount,
    weight,
  });
  const rampInstances = maxCandidateInstances(plan.steps);
  const shadowStep = plan.steps.find((s) => s.action === 'shadow');
  const baseline = base ? { ...base, weight: 100 } : undefined;
  return {
    model: input.model,
    baseline: base,
    lastGoodConfig: lastGood?.name,
    candidateVariant,
    ramp: {
      name: names.config('ramp'),
      production: baseline
        ? [baseline, candidate(candidateVariant, rampInstances, 0)]
        : [candidate(candidateVariant, spec.target.instanceCount, 1)],
      shadow: [],
      ...capture,
    },
    final: {
      name: names.config(lastGood ? 'final' : 'first'),
      production: [candidate(servingName, spec.target.instanceCount, 1)],
      shadow: [],
      ...capture,
    },
    shadow: {
      name: names.config('shadow'),
      production: baseline ? [baseline] : [],
      // The shadow's weight relative to production's sets the share of requests mirrored.
      shadow: [
        candidate(
          candidateVariant,
          Math.max(1, shadowStep?.instances.candidate ?? 1),
          shadowStep?.shadowPercent ?? 100,
        ),
      ],
      ...capture,
    },
    native: {
      name: names.config('native'),
      production: [candidate(servingName, base?.instanceCount ?? spec.target.instanceCount, 1)],
      shadow: [],
      ...capture,
    },
  };
}
