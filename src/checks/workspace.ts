import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, type InputProblem } from '../errors.js';
import type { LoadedSpec } from '../spec/types.js';

/**
 * Every file a check reads is confined to the workspace (the checkout): a path with `..` or an
 * absolute path that leads outside it is refused, and so is a symlink inside it whose target is
 * outside. Paths are resolved against the spec's folder.
 */
export class Workspace {
  private constructor(
    /** The workspace folder with symlinks resolved. */
    readonly root: string,
    private readonly loaded: LoadedSpec,
  ) {}

  static async open(root: string, loaded: LoadedSpec): Promise<Workspace> {
    let real: string;
    try {
      real = await realpath(resolve(root));
    } catch {
      throw new InputError([
        { file: root, message: 'the workspace folder does not exist', expected: 'an existing folder' },
      ]);
    }
    return new Workspace(real, loaded);
  }

  /** Where a spec field is, for error messages. */
  problem(field: string, message: string, expected?: string): InputProblem {
    const at = this.loaded.locate(field);
    return { file: this.loaded.file, line: at?.line, column: at?.column, path: field, message, expected };
  }

  /** `modelgate.yaml:12:7: checks.evaluation.require[0]`, to prefix a message about a spec field. */
  where(field: string): string {
    const at = this.loaded.locate(field);
    const pos = at ? `:${at.line}:${at.column}` : '';
    return `${this.loaded.file}${pos}: ${field}`;
  }

  /**
   * Resolves `path` (as written at spec field `field`) to the real path of an existing regular file
   * inside the workspace, or throws an InputError naming the spec file, line and field.
   */
  async file(path: string, field: string): Promise<string> {
    if (path.includes('\0')) throw new InputError([this.problem(field, 'the path contains a NUL byte')]);
    const inside = `a path inside the workspace ${this.root}`;
    // Lexical check first, so `../../etc/passwd` is refused without touching it.
    const baseDir = await realpath(resolve(this.loaded.baseDir)).catch(() => resolve(this.loaded.baseDir));
    const lexical = resolve(baseDir, path);
    if (!within(this.root, lexical)) {
      throw new InputError([this.problem(field, `"${path}" is outside the workspace`, inside)]);
    }
    let real: string;
    try {
      real = await realpath(lexical);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT' ? `"${path}" does not exist` : `"${path}" cannot be read (${code ?? String(err)})`;
      throw new InputError([this.problem(field, message)]);
    }
    if (!within(this.root, real)) {
      throw new InputError([
        this.problem(field, `"${path}" is a symlink that leads outside the workspace (to ${real})`, inside),
      ]);
    }
    const info = await stat(real);
    if (!info.isFile()) throw new InputError([this.problem(field, `"${path}" is not a regular file`)]);
    return real;
  }
}

/** Whether `target` is `root` or below it. Both must be absolute and normalised. */
export function within(root: string, target: string): boolean {
  if (target === root) return true;
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
