import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleHtml, exampleMarkdown } from '../../scripts/render-example.js';

// The documented example must be what the renderer writes today.
describe('docs/examples/rolled-back-canary', () => {
  const md = exampleMarkdown();

  it('the markdown matches the renderer (run `node --import tsx scripts/render-example.ts`)', () => {
    const committed = readFileSync(
      new URL('../../docs/examples/rolled-back-canary.md', import.meta.url),
      'utf8',
    );
    expect(
      committed === md,
      'docs/examples/rolled-back-canary.md is stale: rerun scripts/render-example.ts',
    ).toBe(true);
  });

  it('the HTML matches too', () => {
    const committed = readFileSync(
      new URL('../../docs/examples/rolled-back-canary.html', import.meta.url),
      'utf8',
    );
    expect(
      committed === exampleHtml(md),
      'docs/examples/rolled-back-canary.html is stale: rerun scripts/render-example.ts',
    ).toBe(true);
  });
});
