import type { GateEvidence, GateStatus, VariantFigures } from '../rollout/events.js';
import type { Gate } from '../spec/types.js';
import { newest, type Detail } from './detail.js';
import { gatesOf } from './state.js';
import { count, elapsed, metricValue, percentOfFraction, pValue, significant } from './format.js';
import { code, details, table, text } from './markdown.js';
import type { GateRecord, ReportState } from './types.js';

const STATUS: Record<GateStatus, string> = {
  pass: '✅\u00a0pass',
  fail: '❌\u00a0fail',
  inconclusive: '❔\u00a0inconclusive',
};

/** The gate's limit as a reader says it: `≤ 1%`, `≤ 1.2× baseline`, `no worse (mann-whitney, α 0.05)`. */
export function gateLimit(gate: Gate | undefined, ev: GateEvidence): string {
  if (gate?.kind === 'alarm') return `alarm ${code(gate.alarm, { inTable: true })} not in ALARM`;
  if (gate?.kind === 'metric') {
    const parts: string[] = [];
    if (gate.max !== undefined) parts.push(`≤ ${metricValue(gate.metric, gate.max)}`);
    if (gate.min !== undefined) parts.push(`≥ ${metricValue(gate.metric, gate.min)}`);
    if (gate.maxRatioToBaseline !== undefined)
      parts.push(`≤ ${significant(gate.maxRatioToBaseline)}× baseline`);
    if (gate.test) parts.push(`no worse (${gate.test}, α ${significant(gate.alpha)})`);
    if (parts.length) return parts.join(', ');
  }
  if (ev.threshold === undefined)
    return ev.test ? `${text(ev.test)}${ev.alpha !== undefined ? `, α ${significant(ev.alpha)}` : ''}` : '–';
  return ev.ratio !== undefined
    ? `${significant(ev.threshold)}× baseline`
    : metricValue(ev.metric, ev.threshold);
}

function candidateCell(ev: GateEvidence): string {
  if (ev.alarmState !== undefined && ev.candidate === undefined)
    return code(ev.alarmState, { inTable: true });
  const v = metricValue(ev.metric, ev.candidate);
  return ev.ratio !== undefined ? `${v} (${significant(ev.ratio)}×)` : v;
}

function samplesCell(ev: GateEvidence): string {
  const s = ev.samples;
  if (!s) return '–';
  return s.baseline !== undefined ? `${count(s.candidate)} / ${count(s.baseline)}` : count(s.candidate);
}

function stepLabel(state: ReportState, stepIndex: number): string {
  const step = state.deployment?.steps.find((s) => s.index === stepIndex);
  return `${stepIndex + 1}${step ? ` · ${text(step.step.name, 40)}` : ''}`;
}

/** Gate | Result | Candidate | Baseline | Limit | n | p-value */
function gateCells(state: ReportState, g: GateRecord): string[] {
  const ev = g.result.evidence;
  const gate = gatesOf(state).find((x) => x.id === g.result.gateId);
  return [
    code(g.result.gateId, { inTable: true, max: 80 }),
    STATUS[g.result.status] ?? text(g.result.status),
    candidateCell(ev),
    metricValue(ev.metric, ev.baseline),
    gateLimit(gate, ev),
    samplesCell(ev),
    pValue(ev.pValue),
  ];
}

const GATE_HEADERS = ['Gate', 'Result', 'Candidate', 'Baseline', 'Limit', 'n (cand. / base.)', 'p-value'];
const GATE_ALIGN: Array<'l' | 'r'> = ['l', 'l', 'r', 'r', 'l', 'r', 'r'];

const STEP_STATUS: Record<string, string> = {
  passed: 'passed',
  failed: 'failed',
  running: 'running',
  stopped: 'stopped',
};

/** The newest reading of each gate, one small table per step. */
function decisiveTables(state: ReportState): { markdown: string; count: number; failed: boolean } {
  const d = state.deployment!;
  const latest = new Map<string, GateRecord>();
  for (const g of d.gates) latest.set(`${g.stepIndex}\u0000${g.result.gateId}`, g);
  const byStep = new Map<number, GateRecord[]>();
  for (const g of [...latest.values()].sort((a, b) => a.stepIndex - b.stepIndex || a.at - b.at)) {
    byStep.set(g.stepIndex, [...(byStep.get(g.stepIndex) ?? []), g]);
  }
  const parts: string[] = [];
  for (const [index, records] of byStep) {
    const status = d.steps.find((s) => s.index === index)?.status;
    const label = status && STEP_STATUS[status] ? ` (${STEP_STATUS[status]})` : '';
    parts.push(
      `**Step ${stepLabel(state, index)}**${label}`,
      '',
      table(
        GATE_HEADERS,
        records.map((g) => gateCells(state, g)),
        GATE_ALIGN,
      ),
      '',
    );
  }
  return {
    markdown: parts.join('\n').trimEnd(),
    count: latest.size,
    failed: [...latest.values()].some((g) => g.result.status === 'fail'),
  };
}

function rate(part: number, whole: number): string {
  return whole > 0 ? percentOfFraction(part / whole) : '–';
}

function latency(f: VariantFigures | undefined): string {
  if (!f) return '–';
  const keys = Object.keys(f.latencyMs);
  const key = keys.includes('p99') ? 'p99' : keys.at(-1);
  if (key) return `${key} ${metricValue('latency', f.latencyMs[key])}`;
  return f.latencyAvgMs !== undefined ? `avg ${metricValue('latency', f.latencyAvgMs)}` : '–';
}

function variantCells(f: VariantFigures | undefined): string[] {
  if (!f) return ['–', '–', '–', '–'];
  return [
    count(f.invocations),
    rate(f.errors5xx, f.invocations),
    rate(f.modelErrors, f.invocations),
    latency(f),
  ];
}

/** Gate evidence (values vs limits, n, p-values), the history of evaluations and the raw metric windows. */
export function renderEvidence(state: ReportState, detail: Detail): string {
  const d = state.deployment;
  if (!d || (!d.gates.length && !d.windows.length)) return '';
  const lines = ['### Gate evidence', ''];
  if (d.gates.length) {
    const main = decisiveTables(state);
    lines.push(
      detail.collapse
        ? details(`Newest reading of each gate per step (${main.count})`, main.markdown, main.failed)
        : main.markdown,
    );
    if (d.gates.length > main.count) {
      const { shown, omitted } = newest(d.gates, detail.maxGateHistory);
      if (shown.length) {
        let body = table(
          ['Time', 'Step', ...GATE_HEADERS],
          shown.map((g) => [
            elapsed(g.at, d.startedAt),
            stepLabel(state, g.stepIndex),
            ...gateCells(state, g),
          ]),
          ['r', 'l', ...GATE_ALIGN],
        );
        if (omitted) body = `${omitted} older evaluations not shown.\n\n${body}`;
        lines.push('', details(`Every gate evaluation (${d.gates.length})`, body));
      }
    }
  }
  if (d.windows.length) {
    const { shown, omitted } = newest(d.windows, detail.maxWindows);
    if (shown.length) {
      const rows = shown.map((w) => [
        `${w.stepIndex + 1}`,
        `${elapsed(w.window.start, d.startedAt)} → ${elapsed(w.window.end, d.startedAt)}`,
        ...variantCells(w.window.variants.candidate),
        ...variantCells(w.window.variants.baseline),
      ]);
      let body = table(
        [
          'Step',
          'Window',
          'Cand. requests',
          'Cand. 5xx',
          'Cand. model errors',
          'Cand. latency',
          'Base. requests',
          'Base. 5xx',
          'Base. model errors',
          'Base. latency',
        ],
        rows,
        ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      );
      if (omitted) body = `${omitted} older windows not shown.\n\n${body}`;
      lines.push('', details(`Metric windows read (${d.windows.length})`, body));
    } else {
      lines.push('', `${d.windows.length} metric windows read (not listed to fit the size limit).`);
    }
  }
  return lines.join('\n');
}
