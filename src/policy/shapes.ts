import factsSchema from '../../schema/facts.schema.json' with { type: 'json' };

/**
 * The facts document's shape, compiled once from `schema/facts.schema.json` (the published contract),
 * so that the JSON Schema, the CEL type declarations and the conversion of facts into CEL values can
 * never disagree. Only the JSON Schema subset that file uses is understood; anything else throws at
 * start-up (a test compiles it).
 */
export type Shape =
  | { kind: 'string'; nullable: boolean; enum?: string[]; timestamp?: boolean; description?: string }
  | { kind: 'int' | 'double' | 'bool'; nullable: boolean; description?: string }
  | { kind: 'list'; nullable: boolean; item: Shape; description?: string }
  | { kind: 'map'; nullable: boolean; value: Shape; description?: string }
  | { kind: 'message'; nullable: boolean; type: MessageType; description?: string }
  /** Free-form JSON, or a union of scalar types. */
  | { kind: 'dyn'; nullable: boolean; description?: string };

export interface MessageType {
  /** The CEL type name (the `$defs` name). */
  name: string;
  fields: Map<string, Shape>;
  /** Fields that must be present (for a merged `oneOf`, those every variant requires). */
  required: Set<string>;
  /** Set for a `oneOf` of objects: the variants' names (the CEL message has every variant's fields). */
  variants?: string[];
}

type JsonSchema = Record<string, unknown>;

const defs = (factsSchema as JsonSchema).$defs as Record<string, JsonSchema>;
const messages = new Map<string, MessageType>();

function fail(where: string, message: string): never {
  throw new Error(`schema/facts.schema.json ${where}: ${message}`);
}

function refName(ref: string, where: string): string {
  const m = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!m || !defs[m[1]]) fail(where, `unresolvable $ref ${ref}`);
  return m[1];
}

function isNullSchema(s: JsonSchema): boolean {
  return s.type === 'null';
}

function withNullable(shape: Shape, nullable: boolean): Shape {
  return nullable && !shape.nullable ? ({ ...shape, nullable: true } as Shape) : shape;
}

function compileDef(name: string): Shape {
  const def = defs[name];
  if (def.oneOf || def.anyOf) return compile(def, name, name);
  if (def.properties) {
    let type = messages.get(name);
    if (!type) {
      type = { name, fields: new Map(), required: new Set((def.required as string[] | undefined) ?? []) };
      messages.set(name, type);
      for (const [key, sub] of Object.entries(def.properties as Record<string, JsonSchema>)) {
        type.fields.set(key, compile(sub, `${name}.${key}`));
      }
      for (const r of type.required)
        if (!type.fields.has(r)) fail(name, `required field ${r} is not a property`);
    }
    return { kind: 'message', nullable: false, type, description: def.description as string | undefined };
  }
  return compile(def, name);
}

function scalar(t: string, s: JsonSchema, where: string, nullable: boolean): Shape {
  const description = s.description as string | undefined;
  switch (t) {
    case 'string':
      return s.format === 'date-time'
        ? { kind: 'string', nullable, timestamp: true, description }
        : { kind: 'string', nullable, description };
    case 'integer':
      return { kind: 'int', nullable, description };
    case 'number':
      return { kind: 'double', nullable, description };
    case 'boolean':
      return { kind: 'bool', nullable, description };
    case 'array':
      if (!s.items) fail(where, 'an array needs items');
      return { kind: 'list', nullable, item: compile(s.items as JsonSchema, `${where}[]`), description };
    case 'object':
      if (s.properties) fail(where, 'inline objects with properties must be $defs');
      if (!s.additionalProperties || s.additionalProperties === true) return { kind: 'dyn', nullable };
      return {
        kind: 'map',
        nullable,
        value: compile(s.additionalProperties as JsonSchema, `${where}{}`),
        description,
      };
    default:
      return fail(where, `unsupported type ${t}`);
  }
}

function compile(s: JsonSchema, where: string, ownName?: string): Shape {
  const description = s.description as string | undefined;
  if (typeof s.$ref === 'string') {
    const shape = compileDef(refName(s.$ref, where));
    return description ? ({ ...shape, description } as Shape) : shape;
  }
  const union = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (union) {
    const nullable = union.some(isNullSchema);
    const members = union.filter((m) => !isNullSchema(m)).map((m, i) => compile(m, `${where}|${i}`));
    if (members.length === 1) return withNullable({ ...members[0], description } as Shape, nullable);
    if (!ownName) fail(where, 'a union of several objects must be a $defs entry of its own');
    return { kind: 'message', nullable, type: mergeVariants(ownName, members, where), description };
  }
  if ('const' in s) {
    if (typeof s.const === 'string') return { kind: 'string', nullable: false, enum: [s.const], description };
    if (Number.isInteger(s.const)) return { kind: 'int', nullable: false, description };
    fail(where, 'unsupported const');
  }
  if (Array.isArray(s.enum)) {
    const values = s.enum as unknown[];
    const strings = values.filter((v): v is string => typeof v === 'string');
    const nullable = values.includes(null);
    if (strings.length + (nullable ? 1 : 0) !== values.length) fail(where, 'only string enums are supported');
    return { kind: 'string', nullable, enum: strings, description };
  }
  if (s.type === undefined) return { kind: 'dyn', nullable: true, description };
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  const nullable = types.includes('null');
  const rest = types.filter((t) => t !== 'null');
  if (rest.length === 1) return scalar(rest[0], s, where, nullable);
  if (rest.every((t) => ['string', 'number', 'integer', 'boolean'].includes(t))) {
    return { kind: 'dyn', nullable, description };
  }
  return fail(where, `unsupported type list ${JSON.stringify(s.type)}`);
}

function sameShape(a: Shape, b: Shape): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'message' && b.kind === 'message') return a.type === b.type;
  if (a.kind === 'list' && b.kind === 'list') return sameShape(a.item, b.item);
  if (a.kind === 'map' && b.kind === 'map') return sameShape(a.value, b.value);
  return true;
}

/** A `oneOf` of objects becomes one CEL message with the union of the variants' fields. */
function mergeVariants(name: string, members: Shape[], where: string): MessageType {
  const existing = messages.get(name);
  if (existing) return existing;
  const type: MessageType = { name, fields: new Map(), required: new Set(), variants: [] };
  messages.set(name, type);
  members.forEach((m, i) => {
    if (m.kind !== 'message') fail(where, 'a union of objects may only contain objects');
    type.variants!.push(m.type.name);
    for (const [key, shape] of m.type.fields) {
      const prev = type.fields.get(key);
      if (!prev) {
        type.fields.set(key, shape);
      } else if (!sameShape(prev, shape)) {
        fail(where, `field ${key} has different types in ${m.type.name} and an earlier variant`);
      } else if (prev.kind === 'string' && shape.kind === 'string' && prev.enum && shape.enum) {
        type.fields.set(key, { ...prev, enum: [...new Set([...prev.enum, ...shape.enum])] });
      } else if (prev.kind === 'string' && shape.kind === 'string') {
        type.fields.set(key, { ...prev, enum: undefined });
      }
    }
    const required = m.type.required;
    if (i === 0) for (const r of required) type.required.add(r);
    else for (const r of [...type.required]) if (!required.has(r)) type.required.delete(r);
  });
  return type;
}

function compileRoot(): Map<string, Shape> {
  const root = factsSchema as JsonSchema;
  const out = new Map<string, Shape>();
  for (const [key, sub] of Object.entries(root.properties as Record<string, JsonSchema>)) {
    out.set(key, compile(sub, key));
  }
  return out;
}

/** The top-level facts (CEL variables) and their shapes. */
export const FACT_SHAPES: ReadonlyMap<string, Shape> = compileRoot();

/** Every message type reachable from the facts, in dependency order (fields' types first). */
export function messageTypes(): MessageType[] {
  const ordered: MessageType[] = [];
  const seen = new Set<MessageType>();
  const visitShape = (s: Shape): void => {
    if (s.kind === 'message') visit(s.type);
    else if (s.kind === 'list') visitShape(s.item);
    else if (s.kind === 'map') visitShape(s.value);
  };
  const visit = (t: MessageType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const f of t.fields.values()) visitShape(f);
    ordered.push(t);
  };
  for (const s of FACT_SHAPES.values()) visitShape(s);
  return ordered;
}

/** The published JSON Schema (for ajv and for `--help` texts). */
export { factsSchema };

/**
 * Follows a facts path (segments as produced by the AST analysis: field names, `[]` for any list item
 * or map value) to its shape, or undefined when the path leaves the declared facts.
 */
export function shapeAt(segments: string[]): Shape | undefined {
  let shape = FACT_SHAPES.get(segments[0]);
  for (const seg of segments.slice(1)) {
    if (!shape) return undefined;
    if (seg === '[]') {
      shape = shape.kind === 'list' ? shape.item : shape.kind === 'map' ? shape.value : undefined;
    } else if (shape.kind === 'message') {
      shape = shape.type.fields.get(seg);
    } else if (shape.kind === 'map') {
      shape = shape.value;
    } else {
      return undefined;
    }
  }
  return shape;
}
