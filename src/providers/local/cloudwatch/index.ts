import type { Operation } from '../context.js';
import { alarmOperations } from './alarms.js';
import { metricOperations } from './metrics.js';

/** CloudWatch operations, by the name in `X-Amz-Target: GraniteServiceVersion20100801.<Name>`. */
export const cloudwatchOperations: Record<string, Operation> = { ...metricOperations, ...alarmOperations };
