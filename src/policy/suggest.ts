import { closest } from '../spec/suggest.js';

/**
 * ` (did you mean "…"?)` for the candidate closest to `word`, or ''. Policy names (rule ids, CEL
 * fields, functions) are often short, so up to two edits always count as a typo here.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates, Math.max(2, Math.floor(word.length / 3)));
  return c ? ` (did you mean "${c}"?)` : '';
}
