import { updateStickyComment, upsertStickyComment, type StickyCommentTarget } from './comment.js';
import type { CommentsPort } from './ports.js';
import { degrade, ok, type GitHubOutcome } from './result.js';

/**
 * Somewhere a rendered report can go. The action has a PR comment sink (here) and a job summary
 * sink (it owns @actions/core); it publishes to the first that works and keeps the warnings.
 */
export interface ReportSink {
  readonly name: string;
  publish(markdown: string): Promise<GitHubOutcome<{ url?: string }>>;
}

/**
 * The scope's sticky PR comment: found (all pages) or created once, then updated by id, so each
 * later publish is one request rather than a comment search and an update. A comment deleted
 * meanwhile (404) is searched for, and re-created, again. An unchanged body is not sent.
 */
export function stickyCommentSink(client: CommentsPort, target: StickyCommentTarget): ReportSink {
  let id: number | undefined;
  let url: string | undefined;
  let last: string | undefined;
  const upsert = async (markdown: string) => {
    const r = await upsertStickyComment(client, target, markdown);
    if (r.status !== 'ok') return r;
    ({ id, url } = r.value);
    last = markdown;
    return ok({ url });
  };
  return {
    name: 'pull request comment',
    async publish(markdown) {
      if (id === undefined) return upsert(markdown);
      if (markdown === last) return ok({ ...(url ? { url } : {}) });
      const r = await updateStickyComment(client, target, id, markdown);
      if (r.status === 'ok') {
        last = markdown;
        url = r.value.url;
        return ok({ url });
      }
      if (r.httpStatus !== 404) return r;
      id = undefined;
      return upsert(markdown);
    },
  };
}

export interface PublishResult {
  /** The sink that took the report, or undefined when none did. */
  publishedTo?: string;
  url?: string;
  /** One per sink that failed, in order; the action logs them as warnings. */
  warnings: string[];
}

/** Publishes to the first sink that accepts the report; a sink that throws counts as degraded. */
export async function publishWithFallback(markdown: string, sinks: ReportSink[]): Promise<PublishResult> {
  const warnings: string[] = [];
  for (const sink of sinks) {
    let r: GitHubOutcome<{ url?: string }>;
    try {
      r = await sink.publish(markdown);
    } catch (error) {
      r = degrade(`publish the report to the ${sink.name}`, undefined, error);
    }
    if (r.status === 'ok')
      return { publishedTo: sink.name, ...(r.value.url ? { url: r.value.url } : {}), warnings };
    warnings.push(r.warning);
  }
  return { warnings };
}
