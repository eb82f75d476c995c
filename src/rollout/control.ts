import { parseDuration } from '../spec/duration.js';
import type { ControlCommand } from './events.js';

/**
 * Parses the `modelgate:control` tag: `promote`, `abort`, `hold`, `resume` or `extend <duration>`
 * (`extend 10m`, `extend 1h30m`). Returns an error message for anything else.
 */
export function parseControl(text: string): ControlCommand | { error: string } {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'promote' || t === 'abort' || t === 'hold' || t === 'resume') return { kind: t };
  const m = /^extend[ =:_+]?(.+)$/.exec(t);
  if (m) {
    const seconds = parseDuration(m[1].trim());
    if (seconds !== undefined && seconds > 0) return { kind: 'extend', seconds };
    return { error: `"${text}": extend needs a duration such as 10m or 1h30m` };
  }
  return {
    error: `"${text}" is not a control command (expected promote, abort, hold, resume or extend <duration>)`,
  };
}

export function describeControl(c: ControlCommand): string {
  return c.kind === 'extend' ? `extend ${c.seconds}s` : c.kind;
}
