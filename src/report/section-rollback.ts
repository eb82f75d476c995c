import { CONTROL_COMMANDS } from './control-commands.js';
import { code, fence, link, shellWord, table, text } from './markdown.js';
import type { ReportState } from './types.js';

/** How to roll back by hand: the exact dispatch, CLI and PR comment commands for this endpoint. */
export function renderRollbackHelp(state: ReportState): string {
  const ctx = state.context;
  const lines = ['### How to roll back', ''];
  const workflow = ctx.workflowFile;
  const ref = ctx.ref ?? 'main';
  if (workflow) {
    const inputs = { mode: 'rollback', ...(ctx.dispatchInputs ?? { environment: state.environment }) };
    const server = (ctx.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const page = ctx.repository
      ? `${server}/${ctx.repository}/actions/workflows/${encodeURIComponent(workflow)}`
      : undefined;
    const fields = Object.entries(inputs)
      .map(([k, v]) => `${code(k)} = ${code(v)}`)
      .join(', ');
    lines.push(
      `**From the Actions tab:** open ${link(workflow, page)}, press **Run workflow** on ${code(ref)} and set ${fields}.`,
      '',
      '**With the GitHub CLI:**',
      '',
      fence(
        'sh',
        [
          'gh workflow run',
          shellWord(workflow),
          ...(ctx.repository ? ['--repo', shellWord(ctx.repository)] : []),
          '--ref',
          shellWord(ref),
          ...Object.entries(inputs).flatMap(([k, v]) => ['-f', shellWord(`${k}=${v}`)]),
        ].join(' '),
      ),
      '',
    );
  }
  const region = ctx.region ? `AWS_REGION=${shellWord(ctx.region)} ` : '';
  lines.push(
    '**With the modelgate CLI** (AWS credentials for the endpoint’s account): restores the last known-good config recorded in the endpoint’s tags.',
    '',
    fence('sh', `${region}modelgate rollback --endpoint ${shellWord(state.endpoint)}`),
  );
  if (ctx.commentCommands !== false && (ctx.pullRequest !== undefined || state.deployment)) {
    lines.push(
      '',
      '**While a rollout runs**, comment on the pull request (users with write access only):',
      '',
      table(
        ['Command', 'Effect'],
        CONTROL_COMMANDS.map((c) => [code(c.usage, { inTable: true }), text(c.effect)]),
      ),
    );
  }
  return lines.join('\n');
}
