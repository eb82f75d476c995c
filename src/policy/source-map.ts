import type { LineCounter, Scalar } from 'yaml';

/**
 * Maps an offset inside a YAML scalar's parsed value (a CEL expression) back to the file's
 * line and column, for plain, quoted and block scalars alike.
 *
 * The value is aligned with the raw source text character by character: equal characters pair up;
 * source characters that do not appear in the value (quotes, escape backslashes, block headers,
 * indentation, folded line breaks) are skipped. This is exact for everything CEL expressions
 * normally contain; after an escape such as `\n` in a double-quoted scalar positions may point a few
 * characters early, never to another scalar.
 */
export function scalarOffsetMapper(
  text: string,
  node: Scalar,
  lineCounter: LineCounter,
): (offset: number) => { line: number; column: number } {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  const value = String(node.value ?? '');
  let p = start;
  const type = node.type;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') p += 1;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', start);
    p = nl < 0 ? valueEnd : nl + 1;
  }
  const positions = new Array<number>(value.length + 1);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let q = p;
    while (q < valueEnd && text[q] !== c) q++;
    if (q < valueEnd) {
      positions[i] = q;
      p = q + 1;
    } else {
      positions[i] = Math.min(p, Math.max(start, valueEnd - 1));
    }
  }
  positions[value.length] = value.length > 0 ? positions[value.length - 1] + 1 : p;
  return (offset: number) => {
    const at = positions[Math.max(0, Math.min(offset, value.length))];
    const pos = lineCounter.linePos(at);
    return { line: pos.line, column: pos.col };
  };
}
