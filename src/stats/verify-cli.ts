// `npm run stats:verify -- FILE`: checks every case of a reference file (the format of
// shared/fixtures/stats-reference.json) against this module; prints each failure with its case and
// ends with "N passed, M failed". Exit 0 when all pass, 1 on any failure, 2 on a usage or file error.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.js';
import { checkCase, describeCase, parsePythonJson, readReferenceFile } from './reference-cases.js';

export function verifyFile(file: string, out: (line: string) => void, err: (line: string) => void): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err(`${file}: cannot read: ${(e as Error).message}`);
    return 2;
  }
  let parsed: unknown;
  try {
    parsed = parsePythonJson(text);
  } catch (e) {
    err(`${file}: not valid JSON: ${(e as Error).message}`);
    return 2;
  }
  let ref;
  try {
    ref = readReferenceFile(parsed, file);
  } catch (e) {
    if (e instanceof InputError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  let passed = 0;
  let failed = 0;
  for (const c of ref.cases) {
    const outcome = checkCase(c, ref.tolerance);
    if (outcome.ok) {
      passed++;
      continue;
    }
    failed++;
    out(`FAIL ${describeCase(c)}`);
    for (const f of outcome.failures) out(`  ${f}`);
  }
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    out(USAGE);
    return 0;
  }
  if (argv.length !== 1) {
    err(USAGE);
    return 2;
  }
  return verifyFile(argv[0], out, err);
}

const USAGE =
  'usage: npm run stats:verify -- FILE   (a file in the format of shared/fixtures/stats-reference.json)';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(
    process.argv.slice(2),
    (l) => process.stdout.write(`${l}\n`),
    (l) => process.stderr.write(`${l}\n`),
  );
}
