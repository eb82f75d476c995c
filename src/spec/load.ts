import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import {
  normalizeChecks,
  normalizeGates,
  normalizeModel,
  normalizeRollback,
  normalizeStrategy,
  normalizeTarget,
} from './normalize.js';
import { checkSchema } from './schema-check.js';
import { checkSemantics, type Sections } from './semantic.js';
import { API_VERSION, type LoadedSpec, type Spec } from './types.js';
import { MAX_SPEC_BYTES, parsePath, parseYaml, type PathSegment } from './yaml.js';

/**
 * Reads and validates a spec file. Throws InputError with every problem found (file, line, column,
 * field and what was expected), never only the first one.
 */
export async function loadSpecFile(path: string, options: { cwd?: string } = {}): Promise<LoadedSpec> {
  // `path` names the file in messages as the user wrote it; it is read relative to `cwd`.
  const full = resolve(options.cwd ?? process.cwd(), path);
  let text: string;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      throw new InputError([
        { file: path, message: 'is a folder, not a spec file', expected: 'the path of a modelgate.yaml' },
      ]);
    }
    if (info.size > MAX_SPEC_BYTES) {
      throw new InputError([
        {
          file: path,
          message: `the file is ${info.size} bytes, larger than the ${MAX_SPEC_BYTES}-byte limit for a spec`,
          expected: 'a spec under 1 MiB',
        },
      ]);
    }
    text = await readFile(full, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${(err as Error).message})`;
    throw new InputError([{ file: path, message, expected: 'a readable modelgate.yaml spec' }]);
  }
  return loadSpecText(text, path, dirname(full));
}

const SECTIONS = ['model', 'checks', 'target', 'strategy', 'gates', 'rollback'] as const;

/** Validates spec text; `file` is only used in error locations, `baseDir` is returned as given. */
export function loadSpecText(text: string, file: string, baseDir = '.'): LoadedSpec {
  const parsed = parseYaml(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
  if (parsed.problems.length > 0) throw new InputError(sortProblems(parsed.problems));
  if (parsed.value === null || parsed.value === undefined) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        message: 'the spec is empty',
        expected: `a mapping starting with apiVersion: ${API_VERSION}`,
      },
    ]);
  }

  const problems: InputProblem[] = checkSchema(parsed, file);
  const broken = new Set(problems.map((p) => (p.path ? String(parsePath(p.path)[0]) : '*')));
  const clean = (section: string) => !broken.has('*') && !broken.has(section);
  const raw = parsed.value as Record<string, unknown>;

  const sec: Sections = { raw: broken.has('*') ? {} : raw };
  if (clean('model')) sec.model = normalizeModel(raw.model);
  if (clean('checks') && clean('model')) sec.checks = normalizeChecks(raw.checks);
  if (clean('target')) sec.target = normalizeTarget(raw.target);
  if (clean('strategy')) {
    const count = sec.target?.instanceCount ?? countOf(raw.target);
    sec.strategy = normalizeStrategy(raw.strategy, count);
  }
  if (clean('gates')) sec.gates = normalizeGates(raw.gates);
  if (clean('rollback')) sec.rollback = normalizeRollback(raw.rollback);

  if (!broken.has('*')) {
    checkSemantics(sec, (path, message, expected) => {
      const at = parsed.locate(path) ?? { line: 1, column: 1 };
      problems.push({ file, line: at.line, column: at.column, path, message, expected });
    });
  }
  if (problems.length > 0 || SECTIONS.some((s) => s !== 'checks' && sec[s] === undefined)) {
    throw new InputError(sortProblems(problems));
  }

  const spec: Spec = {
    apiVersion: API_VERSION,
    model: sec.model!,
    checks: sec.checks ?? {},
    target: sec.target!,
    strategy: sec.strategy!,
    gates: sec.gates!,
    rollback: sec.rollback!,
    policies: Array.isArray(raw.policies) ? (raw.policies as string[]) : [],
  };
  const listGates = Array.isArray(raw.gates);
  return {
    spec,
    file,
    baseDir,
    locate: (path) => parsed.locate(toYamlPath(parsePath(path), listGates)),
  };
}

function countOf(target: unknown): number {
  const n = (target as { instanceCount?: unknown } | undefined)?.instanceCount;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100 ? n : 1;
}

/** Normalised field path → YAML path: `bakeSeconds` → `bake`, `gates.rules[0]` → `gates[0]` in list form. */
function toYamlPath(segments: PathSegment[], listGates: boolean): PathSegment[] {
  const out = segments.map((s) =>
    typeof s === 'string' && s.endsWith('Seconds') ? s.slice(0, -'Seconds'.length) : s,
  );
  if (listGates && out[0] === 'gates' && out[1] === 'rules') out.splice(1, 1);
  return out;
}

function sortProblems(problems: InputProblem[]): InputProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
