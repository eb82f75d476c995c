import * as core from '@actions/core';
import { formatProblem, InputError, ModelgateError, type InputProblem } from '../src/errors.js';
import { annotationsFromProblems } from '../src/report/annotations.js';
import { escapeCode as code, escapeText as text } from '../src/report/index.js';
import { loadSpecFile } from '../src/spec/load.js';
import type { LoadedSpec } from '../src/spec/types.js';
import { emitAnnotations } from './annotations.js';
import { handleCommentCommand } from './comment-command.js';
import { applyTargetOverrides, repoPathIn } from './evaluate.js';
import { safetyRefusal, type Operation } from './mode.js';
import { connectProvider, type Provider } from './provider.js';
import { rollbackEndpoint } from './rollback.js';
import { invalidSpecMarkdown, refused, type Done, type Setup } from './setup.js';
import { sendControl } from './steer.js';

/** The spec with the inputs' overrides and its provider, or why there is none (annotated). */
async function connect(
  s: Setup,
): Promise<
  | { loaded: LoadedSpec; provider: Provider }
  | { problems: InputProblem[]; code: 'invalid_spec' | 'invalid_input' }
> {
  let loaded: LoadedSpec;
  try {
    loaded = applyTargetOverrides(await loadSpecFile(s.inputs.spec, { cwd: s.run.workspace }), {
      ...(s.inputs.awsRegion ? { region: s.inputs.awsRegion } : {}),
      ...(s.inputs.endpointUrl ? { endpointUrl: s.inputs.endpointUrl } : {}),
    });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    emitAnnotations(annotationsFromProblems(err.problems, { repoPath: repoPathIn(s.run.workspace) }));
    return { problems: err.problems, code: 'invalid_spec' };
  }
  try {
    return { loaded, provider: await connectProvider(loaded, s.env) };
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    return { problems: [{ file: loaded.file, message: err.message }], code: 'invalid_input' };
  }
}

function notConnected(
  s: Setup,
  c: { problems: InputProblem[]; code: 'invalid_spec' | 'invalid_input' },
): Done {
  return refused(
    c.code,
    c.problems.map(formatProblem).join('; '),
    invalidSpecMarkdown(s.inputs.spec, c.problems),
  );
}

/** Forks and pull_request_target never change an endpoint, whatever the mode says. */
function refusedBySafety(s: Setup, operation: Operation): Done | undefined {
  const refusal = safetyRefusal(operation, s.run.event);
  if (!refusal) return undefined;
  core.warning(refusal.message, { title: 'modelgate: refused' });
  return refused(
    refusal.reasonCode,
    refusal.message,
    `## ⛔ Refused: ${code(operation)}\n\n${text(refusal.message, 2000)}`,
  );
}

/** `mode: rollback`: restore the endpoint's known-good config, verified. */
export async function rollback(s: Setup): Promise<Done> {
  const safety = refusedBySafety(s, 'rollback');
  if (safety) return safety;
  const c = await connect(s);
  if (!('loaded' in c)) return notConnected(s, c);
  try {
    return await rollbackEndpoint({
      endpoint: c.loaded.spec.target.endpoint,
      environment: s.inputs.environment ?? c.loaded.spec.target.environment,
      provider: c.provider,
      holder: s.run.holder,
      signal: s.cancellation.signal,
      ...(s.github ? { github: s.github } : {}),
      ...(s.run.event.sha ? { ref: s.run.event.sha } : {}),
      ...(s.run.runUrl ? { logUrl: s.run.runUrl } : {}),
      notes: s.notes,
    });
  } finally {
    c.provider.stop();
  }
}

/** `mode: promote|abort|hold|resume`: steer the running rollout through the endpoint's control tag. */
export async function control(s: Setup, operation: 'promote' | 'abort' | 'hold' | 'resume'): Promise<Done> {
  const safety = refusedBySafety(s, operation);
  if (safety) return safety;
  const c = await connect(s);
  if (!('loaded' in c)) return notConnected(s, c);
  const endpoint = c.loaded.spec.target.endpoint;
  try {
    const sent = await core.group('modelgate: command', () =>
      sendControl(c.provider.ports.endpoints, endpoint, { kind: operation }, c.provider.clock.now()),
    );
    if (sent.status === 'idle') {
      const markdown = `## ⛔ Not sent: ${code(operation)} to ${code(endpoint)}\n\n${text(sent.detail, 2000)}.`;
      return refused('no_rollout_running', sent.detail, markdown);
    }
    return {
      markdown: `## 📨 Sent ${code(operation)} to ${code(endpoint)}\n\nDeployment ${code(sent.deploymentId)} (${text(sent.holder)}) applies it at its next check; its report and the endpoint tag ${code('modelgate:control-ack')} confirm it.`,
      result: {
        decision: 'allow',
        reasonCode: 'ok',
        finalStatus: 'command-sent',
        message: `sent "${sent.text}" to deployment ${sent.deploymentId} on ${endpoint} (${sent.holder})`,
        failed: false,
        deploymentId: sent.deploymentId,
      },
    };
  } finally {
    c.provider.stop();
  }
}

/** `issue_comment`: a `/modelgate …` command on a pull request. */
export async function comment(s: Setup): Promise<Done> {
  let provider: Provider | undefined;
  try {
    return await handleCommentCommand({
      event: s.run.event,
      ...(s.github ? { github: s.github } : {}),
      ...(s.inputs.environment ? { environment: s.inputs.environment } : {}),
      notes: s.notes,
      connect: async () => {
        const c = await connect(s);
        if (!('loaded' in c)) {
          const what = c.code === 'invalid_spec' ? `${s.inputs.spec} on the default branch is invalid: ` : '';
          return { problem: `${what}${c.problems.map(formatProblem).join('; ')}` };
        }
        provider = c.provider;
        return c;
      },
    });
  } finally {
    provider?.stop();
  }
}
