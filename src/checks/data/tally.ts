import type { ValueExample } from '../types.js';

/** How many offending values the facts quote per rule. */
export const MAX_EXAMPLES = 5;

/** A counter that keeps the first few offending values with their rows. */
export class Tally {
  count = 0;
  readonly examples: ValueExample[] = [];

  add(row: number, value: unknown): void {
    this.count++;
    if (this.examples.length < MAX_EXAMPLES) this.examples.push({ row, value: show(value) });
  }
}

/** A value as quoted in evidence: short, one line. */
export function show(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value);
  else if (typeof value === 'bigint') s = value.toString();
  else if (value instanceof Date) s = value.toISOString();
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
