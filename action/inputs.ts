import * as core from '@actions/core';
import { InputError, type InputProblem } from '../src/errors.js';
import type { Waiver } from '../src/policy/types.js';
import { DEPLOYMENT_ID } from '../src/rollout/run-deployment.js';

export const MODES = ['auto', 'plan', 'deploy', 'rollback', 'promote', 'abort', 'hold', 'resume'] as const;
export type Mode = (typeof MODES)[number];

/**
 * The action's inputs: names, defaults and whether they are required, exactly as action.yml declares
 * them (test/action/inputs.test.ts compares the two). Descriptions live in action.yml only.
 */
export const INPUTS = [
  { name: 'spec', default: 'modelgate.yaml' },
  { name: 'mode', default: 'auto' },
  { name: 'github-token', default: '${{ github.token }}' },
  { name: 'aws-region' },
  { name: 'endpoint-url' },
  { name: 'environment' },
  { name: 'deployment-id' },
  { name: 'comment', default: 'true' },
  { name: 'waivers' },
] as const satisfies ReadonlyArray<{ name: string; default?: string; required?: boolean }>;

export type InputName = (typeof INPUTS)[number]['name'];

export interface ActionInputs {
  spec: string;
  mode: Mode;
  githubToken?: string;
  awsRegion?: string;
  endpointUrl?: string;
  environment?: string;
  deploymentId?: string;
  comment: boolean;
  waivers: Waiver[];
}

/** Reads one raw input; the runner passes `with:` values as INPUT_<NAME> (upper case, hyphens kept). */
export type InputReader = (name: InputName) => string;

export const coreInputReader: InputReader = (name) => core.getInput(name);

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * An expression the runner did not expand (`${{ github.token }}` read from action.yml by a local
 * runner such as @github/local-action) counts as not given.
 */
function unexpanded(v: string): boolean {
  return /^\$\{\{.*\}\}$/s.test(v);
}

/**
 * Reads and checks every input, reporting all problems at once (`input <name>: …`). Defaults come
 * from INPUTS, so a runner that does not fill them in (local-action) behaves like GitHub's.
 */
export function readInputs(read: InputReader = coreInputReader, actor?: string): ActionInputs {
  const problems: InputProblem[] = [];
  const raw = (name: InputName): string | undefined => {
    const v = read(name).trim();
    if (v && !unexpanded(v)) return v;
    const d = INPUTS.find((i) => i.name === name);
    return d && 'default' in d && !unexpanded(d.default) ? d.default : undefined;
  };
  const problem = (name: InputName, message: string, expected?: string) =>
    problems.push({ file: `input ${name}`, message, ...(expected ? { expected } : {}) });

  const mode = (raw('mode') ?? 'auto').toLowerCase();
  if (!(MODES as readonly string[]).includes(mode))
    problem('mode', `"${mode}" is not a mode`, MODES.join(', '));

  const commentText = raw('comment') ?? 'true';
  const comment = /^(true|false)$/i.test(commentText) ? commentText.toLowerCase() === 'true' : true;
  if (!/^(true|false)$/i.test(commentText))
    problem('comment', `"${commentText}" is not a boolean`, 'true or false');

  const awsRegion = raw('aws-region');
  if (awsRegion && !REGION.test(awsRegion))
    problem('aws-region', `"${awsRegion}" is not an AWS region`, 'a region such as us-east-1');

  const endpointUrl = raw('endpoint-url');
  if (endpointUrl) {
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(endpointUrl).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problem('endpoint-url', `"${endpointUrl}" is not an http(s) URL`, 'e.g. http://127.0.0.1:4599');
  }

  const deploymentId = raw('deployment-id');
  if (deploymentId && !DEPLOYMENT_ID.test(deploymentId))
    problem(
      'deployment-id',
      `"${deploymentId}" is not a valid deployment id`,
      'letters, digits and ._:/=+@- (at most 128)',
    );

  const waivers: Waiver[] = [];
  for (const [i, line] of (raw('waivers') ?? '').split(/\r?\n/).entries()) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const eq = t.indexOf('=');
    const ruleId = eq > 0 ? t.slice(0, eq).trim() : '';
    const reason = eq > 0 ? t.slice(eq + 1).trim() : '';
    if (!ruleId || !reason) {
      problems.push({
        file: 'input waivers',
        line: i + 1,
        message: `"${t}" is not a waiver`,
        expected: 'rule-id=reason (a reason is required)',
      });
      continue;
    }
    waivers.push({ ruleId, reason, by: actor ?? null, source: 'input' });
  }

  if (problems.length) throw new InputError(problems, 'invalid_input');
  return {
    spec: raw('spec') ?? 'modelgate.yaml',
    mode: mode as Mode,
    ...(raw('github-token') ? { githubToken: raw('github-token') } : {}),
    ...(awsRegion ? { awsRegion } : {}),
    ...(endpointUrl ? { endpointUrl } : {}),
    ...(raw('environment') ? { environment: raw('environment') } : {}),
    ...(deploymentId ? { deploymentId } : {}),
    comment,
    waivers,
  };
}
