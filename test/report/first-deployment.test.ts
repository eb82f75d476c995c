import { describe, expect, it } from 'vitest';
import { buildReport, createReport, renderReport } from '../../src/report/index.js';
import type { RolloutEvent } from '../../src/rollout/events.js';

describe('a first deployment that rolls back', () => {
  it('says the endpoint was deleted rather than naming an empty config', () => {
    const d = 'mg-1';
    const events: RolloutEvent[] = [
      {
        type: 'rolling-back',
        at: 1_000,
        deploymentId: d,
        reason: 'gate-failed',
        detail: 'error_rate 5% > 1%',
      },
      { type: 'rolled-back', at: 61_000, deploymentId: d, endpointConfig: '', verified: true },
      { type: 'done', at: 61_000, deploymentId: d, outcome: 'rolled-back', summary: 'rolled back' },
    ];
    const md = renderReport(buildReport(createReport({ environment: 'staging', endpoint: 'fraud' }), events));
    expect(md).toContain(
      "The endpoint had no earlier model, so the candidate's endpoint was deleted (verified)",
    );
    expect(md).not.toMatch(/serves `\s*` again/);
  });
});
