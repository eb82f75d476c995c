import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { InputProblem } from '../errors.js';

/** Largest spec accepted, in bytes: a deployment spec is a page of YAML, never megabytes. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Most alias expansions accepted (guards against "billion laughs" documents). */
export const MAX_ALIAS_COUNT = 100;

/** Tags a spec may use explicitly: the YAML 1.2 core schema's own. Everything else is refused. */
const ALLOWED_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The document as plain data; undefined when it could not be read. */
  value: unknown;
  problems: InputProblem[];
  /** Position of the field at `path`, or of its closest ancestor present in the file. */
  locate(path: string | PathSegment[]): Position | undefined;
}

/** `strategy.steps[1].weight` → ['strategy', 'steps', 1, 'weight']; `tags["a.b"]` → ['tags', 'a.b']. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

/** The inverse of parsePath: identifiers joined by dots, indexes and other keys in brackets. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses one YAML document strictly: size and alias limits, duplicate keys refused, the YAML 1.2
 * core schema only (so `yes` is a string, not a boolean), no custom or YAML 1.1 tags, one document.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: InputProblem[] = [];
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const none: ParsedYaml = { value: undefined, problems, locate: () => undefined };

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SPEC_BYTES) {
    problems.push({
      file,
      message: `the file is ${bytes} bytes, larger than the ${MAX_SPEC_BYTES}-byte limit for a spec`,
      expected: 'a spec under 1 MiB',
    });
    return none;
  }

  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: true,
  });

  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = e.linePos?.[0];
    problems.push({
      file,
      line: at?.line,
      column: at?.col,
      message: `YAML: ${firstLine(e.message)}`,
    });
  }
  visit(doc, {
    Node(_key, node) {
      if (node.tag && !ALLOWED_TAGS.has(node.tag) && node.range) {
        const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
        problems.push({
          file,
          ...pos(node.range[0]),
          message: `the tag ${tag} is not allowed`,
          expected: 'plain YAML values (no custom or YAML 1.1 tags)',
        });
      }
    },
  });
  if (problems.length > 0) return none;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push({
      file,
      message: `YAML: ${(err as Error).message}`,
      expected: `at most ${MAX_ALIAS_COUNT} alias expansions`,
    });
    return none;
  }

  return {
    value,
    problems,
    locate: (path) => locateIn(doc, typeof path === 'string' ? parsePath(path) : path, pos),
  };
}

function locateIn(
  doc: Document,
  path: PathSegment[],
  pos: (offset: number) => Position,
): Position | undefined {
  const resolve = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
  let node = resolve(doc.contents) as Node | null | undefined;
  let found: Position | undefined = node?.range ? pos(node.range[0]) : undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) found = pos(key.range[0]);
      node = resolve(pair.value) as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const raw = node.items[seg] as Node | undefined;
      if (!raw) break;
      if (raw.range) found = pos(raw.range[0]);
      node = resolve(raw) as Node;
    } else {
      break;
    }
  }
  return found;
}
