import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  createReport,
  renderReport,
  withChecks,
  withGates,
  withPolicy,
} from '../../src/report/index.js';
import { code, shellWord, text } from '../../src/report/markdown.js';
import { reportMarker, reportScope } from '../../src/report/marker.js';
import type { RolloutEvent } from '../../src/rollout/events.js';
import { foreignElements, mentionsOutsideCode, raggedTables, toHtml } from './html.js';
import * as s from './scenarios.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open><summary>pwned',
  'a | b | c',
  '`code` ``` fence',
  'line one\n## Injected heading\n- item',
  '@octocat please look, cc @acme/security-team',
  'see #123 and acme/other#4',
  '[click](javascript:alert(1)) ![x](https://evil.example/x.png)',
  '**bold** _em_ ~~strike~~ $x^2$',
  '&lt;img src=x&gt; &#64;octocat',
  '<!-- modelgate:production/fraud-prod -->',
  '\u202eevil\u202c',
];

/** A report where every user-controlled string is `evil`. */
function hostileReport(evil: string) {
  const plan = s.canaryPlan();
  plan.model = evil;
  plan.notes = [evil];
  plan.steps = plan.steps.map((st) => ({ ...st, name: `${st.name} ${evil}` }));
  let state = createReport({
    environment: evil,
    endpoint: `fraud-prod`,
    context: { ...s.context(), region: evil },
    plan,
  });
  state = withGates(state, s.canaryGates());
  state = withPolicy(state, {
    decisions: [
      { ruleId: evil, decision: 'deny', message: evil },
      { ruleId: 'x', decision: 'waived', message: evil, waiver: { reason: evil, by: evil, source: evil } },
      { ruleId: 'y', decision: 'allow', message: evil, pack: evil },
    ],
    sources: [evil],
  });
  state = withChecks(state, [
    { id: evil, status: 'fail', summary: evil, problems: [evil], evidence: [{ [evil]: evil, n: 1 }] },
  ]);
  const events: RolloutEvent[] = s.rolledBackCanary().events.map((e) => {
    if (e.type === 'gate-evaluated') return { ...e, result: { ...e.result, summary: evil } };
    if (e.type === 'rolling-back') return { ...e, detail: evil };
    if (e.type === 'provisioned') return { ...e, model: evil, endpointConfig: evil };
    if (e.type === 'done') return { ...e, summary: evil };
    return e;
  });
  events.push({ type: 'warning', at: s.T0 + 26 * 60_000, deploymentId: s.DEPLOYMENT_ID, message: evil });
  return buildReport(state, events);
}

describe('escaping user-controlled text', () => {
  it.each(HOSTILE)('%j cannot inject HTML, mentions, headings or break tables', (evil) => {
    const md = renderReport(hostileReport(evil));
    const html = toHtml(md);
    expect(foreignElements(html)).toEqual([]);
    expect(raggedTables(html)).toEqual([]);
    expect(mentionsOutsideCode(html)).toEqual([]);
    expect(html).not.toMatch(/<h[1-6][^>]*>\s*Injected/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<img');
    // Our marker opens the body (the sticky search matches only there); user text shows a marker
    // at most verbatim inside code, never as an HTML comment of its own.
    expect(md.indexOf('<!-- modelgate:')).toBe(0);
    expect(md.split('\n').filter((l) => l.startsWith('<!--'))).toHaveLength(1);
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '').match(/<!--/g) ?? []).toHaveLength(1);
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('holds for arbitrary strings (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...HOSTILE), (a, b) => {
        const md = renderReport(hostileReport(`${a}${b}${a}`));
        const html = toHtml(md);
        expect(foreignElements(html)).toEqual([]);
        expect(raggedTables(html)).toEqual([]);
        expect(mentionsOutsideCode(html)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('text(): entities for HTML, backslashes for markdown, a zero-width space after @ and #', () => {
    expect(text('<b>a|b</b> *x* @bob #12 $5')).toBe(
      '&lt;b&gt;a\\|b&lt;/b&gt; \\*x\\* @\u200bbob #\u200b12 \\$5',
    );
    expect(text('# not a heading')).toBe('\\# not a heading');
    expect(text('1. not a list')).toBe('1\\. not a list');
    expect(text('a\nb\r\nc')).toBe('a b c');
    expect(text('x'.repeat(1000), 10)).toBe('xxxxxxxxx…');
  });

  it('code(): a fence longer than any backtick run, and \\| inside tables', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(code('')).toBe('` `');
    expect(toHtml(`| h |\n| --- |\n| ${code('a|b`c', { inTable: true })} |`)).toContain(
      '<td><code>a|b`c</code></td>',
    );
  });

  it('the marker scope cannot close the HTML comment', () => {
    const scope = reportScope('prod --> <img src=x>', 'fraud-prod');
    const marker = reportMarker(scope);
    expect(marker).toBe('<!-- modelgate:prod%20--%3E%20%3Cimg%20src%3Dx%3E/fraud-prod -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(reportMarker('a-->b')).toBe('<!-- modelgate:a--%3Eb -->');
  });

  it('shell words are quoted for copy-paste', () => {
    expect(shellWord('fraud-prod')).toBe('fraud-prod');
    expect(shellWord('environment=production')).toBe('environment=production');
    expect(shellWord("it's $(rm -rf /)")).toBe(`'it'\\''s $(rm -rf /)'`);
    const md = renderReport(
      createReport({ environment: 'prod; rm -rf /', endpoint: 'e', context: { workflowFile: 'm.yml' } }),
    );
    expect(md).toContain(`-f 'environment=prod; rm -rf /'`);
  });
});
