import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var ModelgateError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ModelgateError";
    this.code = code;
  }
};
var InputError = class extends ModelgateError {
  problems;
  constructor(problems, code = "invalid_input") {
    super(code, problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
};
function formatProblem(p) {
  let where = p.file;
  if (p.line !== void 0) where += `:${p.line}`;
  if (p.line !== void 0 && p.column !== void 0) where += `:${p.column}`;
  const field = p.path ? ` ${p.path}:` : "";
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${where}:${field} ${p.message}${expected}`;
}

export {
  ModelgateError,
  InputError,
  formatProblem
};
