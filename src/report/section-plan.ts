import type { Outcome, PlanStep } from '../plan/types.js';
import { count, duration, significant } from './format.js';
import { code, text, table } from './markdown.js';
import type { ReportState, StepStatus } from './types.js';

const STATUS: Record<StepStatus, string> = {
  pending: '⏸\u00a0pending',
  running: '▶️\u00a0running',
  passed: '✅\u00a0passed',
  failed: '❌\u00a0failed',
  stopped: '⏹\u00a0stopped',
};

const OUTCOME: Record<Outcome, string> = {
  next: 'next step',
  rollback: 'roll back',
  extend: 'extend bake',
  complete: 'complete',
  'keep-baseline': 'keep baseline',
};

function traffic(step: PlanStep): string {
  const t = `${step.traffic.baseline}% / ${step.traffic.candidate}%`;
  return step.shadowPercent > 0 ? `${t} (+${step.shadowPercent}% shadow)` : t;
}

function bake(step: PlanStep): string {
  if (step.bakeSeconds <= 0) return '–';
  const ext = step.maxExtensionSeconds > 0 ? ` (+≤${duration(step.maxExtensionSeconds)})` : '';
  return `${duration(step.bakeSeconds)}${ext}`;
}

function action(step: PlanStep): string {
  const n = step.native;
  if (!n) return step.action;
  if (n.trafficRouting) {
    const size = n.trafficRouting.sizePercent !== undefined ? ` ${n.trafficRouting.sizePercent}%` : '';
    return `${step.action} (${n.trafficRouting.type}${size})`;
  }
  if (n.rolling) return `${step.action} (rolling ${n.rolling.batchPercent}%)`;
  return step.action;
}

/** The plan: what will happen, step by step, with its status once a rollout runs. */
export function renderPlan(state: ReportState): string {
  const plan = state.plan;
  if (!plan) return '';
  const d = state.deployment;
  const lines = ['### Plan', ''];
  const facts = [
    `**${text(plan.strategy)}** (${text(plan.mode)})`,
    `model ${code(plan.model, { max: 120 })}`,
    `variants ${code(plan.variants.baseline)} → ${code(plan.variants.candidate)}`,
    `about ${duration(plan.expectedDurationSeconds)} (at most ${duration(plan.maxDurationSeconds)})`,
  ];
  const c = plan.cost;
  if (c.extraUsd !== null && c.hourlyUsd !== null) {
    facts.push(
      // `\$`: GitHub renders `$…$` as math.
      `extra cost ≈ \\$${c.extraUsd.toFixed(2)} (${significant(c.extraInstanceHours)} instance-hours of ${code(c.instanceType)} at \\$${significant(c.hourlyUsd)}/h, ${text(c.priceRegion)} prices of ${text(c.priceDate)})`,
    );
  } else {
    facts.push(
      `${significant(c.extraInstanceHours)} extra instance-hours of ${code(c.instanceType)} (price unknown)`,
    );
  }
  lines.push(facts.join(' · '), '');
  // "On fail" earns a column only when some step does something other than roll back.
  const uniformRollback = plan.steps.every((st) => st.onFail === 'rollback');
  const headers = [
    '#',
    'Step',
    ...(d ? ['Status'] : []),
    'Action',
    'Traffic (baseline / candidate)',
    'Instances',
    'Bake',
    'Gates',
  ];
  if (!uniformRollback) headers.push('On fail');
  const rows = plan.steps.map((step) => {
    const gates = step.gates.length
      ? step.gates.map((g) => code(g, { inTable: true, max: 60 })).join(', ') +
        (step.minInvocations > 0 ? ` (n ≥ ${count(step.minInvocations)})` : '')
      : '–';
    const p = d?.steps.find((x) => x.index === step.index);
    const row = [
      `${step.index + 1}`,
      text(step.name, 80),
      ...(d ? [STATUS[p?.status ?? 'pending']] : []),
      text(action(step)),
      traffic(step),
      `${step.instances.baseline} / ${step.instances.candidate}`,
      bake(step),
      gates,
    ];
    if (!uniformRollback) row.push(OUTCOME[step.onFail] ?? text(step.onFail));
    return row;
  });
  lines.push(
    table(
      headers,
      rows,
      headers.map((h) => (h === '#' || h === 'Instances' ? 'r' : 'l')),
    ),
  );
  if (plan.autoRollback === false) {
    lines.push(
      '',
      '**Automatic rollback is off:** a failed gate stops the rollout and leaves the endpoint as it is for a person to decide.',
    );
  } else if (uniformRollback) {
    lines.push('', 'A failed gate at any step rolls back to the baseline.');
  }
  if (plan.notes.length) {
    lines.push('', '**Notes**', '', ...plan.notes.map((n) => `- ${text(n)}`));
  }
  return lines.join('\n');
}
