import { createHash } from 'node:crypto';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** z for the 99th percentile of a standard normal: p99 = median · e^(σ·z99) for a lognormal. */
export const Z99 = 2.3263478740408408;

/**
 * A seeded random stream. Every stream is derived from (seed, keys) alone, so what one endpoint's
 * minute draws never depends on how many draws another stream made before it: metrics stay
 * reproducible for a given seed and a given sequence of weight changes.
 */
export class Rng {
  private readonly gen: RandomGenerator;
  private spare: number | undefined;

  constructor(seed: number, ...keys: Array<string | number>) {
    const digest = createHash('sha256')
      .update(`${seed}\u0000${keys.join('\u0000')}`)
      .digest();
    const state: number[] = [
      digest.readInt32BE(0),
      digest.readInt32BE(4),
      digest.readInt32BE(8),
      digest.readInt32BE(12),
    ];
    // xoroshiro must not start from the all-zero state.
    if (!state.some((w) => w !== 0)) state[0] = 1;
    this.gen = xoroshiro128plusFromState(state);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return uniformFloat64(this.gen);
  }

  bernoulli(p: number): boolean {
    return p > 0 && this.uniform() < p;
  }

  /** Standard normal (Marsaglia polar method). */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    for (;;) {
      const u = this.uniform() * 2 - 1;
      const v = this.uniform() * 2 - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const m = Math.sqrt((-2 * Math.log(s)) / s);
        this.spare = v * m;
        return u * m;
      }
    }
  }

  /** Lognormal with the given median and log-space standard deviation. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /**
   * Poisson count with mean `lambda`: exact (Knuth) below 30, normal approximation with continuity
   * correction above, where its error is far below the sampling noise the simulator models.
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.uniform();
      while (p > limit) {
        k++;
        p *= this.uniform();
      }
      return k;
    }
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
  }

  /** Index drawn from non-negative weights (which need not sum to 1); -1 when all are zero. */
  pick(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    if (!(total > 0)) return -1;
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** A deterministic UUID-shaped id. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      ((this.gen.next() >>> 0) + 0x100000000).toString(16).slice(1),
    ).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
