import { Environment } from '@marcbachmann/cel-js';
import { matchesGlob, parseDurationSeconds } from './functions.js';
import { FACT_SHAPES, messageTypes, type MessageType, type Shape } from './shapes.js';

/**
 * The CEL environment every policy expression is compiled in, and the conversion of a facts document
 * into the values that environment expects.
 *
 * Types come from `schema/facts.schema.json`: each `$defs` object is a CEL message type (so
 * `spec.strategy.stepz` or `plan.cost.extraUsd + "x"` fail at load time), `integer` is `int`,
 * `number` is `double`, `string` with `format: date-time` is a `timestamp`. A nullable scalar, list or
 * map is `dyn` (so `plan.cost.extraUsd == null` works; reading it while null is an evaluation error,
 * which denies). A nullable message keeps its type, and `x == null` is supported through an operator
 * overload: a null section (`artifact` when the artifact check did not run) is an empty instance of
 * its message type, so reading any of its fields is an evaluation error — never a silent false.
 *
 * Why this CEL implementation (@marcbachmann/cel-js, not cel-js): see README.md beside this file.
 *
 * Added on top of standard CEL, through the library's extension API:
 * - `double == int` (and `!=`): CEL's heterogeneous numeric equality, so `s.traffic.candidate == 100`
 *   compares as expected (ordering `<`/`<=`… across int and double is already supported);
 * - `string.matchesGlob(pattern)`: image allow-list patterns, `*` matching any run of characters;
 * - `seconds(string)`: seconds in a duration string (`seconds("5m") == 300.0`), to compare with the
 *   spec's `…Seconds` fields.
 */

interface MessageRuntime {
  ctor: new () => object;
  /** The value a `null` of this message type is represented by. */
  nullValue: object;
}

const runtimes = new Map<MessageType, MessageRuntime>();

function runtimeOf(type: MessageType): MessageRuntime {
  let rt = runtimes.get(type);
  if (!rt) {
    // A named class per message type: the library finds a value's CEL type by its constructor.
    const ctor = { [type.name]: class {} }[type.name] as new () => object;
    rt = { ctor, nullValue: Object.freeze(new ctor()) };
    runtimes.set(type, rt);
  }
  return rt;
}

export function celTypeOf(shape: Shape): string {
  if (shape.kind === 'message') return shape.type.name;
  if (shape.nullable || shape.kind === 'dyn') return 'dyn';
  switch (shape.kind) {
    case 'string':
      return shape.timestamp ? 'google.protobuf.Timestamp' : 'string';
    case 'int':
    case 'double':
    case 'bool':
      return shape.kind;
    case 'list':
      return `list<${celTypeOf(shape.item)}>`;
    case 'map':
      return `map<string, ${celTypeOf(shape.value)}>`;
  }
}

function nullableMessages(): Set<MessageType> {
  const out = new Set<MessageType>();
  const visit = (s: Shape): void => {
    if (s.kind === 'message' && s.nullable) out.add(s.type);
    if (s.kind === 'list') visit(s.item);
    if (s.kind === 'map') visit(s.value);
  };
  for (const s of FACT_SHAPES.values()) visit(s);
  for (const t of messageTypes()) for (const f of t.fields.values()) visit(f);
  return out;
}

function createEnvironment(): Environment {
  const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false });
  for (const type of messageTypes()) {
    const fields: Record<string, string> = {};
    for (const [name, shape] of type.fields) fields[name] = celTypeOf(shape);
    env.registerType(type.name, { ctor: runtimeOf(type).ctor, fields });
  }
  for (const type of nullableMessages()) {
    const { nullValue } = runtimeOf(type);
    env.registerOperator(`${type.name} == null`, (a: unknown, b: unknown) => {
      const isNull = (v: unknown) => v === null || v === nullValue;
      return isNull(a) && isNull(b);
    });
  }
  env.registerOperator('double == int', (a: number, b: bigint) => a === Number(b));
  env.registerFunction(
    'string.matchesGlob(string): bool',
    (value: string, pattern: string) => matchesGlob(value, pattern),
    { description: 'Whole-string match against a pattern where * matches any run of characters.' },
  );
  env.registerFunction('seconds(string): double', (text: string) => parseDurationSeconds(text), {
    description: 'Seconds in a duration string such as "90s", "10m" or "1h30m".',
  });
  for (const [name, shape] of FACT_SHAPES) {
    env.registerVariable(name, celTypeOf(shape), { description: shape.description ?? `the ${name} facts` });
  }
  return env;
}

let shared: Environment | undefined;

/** The one CEL environment (building it takes a few milliseconds, so it is built once). */
export function policyEnvironment(): Environment {
  shared ??= createEnvironment();
  return shared;
}

/** A facts value that does not have the declared shape. */
export interface FactsProblem {
  path: string;
  message: string;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function convert(shape: Shape, value: unknown, path: string, problems: FactsProblem[]): unknown {
  if (value === null) {
    if (!shape.nullable) problems.push({ path, message: `is null but may not be` });
    return shape.kind === 'message' ? runtimeOf(shape.type).nullValue : null;
  }
  const bad = (expected: string) => {
    problems.push({ path, message: `expected ${expected}, got ${describe(value)}` });
    return null;
  };
  switch (shape.kind) {
    case 'dyn':
      return value;
    case 'string':
      if (typeof value !== 'string') return bad('a string');
      if (shape.enum && !shape.enum.includes(value)) return bad(`one of ${shape.enum.join(', ')}`);
      if (shape.timestamp) {
        const d = new Date(value);
        return Number.isNaN(d.getTime()) ? bad('an ISO 8601 timestamp') : d;
      }
      return value;
    case 'int':
      if (typeof value === 'bigint') return value;
      return typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : bad('an integer');
    case 'double':
      return typeof value === 'number' ? value : bad('a number');
    case 'bool':
      return typeof value === 'boolean' ? value : bad('a boolean');
    case 'list':
      if (!Array.isArray(value)) return bad('a list');
      return value.map((v, i) => convert(shape.item, v, `${path}[${i}]`, problems));
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return bad('an object');
      const out = new Map<string, unknown>();
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v !== undefined) out.set(k, convert(shape.value, v, `${path}.${k}`, problems));
      }
      return out;
    }
    case 'message': {
      if (typeof value !== 'object' || Array.isArray(value)) return bad('an object');
      const src = value as Record<string, unknown>;
      const out = new (runtimeOf(shape.type).ctor)() as Record<string, unknown>;
      for (const [name, field] of shape.type.fields) {
        const v = src[name];
        if (v === undefined) {
          if (shape.type.required.has(name))
            problems.push({ path: `${path}.${name}`, message: 'is missing' });
          continue;
        }
        out[name] = convert(field, v, `${path}.${name}`, problems);
      }
      return out;
    }
  }
}

/**
 * Converts a facts document to CEL values (ints to BigInt, timestamps to Date, objects to their
 * message types). Fields the schema does not declare are not visible to CEL. Returns every problem
 * found; the caller refuses to evaluate when there is any.
 */
export function toCelContext(facts: object): { context: Record<string, unknown>; problems: FactsProblem[] } {
  const problems: FactsProblem[] = [];
  const context: Record<string, unknown> = {};
  const src = facts as Record<string, unknown>;
  for (const [name, shape] of FACT_SHAPES) {
    if (src[name] === undefined) {
      problems.push({ path: name, message: 'is missing' });
      continue;
    }
    context[name] = convert(shape, src[name], name, problems);
  }
  return { context, problems };
}

/** Whether a CEL value stands for null (a null scalar or the empty instance of a null message). */
export function isCelNull(v: unknown): boolean {
  if (v === null) return true;
  if (v && typeof v === 'object') for (const rt of runtimes.values()) if (rt.nullValue === v) return true;
  return false;
}
