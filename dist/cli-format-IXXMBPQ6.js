import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  formatDuration
} from "./cli-chunk-F6UYTWT2.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/plan/format.ts
function describeGate(g) {
  if (g.kind === "alarm") return `CloudWatch alarm ${g.alarm} not in ALARM`;
  const parts = [];
  if (g.max !== void 0) parts.push(`${g.metric} ≤ ${g.max}${unit(g.metric)}`);
  if (g.min !== void 0) parts.push(`${g.metric} ≥ ${g.min}${unit(g.metric)}`);
  if (g.maxRatioToBaseline !== void 0) parts.push(`${g.metric} ≤ ${g.maxRatioToBaseline} × baseline`);
  if (g.test !== void 0)
    parts.push(`${g.metric} not significantly worse than baseline (${g.test}, α ${g.alpha})`);
  return parts.join(" and ");
}
function unit(metric) {
  return metric.startsWith("latency_") ? " ms" : "";
}
function clock(seconds) {
  const m = Math.round(seconds / 60);
  const d = Math.floor(m / 1440);
  const hm = `${Math.floor(m % 1440 / 60)}:${String(m % 60).padStart(2, "0")}`;
  return d > 0 ? `${d}d ${hm}` : hm;
}
function bar(candidate, shadow, width = 20) {
  const filled = Math.round(candidate / 100 * width);
  const mirrored = Math.min(width - filled, Math.round(shadow / 100 * width));
  return `[${"█".repeat(filled)}${"░".repeat(mirrored)}${" ".repeat(width - filled - mirrored)}]`;
}
function num(x) {
  return String(Math.round(x * 10) / 10);
}
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map(
    (r) => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c])).join("  ").trimEnd()
  );
}
function nativeLine(step) {
  const n = step.native;
  if (!n) return void 0;
  const alarms = n.alarms.length > 0 ? `alarms ${n.alarms.join(", ")}` : "no auto-rollback alarms";
  if (n.policy === "rolling" && n.rolling) {
    return `SageMaker rolling update: batch ${n.rolling.batchPercent}%, wait ${formatDuration(n.rolling.waitSeconds)}, rollback batch ${n.rolling.rollbackBatchPercent}%, timeout ${formatDuration(n.maxExecutionSeconds)}; ${alarms}`;
  }
  const r = n.trafficRouting;
  const size = r?.sizePercent !== void 0 ? ` ${r.sizePercent}%` : "";
  return `SageMaker blue/green ${r?.type ?? "ALL_AT_ONCE"}${size}, wait ${formatDuration(r?.waitSeconds ?? 0)}, termination wait ${formatDuration(n.terminationWaitSeconds ?? 0)}, timeout ${formatDuration(n.maxExecutionSeconds)}; ${alarms}`;
}
function formatPlanText(plan) {
  const out = [];
  const count = plan.instanceCount ?? plan.steps[0]?.instances.baseline ?? 0;
  out.push(`Plan: ${plan.strategy} (${plan.mode}) of ${plan.model} to endpoint ${plan.endpoint}`);
  const candidate = plan.variants.candidate === plan.variants.baseline ? `${plan.variants.candidate} (same variant, new model ${plan.candidateModel ?? "?"})` : plan.variants.candidate;
  out.push(`Variants: baseline ${plan.variants.baseline}, candidate ${candidate}`);
  out.push(`Fleet: ${count} × ${plan.cost.instanceType}`);
  out.push("");
  const rows = [
    [
      "#",
      "step",
      "action",
      "traffic b/c",
      "instances b+c",
      "update",
      "bake",
      "gates",
      "pass / fail / inconclusive"
    ]
  ];
  for (const s of plan.steps) {
    const traffic = `${num(s.traffic.baseline)}/${num(s.traffic.candidate)}${s.shadowPercent > 0 ? ` +${num(s.shadowPercent)}% shadow` : ""}`;
    rows.push([
      String(s.index),
      s.name,
      s.action,
      traffic,
      `${s.instances.baseline}+${s.instances.candidate}`,
      formatDuration(s.updateSeconds ?? 0),
      s.bakeSeconds > 0 ? formatDuration(s.bakeSeconds) : "-",
      s.gates.length > 0 ? String(s.gates.length) : "-",
      `${s.onPass} / ${s.onFail} / ${s.onInconclusive}`
    ]);
  }
  out.push(...table(rows));
  out.push("");
  out.push("Timeline (expected; █ candidate traffic, ░ mirrored to the shadow)");
  let t = 0;
  for (const s of plan.steps) {
    const details = [];
    if (s.bakeSeconds > 0)
      details.push(`${s.action === "watch" ? "for" : "bake"} ${formatDuration(s.bakeSeconds)}`);
    if (s.gates.length > 0) {
      let g = `gates ${s.gates.join(", ")}`;
      if (s.minInvocations > 0) g += ` (min ${s.minInvocations} invocations)`;
      details.push(g);
    }
    if (s.maxExtensionSeconds > 0) details.push(`may extend ${formatDuration(s.maxExtensionSeconds)}`);
    const pctLabel = `${num(s.traffic.candidate)}%`.padStart(5);
    out.push(
      `  ${clock(t).padStart(8)}  ${bar(s.traffic.candidate, s.shadowPercent)} ${pctLabel}  ${[s.name, ...details].join(" · ")}`
    );
    const native = nativeLine(s);
    if (native) out.push(`  ${" ".repeat(8)}  ${" ".repeat(22)} ${" ".repeat(5)}  ${native}`);
    t += (s.updateSeconds ?? 0) + s.bakeSeconds;
  }
  const last = plan.steps[plan.steps.length - 1];
  out.push(
    `  ${clock(t).padStart(8)}  ${last?.onPass === "keep-baseline" ? "done: baseline kept, candidate removed" : "done: candidate promoted"}`
  );
  out.push("");
  const gates = plan.gates ?? [];
  if (gates.length > 0 || plan.steps.some((s) => s.gates.length > 0)) {
    out.push("Gates (evaluated at the end of each bake):");
    const width = Math.max(...gates.map((g) => g.id.length), 10);
    for (const g of gates) out.push(`  ${g.id.padEnd(width)}  ${describeGate(g)}`);
    const extra = [...new Set(plan.steps.flatMap((s) => s.gates))].filter(
      (id) => !gates.some((g) => g.id === id)
    );
    for (const id of extra) {
      out.push(
        `  ${id.padEnd(width)}  ${id === "ab-test" ? "A/B test verdict on the chosen metric" : "prediction agreement with production (data capture)"}`
      );
    }
    out.push("");
  }
  out.push(
    `Duration: expected ${formatDuration(plan.expectedDurationSeconds)}, at most ${formatDuration(plan.maxDurationSeconds)} with every bake extended`
  );
  const c = plan.cost;
  const price = c.hourlyUsd === null ? `${c.extraInstanceHours} extra instance-hours of ${c.instanceType} (no price in the table)` : `${c.extraInstanceHours} extra instance-hours × $${c.hourlyUsd}/h ≈ $${c.extraUsd?.toFixed(2)} (${c.instanceType} on-demand, approximate ${c.priceRegion} list price as of ${c.priceDate})`;
  out.push(`Cost: ${price}`);
  if (plan.autoRollback === false) out.push("Rollback: automatic rollback is off");
  if (plan.notes.length > 0) {
    out.push("");
    out.push("Notes:");
    for (const n of plan.notes) out.push(`  - ${n}`);
  }
  return `${out.join("\n")}
`;
}
export {
  describeGate,
  formatPlanText
};
