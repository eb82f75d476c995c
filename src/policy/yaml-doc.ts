import { LineCounter, parseDocument, type Document } from 'yaml';
import type { InputProblem } from '../errors.js';

export interface YamlDoc {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** One problem per YAML syntax error, placed at its line and column. */
  problems: InputProblem[];
}

/**
 * Parses a policy or policy-test file as a YAML document whose nodes keep their source positions
 * (for line-accurate problems and positions inside CEL expressions).
 */
export function parseYamlDoc(text: string, file: string): YamlDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = doc.errors.map((e): InputProblem => {
    const p = lineCounter.linePos(e.pos[0]);
    return { file, line: p.line, column: p.col, message: `YAML error: ${e.message.split('\n')[0]}` };
  });
  return { doc, lineCounter, problems };
}
