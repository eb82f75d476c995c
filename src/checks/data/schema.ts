import type { ColumnFacts, SchemaFacts, SchemaViolation } from '../types.js';
import type { ColumnProfile } from './profile.js';
import type { Tally } from './tally.js';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  category: 'a category (string)',
};

/** Turns the current data's column profiles into schema facts: one violation per broken rule. */
export function schemaFacts(profiles: ColumnProfile[], label: string, datasetRows: number): SchemaFacts {
  const columns = profiles.map((p) => columnFacts(p, datasetRows));
  const violations = columns.flatMap((c) => c.violations);
  const problems = violations.map((v) => `${label}: column ${v.column}: ${v.message}`);
  return { passed: violations.length === 0, problems, columns, violations };
}

function columnFacts(p: ColumnProfile, datasetRows: number): ColumnFacts {
  const spec = p.spec;
  const violations: SchemaViolation[] = [];
  const add = (rule: SchemaViolation['rule'], message: string, tally?: Tally, count?: number): void => {
    violations.push({
      column: spec.name,
      rule,
      message,
      count: count ?? tally?.count ?? 0,
      examples: tally ? [...tally.examples] : [],
    });
  };
  const nullPercent = p.rows === 0 ? 0 : (100 * p.nulls) / p.rows;

  if (!p.present) {
    add('missing', 'the column is missing', undefined, datasetRows);
  } else {
    if (p.typeErrors.count > 0) {
      add(
        'type',
        `${p.typeErrors.count} value(s) are not ${TYPE_NAMES[spec.type] ?? spec.type}`,
        p.typeErrors,
      );
    }
    if (nullPercent > spec.maxNullPercent) {
      add(
        'null-rate',
        `${round(nullPercent)}% of values are null (${p.nulls} of ${p.rows}), above the maximum of ${spec.maxNullPercent}%`,
        undefined,
        p.nulls,
      );
    }
    if (p.belowMin.count > 0)
      add('min', `${p.belowMin.count} value(s) are below the minimum ${spec.min}`, p.belowMin);
    if (p.aboveMax.count > 0)
      add('max', `${p.aboveMax.count} value(s) are above the maximum ${spec.max}`, p.aboveMax);
    if (p.notAllowed.count > 0) {
      add(
        'allowed',
        `${p.notAllowed.count} value(s) are not among the allowed ${formatAllowed(spec.allowed ?? [])}`,
        p.notAllowed,
      );
    }
    if (spec.unique) {
      if (p.duplicates.count > 0) {
        add('unique', `${p.duplicates.count} value(s) repeat an earlier value`, p.duplicates);
      } else if (p.uniqueOverflow) {
        add(
          'unique',
          `uniqueness cannot be verified: more than ${p.uniqueLimit} distinct values (the limit on memory for this rule)`,
          undefined,
          0,
        );
      }
    }
  }

  return {
    name: spec.name,
    type: spec.type,
    present: p.present,
    rows: p.rows,
    nulls: p.nulls,
    nullPercent: round(nullPercent),
    maxNullPercent: spec.maxNullPercent,
    min: p.kind === 'numerical' && p.valid > 0 ? p.min : null,
    max: p.kind === 'numerical' && p.valid > 0 ? p.max : null,
    distinct: p.kind === 'categorical' && p.present ? p.distinct : null,
    distinctCapped: p.countsCapped,
    unique: spec.unique && p.present ? p.unique : null,
    violations,
  };
}

function formatAllowed(values: Array<string | number | boolean>): string {
  const shown = values.slice(0, 10).map((v) => JSON.stringify(v));
  return `[${shown.join(', ')}${values.length > 10 ? `, … ${values.length - 10} more` : ''}]`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
