import type { PlanStep } from '../plan/types.js';
import { RolloutAbort } from './context.js';
import type { ControlCommand, GateResult, GateStatus } from './events.js';
import type { Evaluation, GateMonitor } from './monitor.js';
import type { RolloutState } from './state.js';

export interface BakeVerdict {
  status: GateStatus;
  results: GateResult[];
  /** The bake was cut short by a `promote` command. */
  promotedByCommand: boolean;
  last?: Evaluation;
}

const ALL: ReadonlySet<ControlCommand['kind']> = new Set(['promote', 'abort', 'hold', 'resume', 'extend']);

export interface BakeOptions {
  /** Stop before the bake time when this says so (A/B sample size reached). */
  done?: (e: Evaluation) => boolean;
}

/**
 * Holds a step for its bake time while the gates run every period. A failure decides at once;
 * a pass needs the full bake; inconclusive at the end extends the bake one period at a time up
 * to the step's limit. Each poll reads the control tag and renews the lock.
 */
export async function bake(
  r: RolloutState,
  step: PlanStep,
  monitor: GateMonitor,
  opts: BakeOptions = {},
): Promise<BakeVerdict> {
  const clock = r.o.clock;
  let deadline = r.now() + step.bakeSeconds * 1000;
  let extendedMs = 0;
  const maxExtensionMs = step.maxExtensionSeconds * 1000;
  const periodMs = r.o.spec.gates.periodSeconds * 1000;
  let heldSince: number | undefined;
  let last: Evaluation | undefined;

  for (;;) {
    r.checkCancelled();
    r.checkDeadline();
    const cmd = await r.readControl(ALL);
    if (cmd) {
      const note = applyControl(cmd);
      r.emit('control-command', { command: cmd, acknowledged: true, ...(note ? { note } : {}) });
      if (cmd.kind === 'abort') throw new RolloutAbort('aborted', 'abort requested through the control tag');
      if (cmd.kind === 'promote') {
        const e = await monitor.evaluate(true);
        if (e?.status === 'fail') return verdict(e, false);
        return { status: 'pass', results: e?.results ?? [], promotedByCommand: true, last: e ?? last };
      }
    }
    await r.renewLockIfDue();

    const atDeadline = heldSince === undefined && r.now() >= deadline;
    // At the deadline the final evaluation below reads the same periods; one call is enough.
    const e = atDeadline ? undefined : await monitor.evaluate(false);
    if (e) last = e;
    if (e?.status === 'fail') return verdict(e, false);
    if (e && opts.done?.(e)) {
      const f = await monitor.evaluate(true);
      if (f) return verdict(f, false);
    }

    let retryDecision = false;
    if (atDeadline) {
      const f = await monitor.evaluate(true);
      // Metrics unreadable right now: decide at the next poll (the overall deadline still bounds it).
      if (!f) retryDecision = true;
      else if (f.status !== 'inconclusive') return verdict(f, false);
      else {
        if (extendedMs >= maxExtensionMs) return verdict(f, false);
        const by = Math.min(periodMs, maxExtensionMs - extendedMs);
        extendedMs += by;
        deadline += by;
        const waiting = f.results.filter((x) => x.status === 'inconclusive').map((x) => x.summary);
        r.emit('bake-extended', {
          stepIndex: step.index,
          bySeconds: by / 1000,
          reason: waiting.join('; ') || 'gates inconclusive',
        });
      }
    }

    const due = heldSince === undefined && !retryDecision ? deadline : Infinity;
    const wake = Math.min(r.now() + r.t.pollSeconds * 1000, monitor.nextDue(), due, r.deadlineAt + 1);
    await clock.sleep(Math.max(1, wake - r.now()), r.o.signal);
  }

  function verdict(e: Evaluation | undefined, promotedByCommand: boolean): BakeVerdict {
    return {
      status: e?.status ?? 'inconclusive',
      results: e?.results ?? [],
      promotedByCommand,
      last: e ?? last,
    };
  }

  function applyControl(cmd: ControlCommand): string | undefined {
    switch (cmd.kind) {
      case 'hold':
        if (heldSince !== undefined) return 'already held';
        heldSince = r.now();
        return 'bake clock paused; gates keep running';
      case 'resume': {
        if (heldSince === undefined) return 'not held';
        const held = r.now() - heldSince;
        deadline += held;
        heldSince = undefined;
        return `resumed after ${Math.round(held / 1000)}s on hold`;
      }
      case 'extend':
        deadline += cmd.seconds * 1000;
        return `bake extended by ${cmd.seconds}s`;
      case 'promote':
        return 'skipping the rest of the bake (a failing gate still rolls back)';
      case 'abort':
        return 'rolling back';
    }
  }
}
