// Seeded random numbers for simulations (gate simulators, the sequential tests' validation, benchmarks):
// xoroshiro128+ from pure-rand, 53-bit uniforms, normals by Box–Muller. Same seed, same numbers.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/**
 * xoroshiro128+ with its 128-bit state spread from the seed by splitmix32. pure-rand's own
 * `xoroshiro128plus(seed)` puts the seed into the state almost as is, so nearby seeds start with
 * nearly identical outputs (the first uniform is ≈ 1 for every small seed), which would correlate
 * simulation runs seeded 1, 2, 3, ….
 */
export function seededGenerator(seed: number): ReturnType<typeof xoroshiro128plusFromState> {
  let a = seed | 0;
  const next = () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
  const state = [next(), next(), next(), next()];
  if (!state.some((w) => w !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state);
}

export interface SeededRandom {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Bernoulli(p) as 0/1. */
  bernoulli(p: number): number;
  /** Fills `out` with N(mean, sd²) draws and returns it. */
  fillNormal(out: Float64Array, mean?: number, sd?: number): Float64Array;
}

export function seededRandom(seed: number): SeededRandom {
  const g = seededGenerator(seed);
  let spare = NaN;
  const uniform = () => uniformFloat64(g);
  const normal = () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    const u1 = 1 - uniform(); // (0, 1]
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
  return {
    uniform,
    normal,
    bernoulli: (p) => (uniform() < p ? 1 : 0),
    fillNormal(out, mean = 0, sd = 1) {
      for (let i = 0; i < out.length; i++) out[i] = mean + sd * normal();
      return out;
    },
  };
}
