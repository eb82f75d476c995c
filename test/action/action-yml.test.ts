import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUTS, MODES } from '../../action/inputs.js';
import { FINAL_STATUSES, OUTPUTS, REASON_CODES } from '../../action/outputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const root = new URL('../../', import.meta.url);
const actionYml = parse(readFileSync(new URL('action.yml', root), 'utf8')) as ActionYml;
const DOCS = new URL('README.md', root);

function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** The inputs and outputs tables of README.md, generated from action.yml. */
function ioTables(a: ActionYml): { inputs: string; outputs: string } {
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...Object.entries(a.inputs).map(
      ([name, i]) =>
        `| \`${name}\` | ${i.default !== undefined ? `\`${i.default}\`` : i.required ? '*required*' : ''} | ${cell(i.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(a.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`),
  ].join('\n');
  return { inputs, outputs };
}

/** A markdown table without the padding prettier adds (cells trimmed, `---` separators). */
function normalise(table: string | undefined): string[][] | undefined {
  return table
    ?.trim()
    .split('\n')
    .map((row) =>
      row
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => (/^\s*:?-+:?\s*$/.test(c) ? '---' : c.trim())),
    );
}

function between(text: string, name: string): string | undefined {
  const m = new RegExp(`<!-- ${name}:start[^>]*-->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(text);
  return m?.[1];
}

describe('action.yml', () => {
  it('runs dist/index.js on the Node GitHub runs today, with name, description and branding', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(actionYml.name).toBe('modelgate');
    expect(actionYml.description.length).toBeLessThanOrEqual(400);
    expect(actionYml.branding).toEqual({ icon: 'shield', color: 'green' });
  });

  it('declares exactly the inputs action/inputs.ts reads, with the same defaults', () => {
    expect(Object.keys(actionYml.inputs)).toEqual(INPUTS.map((i) => i.name));
    for (const i of INPUTS) {
      const declared = actionYml.inputs[i.name];
      expect(declared.description, i.name).toBeTruthy();
      expect(declared.default, i.name).toBe('default' in i ? i.default : undefined);
      expect(declared.required ?? false, i.name).toBe(false);
    }
  });

  it('declares exactly the outputs action/outputs.ts sets', () => {
    expect(Object.keys(actionYml.outputs)).toEqual([...OUTPUTS]);
  });

  it('documents every mode, reason code and final status the code knows', () => {
    const words = (s: string) => new Set(s.match(/[a-z_-]+/g));
    const mode = words(actionYml.inputs.mode.description);
    for (const m of MODES) expect(mode, m).toContain(m);
    const reasons = words(actionYml.outputs['reason-code'].description);
    for (const r of REASON_CODES) expect(reasons, r).toContain(r);
    const statuses = words(actionYml.outputs['final-status'].description);
    for (const f of FINAL_STATUSES) expect(statuses, f).toContain(f);
  });
});

describe('README.md', () => {
  it('has the inputs and outputs tables as action.yml declares them (UPDATE_DOCS=1 rewrites them)', () => {
    let text = readFileSync(DOCS, 'utf8');
    const tables = ioTables(actionYml);
    if (process.env.UPDATE_DOCS) {
      for (const name of ['inputs', 'outputs'] as const) {
        text = text.replace(
          new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`),
          (_, a: string, b: string) => `${a}\n${tables[name]}\n${b}`,
        );
      }
      writeFileSync(DOCS, text);
    }
    const hint = 'run UPDATE_DOCS=1 npx vitest run test/action/action-yml.test.ts';
    expect(normalise(between(text, 'inputs')), hint).toEqual(normalise(tables.inputs));
    expect(normalise(between(text, 'outputs')), hint).toEqual(normalise(tables.outputs));
  });

  it('has a workflow for each event, each job with its own least permissions', () => {
    const text = readFileSync(DOCS, 'utf8');
    const workflow = parse(
      /```yaml\n(# \.github\/workflows\/modelgate\.yml[\s\S]*?)```/.exec(text)?.[1] ?? '',
    ) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<
        string,
        { permissions?: Record<string, string>; concurrency?: { 'cancel-in-progress': boolean } }
      >;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'workflow_dispatch', 'issue_comment']);
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'deploy', 'operate', 'command']);
    for (const [name, job] of Object.entries(workflow.jobs)) expect(job.permissions, name).toBeDefined();
    expect(workflow.jobs.deploy.permissions).toMatchObject({ 'id-token': 'write', deployments: 'write' });
    expect(workflow.jobs.deploy.concurrency?.['cancel-in-progress']).toBe(false);
    const dispatch = (
      workflow.on.workflow_dispatch as { inputs: Record<string, { type: string; options?: string[] }> }
    ).inputs;
    expect(dispatch.mode).toMatchObject({
      type: 'choice',
      options: ['rollback', 'abort', 'promote', 'hold', 'resume'],
    });
    expect(dispatch.environment.type).toBe('environment');
  });

  it('binds untrusted values through env: in every run step of its workflows (no script injection)', () => {
    const text = readFileSync(DOCS, 'utf8');
    const workflows = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(workflows.length).toBeGreaterThanOrEqual(1);
    let runs = 0;
    for (const w of workflows) {
      const doc = parse(w) as { jobs?: Record<string, { steps?: Array<{ run?: string }> }> } | null;
      for (const job of Object.values(doc?.jobs ?? {})) {
        for (const step of job.steps ?? []) {
          if (!step.run) continue;
          runs++;
          expect(step.run, 'a run: step interpolates an expression').not.toMatch(/\$\{\{/);
        }
      }
    }
    expect(runs).toBeGreaterThan(0);
  });
});
