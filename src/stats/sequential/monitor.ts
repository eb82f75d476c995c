import { invalid, probability } from '../validate.js';
import type { SequentialResult } from './types.js';

export interface MonitorState {
  alpha: number;
  looks: number;
  /** Running minimum of min(1, 1/Λ): the always-valid p-value. */
  pvalue: number;
  /** Look at which Λ first reached 1/α, or null. */
  rejectedAt: number | null;
}

/**
 * Tracks one sequential test across looks (gate evaluations): the always-valid p-value (running minimum
 * of 1/Λ, valid whenever it is read) and a sticky decision. Pure state, serializable with toJSON so a
 * gate can carry it between evaluations.
 */
export class SequentialMonitor {
  private state: MonitorState;

  constructor(alpha = 0.05, state?: MonitorState) {
    probability('SequentialMonitor', 'alpha', alpha, { open: true });
    if (state && state.alpha !== alpha)
      throw invalid('SequentialMonitor', `state was recorded with alpha ${state.alpha}, not ${alpha}`);
    this.state = state ? { ...state } : { alpha, looks: 0, pvalue: 1, rejectedAt: null };
  }

  observe(result: SequentialResult): MonitorState {
    const s = this.state;
    s.looks += 1;
    s.pvalue = Math.min(s.pvalue, result.pvalue);
    if (s.rejectedAt === null && s.pvalue <= s.alpha) s.rejectedAt = s.looks;
    return { ...s };
  }

  get rejected(): boolean {
    return this.state.rejectedAt !== null;
  }

  get pvalue(): number {
    return this.state.pvalue;
  }

  toJSON(): MonitorState {
    return { ...this.state };
  }
}
