import type { MetricsPort } from '../rollout/ports.js';
import { buildQueries, parseWindow, type WindowRequest } from './queries.js';
import type { WindowData } from './types.js';

/** One GetMetricData call for the whole window, both variants, every metric. */
export async function readWindow(metrics: MetricsPort, req: WindowRequest): Promise<WindowData> {
  const queries = buildQueries(req);
  const series = queries.length ? await metrics.getMetricData(queries, req.startMs, req.endMs) : [];
  return parseWindow(req, series);
}
