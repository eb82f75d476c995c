import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  startSimulator
} from "./cli-chunk-RWUGUOFG.js";
import "./cli-chunk-6HCJAORC.js";
import "./cli-chunk-R3MT7KFA.js";
import "./cli-chunk-5W6KL5HJ.js";
import "./cli-chunk-LIZCHGMP.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/sim-serve.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var DEFAULT_PORT = 4599;
function integer(value, name, min, max) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}
var simServeCommand = {
  usage: `Usage: modelgate sim serve [--port PORT] [--scenario FILE] [--speed N] [--seed N] [--start ISO] [--data-dir DIR]

Starts the embedded simulator on 127.0.0.1: SageMaker (awsJson1_1), CloudWatch (JSON 1.0) and
SageMaker Runtime InvokeEndpoint on one port, with simulated endpoints, traffic, metrics, alarms and
data capture. Point any AWS client at the printed URL (--endpoint-url) with any credentials.
Serves until Ctrl+C (SIGINT) or SIGTERM.

Options:
  --port PORT       port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --scenario FILE   scenario YAML: traffic, model behaviour, faults (docs/scenario.md);
                    default: steady traffic on every endpoint, healthy models
  --speed N         simulated seconds per real second (default 1; 60 = one minute per second)
  --seed N          seed of every random draw, for reproducible runs (default: scenario seed, else 1)
  --start ISO       simulated start time (default: the scenario's start, else now)
  --data-dir DIR    where data capture for s3:// and relative destinations is written
                    (default: a new folder under the system temp dir, kept after exit)

Exit codes: 0 stopped cleanly, 1 invalid scenario or the port is taken, 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        scenario: { type: "string" },
        speed: { type: "string" },
        seed: { type: "string" },
        start: { type: "string" },
        "data-dir": { type: "string" }
      },
      allowPositionals: true,
      strict: true
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const port = integer(values.port, "port", 0, 65535) ?? DEFAULT_PORT;
    const seed = integer(values.seed, "seed", 0, 4294967295);
    let speed;
    if (values.speed !== void 0) {
      speed = Number(values.speed);
      if (!Number.isFinite(speed) || speed <= 0)
        throw new UsageError(`--speed must be a positive number, got "${values.speed}"`);
    }
    let start;
    if (values.start !== void 0) {
      start = Date.parse(values.start);
      if (Number.isNaN(start))
        throw new UsageError(
          `--start must be an ISO 8601 time such as 2025-01-06T12:00:00Z, got "${values.start}"`
        );
    }
    const sim = await startSimulator({
      port,
      scenario: values.scenario ? resolve(io.cwd, values.scenario) : void 0,
      speed,
      seed,
      start,
      dataDir: values["data-dir"] ? resolve(io.cwd, values["data-dir"]) : void 0,
      keepDataDir: true,
      onInternalError: (err, where) => io.stderr(
        `modelgate sim serve: internal error while handling ${where}: ${err?.stack ?? String(err)}
`
      )
    });
    io.stdout(
      [
        `modelgate simulator listening on ${sim.url}`,
        `  scenario:  ${sim.scenario.source}`,
        `  clock:     ${sim.clock.speed} simulated second(s) per real second, starting ${new Date(sim.clock.start).toISOString()}`,
        `  seed:      ${sim.seed}`,
        `  data dir:  ${sim.dataDir}`,
        `  try:       aws sagemaker list-endpoints --endpoint-url ${sim.url} --region ${sim.scenario.region}`,
        "Press Ctrl+C to stop.",
        ""
      ].join("\n")
    );
    await new Promise((done) => {
      if (io.signal.aborted) return done();
      io.signal.addEventListener("abort", () => done(), { once: true });
    });
    await sim.stop();
    io.stdout("modelgate simulator stopped.\n");
    return EXIT.ok;
  }
};
export {
  simServeCommand
};
