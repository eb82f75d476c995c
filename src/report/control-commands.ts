/**
 * The pull-request comment commands that steer a running rollout. One list, shown in the report's
 * "How to roll back" section and in the help reply to a command modelgate does not know.
 */
export const CONTROL_COMMANDS = [
  { usage: '/modelgate abort', effect: 'roll back now' },
  { usage: '/modelgate hold', effect: 'pause the plan’s clock (gates keep running)' },
  { usage: '/modelgate resume', effect: 'continue after a hold' },
  { usage: '/modelgate promote', effect: 'skip the rest of the current bake' },
  { usage: '/modelgate extend 10m', effect: 'bake the current step longer (s, m or h)' },
] as const;
