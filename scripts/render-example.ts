// Writes docs/examples/rolled-back-canary.md (the PR comment for a rolled-back canary, from the
// same event log the report tests use) and an HTML rendering of it with `marked`, styled roughly
// like a GitHub comment, for a look in a browser. `test/report/example.test.ts` fails when the
// markdown here is stale.
//
//   node --import tsx scripts/render-example.ts
//   chromium --headless --no-sandbox --disable-gpu --screenshot=docs/examples/rolled-back-canary.png \
//     --window-size=1200,2400 file://$PWD/docs/examples/rolled-back-canary.html
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { renderReport } from '../src/report/render.js';
import { exampleRolledBackReport } from '../test/report/scenarios.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'examples');

/** The example's markdown, exactly as the PR comment body. */
export function exampleMarkdown(): string {
  return renderReport(exampleRolledBackReport());
}

const STYLE = `
  body { margin: 0; background: #f6f8fa; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .comment { max-width: 1012px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .comment > header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
  .comment > header b { color: #1f2328; }
  .markdown-body { padding: 16px 24px; overflow-wrap: break-word; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: .4em 0 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; }
  p, ul, table, pre, details { margin: 0 0 16px; }
  code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
  pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; font-size: 85%; }
  pre code { background: none; padding: 0; font-size: 100%; white-space: pre; }
  table { border-collapse: collapse; display: block; overflow: auto; max-width: 100%; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; background: #f6f8fa; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  summary { cursor: pointer; }
  sub { color: #59636e; }
  a { color: #0969da; text-decoration: none; }
  hr { border: 0; border-top: 1px solid #d1d9e0; }
`;

export function exampleHtml(md: string): string {
  const body = marked.parse(md, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>modelgate: rolled-back canary (example PR comment)</title>
<style>${STYLE}</style>
</head>
<body>
<div class="comment">
<header><b>github-actions</b> bot commented · rendered with marked (GitHub draws the mermaid blocks as charts)</header>
<div class="markdown-body">
${body}
</div>
</div>
</body>
</html>
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(out, { recursive: true });
  const md = exampleMarkdown();
  writeFileSync(join(out, 'rolled-back-canary.md'), md);
  writeFileSync(join(out, 'rolled-back-canary.html'), exampleHtml(md));
  process.stdout.write(
    `wrote ${join('docs', 'examples', 'rolled-back-canary.md')} (${md.length} characters) and .html\n`,
  );
}
