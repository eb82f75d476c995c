import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  formatDuration
} from "./cli-chunk-F6UYTWT2.js";

// src/plan/prices.json
var prices_default = {
  about: "Approximate on-demand list prices of SageMaker real-time inference instances, USD per instance-hour, region us-east-1. Transcribed by hand on 2026-11-24 from list prices published on the SageMaker pricing page (Real-Time Inference tab) as the author knew them, spot-checked against third-party summaries, which disagree with each other by up to ~20%. Not fetched from the AWS Price List API and not verified against a live bill. Treat a plan's cost as an order-of-magnitude estimate and check the pricing page before relying on it.",
  region: "us-east-1",
  date: "2026-11-24",
  approximate: true,
  source: "https://aws.amazon.com/sagemaker/pricing/",
  usdPerHour: {
    "ml.t2.medium": 0.056,
    "ml.t2.large": 0.111,
    "ml.t2.xlarge": 0.223,
    "ml.t2.2xlarge": 0.445,
    "ml.t3.medium": 0.05,
    "ml.t3.large": 0.1,
    "ml.t3.xlarge": 0.199,
    "ml.t3.2xlarge": 0.399,
    "ml.m4.xlarge": 0.24,
    "ml.m4.2xlarge": 0.48,
    "ml.m4.4xlarge": 0.96,
    "ml.m5.large": 0.115,
    "ml.m5.xlarge": 0.23,
    "ml.m5.2xlarge": 0.461,
    "ml.m5.4xlarge": 0.922,
    "ml.m5.12xlarge": 2.765,
    "ml.m5.24xlarge": 5.53,
    "ml.c5.large": 0.102,
    "ml.c5.xlarge": 0.204,
    "ml.c5.2xlarge": 0.408,
    "ml.c5.4xlarge": 0.816,
    "ml.c5.9xlarge": 1.836,
    "ml.c5.18xlarge": 3.672,
    "ml.r5.large": 0.151,
    "ml.r5.xlarge": 0.302,
    "ml.r5.2xlarge": 0.605,
    "ml.r5.4xlarge": 1.21,
    "ml.g4dn.xlarge": 0.7364,
    "ml.g4dn.2xlarge": 1.0528,
    "ml.g4dn.4xlarge": 1.6856,
    "ml.g4dn.8xlarge": 3.0464,
    "ml.g4dn.12xlarge": 5.4768,
    "ml.g5.xlarge": 1.408,
    "ml.g5.2xlarge": 1.515,
    "ml.g5.4xlarge": 2.03,
    "ml.g5.8xlarge": 3.06,
    "ml.g5.12xlarge": 7.09,
    "ml.p3.2xlarge": 3.825,
    "ml.inf1.xlarge": 0.297,
    "ml.inf2.xlarge": 0.99
  }
};

// src/plan/cost.ts
var TABLE = prices_default.usdPerHour;
function hourlyPrice(instanceType) {
  return Object.hasOwn(TABLE, instanceType) ? TABLE[instanceType] : null;
}
function planCost(spec, steps) {
  const fleet = spec.target.instanceCount;
  let seconds = 0;
  for (const s of steps) {
    const extra = Math.max(0, s.instances.baseline + s.instances.candidate - fleet);
    seconds += extra * ((s.updateSeconds ?? 0) + s.bakeSeconds);
  }
  const extraInstanceHours = Math.round(seconds / 3600 * 1e3) / 1e3;
  const hourlyUsd = hourlyPrice(spec.target.instanceType);
  return {
    instanceType: spec.target.instanceType,
    hourlyUsd,
    extraInstanceHours,
    extraUsd: hourlyUsd === null ? null : Math.round(extraInstanceHours * hourlyUsd * 100) / 100,
    priceRegion: prices_default.region,
    priceDate: prices_default.date
  };
}

// src/plan/names.ts
import { createHash } from "node:crypto";
function candidateModelName(model) {
  const hex = model.sha256?.toLowerCase() ?? createHash("sha256").update([model.artifact, model.image, model.modelPackageArn ?? ""].join("\n")).digest("hex");
  return `${model.name}-${hex.slice(0, 8)}`;
}
function gateAlarmName(endpoint, gateId) {
  return `modelgate-${endpoint}-${gateId}`.slice(0, 255);
}

// src/plan/kit.ts
function isComparative(g) {
  return g.kind === "metric" && (g.maxRatioToBaseline !== void 0 || g.test !== void 0);
}
function pct(x) {
  return Math.round(x * 10) / 10;
}
function gatesForStep(spec, step) {
  if (step.bakeSeconds <= 0) return [];
  const baselineServes = step.traffic.baseline > 0 || (step.shadowPercent ?? 0) > 0;
  const ids = spec.gates.rules.filter((g) => baselineServes || !isComparative(g)).map((g) => g.id);
  return [...ids, ...step.extraGates ?? []];
}
function nativeAlarms(spec) {
  if (!spec.rollback.enabled) return [];
  const out = [];
  for (const g of spec.gates.rules) {
    if (g.kind === "alarm") out.push(g.alarm);
    else if (spec.rollback.createAlarms && (g.max !== void 0 || g.min !== void 0)) {
      out.push(gateAlarmName(spec.target.endpoint, g.id));
    }
  }
  return [...new Set(out)];
}
function nativeMaxExecution(seconds) {
  return Math.min(28800, Math.max(600, Math.ceil(seconds * 1.5 / 60) * 60));
}
function watchStep(spec) {
  if (spec.rollback.watchSeconds <= 0) return void 0;
  return {
    name: "watch after promotion",
    action: "watch",
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: 0, candidate: spec.target.instanceCount },
    updateSeconds: 0,
    bakeSeconds: spec.rollback.watchSeconds,
    extendable: false
  };
}
function finishSteps(spec, drafts) {
  return drafts.map((d, index) => {
    const gates = gatesForStep(spec, d);
    const last = index === drafts.length - 1;
    const onPass = d.onPass ?? (last ? "complete" : "next");
    const hasMetricGates = gates.some((id) => spec.gates.rules.find((g) => g.id === id)?.kind === "metric") || (d.extraGates ?? []).length > 0;
    const onInconclusive = d.onInconclusive ?? (spec.gates.onInconclusive === "pass" ? onPass : "rollback");
    const step = {
      index,
      name: d.name,
      action: d.action,
      traffic: d.traffic,
      shadowPercent: d.shadowPercent ?? 0,
      instances: d.instances,
      bakeSeconds: d.bakeSeconds,
      updateSeconds: d.updateSeconds,
      gates,
      minInvocations: hasMetricGates ? spec.gates.minInvocations : 0,
      maxExtensionSeconds: d.extendable && hasMetricGates ? spec.gates.maxExtensionSeconds : 0,
      onPass,
      onFail: "rollback",
      onInconclusive: gates.length === 0 ? onPass : onInconclusive
    };
    if (d.native) step.native = d.native;
    return step;
  });
}

// src/spec/capacity.ts
function instancesFor(count, percent) {
  return Math.min(count, Math.max(1, Math.ceil(count * percent / 100 - 1e-9)));
}

// src/plan/timing.ts
var TIMING = {
  /** Launch a new variant or fleet (UpdateEndpoint with a new config, blue/green or rolling batch). */
  provisionSeconds: 480,
  /** Change weights only (UpdateEndpointWeightsAndCapacities). */
  shiftSeconds: 60,
  /** Add instances to a running variant (UpdateEndpointWeightsAndCapacities with a new count). */
  scaleSeconds: 300,
  /** SageMaker moving to the next traffic phase of a native deployment. */
  nativePhaseSeconds: 60
};

// src/plan/driven.ts
function drivenWeightSteps(spec, weights, label) {
  const count = spec.target.instanceCount;
  const fleetFor = (w) => w >= 100 ? count : instancesFor(count, w);
  let candidate = fleetFor(weights[0]?.weight ?? 100);
  const steps = [provisionStep(spec, candidate)];
  for (const w of weights) {
    const need = fleetFor(w.weight);
    steps.push({
      name: label(w.weight),
      action: "shift",
      traffic: { baseline: round(100 - w.weight), candidate: w.weight },
      instances: { baseline: count, candidate: need },
      updateSeconds: TIMING.shiftSeconds + (need > candidate ? TIMING.scaleSeconds : 0),
      bakeSeconds: w.bakeSeconds,
      extendable: true
    });
    candidate = need;
  }
  steps.push(finalizeStep(spec));
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return steps;
}
function provisionStep(spec, candidate, label = "candidate") {
  const count = spec.target.instanceCount;
  return {
    name: `provision ${label} (${candidate} × ${spec.target.instanceType}, weight 0)`,
    action: "provision",
    traffic: { baseline: 100, candidate: 0 },
    instances: { baseline: count, candidate },
    updateSeconds: TIMING.provisionSeconds,
    bakeSeconds: 0,
    extendable: false
  };
}
function finalizeStep(spec, name = "promote: candidate only, retire baseline") {
  const count = spec.target.instanceCount;
  return {
    name,
    action: "finalize",
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: count, candidate: count },
    updateSeconds: TIMING.provisionSeconds,
    bakeSeconds: 0,
    extendable: false
  };
}
function standbyStep(spec, seconds) {
  const count = spec.target.instanceCount;
  return {
    name: "termination wait (blue on standby)",
    action: "watch",
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: count, candidate: count },
    updateSeconds: 0,
    bakeSeconds: seconds,
    extendable: false
  };
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}

// src/plan/strategies/ab-test.ts
var AB_TEST_GATE = "ab-test";
function planAbTest(spec, s) {
  const count = spec.target.instanceCount;
  const candidate = instancesFor(count, s.candidatePercent);
  const steps = [
    provisionStep(spec, candidate),
    {
      name: `A/B ${100 - s.candidatePercent}/${s.candidatePercent} on ${s.metric.name} (${s.test}, alpha ${s.alpha})`,
      action: "experiment",
      traffic: { baseline: 100 - s.candidatePercent, candidate: s.candidatePercent },
      instances: { baseline: count, candidate },
      updateSeconds: TIMING.shiftSeconds,
      bakeSeconds: s.durationSeconds,
      extraGates: [AB_TEST_GATE],
      onInconclusive: s.onNoWinner === "promote" ? "next" : "keep-baseline",
      extendable: true
    },
    finalizeStep(spec, "promote the winner: candidate only, retire baseline")
  ];
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: "driven", sameVariantName: false, steps, notes: [] };
}

// src/plan/native.ts
function nativeBlueGreenSteps(spec, routing, phases, terminationWaitSeconds) {
  const count = spec.target.instanceCount;
  const steps = phases.map((p, i) => ({
    name: p.name,
    action: i === 0 ? "native-update" : "native-phase",
    traffic: p.traffic,
    instances: { baseline: count, candidate: count },
    updateSeconds: i === 0 ? TIMING.provisionSeconds : TIMING.nativePhaseSeconds,
    bakeSeconds: p.bakeSeconds,
    extendable: false
  }));
  const total = steps.reduce((t, s) => t + s.updateSeconds + s.bakeSeconds, 0);
  steps[0].native = {
    policy: "blue-green",
    trafficRouting: routing,
    terminationWaitSeconds,
    maxExecutionSeconds: nativeMaxExecution(total),
    alarms: nativeAlarms(spec)
  };
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return steps;
}

// src/plan/strategies/all-at-once.ts
function planAllAtOnce(spec, s) {
  const steps = nativeBlueGreenSteps(
    spec,
    { type: "ALL_AT_ONCE", waitSeconds: s.bakeSeconds },
    [{ name: "switch 100%", traffic: { baseline: 0, candidate: 100 }, bakeSeconds: s.bakeSeconds }],
    0
  );
  return { mode: "native", sameVariantName: true, steps, notes: [] };
}

// src/plan/strategies/blue-green.ts
function planBlueGreen(spec, s) {
  const count = spec.target.instanceCount;
  if (s.mode === "native") {
    const phases = [
      {
        name: "switch 100% to green",
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: s.bakeSeconds
      }
    ];
    if (s.terminationWaitSeconds > 0) {
      phases.push({
        name: "termination wait (blue on standby)",
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: s.terminationWaitSeconds
      });
    }
    const steps2 = nativeBlueGreenSteps(
      spec,
      { type: "ALL_AT_ONCE", waitSeconds: s.bakeSeconds },
      phases,
      s.terminationWaitSeconds
    );
    return { mode: "native", sameVariantName: true, steps: steps2, notes: [] };
  }
  const steps = [
    provisionStep(spec, count, "green"),
    {
      name: "switch 100% to green",
      action: "shift",
      traffic: { baseline: 0, candidate: 100 },
      instances: { baseline: count, candidate: count },
      updateSeconds: TIMING.shiftSeconds,
      bakeSeconds: s.bakeSeconds,
      extendable: true
    }
  ];
  if (s.terminationWaitSeconds > 0) steps.push(standbyStep(spec, s.terminationWaitSeconds));
  steps.push(finalizeStep(spec, "promote: retire blue"));
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: "driven", sameVariantName: false, steps, notes: [] };
}

// src/plan/strategies/canary.ts
function planCanary(spec, s) {
  if (s.mode === "driven") {
    const steps2 = drivenWeightSteps(spec, s.steps, (w) => w >= 100 ? "shift 100%" : `canary ${w}%`);
    return { mode: "driven", sameVariantName: false, steps: steps2, notes: [] };
  }
  const count = spec.target.instanceCount;
  const [canary, final] = [s.steps[0], s.steps[s.steps.length - 1]];
  const canaryInstances = instancesFor(count, canary.weight);
  const effective = pct(canaryInstances / count * 100);
  const notes = [];
  if (effective !== canary.weight) {
    notes.push(
      `native canary: ${canary.weight}% of ${count} instance(s) is ${canaryInstances} instance(s), so the canary takes about ${effective}% of traffic`
    );
  }
  const steps = nativeBlueGreenSteps(
    spec,
    { type: "CANARY", sizePercent: canary.weight, waitSeconds: canary.bakeSeconds },
    [
      {
        name: `canary ${effective}% (${canaryInstances} of ${count} instances)`,
        traffic: { baseline: pct(100 - effective), candidate: effective },
        bakeSeconds: canary.bakeSeconds
      },
      {
        name: "shift 100%, termination wait",
        traffic: { baseline: 0, candidate: 100 },
        bakeSeconds: final.bakeSeconds
      }
    ],
    final.bakeSeconds
  );
  return { mode: "native", sameVariantName: true, steps, notes };
}

// src/plan/strategies/linear.ts
function planLinear(spec, s) {
  if (s.mode === "driven") {
    const n2 = Math.ceil(100 / s.stepPercent - 1e-9);
    const weights = Array.from({ length: n2 }, (_, i) => ({
      weight: i === n2 - 1 ? 100 : Math.round((i + 1) * s.stepPercent * 1e3) / 1e3,
      bakeSeconds: s.bakeSeconds
    }));
    const steps2 = drivenWeightSteps(spec, weights, (w) => `linear ${w}%`);
    return { mode: "driven", sameVariantName: false, steps: steps2, notes: [] };
  }
  const count = spec.target.instanceCount;
  const per = instancesFor(count, s.stepPercent);
  const n = Math.ceil(count / per);
  const notes = [];
  const exact = pct(per / count * 100);
  if (exact !== s.stepPercent) {
    notes.push(
      `native linear: ${s.stepPercent}% of ${count} instance(s) is ${per} instance(s) per step, so each step moves about ${exact}% of traffic (${n} steps)`
    );
  }
  const phases = Array.from({ length: n }, (_, i) => {
    const on = Math.min(count, (i + 1) * per);
    const candidate = pct(on / count * 100);
    return {
      name: `linear ${candidate}% (${on} of ${count} instances)`,
      traffic: { baseline: pct(100 - candidate), candidate },
      bakeSeconds: s.bakeSeconds
    };
  });
  const steps = nativeBlueGreenSteps(
    spec,
    { type: "LINEAR", sizePercent: s.stepPercent, waitSeconds: s.bakeSeconds },
    phases,
    0
  );
  return { mode: "native", sameVariantName: true, steps, notes };
}

// src/plan/strategies/rolling.ts
function planRolling(spec, s) {
  const count = spec.target.instanceCount;
  const batch = instancesFor(count, s.batchPercent);
  const n = Math.ceil(count / batch);
  const notes = [];
  if (count === 1) {
    notes.push("rolling with instanceCount 1 replaces the only instance in a single batch");
  } else if (pct(batch / count * 100) !== s.batchPercent) {
    notes.push(
      `rolling: ${s.batchPercent}% of ${count} instances is ${batch} instance(s) per batch (${n} batches)`
    );
  }
  const steps = Array.from({ length: n }, (_, i) => {
    const done = Math.min(count, (i + 1) * batch);
    const candidate = pct(done / count * 100);
    return {
      name: `batch ${i + 1}/${n}: ${done} of ${count} instances new (${candidate}%)`,
      action: i === 0 ? "native-update" : "native-phase",
      traffic: { baseline: pct(100 - candidate), candidate },
      instances: { baseline: count - i * batch, candidate: done },
      updateSeconds: TIMING.provisionSeconds,
      bakeSeconds: s.waitSeconds,
      extendable: false
    };
  });
  steps[0].native = {
    policy: "rolling",
    rolling: {
      batchPercent: s.batchPercent,
      waitSeconds: s.waitSeconds,
      rollbackBatchPercent: s.rollbackBatchPercent
    },
    maxExecutionSeconds: s.maxExecutionSeconds,
    alarms: nativeAlarms(spec)
  };
  const watch = watchStep(spec);
  if (watch) steps.push(watch);
  return { mode: "native", sameVariantName: true, steps, notes };
}

// src/plan/strategies/shadow.ts
var AGREEMENT_GATE = "agreement";
function planShadow(spec, s) {
  const count = spec.target.instanceCount;
  const shadowFleet = instancesFor(count, s.samplingPercent);
  const promote = s.onSuccess === "promote";
  const steps = [
    {
      name: `shadow ${s.samplingPercent}% of requests`,
      action: "shadow",
      traffic: { baseline: 100, candidate: 0 },
      shadowPercent: s.samplingPercent,
      instances: { baseline: count, candidate: shadowFleet },
      updateSeconds: TIMING.provisionSeconds,
      bakeSeconds: s.durationSeconds,
      extraGates: s.agreement ? [AGREEMENT_GATE] : [],
      onPass: promote ? "next" : "keep-baseline",
      extendable: true
    }
  ];
  if (promote) {
    steps.push(finalizeStep(spec, "promote: candidate becomes production"));
    const watch = watchStep(spec);
    if (watch) steps.push(watch);
  }
  return { mode: "driven", sameVariantName: false, steps, notes: [] };
}

// src/plan/plan.ts
function strategyPlan(spec, s) {
  switch (s.type) {
    case "all-at-once":
      return planAllAtOnce(spec, s);
    case "canary":
      return planCanary(spec, s);
    case "linear":
      return planLinear(spec, s);
    case "blue-green":
      return planBlueGreen(spec, s);
    case "shadow":
      return planShadow(spec, s);
    case "ab-test":
      return planAbTest(spec, s);
    case "rolling":
      return planRolling(spec, s);
  }
}
function planRollout(spec) {
  const sp = strategyPlan(spec, spec.strategy);
  const steps = finishSteps(spec, sp.steps);
  const candidateModel = candidateModelName(spec.model);
  const baseline = spec.target.variant ?? "AllTraffic";
  const expected = steps.reduce((t, s) => t + (s.updateSeconds ?? 0) + s.bakeSeconds, 0);
  const extensions = steps.reduce((t, s) => t + s.maxExtensionSeconds, 0);
  const cost = planCost(spec, steps);
  return {
    schemaVersion: 1,
    strategy: spec.strategy.type,
    mode: sp.mode,
    endpoint: spec.target.endpoint,
    model: spec.model.name,
    variants: { baseline, candidate: sp.sameVariantName ? baseline : candidateModel },
    candidateModel,
    instanceCount: spec.target.instanceCount,
    gates: spec.gates.rules,
    autoRollback: spec.rollback.enabled,
    steps,
    expectedDurationSeconds: expected,
    maxDurationSeconds: expected + extensions,
    cost,
    notes: [...sp.notes, ...planNotes(spec, steps, expected + extensions, cost)]
  };
}
function nativeUpdateSeconds(steps) {
  return steps.filter((s) => s.action === "native-update" || s.action === "native-phase").reduce((t, s) => t + (s.updateSeconds ?? 0) + s.bakeSeconds, 0);
}
function planNotes(spec, steps, maxSeconds, cost) {
  const notes = [];
  const rules = spec.gates.rules;
  if (rules.length === 0) notes.push("no gates: every step passes once its bake is over");
  const evaluated = new Set(steps.flatMap((s) => s.gates));
  const skipped = rules.filter(
    (g) => isComparative(g) && steps.some((s) => s.bakeSeconds > 0 && s.gates.length > 0 && !s.gates.includes(g.id))
  );
  if (skipped.length > 0) {
    notes.push(
      `${skipped.map((g) => g.id).join(", ")} compare${skipped.length === 1 ? "s" : ""} with the baseline and ${skipped.length === 1 ? "is" : "are"} not evaluated in steps where the baseline serves no traffic`
    );
  }
  const native = steps.find((s) => s.native)?.native;
  if (native && spec.rollback.enabled) {
    const watchedByAlarms = new Set(native.alarms);
    const notAlarms = rules.filter(
      (g) => evaluated.has(g.id) && !(g.kind === "alarm" && watchedByAlarms.has(g.alarm)) && !(g.kind === "metric" && spec.rollback.createAlarms && (g.max !== void 0 || g.min !== void 0))
    );
    if (notAlarms.length > 0) {
      notes.push(
        `SageMaker rolls a native update back on alarms only: ${notAlarms.map((g) => g.id).join(", ")} ${notAlarms.length === 1 ? "is" : "are"} evaluated by modelgate at the end of each phase`
      );
    }
    const nativeSeconds = nativeUpdateSeconds(steps);
    if (spec.rollback.stepTimeoutSeconds < nativeSeconds) {
      notes.push(
        `the native update is expected to take ${formatDuration(nativeSeconds)}, longer than rollback.stepTimeout (${formatDuration(spec.rollback.stepTimeoutSeconds)}); raise stepTimeout so the wait for InService does not time out`
      );
    }
  }
  if (!spec.rollback.enabled) {
    notes.push("automatic rollback is off: a failed gate stops the rollout and leaves the endpoint as it is");
  }
  if (spec.rollback.stepTimeoutSeconds < TIMING.provisionSeconds) {
    notes.push(
      `rollback.stepTimeout (${formatDuration(spec.rollback.stepTimeoutSeconds)}) is shorter than a typical fleet launch (${formatDuration(TIMING.provisionSeconds)})`
    );
  }
  if (maxSeconds > spec.rollback.deadlineSeconds) {
    notes.push(
      `with every bake extended the rollout could take ${formatDuration(maxSeconds)}, past rollback.deadline (${formatDuration(spec.rollback.deadlineSeconds)})`
    );
  }
  if (cost.hourlyUsd === null) {
    notes.push(`no price for ${spec.target.instanceType} in the price table: cost unknown`);
  } else if (spec.target.region !== cost.priceRegion && spec.target.provider === "sagemaker") {
    notes.push(`prices are ${cost.priceRegion} list prices; ${spec.target.region} may differ`);
  }
  return notes;
}

export {
  instancesFor,
  candidateModelName,
  gateAlarmName,
  planRollout,
  nativeUpdateSeconds
};
