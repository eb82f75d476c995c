import type { ASTNode } from '@marcbachmann/cel-js';
import { ModelgateError } from '../errors.js';
import { toCelContext } from './cel-env.js';
import type { Facts } from './facts.js';
import { formatPath } from './reads.js';
import { renderTemplate } from './template.js';
import {
  DECISION_KINDS,
  type CompiledExpression,
  type Decision,
  type DecisionKind,
  type PolicyLocation,
  type PolicyResult,
  type PolicySet,
  type Rule,
  type Waiver,
  type WaiverOutcome,
} from './types.js';

export const WAIVER_LABEL_PREFIX = 'modelgate-waive:';

/** Why a null section is null, for evaluation errors that read through it. */
const NULL_SECTION_HINTS: Record<string, string> = {
  artifact: 'the artifact check did not run',
  data: 'the data check did not run',
  evaluation: 'the evaluation check did not run',
  endpoint: 'the endpoint state was not looked up',
};

/** Waivers from `modelgate-waive:<rule-id>` pull-request labels. */
export function waiversFromLabels(labels: string[]): Waiver[] {
  return labels
    .filter((l) => l.startsWith(WAIVER_LABEL_PREFIX) && l.length > WAIVER_LABEL_PREFIX.length)
    .map((l) => ({
      ruleId: l.slice(WAIVER_LABEL_PREFIX.length).trim(),
      reason: `pull-request label "${l}"`,
      by: null,
      source: 'label' as const,
    }));
}

export interface EvaluateOptions {
  /** Explicit waivers (each with a reason); label waivers are read from `facts.git.labels`. */
  waivers?: Waiver[];
}

type Outcome = { value: boolean } | { error: string; location: PolicyLocation };

interface CelErrorLike {
  code?: string;
  summary?: string;
  message?: string;
  range?: { start: number; end: number };
}

function findSelect(node: ASTNode, end: number): ASTNode | undefined {
  if ((node.op === '.' || node.op === '.?') && node.range.end === end) return node;
  const args = node.args as unknown;
  const children: ASTNode[] = [];
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object' && 'op' in v) children.push(v as ASTNode);
  };
  collect(args);
  for (const c of children) {
    const found = findSelect(c, end);
    if (found) return found;
  }
  return undefined;
}

function segmentsOf(node: ASTNode): string[] | undefined {
  if (node.op === 'id') return [node.args];
  if (node.op === '.' || node.op === '.?') {
    const b = segmentsOf(node.args[0]);
    return b && [...b, node.args[1]];
  }
  if (node.op === '[]' && node.args[1].op === 'value') {
    const b = segmentsOf(node.args[0]);
    const k = node.args[1].args;
    return b && [...b, typeof k === 'string' ? `[${JSON.stringify(k)}]` : `[${String(k)}]`];
  }
  return undefined;
}

function valueAt(facts: Facts, segments: string[]): { found: boolean; value: unknown } {
  let v: unknown = facts;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return { found: false, value: undefined };
    const key = s.startsWith('[') ? JSON.parse(s.slice(1, -1)) : s;
    v = (v as Record<string, unknown>)[key];
    if (v === undefined) return { found: false, value: undefined };
  }
  return { found: true, value: v };
}

/** An evaluation error, explained in terms of the facts where that helps. */
function explain(err: CelErrorLike, expr: CompiledExpression, facts: Facts): string {
  const summary = err.summary ?? err.message ?? String(err);
  if (err.code === 'no_such_key' && err.range) {
    const select = findSelect(expr.evaluate.ast, err.range.end);
    const sel = select && (select.op === '.' || select.op === '.?') ? select : undefined;
    const base = sel ? segmentsOf(sel.args[0]) : undefined;
    if (sel && base) {
      const field = sel.args[1];
      const at = valueAt(facts, base);
      const basePath = formatPath(base);
      if (at.found && at.value === null) {
        const hint = base.length === 1 ? NULL_SECTION_HINTS[base[0]] : undefined;
        return `${basePath} is null${hint ? ` (${hint})` : ''}, so ${basePath}.${field} cannot be read; test \`${basePath} != null\` first`;
      }
      if (at.found) {
        return `${basePath}.${field} is not set; test \`has(${basePath}.${field})\` first`;
      }
    }
  }
  if (/\bnull\b/.test(summary)) return `${summary} (a fact it uses is null)`;
  return summary;
}

function run(expr: CompiledExpression, context: Record<string, unknown>, facts: Facts): Outcome {
  let value: unknown;
  try {
    value = expr.evaluate(context);
  } catch (e) {
    const err = e as CelErrorLike;
    return { error: explain(err, expr, facts), location: expr.locate(err.range?.start ?? 0) };
  }
  if (typeof value !== 'boolean') {
    return { error: `evaluated to ${String(value)}, not a bool`, location: expr.locate(0) };
  }
  return { value };
}

function where(l: PolicyLocation): string {
  return `${l.file}:${l.line}:${l.column}`;
}

function decide(rule: Rule, context: Record<string, unknown>, facts: Facts): Decision {
  const base = {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    reads: rule.reads,
    waivable: rule.waivable,
    location: rule.location,
    origin: rule.origin,
  };
  const error = (
    expression: 'when' | 'require',
    o: { error: string; location: PolicyLocation },
  ): Decision => ({
    ...base,
    decision: 'error',
    message: `${expression} could not be evaluated at ${where(o.location)}: ${o.error}`,
    error: { expression, message: o.error, location: o.location },
  });
  if (rule.when) {
    const w = run(rule.when, context, facts);
    if ('error' in w) return error('when', w);
    if (!w.value) return { ...base, decision: 'skipped', message: 'not applicable (`when` is false)' };
  }
  const r = run(rule.require, context, facts);
  if ('error' in r) return error('require', r);
  const decision: DecisionKind = r.value ? 'allow' : rule.severity;
  const message = rule.message
    ? renderTemplate(rule.message, context)
    : rule.description || (r.value ? 'requirement met' : `requirement not met: ${rule.require.source}`);
  return { ...base, decision, message };
}

function applyWaivers(decisions: Decision[], waivers: Waiver[]): WaiverOutcome[] {
  const byId = new Map(decisions.map((d) => [d.ruleId, d]));
  return waivers.map((w): WaiverOutcome => {
    const d = byId.get(w.ruleId);
    if (!d) return { ...w, status: 'unknown-rule', note: `no loaded rule has the id "${w.ruleId}"` };
    if (d.decision === 'waived') {
      return { ...w, status: 'not-needed', note: `already waived by ${d.waiver?.reason}` };
    }
    if (d.decision === 'error') {
      const out: WaiverOutcome = {
        ...w,
        status: 'refused',
        note: 'the rule could not be evaluated; an error is never waived — fix the rule or the facts',
      };
      d.waiver ??= out;
      return out;
    }
    if (d.decision !== 'deny') {
      return { ...w, status: 'not-needed', note: `the rule's decision is ${d.decision}` };
    }
    if (!d.waivable) {
      const out: WaiverOutcome = { ...w, status: 'refused', note: `rule "${d.ruleId}" is not waivable` };
      d.waiver ??= out;
      return out;
    }
    const out: WaiverOutcome = { ...w, status: 'applied' };
    d.decision = 'waived';
    d.waiver = out;
    d.message = `${d.message} — waived (${w.reason}${w.by ? `, by ${w.by}` : ''})`;
    return out;
  });
}

/**
 * Evaluates every rule against the facts, in load order, then applies waivers. Fails closed: an
 * expression that cannot be evaluated yields `error`, which denies like a failed deny rule; facts
 * that do not match `schema/facts.schema.json` throw (nothing is evaluated on malformed facts).
 */
export function evaluatePolicies(
  policies: PolicySet,
  facts: Facts,
  options: EvaluateOptions = {},
): PolicyResult {
  const { context, problems } = toCelContext(facts);
  if (problems.length > 0) {
    throw new ModelgateError(
      'invalid_facts',
      `the facts document does not match schema/facts.schema.json:\n${problems
        .map((p) => `  ${p.path}: ${p.message}`)
        .join('\n')}`,
    );
  }
  const decisions = policies.rules.map((rule) => decide(rule, context, facts));
  const waivers = applyWaivers(decisions, [
    ...waiversFromLabels(facts.git.labels),
    ...(options.waivers ?? []),
  ]);
  const counts = Object.fromEntries(DECISION_KINDS.map((k) => [k, 0])) as Record<DecisionKind, number>;
  for (const d of decisions) counts[d.decision]++;
  return { decisions, denied: counts.deny + counts.error > 0, counts, waivers };
}
