import { patternToRegExp } from '../checks/image.js';

/**
 * The few functions modelgate adds to CEL (registered in `cel-env.ts`). Timestamps in a time zone
 * (`now.timestamp.getHours("Europe/Berlin")`, `getDayOfWeek`), `duration("10m")`, regular
 * expressions (`matches`) and the macros are CEL built-ins and need nothing here.
 */

const globCache = new Map<string, RegExp>();

/**
 * Image allow-list matching, with the very rule the artifact check applies
 * (`patternToRegExp` in src/checks/image.ts): `*` matches any run of characters (slashes and colons
 * included), everything else is literal, and the whole value must match.
 */
export function matchesGlob(value: string, pattern: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    re = patternToRegExp(pattern);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(pattern, re);
  }
  return re.test(value);
}

const UNIT_SECONDS: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };

/**
 * Seconds in a duration string as CEL's `duration()` reads it (`90s`, `10m`, `1h30m`, `1.5h`), so
 * that rules compare with the spec's normalised `…Seconds` fields: `s.bakeSeconds >= seconds("5m")`.
 * Throws on anything else.
 */
export function parseDurationSeconds(text: string): number {
  const m = /^(-?)((?:\d+(?:\.\d+)?|\.\d+)(?:h|ms|m|s|us|µs|ns))+$/.exec(text);
  if (!m || text === '-') throw new Error(`invalid duration "${text}" (expected e.g. "90s", "10m", "1h30m")`);
  let total = 0;
  for (const part of text.replace(/^-/, '').matchAll(/(\d+(?:\.\d+)?|\.\d+)(h|ms|m|s|us|µs|ns)/g)) {
    total += Number(part[1]) * UNIT_SECONDS[part[2]];
  }
  return m[1] === '-' ? -total : total;
}
