import type { ASTNode } from '@marcbachmann/cel-js';
import { policyEnvironment } from './cel-env.js';
import { analyseExpression, formatPath } from './reads.js';
import { FACT_SHAPES, messageTypes, shapeAt } from './shapes.js';

const MESSAGES = new Map(messageTypes().map((t) => [t.name, t]));
import { didYouMean } from './suggest.js';
import type { CompiledExpression, PolicyLocation } from './types.js';

/** A problem found while compiling, at an offset of the expression. */
export interface CompileProblem {
  offset: number;
  message: string;
}

export interface CompileResult {
  expr?: CompiledExpression;
  reads: string[];
  problems: CompileProblem[];
}

interface CelErrorLike {
  name?: string;
  code?: string;
  summary?: string;
  message?: string;
  range?: { start: number; end: number };
  node?: ASTNode;
}

const MACROS = ['has', 'all', 'exists', 'exists_one', 'map', 'filter', 'bind'];
let functionNames: Set<string> | undefined;

function knownFunctions(): Set<string> {
  functionNames ??= new Set([
    ...policyEnvironment()
      .getDefinitions()
      .functions.map((f) => f.name),
    ...MACROS,
  ]);
  return functionNames;
}

/** Rewords the library's type errors where modelgate knows more (fact names, field names). */
function explainTypeError(err: CelErrorLike): string {
  const summary = err.summary ?? err.message ?? String(err);
  const node = err.node;
  if (err.code === 'unknown_variable' && node?.op === 'id') {
    return `unknown variable "${node.args}"${didYouMean(node.args, FACT_SHAPES.keys())}; the facts are ${[...FACT_SHAPES.keys()].join(', ')}`;
  }
  if (err.code === 'no_such_key' && node && (node.op === '.' || node.op === '.?')) {
    const operand = node.args[0];
    const base = baseSegments(operand);
    const shape = base && shapeAt(base.map((s) => (s.startsWith('[') ? '[]' : s)));
    // A macro variable (`s` in `plan.steps.all(s, …)`) is not a facts path; its checked type says what it is.
    const typeName = (operand as { checkedType?: { name?: string } }).checkedType?.name;
    const type = shape?.kind === 'message' ? shape.type : typeName ? MESSAGES.get(typeName) : undefined;
    if (type) {
      const field = node.args[1];
      const label =
        shape?.kind === 'message' && base
          ? formatPath(base)
          : `${operand.input.slice(operand.range.start, operand.range.end)} (a ${type.name})`;
      return `${label} has no field "${field}"${didYouMean(field, type.fields.keys())}`;
    }
  }
  if (err.code === 'no_matching_overload' && node && (node.op === 'call' || node.op === 'rcall')) {
    const name = node.args[0];
    if (!knownFunctions().has(name)) return `unknown function "${name}"${didYouMean(name, knownFunctions())}`;
  }
  return summary;
}

/** The facts path a (non-macro) select chain denotes, for messages about it. */
function baseSegments(node: ASTNode): string[] | undefined {
  if (node.op === 'id') return [node.args];
  if (node.op === '.' || node.op === '.?') {
    const b = baseSegments(node.args[0]);
    return b && [...b, node.args[1]];
  }
  if (node.op === '[]' || node.op === '[?]') {
    const b = baseSegments(node.args[0]);
    return b && [...b, '[*]'];
  }
  return undefined;
}

/**
 * Parses and type-checks one CEL expression against the facts' declared types. `resultType`:
 * `bool` for `when`/`require` (a `dyn` result is accepted and checked at run time), `any` for
 * message placeholders.
 */
export function compileExpression(
  source: string,
  locate: (offset: number) => PolicyLocation,
  resultType: 'bool' | 'any',
): CompileResult {
  const env = policyEnvironment();
  let parsed;
  try {
    parsed = env.parse(source);
  } catch (e) {
    const err = e as CelErrorLike;
    return {
      reads: [],
      problems: [
        { offset: err.range?.start ?? 0, message: `CEL syntax error: ${err.summary ?? err.message}` },
      ],
    };
  }
  const checked = parsed.check();
  if (!checked.valid) {
    const err = (checked.error ?? {}) as CelErrorLike;
    return {
      reads: [],
      problems: [{ offset: err.range?.start ?? 0, message: `CEL type error: ${explainTypeError(err)}` }],
    };
  }
  const problems: CompileProblem[] = [];
  if (resultType === 'bool' && checked.type !== 'bool' && checked.type !== 'dyn') {
    problems.push({ offset: 0, message: `must be a bool expression, but its type is ${checked.type}` });
  }
  const analysis = analyseExpression(parsed.ast);
  for (const p of analysis.problems)
    problems.push({ offset: p.start, message: `CEL type error: ${p.message}` });
  return { expr: { source, evaluate: parsed, locate }, reads: analysis.reads, problems };
}
