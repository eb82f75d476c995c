import { upsertStickyComment, type StickyCommentTarget } from '../src/github/comment.js';
import type { ReportSink } from '../src/github/publish.js';
import type { CommentsPort } from '../src/github/ports.js';
import { guard, ok } from '../src/github/result.js';
import { GITHUB_LIMITS, truncate } from '../src/report/render.js';

/**
 * The sticky PR comment for a live rollout: found (all pages) or created once, then updated by id,
 * so each progress update is one request rather than a comment search and an update. A comment
 * deleted meanwhile is searched for (and re-created) again. Unchanged bodies are not sent.
 */
export function liveCommentSink(
  client: CommentsPort,
  target: StickyCommentTarget,
): ReportSink & {
  readonly commentId?: number;
} {
  let id: number | undefined;
  let url: string | undefined;
  let last: string | undefined;
  const upsert = async (markdown: string) => {
    const r = await upsertStickyComment(client, target, markdown);
    if (r.status === 'ok') {
      id = r.value.id;
      url = r.value.url;
      last = markdown;
      return ok({ url: r.value.url });
    }
    return r;
  };
  return {
    name: 'pull request comment',
    get commentId() {
      return id;
    },
    async publish(markdown) {
      if (id === undefined) return upsert(markdown);
      if (markdown === last) return ok({ ...(url ? { url } : {}) });
      const commentId = id;
      const r = await guard('update the PR comment', 'pull-requests: write', async () => {
        const res = await client.rest.issues.updateComment({
          owner: target.owner,
          repo: target.repo,
          comment_id: commentId,
          body: truncate(markdown, GITHUB_LIMITS.comment),
        });
        return res.data.html_url;
      });
      if (r.status === 'ok') {
        last = markdown;
        url = r.value;
        return ok({ url: r.value });
      }
      if (r.httpStatus === 404) {
        id = undefined;
        return upsert(markdown);
      }
      return r;
    },
  };
}
