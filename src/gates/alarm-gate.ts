import type { AlarmGate } from '../spec/types.js';
import type { GateResult } from '../rollout/events.js';
import type { AlarmStateValue } from '../rollout/ports.js';

/**
 * An alarm gate fails in ALARM. INSUFFICIENT_DATA passes (it is how a new or quiet alarm starts,
 * and SageMaker's own auto-rollback ignores it too); an alarm that does not exist fails, because
 * a gate that cannot be read must not let traffic through.
 */
export function evaluateAlarmGate(
  gate: AlarmGate,
  alarm: { state: AlarmStateValue; reason?: string } | undefined,
): GateResult {
  if (!alarm) {
    return {
      gateId: gate.id,
      status: 'fail',
      summary: `alarm ${gate.alarm} does not exist`,
      evidence: { alarmState: 'MISSING' },
    };
  }
  const status = alarm.state === 'ALARM' ? 'fail' : 'pass';
  const why = alarm.reason ? `: ${alarm.reason}` : '';
  return {
    gateId: gate.id,
    status,
    summary: `alarm ${gate.alarm} is ${alarm.state}${status === 'fail' ? why : ''}`,
    evidence: { alarmState: alarm.state },
  };
}
