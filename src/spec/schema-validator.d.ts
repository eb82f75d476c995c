// Types of the generated src/spec/schema-validator.js (see generate-validator.ts).
import type { ValidateFunction } from 'ajv';

/** The spec's JSON Schema, compiled ahead of time: true when valid, else `validate.errors` says why. */
export declare const validate: ValidateFunction;
export default validate;
