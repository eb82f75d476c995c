import { formatDuration } from '../spec/duration.js';
import type { RolloutEvent } from './events.js';
import { describeControl } from './control.js';

const hhmmss = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/**
 * One terminal line per event (or none for chatty ones), for `modelgate deploy`'s live progress.
 * Times are the rollout clock's (simulated time with --provider local).
 */
export function progressLine(e: RolloutEvent, totalSteps?: number): string | undefined {
  const t = `[${hhmmss(e.at)}]`;
  switch (e.type) {
    case 'deployment-started': {
      const p = e.plan;
      return `${t} ${e.resumed ? 'resuming' : 'deploying'} ${p.model} to ${e.endpoint}: ${p.strategy} (${p.mode}), ${p.steps.length} steps, ~${formatDuration(p.expectedDurationSeconds)} — deployment ${e.deploymentId}`;
    }
    case 'lock-acquired':
      return `${t} lock acquired until ${hhmmss(e.expiresAt)}${e.tookOverFrom ? ` (took over a stale lock: ${e.tookOverFrom})` : ''}`;
    case 'provisioned':
      return `${t} endpoint serves ${e.endpointConfig} (model ${e.model})`;
    case 'step-started':
      return `${t} step ${e.step.index + 1}${totalSteps ? `/${totalSteps}` : ''}: ${e.step.name}`;
    case 'traffic-shifted':
      return `${t}   traffic baseline ${e.traffic.baseline}% / candidate ${e.traffic.candidate}%${e.shadowPercent ? `, shadow ${e.shadowPercent}% mirrored` : ''} (verified)`;
    case 'metrics-read':
      return undefined;
    case 'gate-evaluated': {
      const mark = e.result.status === 'pass' ? 'pass' : e.result.status === 'fail' ? 'FAIL' : 'wait';
      return `${t}   gate ${e.result.gateId}: ${mark} — ${e.result.summary}`;
    }
    case 'bake-extended':
      return `${t}   bake extended by ${formatDuration(e.bySeconds)}: ${e.reason}`;
    case 'control-command':
      return `${t}   control "${describeControl(e.command)}" ${e.acknowledged ? 'acknowledged' : 'not applied'}${e.note ? `: ${e.note}` : ''}`;
    case 'step-passed':
      return `${t}   step ${e.stepIndex + 1} passed`;
    case 'promoted':
      return `${t} PROMOTED: ${e.endpointConfig}`;
    case 'rolling-back':
      return `${t} ROLLING BACK (${e.reason}): ${e.detail}`;
    case 'rolled-back':
      return `${t} rolled back to ${e.endpointConfig || '(endpoint deleted)'}${e.verified ? ', verified' : ' — NOT YET VERIFIED'}`;
    case 'rollback-failed': {
      const s = e.state;
      const variants = s.variants
        .map((v) => `${v.name}${v.shadow ? ' (shadow)' : ''} weight ${v.weight} × ${v.instances}`)
        .join(', ');
      return `${t} ROLLBACK FAILED: ${e.error}\n${t}   endpoint ${s.endpoint}: ${s.status} on ${s.endpointConfig ?? '?'}${s.failureReason ? ` (FailureReason: ${s.failureReason})` : ''}; ${variants || 'no variants'}`;
    }
    case 'warning':
      return `${t}   warning: ${e.message}`;
    case 'done':
      return `${t} done: ${e.outcome} — ${e.summary}`;
  }
}
