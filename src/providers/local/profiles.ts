import picomatch from 'picomatch';
import { HEALTHY_PROFILE } from './scenario/defaults.js';
import type { Fault, FaultTarget, ModelProfile, ResolvedScenario } from './scenario/types.js';
import type { ContainerDef } from './state.js';

/** The environment variable that names a scenario model profile explicitly. */
export const PROFILE_ENV = 'MODELGATE_PROFILE';

const matchers = new Map<string, (s: string) => boolean>();
/** Glob match where `*` also crosses `/` (image URIs and S3 URLs have slashes). */
export function globMatch(pattern: string, value: string): boolean {
  let m = matchers.get(pattern);
  if (!m) {
    m = picomatch(pattern, { bash: true, dot: true });
    matchers.set(pattern, m);
  }
  return m(value);
}

/**
 * Which behaviour profile a SageMaker model gets: the container's MODELGATE_PROFILE environment
 * variable; else the first profile whose `match` globs (name, image, modelDataUrl) all match; else
 * the profile named `default`; else a healthy built-in profile.
 */
export function resolveProfile(
  scenario: ResolvedScenario,
  modelName: string,
  containers: readonly ContainerDef[],
): ModelProfile {
  for (const c of containers) {
    const named = c.Environment?.[PROFILE_ENV];
    if (named) {
      const p = scenario.profiles.find((x) => x.name === named);
      if (p) return p;
    }
  }
  for (const p of scenario.profiles) {
    const m = p.match;
    if (!m) continue;
    if (m.name !== undefined && !globMatch(m.name, modelName)) continue;
    if (
      m.image !== undefined &&
      !containers.some((c) => c.Image !== undefined && globMatch(m.image!, c.Image))
    )
      continue;
    if (
      m.modelDataUrl !== undefined &&
      !containers.some((c) => c.ModelDataUrl !== undefined && globMatch(m.modelDataUrl!, c.ModelDataUrl))
    ) {
      continue;
    }
    return p;
  }
  return scenario.profiles.find((p) => p.name === 'default') ?? HEALTHY_PROFILE;
}

/** A MODELGATE_PROFILE value that names no profile of the scenario, if any. */
export function unknownProfileName(
  scenario: ResolvedScenario,
  containers: readonly ContainerDef[],
): string | undefined {
  for (const c of containers) {
    const named = c.Environment?.[PROFILE_ENV];
    if (named && !scenario.profiles.some((p) => p.name === named)) return named;
  }
  return undefined;
}

export interface TargetContext {
  profile: string;
  model?: string;
  endpoint: string;
  variant: string;
}

export function targetMatches(target: FaultTarget, ctx: TargetContext): boolean {
  if (target.profile !== undefined && !globMatch(target.profile, ctx.profile)) return false;
  if (target.model !== undefined && (ctx.model === undefined || !globMatch(target.model, ctx.model)))
    return false;
  if (target.endpoint !== undefined && !globMatch(target.endpoint, ctx.endpoint)) return false;
  if (target.variant !== undefined && !globMatch(target.variant, ctx.variant)) return false;
  return true;
}

/** What a model does at simulated offset `t` (ms since the start), faults applied. */
export interface Behaviour {
  profile: ModelProfile;
  rate4xx: number;
  rate5xx: number;
  modelErrorRate: number;
  latencyFactor: number;
  latencyAddMs: number;
}

export function behaviourAt(
  profile: ModelProfile,
  faults: readonly Fault[],
  ctx: TargetContext,
  t: number,
): Behaviour {
  const b: Behaviour = { profile, ...profile.errors, latencyFactor: 1, latencyAddMs: 0 };
  for (const f of faults) {
    if (t < f.from || t >= f.to) continue;
    if (f.type === 'latencySpike' && targetMatches(f.target, ctx)) {
      b.latencyFactor *= f.factor;
      b.latencyAddMs += f.addMs;
    } else if (f.type === 'errorBurst' && targetMatches(f.target, ctx)) {
      if (f.rate4xx !== undefined) b.rate4xx = f.rate4xx;
      if (f.rate5xx !== undefined) b.rate5xx = f.rate5xx;
      if (f.modelErrorRate !== undefined) b.modelErrorRate = f.modelErrorRate;
    }
  }
  const total = b.rate4xx + b.rate5xx + b.modelErrorRate;
  if (total > 1) {
    b.rate4xx /= total;
    b.rate5xx /= total;
    b.modelErrorRate /= total;
  }
  return b;
}

/** Fault window edges (absolute times) inside [from, to), for splitting traffic segments. */
export function faultEdges(faults: readonly Fault[], t0: number, from: number, to: number): number[] {
  const edges: number[] = [];
  for (const f of faults) {
    if (f.type !== 'latencySpike' && f.type !== 'errorBurst') continue;
    for (const e of [t0 + f.from, t0 + f.to]) if (e > from && e < to) edges.push(e);
  }
  return edges;
}
