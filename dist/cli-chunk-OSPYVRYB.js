import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, failed: 1, usage: 2, unsafe: 3 };
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

export {
  EXIT,
  UsageError
};
