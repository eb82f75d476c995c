import type { ImageFacts } from './types.js';

/**
 * Matches the container image against the allow-list. A pattern matches the whole URI; `*` matches
 * any run of characters (slashes and colons included), everything else is literal. An empty list
 * allows every image.
 */
export function checkImage(uri: string, allowList: string[]): ImageFacts {
  if (allowList.length === 0) return { uri, allowListed: true, matchedPattern: null, allowList };
  const matched = allowList.find((p) => patternToRegExp(p).test(uri)) ?? null;
  return { uri, allowListed: matched !== null, matchedPattern: matched, allowList };
}

export function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}
