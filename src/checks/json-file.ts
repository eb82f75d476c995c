import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Metadata and metric files are small; anything bigger is refused before it is read. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

/**
 * Reads and parses a JSON file. A syntax error becomes an InputError at `label:line:col`, where
 * `label` is the path as the user wrote it.
 */
export async function readJsonFile(realPath: string, label: string): Promise<unknown> {
  const info = await stat(realPath);
  if (info.size > MAX_JSON_BYTES) {
    throw new InputError([
      {
        file: label,
        message: `the file is ${info.size} bytes`,
        expected: `at most ${MAX_JSON_BYTES} bytes of JSON`,
      },
    ]);
  }
  let text = await readFile(realPath, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    const where = syntaxError(text);
    const message = where ? where.message : (err as Error).message;
    throw new InputError([
      { file: label, line: where?.line, column: where?.column, message: `invalid JSON: ${message}` },
    ]);
  }
}

/**
 * Where JSON text first breaks, with line and column: V8's JSON.parse does not always say (its
 * "Unexpected token" message has no position), so the text is parsed again with jsonc-parser in
 * strict mode (no comments, no trailing commas) only to locate the error.
 */
export function syntaxError(text: string): { line: number; column: number; message: string } | null {
  const errors: ParseError[] = [];
  parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return null;
  const first = errors[0];
  const { line, column } = lineColumn(text, first.offset);
  const found = text.slice(first.offset, first.offset + Math.max(1, Math.min(first.length, 20)));
  return {
    line,
    column,
    message: `${describeCode(printParseErrorCode(first.error))}${found ? ` at ${JSON.stringify(found)}` : ''}`,
  };
}

function describeCode(code: string): string {
  // "ValueExpected" → "value expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** `/metrics/auc` → `metrics.auc`; `/items/0` → `items[0]`. */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
