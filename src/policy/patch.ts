/**
 * Editing a facts document in policy test cases: `patch` (deep merge), `set` (path → value) and
 * `unset` (remove optional fields). Paths look like CEL selections: `plan.steps[1].traffic.candidate`,
 * `spec.target.tags["data-classification"]`.
 */

import { formatPath, type PathSegment } from '../spec/yaml.js';

/** `plan.steps[1].traffic.candidate` → ['plan', 'steps', 1, 'traffic', 'candidate']; throws on a malformed path. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let i = 0;
  while (i < path.length) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (!m || (i > 0 && m[1] !== undefined && path[i] !== '.')) {
      throw new Error(`invalid path "${path}" at character ${i + 1} (expected a.b[0]["key"])`);
    }
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
    i = re.lastIndex;
  }
  if (out.length === 0) throw new Error('empty path');
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key; anything else (lists, scalars, null) replaces. */
export function deepMerge(target: unknown, patch: unknown): unknown {
  if (!isObject(target) || !isObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = { ...target };
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
  return out;
}

function parentOf(
  root: unknown,
  path: string,
): { parent: Record<string, unknown> | unknown[]; key: PathSegment } {
  const segs = parsePath(path);
  let v: unknown = root;
  for (const [i, s] of segs.slice(0, -1).entries()) {
    const next = (v as Record<string | number, unknown> | null)?.[s];
    if (typeof next !== 'object' || next === null) {
      const at = formatPath(segs.slice(0, i + 1));
      throw new Error(`path "${path}": ${at} is ${next === null ? 'null' : 'not an object or list'}`);
    }
    v = next;
  }
  return { parent: v as Record<string, unknown>, key: segs[segs.length - 1] };
}

/** Sets the value at a path; every part but the last must exist. */
export function setPath(root: unknown, path: string, value: unknown): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent) && (typeof key !== 'number' || key > parent.length)) {
    throw new Error(`path "${path}": index ${String(key)} is past the end of a list of ${parent.length}`);
  }
  (parent as Record<string | number, unknown>)[key] = structuredClone(value);
}

/** Removes the field at a path (an optional spec field, say). */
export function unsetPath(root: unknown, path: string): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent)) {
    if (typeof key !== 'number') throw new Error(`path "${path}": a list needs an index`);
    parent.splice(key, 1);
  } else {
    delete (parent as Record<string, unknown>)[key];
  }
}
