/** Where in a source file a problem is. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** JSON-pointer-like path to the field, e.g. `strategy.steps[1].weight`. */
  path?: string;
}

/** One problem found in user input (a spec, a policy file, a scenario, a data file). */
export interface InputProblem extends SourceLocation {
  message: string;
  /** What was expected there, when that can be said. */
  expected?: string;
}

/**
 * Every error modelgate raises on purpose. `code` is stable and machine-readable (reported as
 * `reason_code` by the action); the message says what is wrong and how to fix it.
 */
export class ModelgateError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ModelgateError';
    this.code = code;
  }
}

/** User input is invalid; carries every problem found, not only the first. */
export class InputError extends ModelgateError {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[], code = 'invalid_input') {
    super(code, problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** `file:line:col: path: message (expected …)` — the one format every input error is printed in. */
export function formatProblem(p: InputProblem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}`;
  if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
  const field = p.path ? ` ${p.path}:` : '';
  const expected = p.expected ? ` (expected ${p.expected})` : '';
  return `${where}:${field} ${p.message}${expected}`;
}
