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

// package.json
var package_default = {
  name: "modelgate",
  version: "0.1.0",
  description: "Take a trained ML model from a pull request to a live endpoint without betting production on it: validate, decide with CEL policies, plan, roll out with gates, roll back.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    modelgate: "dist/cli.js"
  },
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "eslint .",
    format: 'prettier --write "**/*.{ts,mjs,js}"',
    "format:check": 'prettier --check "**/*.{ts,mjs,js}"',
    test: "npm run typecheck && npm run lint && npm run format:check && vitest run",
    "test:watch": "vitest",
    bench: "node --import tsx bench/run.ts",
    "stats:verify": "node --import tsx src/stats/verify-cli.ts",
    modelgate: "node dist/cli.js"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@aws-sdk/client-cloudwatch": "^3.1164.0",
    "@aws-sdk/client-s3": "^3.1175.0",
    "@aws-sdk/client-sagemaker": "^3.1142.0",
    "@aws-sdk/client-sagemaker-runtime": "^3.1164.0",
    "@marcbachmann/cel-js": "^8.0.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@stdlib/math-base-special-betainc": "^0.2.3",
    "@stdlib/math-base-special-erfc": "^0.2.5",
    "@stdlib/math-base-special-erfcx": "^0.3.1",
    "@stdlib/math-base-special-gammainc": "^0.3.1",
    "@stdlib/math-base-special-gammaln": "^0.3.1",
    "@stdlib/stats-base-dists-binomial-pmf": "^0.3.1",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "csv-parse": "^7.0.3",
    hyparquet: "^1.31.5",
    "jsonc-parser": "^3.3.1",
    picomatch: "^4.0.7",
    "pure-rand": "^8.4.2",
    "tar-stream": "^3.2.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/tar-stream": "^3.1.5",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    globals: "^17.14.0",
    "hyparquet-writer": "^0.17.0",
    marked: "^18.2.1",
    nock: "^14.0.17",
    prettier: "^3.10.1",
    tsx: "^4.23.15",
    typescript: "~5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/cli/commands/index.ts
var commands = [
  {
    name: "validate",
    summary: "Check a deployment spec and report every problem with its line",
    load: async () => (await import("./cli-validate-WXN4RUXM.js")).validateCommand
  },
  {
    name: "plan",
    summary: "Show the rollout a spec describes: steps, traffic, gates, duration and cost",
    load: async () => (await import("./cli-plan-IOBCIG33.js")).planCommand
  },
  {
    name: "check",
    summary: "Validate the model artifact, the data (schema, drift) and the evaluation metrics",
    load: async () => (await import("./cli-check-YQIJ2AB4.js")).checkCommand
  },
  {
    name: "policy eval",
    summary: "Evaluate the spec's policies against its facts and print every decision",
    load: async () => (await import("./cli-policy-eval-ALMO4HGQ.js")).policyEvalCommand
  },
  {
    name: "policy test",
    summary: "Run policy test cases (*.test.yaml): facts in, expected decisions out",
    load: async () => (await import("./cli-policy-test-TW7OWQ6H.js")).policyTestCommand
  },
  {
    name: "deploy",
    summary: "Roll a model out to its endpoint through the plan, gating every step, rolling back on failure",
    load: async () => (await import("./cli-deploy-RLY4S47Q.js")).deployCommand
  },
  {
    name: "rollback",
    summary: "Restore the last known-good endpoint config recorded in the endpoint tags, verified",
    load: async () => (await import("./cli-rollback-3JVINRIL.js")).rollbackCommand
  },
  {
    name: "sim serve",
    summary: "Serve the local SageMaker + CloudWatch simulator for the AWS CLI, boto3 or the SDKs",
    load: async () => (await import("./cli-sim-serve-AEI7DJH6.js")).simServeCommand
  }
];

// src/cli/run.ts
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
    io.stdout(`${package_default.version}
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
