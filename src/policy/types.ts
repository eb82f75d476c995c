import type { ParseResult } from '@marcbachmann/cel-js';

export type Severity = 'deny' | 'warn';

/**
 * What a rule decided.
 * - `allow`: `require` held.
 * - `deny`: `require` failed on a `deny` rule (blocks).
 * - `warn`: `require` failed on a `warn` rule (reported, does not block).
 * - `waived`: `require` failed on a waivable `deny` rule and a waiver covers it (reported, does not block).
 * - `error`: `when` or `require` could not be evaluated (a missing fact, a type mismatch); blocks.
 * - `skipped`: `when` was false; the rule does not apply.
 */
export type DecisionKind = 'allow' | 'deny' | 'warn' | 'waived' | 'error' | 'skipped';

export const DECISION_KINDS: readonly DecisionKind[] = [
  'allow',
  'deny',
  'warn',
  'waived',
  'error',
  'skipped',
];

/** Where something is in a policy file (1-based). */
export interface PolicyLocation {
  file: string;
  line: number;
  column: number;
}

/** A CEL expression of a rule, compiled and type-checked. */
export interface CompiledExpression {
  source: string;
  evaluate: ParseResult;
  /** Maps an offset in `source` to its position in the policy file. */
  locate(offset: number): PolicyLocation;
}

export interface MessagePart {
  text?: string;
  expr?: CompiledExpression;
}

export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  waivable: boolean;
  when?: CompiledExpression;
  require: CompiledExpression;
  /** The message template, split into literal text and `{{ expr }}` placeholders (none: the description). */
  message?: MessagePart[];
  /** Facts paths the rule's expressions reference (from the CEL AST), most specific first. */
  reads: string[];
  /** Where the rule starts (its `id`). */
  location: PolicyLocation;
  /** `builtin:<pack>` for a built-in pack's rule, else the file. */
  origin: string;
}

/** A set of loaded, compiled rules. */
export interface PolicySet {
  rules: Rule[];
  /** The policy files the rules came from. */
  files: string[];
}

/** A request to turn one rule's deny into a recorded exception. */
export interface Waiver {
  ruleId: string;
  reason: string;
  /** Who asked for it, when known (a GitHub login, a user name). */
  by: string | null;
  /** `label`: a `modelgate-waive:<rule-id>` pull-request label; `input`: given explicitly. */
  source: 'label' | 'input';
}

export type WaiverStatus =
  /** It turned the rule's deny into `waived`. */
  | 'applied'
  /** The rule is not waivable, or it errored: the deny stands. */
  | 'refused'
  /** The rule did not deny (allowed, warned or skipped); nothing to waive. */
  | 'not-needed'
  /** No loaded rule has that id. */
  | 'unknown-rule';

export interface WaiverOutcome extends Waiver {
  status: WaiverStatus;
  /** Why it was refused / not needed. */
  note?: string;
}

export interface Decision {
  ruleId: string;
  description: string;
  severity: Severity;
  decision: DecisionKind;
  /** The rendered message (for `error`: what went wrong, and where). */
  message: string;
  reads: string[];
  waivable: boolean;
  location: PolicyLocation;
  origin: string;
  /** The waiver that applied to this rule, or was refused for it. */
  waiver?: WaiverOutcome;
  /** For `error`: which expression failed, and where in the policy file. */
  error?: { expression: 'when' | 'require'; message: string; location: PolicyLocation };
}

export interface PolicyResult {
  decisions: Decision[];
  /** True when any decision is `deny` or `error`. */
  denied: boolean;
  counts: Record<DecisionKind, number>;
  /** Every waiver offered and what became of it. */
  waivers: WaiverOutcome[];
}
