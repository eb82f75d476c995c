/** What a CLI command may touch, injected so tests run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Aborted on SIGINT / SIGTERM. */
  signal: AbortSignal;
  /** Whether stdout is a terminal (live progress, colours). */
  isTTY: boolean;
}

/** A command's code, loaded only when that command runs (so start-up parses one command, not all). */
export interface Command {
  /** Full usage text for `modelgate NAME --help`. */
  usage: string;
  /** Returns the process exit code. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** What `modelgate --help` lists without loading any command. */
export interface CommandEntry {
  /** `validate`, or two words such as `sim serve`. */
  name: string;
  /** One line for `modelgate --help`. */
  summary: string;
  load(): Promise<Command>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2, unsafe: 3 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
