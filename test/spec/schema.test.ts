import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/spec/defaults.js';
import { generateValidatorSource, specAjv } from '../../src/spec/generate-validator.js';
import schema from '../../src/spec/schema.json' with { type: 'json' };
import { validate } from '../../src/spec/schema-validator.js';

describe('the spec JSON Schema', () => {
  it('is published unchanged for editors at schema/modelgate.schema.json', () => {
    expect(readFileSync('schema/modelgate.schema.json', 'utf8')).toBe(
      readFileSync('src/spec/schema.json', 'utf8'),
    );
  });

  it('is a valid draft 2020-12 schema', () => {
    const ajv = specAjv();
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('is compiled ahead of time into src/spec/schema-validator.js (run `npx tsx src/spec/generate-validator.ts`)', async () => {
    const fresh = await generateValidatorSource();
    expect(
      readFileSync('src/spec/schema-validator.js', 'utf8') === fresh,
      'src/spec/schema-validator.js is stale',
    ).toBe(true);
  });

  it('gives the same verdicts compiled at run time and ahead of time', () => {
    const runtime = specAjv().compile(schema);
    const docs: unknown[] = [
      ...['canary', 'shadow', 'rolling', 'ab-test'].map((n) =>
        parse(readFileSync(`examples/${n}.yaml`, 'utf8')),
      ),
      {
        apiVersion: 'modelgate/v1',
        model: { name: 'a_b' },
        target: { endpointUrl: 'http://[x' },
        strategy: { type: 'linear', x: 1 },
      },
      { gates: [{ alarm: 'a', metric: 'error_rate' }, { metric: 'nope' }], rollback: { watch: '10' } },
      [],
      null,
    ];
    for (const doc of docs) {
      const ahead = validate(doc);
      expect(runtime(doc)).toBe(ahead);
      expect((runtime.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
        (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`),
      );
    }
  });

  it('states the loader’s defaults in its descriptions', () => {
    const defs = schema.$defs as Record<string, { properties?: Record<string, { description?: string }> }>;
    const strategy = (type: string) =>
      (schema.$defs.strategy.allOf.find((b) => b.if.properties.type.const === type)?.then.properties ??
        {}) as Record<string, { description?: string }>;
    const described: Array<[string | undefined, string]> = [
      [defs.target.properties?.region.description, `default ${DEFAULTS.region}`],
      [defs.target.properties?.environment.description, `Default ${DEFAULTS.environment}`],
      [defs.target.properties?.variant.description, `Default ${DEFAULTS.variant}`],
      [defs.target.properties?.instanceCount.description, `Default ${DEFAULTS.instanceCount}`],
      [strategy('all-at-once').bake.description, 'Default 10m'],
      [strategy('linear').stepPercent.description, `Default ${DEFAULTS.linearStepPercent}`],
      [strategy('blue-green').terminationWait.description, 'Default 0s'],
      [strategy('ab-test').candidatePercent.description, `Default ${DEFAULTS.abCandidatePercent}`],
      [strategy('rolling').batchPercent.description, `Default ${DEFAULTS.rollingBatchPercent}`],
      [strategy('rolling').wait.description, 'Default 5m'],
      [schema.$defs.gates.else.properties.minInvocations.description, `Default ${DEFAULTS.minInvocations}`],
      [schema.$defs.gates.else.properties.maxExtension.description, 'Default 10m'],
      [schema.$defs.rollback.properties.deadline.description, 'Default 24h'],
      [schema.$defs.rollback.properties.stepTimeout.description, 'Default 30m'],
      [schema.$defs.rollback.properties.watch.description, 'Default 0s'],
    ];
    for (const [description, text] of described) expect(description).toContain(text);
  });
});
