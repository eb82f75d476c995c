import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenLocally, type LocalServer } from './local-server.js';

/**
 * A small stand-in for GitHub's REST and GraphQL API, for the bundled action in a child process
 * (nock cannot reach another process): the requests a rollout's reports make, answered as GitHub
 * does, each one recorded.
 */
export interface GitHubStandIn extends LocalServer {
  requests: Array<{ method: string; path: string; body: Record<string, unknown> }>;
}

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startGitHub(o: { pullRequest?: number } = {}): Promise<GitHubStandIn> {
  const requests: GitHubStandIn['requests'] = [];
  let ids = 100;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = await bodyOf(req);
    requests.push({ method: req.method ?? '', path, body });
    const send = (status: number, data: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(data));
    };
    const route = `${req.method} ${path.replace(/^\/repos\/[^/]+\/[^/]+/, '/repo')}`;
    let m: RegExpExecArray | null;
    if (route === 'POST /graphql') return send(200, { data: { viewer: { login: 'github-actions[bot]' } } });
    if ((m = /^GET \/repo\/commits\/([0-9a-f]+)\/pulls$/.exec(route))) {
      const pr = o.pullRequest;
      return send(
        200,
        pr ? [{ number: pr, merge_commit_sha: m[1], merged_at: '2026-11-24T12:00:00Z', labels: [] }] : [],
      );
    }
    if (/^GET \/repo\/issues\/\d+\/comments$/.test(route)) return send(200, []);
    if (/^POST \/repo\/issues\/\d+\/comments$/.test(route))
      return send(201, {
        id: ++ids,
        html_url: `https://github.com/x/pull/1#issuecomment-${ids}`,
        body: body.body,
      });
    if ((m = /^PATCH \/repo\/issues\/comments\/(\d+)$/.exec(route)))
      return send(200, { id: Number(m[1]), html_url: 'https://github.com/x', body: body.body });
    if (route === 'POST /repo/check-runs')
      return send(201, { id: ++ids, html_url: 'https://github.com/x/runs' });
    if ((m = /^PATCH \/repo\/check-runs\/(\d+)$/.exec(route))) return send(200, { id: Number(m[1]) });
    if (route === 'POST /repo/deployments') return send(201, { id: ++ids });
    if (/^POST \/repo\/deployments\/\d+\/statuses$/.test(route)) return send(201, { id: ++ids });
    if (route === 'GET /repo/deployments') return send(200, []);
    return send(404, { message: 'Not Found' });
  });
  return { ...(await listenLocally(server)), requests };
}
