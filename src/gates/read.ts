import type { MetricsPort } from '../rollout/ports.js';
import { buildQueries, parseWindow, type WindowRequest } from './queries.js';
import type { WindowData } from './types.js';

/**
 * One GetMetricData call for the whole window, both variants, every metric. An empty window (no
 * period complete yet) is not sent: CloudWatch refuses StartTime = EndTime.
 */
export async function readWindow(metrics: MetricsPort, req: WindowRequest): Promise<WindowData> {
  const queries = req.endMs > req.startMs ? buildQueries(req) : [];
  const series = queries.length ? await metrics.getMetricData(queries, req.startMs, req.endMs) : [];
  return parseWindow(req, series);
}
