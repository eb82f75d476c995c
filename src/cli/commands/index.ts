import type { Command } from '../io.js';

/** Every `modelgate` subcommand. Each lives in its own file beside this one. */
export const commands: Command[] = [];
