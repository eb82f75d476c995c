import { marked } from 'marked';

/** Renders markdown as GitHub would, near enough for structure checks (GFM tables, raw HTML kept). */
export function toHtml(md: string): string {
  return marked.parse(md, { async: false, gfm: true });
}

/** Tables whose body rows do not have as many cells as the header has. */
export function raggedTables(html: string): string[] {
  const bad: string[] = [];
  for (const m of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const rows = m[1].match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
    const width = (rows[0]?.match(/<th[\s>]/g) ?? []).length;
    for (const r of rows.slice(1)) if ((r.match(/<td[\s>]/g) ?? []).length !== width) bad.push(r);
  }
  return bad;
}

/** HTML elements in the output that the report never writes itself (i.e. injected ones). */
export function foreignElements(html: string): string[] {
  const ours = new Set([
    'h2',
    'h3',
    'p',
    'strong',
    'em',
    'code',
    'pre',
    'a',
    'ul',
    'ol',
    'li',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'details',
    'summary',
    'sub',
    'hr',
    'blockquote',
    'br',
  ]);
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)]
    .map((m) => m[1].toLowerCase())
    .filter((t) => !ours.has(t));
}

/** Text outside code, where GitHub would link `@user` mentions. */
export function mentionsOutsideCode(html: string): string[] {
  const text = html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '');
  return [...text.matchAll(/(^|[^\w\u200b])@([A-Za-z0-9][A-Za-z0-9-]*)/g)].map((m) => m[2]);
}
