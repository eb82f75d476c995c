/**
 * How much of the evidence a rendering shows. The renderer starts at the richest level and steps
 * down until the report fits its surface's size limit.
 */
export interface Detail {
  /** Put evidence tables (gate evidence, checks, policy allows) inside collapsed `<details>`. */
  collapse: boolean;
  /** Newest metric windows listed; older ones are counted, not shown. */
  maxWindows: number;
  /** Newest gate evaluations in the history and per-gate charts. */
  maxGateHistory: number;
  /** Newest timeline lines. */
  maxTimeline: number;
  /** Mermaid charts on or off. */
  charts: boolean;
  /** Rows of `allow` decisions listed (denies, errors, waivers and warnings are always listed). */
  maxAllowRows: number;
  /** Evidence rows per check. */
  maxEvidenceRows: number;
  /** Characters of one user-supplied message. */
  maxMessage: number;
}

const ALL = Number.POSITIVE_INFINITY;

export const FULL_DETAIL: Detail = {
  collapse: false,
  maxWindows: ALL,
  maxGateHistory: ALL,
  maxTimeline: ALL,
  charts: true,
  maxAllowRows: ALL,
  maxEvidenceRows: ALL,
  maxMessage: 600,
};

/** The levels tried in order, from everything shown to the bare verdict and decisions. */
export function detailLevels(): Detail[] {
  const levels: Detail[] = [FULL_DETAIL, { ...FULL_DETAIL, collapse: true }];
  let last = levels[1];
  for (const n of [2000, 1000, 500, 200, 100, 50, 24, 12, 6]) {
    last = {
      ...last,
      maxWindows: n,
      maxGateHistory: n * 2,
      maxTimeline: n * 2,
      maxAllowRows: n,
      maxEvidenceRows: n,
    };
    levels.push(last);
  }
  levels.push({ ...last, charts: false, maxMessage: 300 });
  levels.push({
    ...last,
    charts: false,
    maxWindows: 0,
    maxGateHistory: 0,
    maxTimeline: 10,
    maxAllowRows: 0,
    maxEvidenceRows: 0,
    maxMessage: 200,
  });
  return levels;
}

/** The newest `max` items and how many older ones were left out. */
export function newest<T>(items: T[], max: number): { shown: T[]; omitted: number } {
  if (items.length <= max) return { shown: items, omitted: 0 };
  const keep = Math.max(0, Math.floor(max));
  return { shown: keep === 0 ? [] : items.slice(items.length - keep), omitted: items.length - keep };
}
