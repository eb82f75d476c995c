import type { MetricWindow, VariantFigures } from '../rollout/events.js';
import type { MetricTarget } from '../rollout/ports.js';

export type Role = 'baseline' | 'candidate';

/** Figures for one CloudWatch period of one variant (latency in milliseconds). */
export interface PeriodFigures extends VariantFigures {
  /** Period start, ms since the epoch. */
  start: number;
  /** Custom metrics (A/B), by key. */
  extra?: Record<string, number>;
}

/**
 * One evaluation window as read: the aggregate figures reported in events, plus the per-period
 * series the statistical tests use as samples.
 */
export interface WindowData {
  window: MetricWindow;
  series: Record<Role, PeriodFigures[]>;
  /** Custom metrics aggregated over the window, by role and key. */
  extra: Record<Role, Record<string, number>>;
  /** false when CloudWatch flagged any series as partial. */
  complete: boolean;
}

export interface WindowTargets {
  baseline?: MetricTarget;
  candidate?: MetricTarget;
}

/** Custom per-variant metric an A/B test reads (e.g. conversions), with its trials metric. */
export interface ExtraMetric {
  key: string;
  namespace: string;
  metric: string;
  /** Sum, SampleCount (added up over periods), Average or a percentile (per period). */
  stat: string;
}
