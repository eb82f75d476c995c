import { parseArgs } from 'node:util';
import { systemClock } from '../../clock.js';
import { createSageMakerProvider } from '../../providers/sagemaker/index.js';
import { manualRollback } from '../../rollout/manual-rollback.js';
import { parseDuration } from '../../spec/duration.js';
import { holderFromEnv, SIMULATOR_CREDENTIALS } from './deploy.js';
import { EXIT, UsageError, type Command } from '../io.js';

const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/;

export const rollbackCommand: Command = {
  usage: `Usage: modelgate rollback --endpoint NAME [--region R] [--endpoint-url URL] [--force]

Restores the known-good config modelgate recorded on the endpoint: during or after a failed
deployment, the config from before it; after a promotion, the config that promotion replaced.
Traffic is moved off the candidate first, then the config is restored and verified InService.

Options:
  --endpoint NAME     the SageMaker endpoint
  --region R          AWS region (default: AWS_REGION, else us-east-1)
  --endpoint-url URL  another SageMaker endpoint (the local simulator: modelgate sim serve)
  --force             take the lock from a deployment that is still running
  --timeout DURATION  longest wait for each endpoint update: 30m, 1h, or seconds (default 30m)

Exit codes: 0 restored and verified, 1 refused (no tags, or locked), 2 usage error, 3 not verified.`,
  async run(argv, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: argv,
        options: {
          endpoint: { type: 'string' },
          region: { type: 'string' },
          'endpoint-url': { type: 'string' },
          force: { type: 'boolean' },
          timeout: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    if (!values.endpoint) throw new UsageError('--endpoint is required');
    const raw = values.timeout;
    const timeout = raw === undefined ? undefined : /^\d+$/.test(raw) ? Number(raw) : parseDuration(raw);
    if (raw !== undefined && !(timeout! > 0))
      throw new UsageError(`--timeout must be a duration such as 30m or a number of seconds, got "${raw}"`);
    const url = values['endpoint-url'];
    const local = url !== undefined && LOCAL.test(url) && !io.env.AWS_ACCESS_KEY_ID;
    const ports = createSageMakerProvider({
      region: values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      ...(url ? { endpointUrl: url } : {}),
      ...(local ? { credentials: SIMULATOR_CREDENTIALS } : {}),
    });
    const result = await manualRollback({
      endpoints: ports.endpoints,
      clock: systemClock,
      endpoint: values.endpoint,
      holder: holderFromEnv(io.env),
      force: values.force,
      timeoutSeconds: timeout,
      signal: io.signal,
      log: (l) => io.stdout(`${l}\n`),
    });
    if (result.outcome === 'rolled-back') {
      io.stdout(`${result.summary}\n`);
      return EXIT.ok;
    }
    if (result.outcome === 'refused') {
      io.stderr(`modelgate rollback: ${result.summary}\n`);
      return EXIT.failed;
    }
    io.stderr(`modelgate rollback: UNSAFE: ${result.summary}\n${JSON.stringify(result.endpoint, null, 2)}\n`);
    return EXIT.unsafe;
  },
};
