import type { GateEvidence } from '../rollout/events.js';
import type { Gate } from '../spec/types.js';
import { newest, type Detail } from './detail.js';
import { gatesOf } from './state.js';
import { isRateMetric } from './format.js';
import { code, fence, text } from './markdown.js';
import type { DeploymentProgress, GateRecord, ReportState } from './types.js';

/** Most points a chart draws; more become unreadable on a PR page. */
const MAX_POINTS = 36;

/** A string for a mermaid label: no quotes, backticks, brackets or newlines; bounded length. */
function label(s: string, max = 60): string {
  const clean = s
    .replace(/[\r\n\t"`[\]{}<>;#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Plain decimal (mermaid's grammar has no exponent). */
function num(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Number(v.toPrecision(4));
  return Math.abs(r) < 1e-6 ? '0' : String(parseFloat(r.toFixed(6)));
}

/** A y-axis top a little above the data, on a round value. */
function axisTop(values: number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max <= 0) return 1;
  const raw = max * 1.15;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const top = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * mag).find((t) => t >= raw) ?? 10 * mag;
  return Number(top.toPrecision(3));
}

/** Categories must differ, or mermaid draws two points in one place. */
function unique(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} #${n}`;
  });
}

function minutesLabels(times: number[], start: number): string[] {
  const mins = times.map((t) => (t - start) / 60_000);
  const span = mins.length > 1 ? mins[mins.length - 1] - mins[0] : 0;
  const gaps = mins
    .slice(1)
    .map((m, i) => m - mins[i])
    .filter((g) => g > 0);
  const smallest = gaps.length ? Math.min(...gaps) : span;
  const decimals = smallest >= 1 ? 0 : smallest >= 0.1 ? 1 : 2;
  return mins.map((m) => m.toFixed(decimals));
}

function xychart(
  title: string,
  xTitle: string,
  xs: string[],
  yTitle: string,
  top: number,
  series: string[],
): string {
  return fence(
    'mermaid',
    [
      'xychart-beta',
      `    title "${label(title, 80)}"`,
      `    x-axis "${label(xTitle)}" [${xs.map((x) => `"${label(x, 20)}"`).join(', ')}]`,
      `    y-axis "${label(yTitle)}" 0 --> ${num(top)}`,
      ...series.map((s) => `    ${s}`),
    ].join('\n'),
  );
}

/** Traffic share at each instant: the verified shifts, and the rollback's return to the baseline. */
function trafficSteps(d: DeploymentProgress): Array<{ at: number; baseline: number; candidate: number }> {
  const points = d.traffic.map((t) => ({ at: t.at, baseline: t.baseline, candidate: t.candidate }));
  const rb = d.rollback?.completedAt;
  if (rb !== undefined && !points.some((p) => p.at >= rb))
    points.push({ at: rb, baseline: 100, candidate: 0 });
  return points.sort((a, b) => a.at - b.at);
}

const CELLS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400];

/**
 * Traffic per variant over time on a regular grid of round cells (so the x-axis is real time and a
 * long bake reads as long): bars are the candidate's share, the line the baseline's.
 */
export function trafficChart(state: ReportState, now: number): string {
  const d = state.deployment;
  if (!d || !d.traffic.length) return '';
  const steps = trafficSteps(d);
  const start = d.startedAt;
  const end = Math.max(d.outcome?.at ?? d.rollback?.completedAt ?? now, steps[steps.length - 1].at);
  const spanS = (end - start) / 1000;
  if (spanS <= 0) return '';
  const cell = CELLS_S.find((c) => spanS / c <= MAX_POINTS - 1) ?? CELLS_S[CELLS_S.length - 1];
  const inMinutes = cell >= 60;
  const n = Math.ceil(spanS / cell) + 1;
  const xs: string[] = [];
  const cand: number[] = [];
  const base: number[] = [];
  let k = 0;
  let cur = { baseline: 100, candidate: 0 };
  for (let i = 0; i < n; i++) {
    const t = start + i * cell * 1000;
    while (k < steps.length && steps[k].at <= t) cur = steps[k++];
    xs.push(String(inMinutes ? (i * cell) / 60 : i * cell));
    cand.push(cur.candidate);
    base.push(cur.baseline);
  }
  if (xs.length < 2) return '';
  const unit = inMinutes ? 'minutes' : 'seconds';
  return [
    `_Traffic per variant over time. Bars: candidate, line: baseline (% of production requests; ${unit} since the start)._`,
    '',
    xychart('Traffic per variant', `${unit} since start`, xs, '% of traffic', 100, [
      `bar [${cand.map(num).join(', ')}]`,
      `line [${base.map(num).join(', ')}]`,
    ]),
  ].join('\n');
}

/** The tightest numeric limit a gate reading is held to, in the metric's unit. */
function limitValue(gate: Gate | undefined, ev: GateEvidence): number | undefined {
  if (gate?.kind === 'metric') {
    const bounds: number[] = [];
    if (gate.max !== undefined) bounds.push(gate.max);
    if (gate.maxRatioToBaseline !== undefined && ev.baseline !== undefined) {
      bounds.push(gate.maxRatioToBaseline * ev.baseline);
    }
    if (bounds.length) return Math.min(...bounds);
    if (gate.min !== undefined) return gate.min;
    return undefined;
  }
  if (ev.ratio === undefined) return ev.threshold;
  return ev.threshold !== undefined && ev.baseline !== undefined ? ev.threshold * ev.baseline : undefined;
}

function gateChart(state: ReportState, gateId: string, records: GateRecord[], detail: Detail): string {
  const d = state.deployment!;
  const gate = gatesOf(state).find((g) => g.id === gateId);
  if (gate?.kind === 'alarm') return '';
  const usable = records.filter((r) => r.result.evidence.candidate !== undefined);
  const { shown, omitted } = newest(usable, Math.min(MAX_POINTS, detail.maxGateHistory));
  if (!shown.length) return '';
  const metric = shown[0].result.evidence.metric ?? (gate?.kind === 'metric' ? gate.metric : undefined);
  const scale = isRateMetric(metric) ? 100 : 1;
  const unit = isRateMetric(metric) ? '%' : metric?.startsWith('latency') ? 'ms' : '';
  const cand = shown.map((r) => r.result.evidence.candidate! * scale);
  const limits = shown.map((r) => limitValue(gate, r.result.evidence));
  const hasLimit = limits.every((v) => v !== undefined);
  const base = shown.map((r) => r.result.evidence.baseline);
  const hasBase = base.every((v) => v !== undefined);
  const second = hasLimit ? limits.map((v) => v! * scale) : hasBase ? base.map((v) => v! * scale) : undefined;
  const mins = minutesLabels(
    shown.map((r) => r.at),
    d.startedAt,
  );
  const xs = unique(shown.map((r, i) => `s${r.stepIndex + 1} ${mins[i]}m`));
  const lineName = hasLimit ? 'limit' : 'baseline';
  const caption = `_Gate ${code(gateId, { max: 80 })}${metric ? ` (${text(metric, 60)})` : ''}: bars are the candidate at each evaluation${second ? `, the line the ${lineName}` : ''}${omitted ? `; the ${omitted} oldest evaluations are not drawn` : ''}._`;
  return [
    caption,
    '',
    xychart(
      `${gateId}${unit ? ` (${unit})` : ''}`,
      'step and minutes since start',
      xs,
      `${metric ?? gateId}${unit ? ` (${unit})` : ''}`,
      axisTop([...cand, ...(second ?? [])]),
      [`bar [${cand.map(num).join(', ')}]`, ...(second ? [`line [${second.map(num).join(', ')}]`] : [])],
    ),
  ].join('\n');
}

/** Mermaid charts: traffic over time, then each gated metric against its limit. */
export function renderCharts(state: ReportState, detail: Detail, now: number): string {
  const d = state.deployment;
  if (!detail.charts || !d) return '';
  const parts: string[] = [];
  const traffic = trafficChart(state, now);
  if (traffic) parts.push(traffic);
  const byGate = new Map<string, GateRecord[]>();
  for (const g of d.gates) {
    const list = byGate.get(g.result.gateId);
    if (list) list.push(g);
    else byGate.set(g.result.gateId, [g]);
  }
  for (const [id, records] of byGate) {
    const chart = gateChart(state, id, records, detail);
    if (chart) parts.push(chart);
  }
  if (!parts.length) return '';
  return ['### Charts', '', parts.join('\n\n')].join('\n');
}
