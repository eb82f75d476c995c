import type { ErrorObject } from 'ajv';
import type { InputProblem } from '../errors.js';
import schema from './schema.json' with { type: 'json' };
import { validate } from './schema-validator.js';
import { closest } from './suggest.js';
import { formatPath, type ParsedYaml, type PathSegment } from './yaml.js';

type JsonSchema = Record<string, unknown>;

/** Validates the YAML form against the JSON Schema; every problem, placed at its line and field. */
export function checkSchema(parsed: ParsedYaml, file: string): InputProblem[] {
  if (validate(parsed.value)) return [];
  const seen = new Set<string>();
  const problems: InputProblem[] = [];
  for (const err of validate.errors ?? []) {
    const p = toProblem(err, parsed, file);
    if (!p) continue;
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}

/** JSON pointer → path segments, numbers where the data holds an array. */
function pointerToSegments(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function deref(s: unknown): JsonSchema | undefined {
  if (!s || typeof s !== 'object') return undefined;
  const ref = (s as JsonSchema).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = (schema.$defs as Record<string, JsonSchema>)[ref.slice('#/$defs/'.length)];
    return { ...target, ...(s as JsonSchema) };
  }
  return s as JsonSchema;
}

/** The schema's `x-expected` words for a value; with `describeField`, else its description's first sentence. */
function expectedOf(s: unknown, describeField = false): string | undefined {
  const d = deref(s);
  if (!d) return undefined;
  if (typeof d['x-expected'] === 'string') return d['x-expected'];
  if (describeField && typeof d.description === 'string') {
    const first = d.description.split('. ')[0].replace(/\.$/, '');
    return first.charAt(0).toLowerCase() + first.slice(1);
  }
  return undefined;
}

const NAMES_OF_TYPES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'nothing',
};

function typeMessage(err: ErrorObject): { message: string; expected?: string } {
  const want = ([] as string[]).concat(err.params.type as string | string[]);
  const wanted = want.map((t) => NAMES_OF_TYPES[t] ?? t).join(' or ');
  const value = err.data;
  const parent = err.parentSchema as JsonSchema | undefined;
  const isDuration = typeof parent?.pattern === 'string' && parent.pattern.includes('\\d+d');
  if (isDuration && typeof value === 'number') {
    return {
      message: `${value} has no unit`,
      expected: `a duration with its unit, e.g. ${value}s or ${value}m`,
    };
  }
  if (want.includes('boolean') && typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value)) {
    return {
      message: `${JSON.stringify(value)} is a string in YAML 1.2`,
      expected: 'true or false',
    };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { message: `${value} is not a finite number`, expected: expectedOf(parent) ?? wanted };
  }
  if (want.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return {
      message: `expected a string, got ${describe(value)}`,
      expected: `${expectedOf(parent) ?? 'a string'} (quote it)`,
    };
  }
  const expected = expectedOf(parent);
  return {
    message: `expected ${wanted}, got ${describe(value)}`,
    expected: expected === wanted ? undefined : expected,
  };
}

function knownKeys(parent: unknown): string[] {
  const props = deref(parent)?.properties;
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

function unknownKeyMessage(key: string, known: string[]): { message: string; expected?: string } {
  const expected = known.length > 0 ? `one of ${known.join(', ')}` : undefined;
  if (key.endsWith('Seconds') && known.includes(key.slice(0, -'Seconds'.length))) {
    const short = key.slice(0, -'Seconds'.length);
    return {
      message: `unknown field "${key}": durations are written without the Seconds suffix; did you mean "${short}" (e.g. ${short}: 10m)?`,
      expected,
    };
  }
  const guess = closest(key, known);
  return {
    message: guess ? `unknown field "${key}"; did you mean "${guess}"?` : `unknown field "${key}"`,
    expected,
  };
}

function toProblem(err: ErrorObject, parsed: ParsedYaml, file: string): InputProblem | undefined {
  const segments = pointerToSegments(err.instancePath, parsed.value);
  let at = segments;
  let message: string;
  let expected: string | undefined;
  const parent = err.parentSchema as JsonSchema | undefined;

  switch (err.keyword) {
    case 'if':
      return undefined; // the branch's own errors say what is wrong
    case 'required': {
      const field = err.params.missingProperty as string;
      at = [...segments, field];
      message = `missing required field "${field}"`;
      const props = (deref(parent)?.properties ?? {}) as Record<string, unknown>;
      expected = expectedOf(props[field], true);
      break;
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = (err.params.additionalProperty ?? err.params.unevaluatedProperty) as string;
      at = [...segments, key];
      ({ message, expected } = unknownKeyMessage(key, knownKeys(parent)));
      break;
    }
    case 'type':
      ({ message, expected } = typeMessage(err));
      break;
    case 'enum': {
      const allowed = (err.params.allowedValues as unknown[]).map(String);
      const guess = typeof err.data === 'string' ? closest(err.data, allowed) : undefined;
      message = `unknown value ${JSON.stringify(err.data)}${guess ? `; did you mean "${guess}"?` : ''}`;
      expected = expectedOf(parent) ?? `one of ${allowed.join(', ')}`;
      break;
    }
    case 'const':
      message = `${describe(err.data)} is not supported`;
      expected = JSON.stringify(err.params.allowedValue);
      break;
    case 'pattern':
    case 'format':
      message = `${describe(err.data)} is not valid`;
      expected = expectedOf(parent);
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = err.params.limit as number;
      const word = {
        minimum: `at least ${limit}`,
        maximum: `at most ${limit}`,
        exclusiveMinimum: `above ${limit}`,
        exclusiveMaximum: `below ${limit}`,
      }[err.keyword];
      message = `${String(err.data)} is out of range (must be ${word})`;
      expected = expectedOf(parent);
      break;
    }
    case 'minLength':
      message =
        err.params.limit === 1 ? 'must not be empty' : `must be at least ${err.params.limit} characters`;
      expected = expectedOf(parent);
      break;
    case 'maxLength':
      message = `is ${String(err.data).length} characters, more than the ${err.params.limit} allowed`;
      expected = expectedOf(parent);
      break;
    case 'minItems':
      message =
        err.params.limit === 1 ? 'must not be an empty list' : `must have at least ${err.params.limit} items`;
      break;
    case 'maxItems':
      message = `has ${(err.data as unknown[]).length} items, more than the ${err.params.limit} allowed`;
      break;
    case 'maxProperties':
      message = `has ${Object.keys(err.data as object).length} entries, more than the ${err.params.limit} allowed`;
      break;
    case 'uniqueItems':
      message = `items ${err.params.j} and ${err.params.i} are the same`;
      break;
    case 'propertyNames':
      return undefined; // reported through the nested error that carries the property name
    default:
      message = err.message ?? `fails ${err.keyword}`;
  }

  // A failing property name (propertyNames) is reported on the key itself.
  if (err.propertyName !== undefined && err.keyword !== 'required') {
    at = [...segments, err.propertyName];
    message = `invalid key ${JSON.stringify(err.propertyName)}: ${message}`;
  }

  const where = parsed.locate(at) ?? { line: 1, column: 1 };
  return {
    file,
    line: where.line,
    column: where.column,
    path: formatPath(at) || undefined,
    message,
    expected,
  };
}
