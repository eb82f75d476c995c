/** Levenshtein distance, with the two-row dynamic programme (inputs are short field names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known name closest to `word`, compared case-insensitively, when it is at most `maxEdits` away.
 * The default counts as a plausible typo at most a third of the word's length in edits (at least 1,
 * at most 3).
 */
export function closest(
  word: string,
  known: Iterable<string>,
  maxEdits = Math.min(3, Math.max(1, Math.floor(word.length / 3))),
): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(w, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= maxEdits ? best : undefined;
}
