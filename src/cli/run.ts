import pkg from '../../package.json' with { type: 'json' };
import { ModelgateError } from '../errors.js';
import { commands } from './commands/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'modelgate — validate, decide, plan and roll out ML models safely',
    '',
    'Usage: modelgate <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `modelgate <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

/** Runs the CLI in-process and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${pkg.version}\n`);
    return EXIT.ok;
  }
  // `sim serve`, `policy test`: two-word commands are registered as "sim serve".
  const two = rest[0] && !rest[0].startsWith('-') ? `${name} ${rest[0]}` : undefined;
  let entry = two ? commands.find((c) => c.name === two) : undefined;
  let args = rest.slice(1);
  if (!entry) {
    entry = commands.find((c) => c.name === name);
    args = rest;
  }
  if (!entry) {
    io.stderr(`modelgate: unknown command "${argv.slice(0, 2).join(' ')}"\n\n${help()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`modelgate ${entry.name}: ${err.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof ModelgateError) {
      io.stderr(`modelgate ${entry.name}: ${err.message}\n`);
      return EXIT.failed;
    }
    const e = err as Error;
    io.stderr(`modelgate ${entry.name}: internal error: ${e?.stack ?? String(err)}\n`);
    return EXIT.failed;
  }
}
