#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var ModelgateError = class extends Error {
  code;
  constructor(code2, message, options) {
    super(message, options);
    this.name = "ModelgateError";
    this.code = code2;
  }
};

// src/cli/commands/index.ts
var commands = [];

// src/cli/io.ts
var EXIT = { ok: 0, failed: 1, usage: 2, unsafe: 3 };
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// src/cli/run.ts
var VERSION = "0.1.0";
function help() {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "modelgate — validate, decide, plan and roll out ML models safely",
    "",
    "Usage: modelgate <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `modelgate <command> --help` for a command’s options.",
    ""
  ].join("\n");
}
async function runCli(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const two = rest[0] && !rest[0].startsWith("-") ? `${name} ${rest[0]}` : void 0;
  let command = two ? commands.find((c) => c.name === two) : void 0;
  let args = rest.slice(1);
  if (!command) {
    command = commands.find((c) => c.name === name);
    args = rest;
  }
  if (!command) {
    io.stderr(`modelgate: unknown command "${argv.slice(0, 2).join(" ")}"

${help()}`);
    return EXIT.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.usage.endsWith("\n") ? command.usage : `${command.usage}
`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`modelgate ${command.name}: ${err.message}

${command.usage}
`);
      return EXIT.usage;
    }
    if (err instanceof ModelgateError) {
      io.stderr(`modelgate ${command.name}: ${err.message}
`);
      return EXIT.failed;
    }
    const e = err;
    io.stderr(`modelgate ${command.name}: internal error: ${e?.stack ?? String(err)}
`);
    return EXIT.failed;
  }
}

// src/cli/main.ts
var controller = new AbortController();
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Error(`received ${sig}`));
  });
}
var code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
  isTTY: Boolean(process.stdout.isTTY)
});
process.exitCode = code;
