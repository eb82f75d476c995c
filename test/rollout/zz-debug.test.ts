import { it } from 'vitest';
import { startSim, seedBaseline, startDeploy, yamlSpec } from './sim-harness.js';
import { progressLine } from '../../src/rollout/progress.js';
import { STRATEGIES } from './strategies.js';

it('debug', async () => {
  const env = await startSim({ traffic: [{ endpoint: '*', rps: 40 }], faults: [{ type: 'throttling', service: 'all', probability: 0.3, at: '5m', duration: '10m' }] });
  try {
    await seedBaseline(env);
    const p = startDeploy(env, yamlSpec({ ...STRATEGIES['canary (driven)'] }), { listeners: [(e) => { const l = progressLine(e); if (l) console.log(l); if (e.type==='metrics-read') console.log('WINDOW', new Date(e.window.start).toISOString(), new Date(e.window.end).toISOString(), JSON.stringify(e.window.variants.candidate)?.slice(0,80)); }] });
    const [r] = await env.stepper.run(p);
    const c: Record<string, number> = {}; for (const a of env.failedAttempts) c[a] = (c[a] ?? 0) + 1; console.log(r.outcome, r.summary, c, env.calls.length);
  } finally { await env.stop(); }
}, 120_000);
