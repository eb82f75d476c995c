/**
 * The hidden marker that makes a PR comment "sticky": one comment per environment/endpoint, found
 * again by this marker and updated in place.
 */

/** `production/fraud-prod`; each part percent-encoded so no name can close the HTML comment. */
export function reportScope(environment: string, endpoint: string): string {
  return `${encodeURIComponent(environment)}/${encodeURIComponent(endpoint)}`;
}

/** `<!-- modelgate:production/fraud-prod -->` */
export function reportMarker(scope: string): string {
  const safe = scope.replace(/[^A-Za-z0-9%._~!*'()/-]/g, (c) => encodeURIComponent(c));
  return `<!-- modelgate:${safe} -->`;
}
