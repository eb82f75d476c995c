import { decodeToken, encodeToken, type Operation, type RequestContext } from '../context.js';
import { validation } from '../errors.js';
import { SHAPES } from './shapes.js';

const MAX_TAGS = 50;

/** The resource an ARN names, if it exists in the simulator. */
function resourceExists(ctx: RequestContext, arn: string): boolean {
  const m = /^arn:aws[a-z-]*:sagemaker:[^:]*:[0-9]{12}:([a-z-]+)\/(.+)$/.exec(arn);
  if (!m) return false;
  const [, type, name] = m;
  const { sim } = ctx;
  switch (type) {
    case 'endpoint': {
      const e = sim.endpoints.get(name.toLowerCase());
      return !!e && e.arn === arn;
    }
    case 'endpoint-config':
      return [...sim.configs.values()].some((c) => c.arn === arn);
    case 'model':
      return [...sim.models.values()].some((x) => x.arn === arn);
    case 'model-package':
      return [...sim.packages.values()].some((p) => p.arn === arn);
    default:
      return false;
  }
}

/** Adds or replaces tags, all or nothing. */
export function putTags(ctx: RequestContext, arn: string, tags: Array<{ Key: string; Value: string }>): void {
  for (const t of tags) {
    if (t.Key.toLowerCase().startsWith('aws:'))
      throw validation(`Tag keys starting with 'aws:' are reserved for AWS use (key '${t.Key}').`);
  }
  const current = ctx.sim.tags.get(arn) ?? new Map<string, string>();
  const next = new Map(current);
  for (const t of tags) next.set(t.Key, t.Value);
  if (next.size > MAX_TAGS) {
    throw validation(
      `Resource ${arn} would have ${next.size} tags; a resource can have at most ${MAX_TAGS} tags.`,
    );
  }
  ctx.sim.tags.set(arn, next);
}

/**
 * Stores the resource a Create request made under its name, then its tags: Describe echoes the
 * request without Tags (ListTags returns those).
 */
export function storeCreated<
  I extends { Tags?: Array<{ Key: string; Value: string }> },
  R extends { name: string; arn: string },
>(ctx: RequestContext, store: Map<string, R>, input: I, record: (echo: Omit<I, 'Tags'>) => R): void {
  const { Tags: tags, ...echo } = input;
  const r = record(echo);
  store.set(r.name, r);
  if (tags?.length) putTags(ctx, r.arn, tags);
}

function requireResource(ctx: RequestContext, arn: string) {
  if (!resourceExists(ctx, arn)) throw validation(`Could not find resource "${arn}".`);
}

export const tagOperations: Record<string, Operation> = {
  AddTags: {
    shape: SHAPES.AddTags,
    handler(input: { ResourceArn: string; Tags: Array<{ Key: string; Value: string }> }, ctx) {
      requireResource(ctx, input.ResourceArn);
      putTags(ctx, input.ResourceArn, input.Tags);
      return { Tags: input.Tags };
    },
  },
  ListTags: {
    shape: SHAPES.ListTags,
    handler(input: { ResourceArn: string; NextToken?: string; MaxResults?: number }, ctx) {
      requireResource(ctx, input.ResourceArn);
      const all = [...(ctx.sim.tags.get(input.ResourceArn) ?? new Map<string, string>()).entries()].map(
        ([Key, Value]) => ({ Key, Value }),
      );
      const query = { arn: input.ResourceArn };
      const offset = input.NextToken === undefined ? 0 : decodeToken(input.NextToken, query);
      if (offset === undefined) throw validation('Invalid pagination token.');
      const size = input.MaxResults ?? 50;
      const page = all.slice(offset, offset + size);
      return {
        Tags: page,
        ...(offset + size < all.length ? { NextToken: encodeToken(offset + size, query) } : {}),
      };
    },
  },
  DeleteTags: {
    shape: SHAPES.DeleteTags,
    handler(input: { ResourceArn: string; TagKeys: string[] }, ctx) {
      requireResource(ctx, input.ResourceArn);
      const current = ctx.sim.tags.get(input.ResourceArn);
      if (!current) return;
      for (const k of input.TagKeys) current.delete(k);
    },
  },
};
