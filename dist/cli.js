#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/index.ts
var commands = [
  {
    name: "validate",
    summary: "Check a deployment spec and report every problem with its line",
    load: async () => (await import("./cli-validate-SHPLEB3M.js")).validateCommand
  },
  {
    name: "plan",
    summary: "Show the rollout a spec describes: steps, traffic, gates, duration and cost",
    load: async () => (await import("./cli-plan-P5B3C4SB.js")).planCommand
  },
  {
    name: "check",
    summary: "Validate the model artifact, the data (schema, drift) and the evaluation metrics",
    load: async () => (await import("./cli-check-WA72YGOT.js")).checkCommand
  },
  {
    name: "policy eval",
    summary: "Evaluate the spec's policies against its facts and print every decision",
    load: async () => (await import("./cli-policy-eval-ZVN3GZZL.js")).policyEvalCommand
  },
  {
    name: "policy test",
    summary: "Run policy test cases (*.test.yaml): facts in, expected decisions out",
    load: async () => (await import("./cli-policy-test-FCADPPQB.js")).policyTestCommand
  },
  {
    name: "deploy",
    summary: "Roll a model out to its endpoint through the plan, gating every step, rolling back on failure",
    load: async () => (await import("./cli-deploy-6MFJIXHP.js")).deployCommand
  },
  {
    name: "rollback",
    summary: "Restore the last known-good endpoint config recorded in the endpoint tags, verified",
    load: async () => (await import("./cli-rollback-BN53TY3H.js")).rollbackCommand
  },
  {
    name: "sim serve",
    summary: "Serve the local SageMaker + CloudWatch simulator for the AWS CLI, boto3 or the SDKs",
    load: async () => (await import("./cli-sim-serve-DLLYJZ6I.js")).simServeCommand
  }
];

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
  let entry = two ? commands.find((c) => c.name === two) : void 0;
  let args = rest.slice(1);
  if (!entry) {
    entry = commands.find((c) => c.name === name);
    args = rest;
  }
  if (!entry) {
    io.stderr(`modelgate: unknown command "${argv.slice(0, 2).join(" ")}"

${help()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.usage.endsWith("\n") ? command.usage : `${command.usage}
`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`modelgate ${entry.name}: ${err.message}

${command.usage}
`);
      return EXIT.usage;
    }
    if (err instanceof ModelgateError) {
      io.stderr(`modelgate ${entry.name}: ${err.message}
`);
      return EXIT.failed;
    }
    const e = err;
    io.stderr(`modelgate ${entry.name}: internal error: ${e?.stack ?? String(err)}
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
