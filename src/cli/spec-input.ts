import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, InputError } from '../errors.js';
import { loadSpecFile } from '../spec/load.js';
import type { LoadedSpec } from '../spec/types.js';
import { UsageError, type CliIO } from './io.js';

/** The spec a command reads when none is named. */
export const DEFAULT_SPEC = 'modelgate.yaml';

/** Parses `[SPEC] [options]`: at most one positional, the spec path (default modelgate.yaml). */
export function parseSpecArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
): {
  spec: string;
  values: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true }>>['values'];
} {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length > 1) {
    throw new UsageError(
      `expected one spec file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`,
    );
  }
  return { spec: parsed.positionals[0] ?? DEFAULT_SPEC, values: parsed.values };
}

/**
 * Loads the spec for a command; on invalid input prints every problem to stderr
 * (`file:line:col: field: message (expected …)`) and returns undefined.
 */
export async function loadSpecForCli(spec: string, io: CliIO): Promise<LoadedSpec | undefined> {
  try {
    return await loadSpecFile(spec, { cwd: io.cwd });
  } catch (err) {
    printInputError(err, spec, io);
    return undefined;
  }
}

/**
 * Prints an InputError's problems to stderr, one `file:line:col: field: message (expected …)` a line,
 * then `<label>: N problems`. Anything else is rethrown.
 */
export function printInputError(err: unknown, label: string, io: CliIO): void {
  if (!(err instanceof InputError)) throw err;
  for (const p of err.problems) io.stderr(`${formatProblem(p)}\n`);
  const n = err.problems.length;
  io.stderr(`${label}: ${n} problem${n === 1 ? '' : 's'}\n`);
}
