/**
 * Markdown building blocks that are safe for user-controlled text (model names, policy messages,
 * gate summaries, endpoint names). GitHub renders comments, check summaries and job summaries as
 * GFM with raw HTML, mentions, issue references and `$…$` math, so every piece of text that did
 * not come from this module goes through `text()` or `code()` before it reaches the page.
 */

/** Longest piece of one user-controlled value that a report shows. */
export const DEFAULT_MAX_TEXT = 600;

const ZWSP = '\u200b';

// C0/C1 controls (tab and newline are folded into spaces first) and the bidi overrides that can make
// text read differently from what it is.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function oneLine(value: unknown, max: number): string {
  let s = String(value ?? '')
    .replace(/\r\n?|\n|\t/g, ' ')
    .replace(INVISIBLE, '');
  if (s.length > max) s = `${s.slice(0, Math.max(0, max - 1))}…`;
  return s;
}

/**
 * Inline text: HTML is shown as text, markdown punctuation is escaped, `@user` and `#123` are kept
 * from notifying anyone or linking issues (a zero-width space after the sigil), and newlines are
 * folded so the text cannot start a block of its own. Safe inside table cells.
 */
export function text(value: unknown, max = DEFAULT_MAX_TEXT): string {
  return oneLine(value, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}|~$!]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/^(#+|[-+=])(?= |$)/, '\\$1')
    .replace(/^(\d+)([.)])(?= |$)/, '$1\\$2');
}

/**
 * An inline code span holding `value` verbatim (up to `max` characters). Pass `inTable` when the
 * span sits in a table cell: GFM splits cells on `|` even inside code, and `\|` is the escape there.
 */
export function code(value: unknown, options: { max?: number; inTable?: boolean } = {}): string {
  // An HTML comment opener inside code is harmless on the page, but it could pose as another
  // scope's sticky-comment marker to a search over the raw body.
  let s = oneLine(value, options.max ?? DEFAULT_MAX_TEXT).replace(/<!--/g, `<${ZWSP}!--`);
  if (s === '') return '` `';
  if (options.inTable) s = s.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
}

/** Text for HTML contexts (`<summary>`, attribute-free): entities only, no markdown escapes. */
export function html(value: unknown, max = DEFAULT_MAX_TEXT): string {
  return oneLine(value, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`);
}

/** A markdown link, or plain text when the URL is not http(s). Link text is escaped. */
export function link(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return text(label);
  const safe = url.replace(
    /[()<> "]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text(label)}](${safe})`;
}

/** A GFM table. Cells must already be escaped markdown (from `text()`/`code(…, {inTable: true})`). */
export function table(headers: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  const sep = headers.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** A collapsible block. `summary` is plain text (escaped here); `body` is markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${html(summary, 300)}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced code block whose fence cannot be closed by the content. */
export function fence(lang: string, body: string): string {
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longestRun + 1);
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

/**
 * Quotes one word for a POSIX shell, for the copy-paste commands in the report. Plain words stay
 * as they are; anything else is single-quoted, the only quoting with no special characters inside.
 */
export function shellWord(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
