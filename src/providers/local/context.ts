import type { Simulation } from './simulation.js';
import type { Shape } from './validate.js';

/** What every operation handler gets. */
export interface RequestContext {
  sim: Simulation;
  /** Region from the request's SigV4 credential scope (default: the scenario's region). */
  region: string;
  requestId: string;
}

export interface Operation {
  shape: Shape;
  // Inputs have passed shape validation; handlers read them as plain JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler(input: any, ctx: RequestContext): Record<string, unknown> | void;
}

/** Epoch seconds as a JSON number (what the SDK's awsJson deserialisers expect). */
export const epoch = (ms: number) => ms / 1000;

/** Opaque pagination token: base64 JSON of the next offset and the query it belongs to. */
export function encodeToken(offset: number, query: unknown): string {
  return Buffer.from(JSON.stringify({ o: offset, q: query })).toString('base64');
}

/** The offset a token encodes, or undefined when it is malformed or belongs to another query. */
export function decodeToken(token: string, query: unknown): number | undefined {
  try {
    const v = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof v.o !== 'number' || !Number.isInteger(v.o) || v.o < 0) return undefined;
    if (JSON.stringify(v.q) !== JSON.stringify(query)) return undefined;
    return v.o;
  } catch {
    return undefined;
  }
}
