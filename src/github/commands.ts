import type { ControlCommand } from '../rollout/events.js';
import { CONTROL_COMMANDS } from '../report/control-commands.js';
import { code, text } from '../report/markdown.js';
import { parseDuration } from '../spec/duration.js';
import type { CommentReaction } from './comment.js';

/**
 * `/modelgate …` commands in a PR comment. The first line that starts with `/modelgate` is the
 * command; a comment without one is not for us. Anything after `/modelgate` that is not a known
 * command gets the help reply.
 */
export type ParsedComment =
  | { kind: 'none' }
  | { kind: 'command'; command: ControlCommand; line: string }
  | { kind: 'invalid'; line: string; problem: string };

/** Longest `extend` accepted: a day. A longer bake is a spec change, not a comment. */
export const MAX_EXTEND_SECONDS = 86_400;

export function parseCommentCommand(body: string): ParsedComment {
  const line = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => /^\/modelgate(\s|$)/i.test(l));
  if (!line) return { kind: 'none' };
  const [, verb = '', ...args] = line.split(/\s+/);
  const word = verb.toLowerCase();
  const noArgs = (command: ControlCommand): ParsedComment =>
    args.length
      ? { kind: 'invalid', line, problem: `\`${word}\` takes no arguments` }
      : { kind: 'command', command, line };
  switch (word) {
    case 'promote':
    case 'abort':
    case 'hold':
    case 'resume':
      return noArgs({ kind: word });
    case 'extend': {
      if (args.length !== 1)
        return { kind: 'invalid', line, problem: '`extend` takes one duration, e.g. `10m`' };
      const seconds = parseDuration(args[0].toLowerCase());
      if (seconds === undefined)
        return {
          kind: 'invalid',
          line,
          problem: `\`${args[0]}\` is not a duration (use s, m or h, e.g. \`10m\`)`,
        };
      if (seconds <= 0) return { kind: 'invalid', line, problem: 'the extension must be longer than 0s' };
      if (seconds > MAX_EXTEND_SECONDS)
        return { kind: 'invalid', line, problem: 'the extension may be at most 24h' };
      return { kind: 'command', command: { kind: 'extend', seconds }, line };
    }
    case '':
      return { kind: 'invalid', line, problem: 'no command given' };
    default:
      return { kind: 'invalid', line, problem: `unknown command \`${word}\`` };
  }
}

/** The reply to a command modelgate did not understand: what was wrong and every command. */
export function helpReply(parsed: Extract<ParsedComment, { kind: 'invalid' }>, author?: string): string {
  const rows = CONTROL_COMMANDS.map((c) => `| ${code(c.usage, { inTable: true })} | ${text(c.effect)} |`);
  const who = author ? `${text(`@${author}`)}: ` : '';
  return [
    `${who}modelgate did not run ${code(parsed.line, { max: 200 })}: ${text(parsed.problem.replace(/`/g, ''), 300)}.`,
    '',
    'These commands steer the rollout running for this pull request (write access needed):',
    '',
    '| Command | Effect |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

/** The reaction that acknowledges a command comment. */
export function commandReaction(result: 'accepted' | 'refused' | 'invalid'): CommentReaction {
  return result === 'accepted' ? '+1' : result === 'refused' ? '-1' : 'confused';
}
