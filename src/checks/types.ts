/**
 * The facts the checks produce: plain JSON-serialisable data, consumed by the policy engine (as the
 * `artifact`, `data` and `evaluation` facts) and rendered by `modelgate check`.
 *
 * Every check carries `passed` and `problems` (one sentence per failed requirement, naming the field
 * or column); the rest is evidence. Fields that could not be determined are `null`, never omitted.
 */

export interface CheckOutcome {
  passed: boolean;
  /** Why the check failed, one sentence each; empty when it passed. */
  problems: string[];
}

// ---------------------------------------------------------------------------------------------
// artifact

export interface ImageFacts {
  uri: string;
  /** True when the allow-list is empty (no restriction) or a pattern matched. */
  allowListed: boolean;
  /** The first allow-list pattern the image matched; null when none did or the list is empty. */
  matchedPattern: string | null;
  allowList: string[];
}

export interface RegistryFacts {
  arn: string;
  /** `Approved`, `Rejected` or `PendingManualApproval`; null when the registry did not say. */
  approvalStatus: string | null;
  /** `Completed`, `Failed`, … */
  packageStatus: string | null;
  approvalRequired: boolean;
  approvalDescription: string | null;
}

export interface ModelCardFacts {
  /** Path as written in the spec. */
  path: string;
  valid: boolean;
  /** Schema errors, each naming the JSON field (`/metrics/auc: must be number`). */
  errors: string[];
  /** The parsed card, when it was JSON (even an invalid one, for the evidence). */
  card: unknown;
}

export interface ArtifactFacts extends CheckOutcome {
  /** The artifact as written in the spec (a path relative to the spec or an `s3://` URI). */
  uri: string;
  location: 'local' | 's3';
  sha256Expected: string | null;
  sha256Actual: string | null;
  /** How sha256Actual was obtained: hashed here, or S3's full-object ChecksumSHA256. */
  sha256Source: 'computed' | 's3-checksum' | null;
  /** null when no sha256 was given in the spec. */
  sha256Matches: boolean | null;
  sizeBytes: number | null;
  minSizeBytes: number | null;
  maxSizeBytes: number | null;
  sizeWithinBounds: boolean | null;
  /** Regular files inside a `.tar.gz` artifact (normalised, no leading `./`); null when not listed. */
  files: string[] | null;
  requiredFiles: string[];
  missingFiles: string[];
  metadata: ModelCardFacts | null;
  image: ImageFacts;
  registry: RegistryFacts | null;
}

// ---------------------------------------------------------------------------------------------
// data

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

export interface DatasetFacts {
  /** Path as written in the spec. */
  path: string;
  format: DataFormat;
  rows: number;
  bytes: number;
}

export type SchemaRule = 'missing' | 'type' | 'null-rate' | 'min' | 'max' | 'allowed' | 'unique';

export interface ValueExample {
  /** 1-based data row (CSV: the header is not counted; JSON Lines: the line; Parquet: the row). */
  row: number;
  value: string;
}

export interface SchemaViolation {
  column: string;
  rule: SchemaRule;
  message: string;
  /** How many values broke the rule (rows for `missing` and `null-rate`). */
  count: number;
  /** The first few offending values, with their rows. */
  examples: ValueExample[];
}

export interface ColumnFacts {
  name: string;
  type: string;
  present: boolean;
  rows: number;
  nulls: number;
  nullPercent: number;
  maxNullPercent: number;
  /** Numerical columns: observed bounds over the non-null, well-typed values. */
  min: number | null;
  max: number | null;
  /** Categorical columns: distinct values seen (capped, see `distinctCapped`). */
  distinct: number | null;
  distinctCapped: boolean;
  /** Whether uniqueness was required, and what was found (null when not required or not decidable). */
  unique: boolean | null;
  violations: SchemaViolation[];
}

export interface SchemaFacts extends CheckOutcome {
  columns: ColumnFacts[];
  violations: SchemaViolation[];
}

export type DriftKind = 'numerical' | 'categorical';

export interface DriftTestResult {
  method: string;
  /** The distance, or the test statistic. */
  statistic: number;
  /** For tests (KS, chi-square); null for distances. */
  pValue: number | null;
  /** p-value below which (tests) or distance at or above which (distances) the feature drifts. */
  threshold: number;
  drifted: boolean;
}

export interface FeatureDrift extends DriftTestResult {
  column: string;
  kind: DriftKind;
  referenceRows: number;
  currentRows: number;
  /** Numerical tests ran on a uniform random sample of the values (more rows than the sample limit). */
  sampled: boolean;
  /** Every method computed for this column; the top-level fields are the first that drifted, or the first. */
  tests: DriftTestResult[];
}

export interface DriftFacts {
  features: FeatureDrift[];
  /** Columns that could not be compared (no values, too many categories, …) with the reason. */
  skipped: Array<{ column: string; reason: string }>;
  checked: number;
  drifted: number;
  /** drifted / checked, 0–1. */
  driftedShare: number;
  /** The dataset drifts when at least this percentage (0–100) of checked columns drift. */
  datasetDriftPercent: number;
  datasetDrift: boolean;
}

export interface DataFacts extends CheckOutcome {
  reference: DatasetFacts | null;
  current: DatasetFacts;
  schema: SchemaFacts;
  drift: DriftFacts | null;
}

// ---------------------------------------------------------------------------------------------
// evaluation

export interface RequirementResult {
  expr: string;
  passed: boolean;
  /** Set when the expression could not be evaluated (a missing metric, a type error): it fails. */
  error: string | null;
}

export interface EvaluationFacts extends CheckOutcome {
  candidate: Record<string, unknown>;
  baseline: Record<string, unknown> | null;
  requirements: RequirementResult[];
}

// ---------------------------------------------------------------------------------------------

/** Everything `runChecks` found; a check not configured in the spec is null. */
export interface CheckFacts {
  passed: boolean;
  artifact: ArtifactFacts | null;
  data: DataFacts | null;
  evaluation: EvaluationFacts | null;
}
