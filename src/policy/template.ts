import { compileExpression, type CompileProblem } from './compile.js';
import { isCelNull } from './cel-env.js';
import type { MessagePart, PolicyLocation } from './types.js';

/**
 * Message templates: literal text with `{{ expr }}` placeholders, each a CEL expression over the
 * facts (`first canary step is {{ plan.steps[1].traffic.candidate }}%`), compiled and type-checked
 * with the rule. A placeholder that fails at run time renders as `<error: …>`; it never changes the
 * decision.
 */
export function compileTemplate(
  template: string,
  locate: (offset: number) => PolicyLocation,
): { parts: MessagePart[]; reads: string[]; problems: CompileProblem[] } {
  const parts: MessagePart[] = [];
  const reads: string[] = [];
  const problems: CompileProblem[] = [];
  const re = /\{\{([\s\S]*?)\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    last = m.index + m[0].length;
    const inner = m[1];
    const lead = inner.length - inner.trimStart().length;
    const start = m.index + 2 + lead;
    const source = inner.trim();
    if (source === '') {
      problems.push({ offset: m.index, message: 'empty {{ }} placeholder' });
      continue;
    }
    const r = compileExpression(source, (o) => locate(start + o), 'any');
    for (const p of r.problems) problems.push({ offset: start + p.offset, message: p.message });
    reads.push(...r.reads);
    if (r.expr) parts.push({ expr: r.expr });
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  const unclosed = template.indexOf('{{', last);
  if (unclosed >= 0) problems.push({ offset: unclosed, message: 'unclosed {{ placeholder' });
  return { parts, reads, problems };
}

/** A CEL value as text in a message. */
export function renderValue(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(toPlain(v)) ?? String(v);
}

function toPlain(v: unknown): unknown {
  if (isCelNull(v)) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(12));
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), toPlain(x)]));
  if (v && typeof v === 'object') {
    if (typeof (v as { toString?: unknown }).toString === 'function' && v.constructor?.name === 'Duration') {
      return String(v);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}

export function renderTemplate(parts: MessagePart[], context: Record<string, unknown>): string {
  let out = '';
  for (const part of parts) {
    if (part.text !== undefined) {
      out += part.text;
      continue;
    }
    try {
      out += renderValue(part.expr!.evaluate(context));
    } catch (e) {
      out += `<error: ${(e as { summary?: string }).summary ?? (e as Error).message}>`;
    }
  }
  return out;
}
