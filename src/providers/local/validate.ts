/**
 * Input validation the way the AWS services do it (the SDK validates nothing): wrong JSON types are
 * a SerializationException; constraint violations are collected in one message in the standard
 * form `N validation error(s) detected: Value '…' at '…' failed to satisfy constraint: Member must …`.
 */

export type Shape =
  | { t: 'string'; min?: number; max?: number; pattern?: string; enum?: readonly string[] }
  | { t: 'integer'; min?: number; max?: number }
  | { t: 'double'; min?: number; max?: number }
  | { t: 'boolean' }
  | { t: 'timestamp' }
  | { t: 'list'; member: Shape; min?: number; max?: number }
  | { t: 'map'; key: Shape; value: Shape; max?: number }
  | { t: 'structure'; members: Record<string, Shape>; required?: readonly string[] }
  | { t: 'document' };

/** Shape constructors, so operation input shapes read like the service model. */
export const s = {
  str: (o: { min?: number; max?: number; pattern?: string; enum?: readonly string[] } = {}): Shape => ({
    t: 'string',
    ...o,
  }),
  enum: (values: readonly string[]): Shape => ({ t: 'string', enum: values }),
  int: (o: { min?: number; max?: number } = {}): Shape => ({ t: 'integer', ...o }),
  double: (o: { min?: number; max?: number } = {}): Shape => ({ t: 'double', ...o }),
  bool: (): Shape => ({ t: 'boolean' }),
  time: (): Shape => ({ t: 'timestamp' }),
  list: (member: Shape, o: { min?: number; max?: number } = {}): Shape => ({ t: 'list', member, ...o }),
  map: (key: Shape, value: Shape, o: { max?: number } = {}): Shape => ({ t: 'map', key, value, ...o }),
  struct: (members: Record<string, Shape>, required: readonly string[] = []): Shape => ({
    t: 'structure',
    members,
    required,
  }),
  doc: (): Shape => ({ t: 'document' }),
};

export interface ValidationResult {
  /** A JSON type mismatch: the service answers SerializationException. */
  serialization?: string;
  /** Constraint violations, each one `Value … at … failed to satisfy constraint: …`. */
  violations: string[];
  /** Missing required members as query-style paths (`MetricDataQueries.member.1.Id`), for CloudWatch. */
  missing: string[];
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function show(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'String',
  integer: 'Integer',
  double: 'Double',
  boolean: 'Boolean',
  timestamp: 'Timestamp',
  list: 'List',
  map: 'Map',
  structure: 'Structure',
};

function jsonKind(v: unknown): string {
  if (v === null) return 'NULL_VALUE';
  if (Array.isArray(v)) return 'START_ARRAY';
  switch (typeof v) {
    case 'string':
      return 'VALUE_STRING';
    case 'number':
      return Number.isInteger(v) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT';
    case 'boolean':
      return v ? 'VALUE_TRUE' : 'VALUE_FALSE';
    default:
      return 'START_OBJECT';
  }
}

class Walker {
  readonly result: ValidationResult = { violations: [], missing: [] };

  private fail(value: unknown, path: string, constraint: string) {
    this.result.violations.push(
      `Value ${value === null || value === undefined ? 'null' : `'${show(value)}'`} at '${path}' failed to satisfy constraint: ${constraint}`,
    );
  }

  private typeMismatch(shape: Shape, value: unknown, queryPath: string) {
    if (!this.result.serialization) {
      this.result.serialization = `${jsonKind(value)} can not be converted to ${TYPE_NAMES[shape.t] ?? shape.t} (at ${queryPath})`;
    }
  }

  walk(shape: Shape, value: unknown, path: string, queryPath: string): void {
    if (value === null || value === undefined) return; // null members are absent members
    switch (shape.t) {
      case 'document':
        return;
      case 'string': {
        if (typeof value !== 'string') return this.typeMismatch(shape, value, queryPath);
        const len = [...value].length;
        if (shape.min !== undefined && len < shape.min)
          this.fail(value, path, `Member must have length greater than or equal to ${shape.min}`);
        if (shape.max !== undefined && len > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        if (shape.pattern !== undefined && !new RegExp(`^(?:${shape.pattern})$`, 'u').test(value)) {
          this.fail(value, path, `Member must satisfy regular expression pattern: ${shape.pattern}`);
        }
        if (shape.enum && !shape.enum.includes(value))
          this.fail(value, path, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
        return;
      }
      case 'integer':
      case 'double': {
        if (typeof value !== 'number' || !Number.isFinite(value))
          return this.typeMismatch(shape, value, queryPath);
        if (shape.t === 'integer' && !Number.isInteger(value))
          return this.typeMismatch(shape, value, queryPath);
        if (shape.min !== undefined && value < shape.min)
          this.fail(value, path, `Member must have value greater than or equal to ${shape.min}`);
        if (shape.max !== undefined && value > shape.max)
          this.fail(value, path, `Member must have value less than or equal to ${shape.max}`);
        return;
      }
      case 'boolean':
        if (typeof value !== 'boolean') this.typeMismatch(shape, value, queryPath);
        return;
      case 'timestamp':
        // awsJson timestamps are epoch seconds; the SDKs send numbers.
        if (typeof value !== 'number' || !Number.isFinite(value)) this.typeMismatch(shape, value, queryPath);
        return;
      case 'list': {
        if (!Array.isArray(value)) return this.typeMismatch(shape, value, queryPath);
        if (shape.min !== undefined && value.length < shape.min)
          this.fail(value, path, `Member must have length greater than or equal to ${shape.min}`);
        if (shape.max !== undefined && value.length > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        value.forEach((item, i) => {
          if (item === null) return this.fail(null, `${path}.${i + 1}.member`, 'Member must not be null');
          this.walk(shape.member, item, `${path}.${i + 1}.member`, `${queryPath}.member.${i + 1}`);
        });
        return;
      }
      case 'map': {
        if (typeof value !== 'object' || Array.isArray(value))
          return this.typeMismatch(shape, value, queryPath);
        const entries = Object.entries(value as Record<string, unknown>);
        if (shape.max !== undefined && entries.length > shape.max)
          this.fail(value, path, `Member must have length less than or equal to ${shape.max}`);
        for (const [k, v] of entries) {
          this.walk(shape.key, k, path, queryPath);
          this.walk(shape.value, v, path, `${queryPath}.${k}`);
        }
        return;
      }
      case 'structure': {
        if (typeof value !== 'object' || Array.isArray(value))
          return this.typeMismatch(shape, value, queryPath);
        const obj = value as Record<string, unknown>;
        for (const req of shape.required ?? []) {
          if (obj[req] === undefined || obj[req] === null) {
            this.fail(null, joinPath(path, lowerFirst(req)), 'Member must not be null');
            this.result.missing.push(joinPath(queryPath, req));
          }
        }
        for (const [name, member] of Object.entries(shape.members)) {
          this.walk(member, obj[name], joinPath(path, lowerFirst(name)), joinPath(queryPath, name));
        }
        return;
      }
    }
  }
}

const joinPath = (base: string, name: string) => (base ? `${base}.${name}` : name);

/** Validates a request body against an operation's input shape. */
export function validateInput(shape: Shape, input: unknown): ValidationResult {
  const w = new Walker();
  w.walk(shape, input, '', '');
  return w.result;
}

/** The standard AWS message for a list of violations. */
export function violationMessage(violations: readonly string[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`;
}
