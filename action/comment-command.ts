import * as core from '@actions/core';
import { findStickyComment, postComment, reactToComment } from '../src/github/comment.js';
import { commandReaction, helpReply, parseCommentCommand } from '../src/github/commands.js';
import type { EventContext } from '../src/github/context.js';
import type { GitHubClient } from '../src/github/octokit.js';
import { commandPermission } from '../src/github/permission.js';
import type { RepoRef } from '../src/github/ports.js';
import { guard, type GitHubOutcome } from '../src/github/result.js';
import { escapeCode as code, escapeText as text } from '../src/report/index.js';
import { reportMarker, reportScope } from '../src/report/marker.js';
import { GITHUB_LIMITS, truncate } from '../src/report/render.js';
import type { ControlCommand } from '../src/rollout/events.js';
import type { LoadedSpec } from '../src/spec/types.js';
import type { ActionResult } from './outputs.js';
import type { Provider } from './provider.js';
import type { SummaryNotes } from './publisher.js';
import { sendControl } from './steer.js';

export interface CommentCommandOptions {
  event: EventContext;
  github?: { client: GitHubClient; repo: RepoRef };
  environment?: string;
  notes: SummaryNotes;
  /** Loads the spec (default branch) and connects to its endpoint, once the command is allowed. */
  connect(): Promise<{ loaded: LoadedSpec; provider: Provider } | { problem: string }>;
}

type Result = { result: Omit<ActionResult, 'reportPath'>; markdown: string };

const NOTE_START = '<!-- modelgate:command -->';
const NOTE_END = '<!-- /modelgate:command -->';

/**
 * Puts an acknowledgement at the top of the sticky report (replacing an earlier one). The running
 * deployment rebuilds the whole comment at its next update, where the command shows in the timeline.
 */
export function withCommandNote(body: string, marker: string, note: string): string {
  const rest = body.trimStart().startsWith(marker) ? body.trimStart().slice(marker.length) : `\n${body}`;
  const cleaned = rest.replace(new RegExp(`\\n*${NOTE_START}[\\s\\S]*?${NOTE_END}`), '');
  return `${marker}\n${NOTE_START}\n${note}\n${NOTE_END}${cleaned.startsWith('\n') ? '' : '\n'}${cleaned}`;
}

/**
 * `/modelgate promote|abort|hold|resume|extend 10m` on a pull request: checked against the
 * commenter's permission (write, maintain or admin), sent to the rollout running on the spec's
 * endpoint through the control tag, and acknowledged with a reaction and in the sticky comment.
 * Anything else after `/modelgate` gets the list of commands. Never fails the step for a refused
 * command: the reply says why.
 */
export async function handleCommentCommand(o: CommentCommandOptions): Promise<Result> {
  const { event } = o;
  const skip = (message: string): Result => ({
    markdown: `## modelgate: nothing to do\n\n${text(message)}.`,
    result: { decision: 'skip', reasonCode: 'not_a_command', finalStatus: 'skipped', message, failed: false },
  });
  const c = event.comment;
  if (!c || event.action !== 'created')
    return skip(`only new comments are commands (this one was ${event.action ?? 'not a comment'})`);
  const parsed = parseCommentCommand(c.body);
  if (parsed.kind === 'none') return skip('the comment has no /modelgate command');
  if (/\[bot\]$/i.test(c.author)) return skip(`the comment is by a bot (${c.author})`);
  const gh = o.github;
  if (!gh) {
    const message = 'a github-token is needed to check who may steer a rollout; the command was not run';
    return {
      markdown: `## ⛔ modelgate: command not run\n\n${text(message)}.`,
      result: {
        decision: 'deny',
        reasonCode: 'permission_denied',
        finalStatus: 'refused',
        message,
        failed: true,
      },
    };
  }
  const issue = event.issue?.number ?? 0;
  const target = { ...gh.repo, issueNumber: issue };
  const warn = <T>(r: GitHubOutcome<T>) => (r.status === 'degraded' ? o.notes.warn(r.warning) : undefined);
  const react = async (kind: 'accepted' | 'refused' | 'invalid') =>
    warn(await reactToComment(gh.client, { ...gh.repo, commentId: c.id }, commandReaction(kind)));
  const reply = async (body: string) => warn(await postComment(gh.client, target, body));
  const refuse = async (
    reasonCode: ActionResult['reasonCode'],
    message: string,
    reaction: 'refused' | 'invalid' = 'refused',
  ): Promise<Result> => {
    await react(reaction);
    await reply(
      `${text(`@${c.author}`)}: modelgate did not run ${code(parsed.line, { max: 200 })}: ${text(message)}.`,
    );
    return {
      markdown: `## ⛔ modelgate: command not run\n\n${text(message)}.`,
      result: { decision: 'deny', reasonCode, finalStatus: 'refused', message, failed: false },
    };
  };

  if (!event.issue?.isPullRequest)
    return refuse(
      'not_a_pull_request',
      `#${issue} is an issue; commands steer the rollout of a pull request`,
      'invalid',
    );
  if (parsed.kind === 'invalid') {
    await react('invalid');
    await reply(helpReply(parsed, c.author));
    const message = `${parsed.problem.replace(/`/g, '')}; replied with the list of commands`;
    return {
      markdown: `## modelgate: unknown command\n\n${text(message)}.`,
      result: {
        decision: 'deny',
        reasonCode: 'unknown_command',
        finalStatus: 'refused',
        message,
        failed: false,
      },
    };
  }

  const perm = await commandPermission(gh.client, gh.repo, c.author);
  if (perm.status === 'degraded') {
    o.notes.warn(perm.warning);
    return refuse(
      'permission_denied',
      `could not check @${c.author}'s permission, so the command was not run`,
    );
  }
  if (!perm.value.allowed)
    return refuse('permission_denied', perm.value.reason ?? `@${c.author} may not steer rollouts`);

  const connected = await o.connect();
  if ('problem' in connected) {
    await react('refused');
    await reply(
      `${text(`@${c.author}`)}: modelgate could not run ${code(parsed.line, { max: 200 })}: ${text(connected.problem)}`,
    );
    return {
      markdown: `## ⛔ modelgate: command not run\n\n${text(connected.problem)}`,
      result: {
        decision: 'deny',
        reasonCode: 'invalid_spec',
        finalStatus: 'refused',
        message: connected.problem,
        failed: true,
      },
    };
  }
  const { loaded, provider } = connected;
  const endpoint = loaded.spec.target.endpoint;
  const command: ControlCommand = parsed.command;
  const sent = await core.group('modelgate: command', async () => {
    core.info(
      `@${c.author} (${perm.value.roleName ?? perm.value.permission}) asks ${parsed.line} on ${endpoint}`,
    );
    return sendControl(provider.ports.endpoints, endpoint, command, provider.clock.now());
  });
  if (sent.status === 'idle') return refuse('no_rollout_running', sent.detail);

  await react('accepted');
  const at = new Date().toISOString().slice(11, 16);
  const note = `> 📨 ${text(`@${c.author}`)} sent ${code(parsed.line, { max: 200 })} at ${at} UTC; deployment ${code(sent.deploymentId)} applies it at its next check and this report then shows it.`;
  const scope = reportScope(o.environment ?? loaded.spec.target.environment, endpoint);
  const found = await findStickyComment(gh.client, { ...target, scope });
  if (found.status === 'ok' && found.value) {
    const existing = found.value;
    const body = truncate(withCommandNote(existing.body, reportMarker(scope), note), GITHUB_LIMITS.comment);
    warn(
      await guard('update the PR comment', 'pull-requests: write', async () => {
        await gh.client.rest.issues.updateComment({ ...gh.repo, comment_id: existing.id, body });
      }),
    );
  } else {
    if (found.status === 'degraded') o.notes.warn(found.warning);
    await reply(note.replace(/^> /, ''));
  }
  const message = `sent "${sent.text}" to deployment ${sent.deploymentId} on ${endpoint} for @${c.author}`;
  return {
    markdown: `## 📨 modelgate: command sent\n\n${note}`,
    result: {
      decision: 'allow',
      reasonCode: 'ok',
      finalStatus: 'command-sent',
      message,
      failed: false,
      deploymentId: sent.deploymentId,
    },
  };
}
