import * as core from '@actions/core';

/** The GitHub Action's entry: inputs → engine → reporters → outputs. */
export async function run(): Promise<void> {
  try {
    const spec = core.getInput('spec') || 'modelgate.yaml';
    core.info(`modelgate: spec ${spec}`);
    core.setFailed('modelgate action: not built yet (see the GitHub Action issue)');
  } catch (err) {
    core.setFailed((err as Error).message);
  }
}
