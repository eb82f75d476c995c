import type { ASTNode } from '@marcbachmann/cel-js';
import { FACT_SHAPES, shapeAt } from './shapes.js';

/**
 * Static analysis of a compiled CEL expression's AST:
 * - `reads`: the facts paths it references (`plan.steps[*].bakeSeconds`, `spec.target.tags["owner"]`),
 *   following macro variables (`plan.steps.all(s, s.bakeSeconds >= 300.0)`) and `cel.bind`.
 *   It is what the expression may read, not a trace of one evaluation (short-circuiting is ignored).
 * - `problems`: comparisons of an enum-valued fact with a string it can never hold
 *   (`spec.strategy.type == "canery"`), which type-checking alone lets through and which would
 *   silently never match.
 */
export interface ExpressionAnalysis {
  reads: string[];
  problems: Array<{ message: string; start: number; end: number }>;
}

const ITERATION_MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

type Scope = ReadonlyMap<string, string[] | null>;

/** Marks a path as a filtered list: its elements are some elements of the path, not by index. */
const FILTERED = '~filtered';

function elementOf(path: string[]): string[] {
  return [...(path[path.length - 1] === FILTERED ? path.slice(0, -1) : path), '[*]'];
}

function literal(node: ASTNode): unknown {
  return node.op === 'value' ? node.args : undefined;
}

function pathOf(node: ASTNode, scope: Scope): string[] | undefined {
  switch (node.op) {
    case 'id': {
      if (scope.has(node.args)) return scope.get(node.args) ?? undefined;
      return FACT_SHAPES.has(node.args) ? [node.args] : undefined;
    }
    case '.':
    case '.?': {
      const base = pathOf(node.args[0], scope);
      return base && base[base.length - 1] !== FILTERED ? [...base, node.args[1]] : undefined;
    }
    case '[]':
    case '[?]': {
      const base = pathOf(node.args[0], scope);
      if (!base) return undefined;
      // An index into a filtered list is some element of the original list.
      if (base[base.length - 1] === FILTERED) return elementOf(base);
      const key = literal(node.args[1]);
      if (typeof key === 'bigint' || typeof key === 'number') return [...base, `[${key}]`];
      if (typeof key === 'string') return [...base, `[${JSON.stringify(key)}]`];
      return [...base, '[*]'];
    }
    case 'rcall': {
      // `list.filter(x, p)` holds elements of the list itself.
      const [name, receiver, args] = node.args;
      if (name !== 'filter' || args.length !== 2) return undefined;
      const base = pathOf(receiver, scope);
      return base && (base[base.length - 1] === FILTERED ? base : [...base, FILTERED]);
    }
    default:
      return undefined;
  }
}

/** `a.b[0].c` for segments `a`, `b`, `[0]`, `c`. */
export function formatPath(segments: string[]): string {
  return segments
    .filter((s) => s !== FILTERED)
    .map((s, i) => (i === 0 || s.startsWith('[') ? s : `.${s}`))
    .join('');
}

function enumOf(segments: string[]): string[] | undefined {
  const shape = shapeAt(segments.filter((s) => s !== FILTERED).map((s) => (s.startsWith('[') ? '[]' : s)));
  return shape?.kind === 'string' ? shape.enum : undefined;
}

export function analyseExpression(ast: ASTNode): ExpressionAnalysis {
  const found: string[][] = [];
  const problems: ExpressionAnalysis['problems'] = [];

  const checkEnum = (pathNode: ASTNode, valueNode: ASTNode, scope: Scope) => {
    const path = pathOf(pathNode, scope);
    const value = literal(valueNode);
    if (!path || typeof value !== 'string') return;
    const allowed = enumOf(path);
    if (allowed && !allowed.includes(value)) {
      problems.push({
        message: `${formatPath(path)} is never ${JSON.stringify(value)} (it is one of ${allowed.join(', ')})`,
        start: valueNode.range.start,
        end: valueNode.range.end,
      });
    }
  };

  const walk = (node: ASTNode, scope: Scope): void => {
    switch (node.op) {
      case 'value':
        return;
      case 'id':
      case '.':
      case '.?':
      case '[]':
      case '[?]': {
        const path = pathOf(node, scope);
        if (path) found.push(path);
        // Walk index expressions along the chain, and a base that is not a plain variable.
        let n: ASTNode = node;
        while (n.op === '.' || n.op === '.?' || n.op === '[]' || n.op === '[?]') {
          if (n.op === '[]' || n.op === '[?]') walk(n.args[1], scope);
          n = n.args[0];
        }
        if (n.op !== 'id') walk(n, scope);
        return;
      }
      case 'rcall': {
        const [name, receiver, args] = node.args;
        if (ITERATION_MACROS.has(name) && args[0]?.op === 'id') {
          walk(receiver, scope);
          const base = pathOf(receiver, scope);
          const inner = new Map(scope).set(args[0].args, base ? elementOf(base) : null);
          // Three-argument map/all forms bind two variables (index/key and value).
          if (args.length === 3 && args[1].op === 'id' && name !== 'map' && name !== 'filter') {
            inner.set(args[1].args, base ? elementOf(base) : null);
          }
          for (const a of args.slice(1)) walk(a, inner);
          return;
        }
        if (name === 'bind' && receiver.op === 'id' && receiver.args === 'cel' && args[0]?.op === 'id') {
          walk(args[1], scope);
          const inner = new Map(scope).set(args[0].args, pathOf(args[1], scope) ?? null);
          walk(args[2], inner);
          return;
        }
        walk(receiver, scope);
        for (const a of args) walk(a, scope);
        return;
      }
      case 'call':
        for (const a of node.args[1]) walk(a, scope);
        return;
      case 'list':
        for (const a of node.args) walk(a, scope);
        return;
      case 'map':
        for (const [k, v] of node.args) {
          walk(k, scope);
          walk(v, scope);
        }
        return;
      case '?:':
        for (const a of node.args) walk(a, scope);
        return;
      case '!_':
      case '-_':
        walk(node.args, scope);
        return;
      case '==':
      case '!=':
        checkEnum(node.args[0], node.args[1], scope);
        checkEnum(node.args[1], node.args[0], scope);
        walk(node.args[0], scope);
        walk(node.args[1], scope);
        return;
      case 'in':
        if (node.args[1].op === 'list')
          for (const item of node.args[1].args) checkEnum(node.args[0], item, scope);
        walk(node.args[0], scope);
        walk(node.args[1], scope);
        return;
      default: {
        const [a, b] = node.args as [ASTNode, ASTNode];
        walk(a, scope);
        walk(b, scope);
      }
    }
  };
  walk(ast, new Map());

  const formatted = found.map(formatPath);
  const unique = [...new Set(formatted)];
  const isPrefix = (p: string, of: string) =>
    of.length > p.length && of.startsWith(p) && /^[.[]/.test(of[p.length]);
  return { reads: unique.filter((p) => !unique.some((q) => isPrefix(p, q))), problems };
}
