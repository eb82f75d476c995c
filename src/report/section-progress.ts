import { newest, type Detail } from './detail.js';
import { duration, elapsed, timestamp } from './format.js';
import { code, details, table, text } from './markdown.js';
import type { ReportState, TimelineEntry } from './types.js';

const MARK: Record<TimelineEntry['kind'], string> = { info: '•', good: '✅', bad: '❌', warn: '⚠️' };

/** Live progress: current step, traffic, time in bake, hold, commands, warnings, timeline. */
export function renderProgress(state: ReportState, detail: Detail, now: number): string {
  const d = state.deployment;
  if (!d) return '';
  const lines = ['### Progress', ''];
  const facts: string[] = [];
  const cur = d.steps.find((s) => s.index === d.currentStep);
  const running = !d.outcome && !d.rollback;
  if (cur && running) {
    facts.push(`**Step ${cur.index + 1} of ${d.steps.length}: ${text(cur.step.name, 80)}**`);
  }
  const t = d.traffic.at(-1);
  if (t) {
    const shadow = t.shadowPercent > 0 ? ` (+${t.shadowPercent}% mirrored)` : '';
    facts.push(`traffic ${t.baseline}% baseline / ${t.candidate}% candidate${shadow}`);
  }
  if (cur && running && cur.startedAt !== undefined && cur.step.bakeSeconds > 0) {
    const heldNow = d.heldSince !== undefined ? now - d.heldSince : 0;
    const baked = Math.max(0, (now - cur.startedAt - cur.heldMs - heldNow) / 1000);
    const ext = cur.extendedSeconds > 0 ? ` (+${duration(cur.extendedSeconds)} extended)` : '';
    facts.push(`baking ${duration(baked)} of ${duration(cur.step.bakeSeconds)}${ext}`);
  }
  if (d.heldSince !== undefined)
    facts.push(`**on hold** since ${elapsed(d.heldSince, d.startedAt)} (\`/modelgate resume\` continues)`);
  const end = d.outcome?.at ?? d.rollback?.completedAt;
  if (end !== undefined) facts.push(`finished after ${duration((end - d.startedAt) / 1000)}`);
  else facts.push(`running for ${duration((now - d.startedAt) / 1000)}`);
  if (d.candidate) facts.push(`candidate config ${code(d.candidate.endpointConfig, { max: 120 })}`);
  lines.push(facts.join(' · '));
  if (d.lock && running) {
    const took = d.lock.tookOverFrom ? `; took over a stale lock from ${text(d.lock.tookOverFrom, 120)}` : '';
    lines.push('', `Lock held by ${text(d.lock.owner, 120)} until ${timestamp(d.lock.expiresAt)}${took}.`);
  }
  if (d.controls.length) {
    lines.push('', '**Commands**', '');
    for (const c of d.controls) {
      const cmd = c.command.kind === 'extend' ? `extend ${duration(c.command.seconds)}` : c.command.kind;
      const how = c.acknowledged ? 'acknowledged' : 'not applied';
      lines.push(
        `- ${elapsed(c.at, d.startedAt)} \`${cmd}\` ${how}${c.note ? `: ${text(c.note, detail.maxMessage)}` : ''}`,
      );
    }
  }
  if (d.warnings.length) {
    const { shown, omitted } = newest(d.warnings, Math.max(5, detail.maxTimeline));
    lines.push('', '**Warnings**', '');
    if (omitted) lines.push(`- …${omitted} earlier warnings`);
    for (const w of shown)
      lines.push(`- ${elapsed(w.at, d.startedAt)} ${text(w.message, detail.maxMessage)}`);
  }
  if (d.timeline.length) {
    const { shown, omitted } = newest(d.timeline, detail.maxTimeline);
    const rows = shown.map((e) => [
      elapsed(e.at, d.startedAt),
      `${MARK[e.kind]} ${text(e.text, detail.maxMessage)}`,
    ]);
    if (omitted) rows.unshift(['…', `${omitted} earlier events not shown`]);
    if (rows.length) {
      lines.push(
        '',
        details(
          `Timeline (${d.timeline.length} events)`,
          table(['Time', 'Event'], rows, ['r', 'l']),
          !detail.collapse,
        ),
      );
    }
  }
  return lines.join('\n');
}
