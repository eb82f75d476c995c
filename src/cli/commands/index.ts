import type { Command } from '../io.js';
import { checkCommand } from './check.js';
import { deployCommand } from './deploy.js';
import { planCommand } from './plan.js';
import { policyEvalCommand } from './policy-eval.js';
import { policyTestCommand } from './policy-test.js';
import { rollbackCommand } from './rollback.js';
import { simServeCommand } from './sim-serve.js';
import { validateCommand } from './validate.js';

/** Every `modelgate` subcommand. Each lives in its own file beside this one. */
export const commands: Command[] = [
  validateCommand,
  planCommand,
  policyTestCommand,
  policyEvalCommand,
  checkCommand,
  simServeCommand,
  deployCommand,
  rollbackCommand,
];
