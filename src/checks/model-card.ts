import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import modelCardSchema from '../../schema/model-card.schema.json' with { type: 'json' };
import { InputError, formatProblem } from '../errors.js';
import { pointerToPath, readJsonFile } from './json-file.js';
import type { ModelCardFacts } from './types.js';

export { modelCardSchema };

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    validator = ajv.compile(modelCardSchema);
  }
  return validator;
}

/** Validates a parsed model card; every error names the JSON field (`framework.version: is required`). */
export function validateModelCard(card: unknown): string[] {
  const validate = compile();
  if (validate(card)) return [];
  return (validate.errors ?? []).map(describeError);
}

/** Reads and validates the model card at `realPath` (`label` is the path as written in the spec). */
export async function checkModelCard(realPath: string, label: string): Promise<ModelCardFacts> {
  let card: unknown;
  try {
    card = await readJsonFile(realPath, label);
  } catch (err) {
    if (err instanceof InputError) {
      return { path: label, valid: false, errors: err.problems.map(formatProblem), card: null };
    }
    throw err;
  }
  const errors = validateModelCard(card).map((e) => `${label}: ${e}`);
  return { path: label, valid: errors.length === 0, errors, card };
}

function describeError(e: ErrorObject): string {
  let path = pointerToPath(e.instancePath);
  let message = e.message ?? 'is invalid';
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    path = path ? `${path}.${missing}` : missing;
    message = 'is required';
  } else if (e.keyword === 'pattern') {
    message = `must match ${(e.params as { pattern: string }).pattern}`;
  } else if (e.keyword === 'minProperties') {
    message = 'must have at least one entry';
  }
  return `${path || '(root)'}: ${message}`;
}
