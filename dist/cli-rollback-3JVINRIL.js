import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  FINAL_PHASES,
  SIMULATOR_CREDENTIALS,
  TAG,
  createSageMakerProvider,
  describeHolder,
  holderFromEnv,
  iso,
  lockState,
  lockTags,
  snapshot,
  trafficShares,
  verifyState,
  waitSettled
} from "./cli-chunk-4RJJAGP7.js";
import "./cli-chunk-LYXHFEKS.js";
import {
  systemClock
} from "./cli-chunk-QHJQBZGW.js";
import "./cli-chunk-RWUGUOFG.js";
import "./cli-chunk-6HCJAORC.js";
import "./cli-chunk-R45B3ZH3.js";
import "./cli-chunk-3YA2SYSA.js";
import "./cli-chunk-4DW6D2E2.js";
import "./cli-chunk-HBOVLPDC.js";
import "./cli-chunk-BMXPKJ4A.js";
import "./cli-chunk-SQNJ3LC7.js";
import "./cli-chunk-5JP7KZIK.js";
import "./cli-chunk-NX6QLHHV.js";
import "./cli-chunk-F3DIOZNX.js";
import "./cli-chunk-EBIEURGI.js";
import "./cli-chunk-LUBGO62J.js";
import "./cli-chunk-R3MT7KFA.js";
import "./cli-chunk-5W6KL5HJ.js";
import {
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import "./cli-chunk-A66SPB3H.js";
import {
  parseDuration
} from "./cli-chunk-F6UYTWT2.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-7MPLTVIZ.js";
import "./cli-chunk-XGQK6XAH.js";
import "./cli-chunk-MVJRBNRW.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/rollback.ts
import { parseArgs } from "node:util";

// src/rollout/manual-rollback.ts
async function manualRollback(o) {
  const log = o.log ?? (() => {
  });
  const state = await o.endpoints.describeEndpoint(o.endpoint);
  if (!state) throw new ModelgateError("not_found", `endpoint ${o.endpoint} does not exist`);
  const tags = await o.endpoints.readTags(o.endpoint);
  const phase = tags[TAG.phase];
  const target = phase === "promoted" ? tags[TAG.previousGoodConfig] : tags[TAG.lastGoodConfig];
  if (!target) {
    const which = phase === "promoted" ? TAG.previousGoodConfig : TAG.lastGoodConfig;
    return {
      outcome: "refused",
      summary: `${o.endpoint} has no ${which} tag: nothing modelgate deployed to restore`
    };
  }
  const lock = lockState(tags, `manual-rollback:${o.holder}`, o.clock.now());
  if (lock.kind === "held" && !o.force) {
    return {
      outcome: "refused",
      summary: `${o.endpoint} is locked by ${describeHolder(lock.lock)}; set the tag ${TAG.control}=abort to make it roll back, or pass --force`
    };
  }
  const timeoutMs = (o.timeoutSeconds ?? 1800) * 1e3;
  const deploymentId = tags[TAG.lock] && lock.kind !== "free" && !o.force ? tags[TAG.lock] : `manual-rollback`;
  await o.endpoints.writeTags(o.endpoint, {
    ...lockTags(deploymentId, o.holder, o.clock.now() + timeoutMs),
    [TAG.phase]: "rolling-back",
    [TAG.reason]: `manual rollback by ${o.holder}`,
    [TAG.updatedAt]: iso(o.clock.now())
  });
  log(
    `restoring ${target} on ${o.endpoint} (was ${state.configName ?? "unknown"}, ${state.status}; phase ${phase ?? "none"})`
  );
  const settle = () => waitSettled({
    clock: o.clock,
    endpoints: o.endpoints,
    endpoint: o.endpoint,
    timeoutMs,
    signal: o.signal,
    random: o.random
  });
  let now = state.status === "InService" ? state : await settle();
  const keep = (await o.endpoints.describeEndpointConfig(target))?.production.map((v2) => v2.name) ?? [];
  const shares = now && now.configName !== target ? trafficShares(now) : void 0;
  const others = shares ? Object.entries(shares).filter(([n, w]) => !keep.includes(n) && w > 0) : [];
  if (now?.status === "InService" && others.length && keep.some((n) => shares && n in shares)) {
    log(`moving traffic off ${others.map(([n]) => n).join(", ")} first`);
    await o.endpoints.updateWeights(o.endpoint, [
      ...keep.filter((n) => shares && n in shares).map((variant) => ({ variant, weight: 1 })),
      ...others.map(([variant]) => ({ variant, weight: 0 }))
    ]);
    now = await settle();
  }
  if (now?.configName !== target) {
    log(`UpdateEndpoint ${o.endpoint} → ${target}`);
    await o.endpoints.updateEndpoint(o.endpoint, target);
    now = await settle();
  }
  const v = verifyState(now, { config: target });
  if (!v.ok) {
    return {
      outcome: "unsafe",
      summary: `rollback of ${o.endpoint} to ${target} not verified: ${v.detail}`,
      endpoint: snapshot(now, o.endpoint)
    };
  }
  await o.endpoints.writeTags(o.endpoint, {
    [TAG.phase]: "rolled-back",
    [TAG.lastGoodConfig]: target,
    [TAG.reason]: `manual rollback by ${o.holder}`,
    [TAG.updatedAt]: iso(o.clock.now())
  });
  await o.endpoints.removeTags(o.endpoint, [
    TAG.lock,
    TAG.lockHolder,
    TAG.lockExpires,
    ...phase === "promoted" ? [TAG.previousGoodConfig] : []
  ]);
  const already = FINAL_PHASES.has(phase ?? "") && phase !== "promoted" && state.configName === target;
  return {
    outcome: "rolled-back",
    summary: already ? `${o.endpoint} already serves ${target} (verified)` : `restored ${target} on ${o.endpoint}, verified InService`,
    restoredConfig: target,
    endpoint: snapshot(now, o.endpoint)
  };
}

// src/cli/commands/rollback.ts
var LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/;
var rollbackCommand = {
  usage: `Usage: modelgate rollback --endpoint NAME [--region R] [--endpoint-url URL] [--force]

Restores the known-good config modelgate recorded on the endpoint: during or after a failed
deployment, the config from before it; after a promotion, the config that promotion replaced.
Traffic is moved off the candidate first, then the config is restored and verified InService.

Options:
  --endpoint NAME     the SageMaker endpoint
  --region R          AWS region (default: AWS_REGION, else us-east-1)
  --endpoint-url URL  another SageMaker endpoint (the local simulator: modelgate sim serve)
  --force             take the lock from a deployment that is still running
  --timeout DURATION  longest wait for each endpoint update: 30m, 1h, or seconds (default 30m)

Exit codes: 0 restored and verified, 1 refused (no tags, or locked), 2 usage error, 3 not verified.`,
  async run(argv, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          endpoint: { type: "string" },
          region: { type: "string" },
          "endpoint-url": { type: "string" },
          force: { type: "boolean" },
          timeout: { type: "string" }
        },
        strict: true,
        allowPositionals: false
      }));
    } catch (err) {
      throw new UsageError(err.message);
    }
    if (!values.endpoint) throw new UsageError("--endpoint is required");
    const raw = values.timeout;
    const timeout = raw === void 0 ? void 0 : /^\d+$/.test(raw) ? Number(raw) : parseDuration(raw);
    if (raw !== void 0 && !(timeout > 0))
      throw new UsageError(`--timeout must be a duration such as 30m or a number of seconds, got "${raw}"`);
    const url = values["endpoint-url"];
    const local = url !== void 0 && LOCAL.test(url) && !io.env.AWS_ACCESS_KEY_ID;
    const ports = createSageMakerProvider({
      region: values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? "us-east-1",
      ...url ? { endpointUrl: url } : {},
      ...local ? { credentials: SIMULATOR_CREDENTIALS } : {}
    });
    const result = await manualRollback({
      endpoints: ports.endpoints,
      clock: systemClock,
      endpoint: values.endpoint,
      holder: holderFromEnv(io.env),
      force: values.force,
      timeoutSeconds: timeout,
      signal: io.signal,
      log: (l) => io.stdout(`${l}
`)
    });
    if (result.outcome === "rolled-back") {
      io.stdout(`${result.summary}
`);
      return EXIT.ok;
    }
    if (result.outcome === "refused") {
      io.stderr(`modelgate rollback: ${result.summary}
`);
      return EXIT.failed;
    }
    io.stderr(`modelgate rollback: UNSAFE: ${result.summary}
${JSON.stringify(result.endpoint, null, 2)}
`);
    return EXIT.unsafe;
  }
};
export {
  rollbackCommand
};
