import { resolve } from 'node:path';
import { formatChecksText } from '../../checks/format-text.js';
import { runChecks } from '../../checks/run.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { loadSpecForCli, parseSpecArgs } from '../spec-input.js';

export const checkCommand: Command = {
  usage: `Usage: modelgate check [SPEC] [--json] [--workspace DIR]

Runs every check SPEC (default: modelgate.yaml) configures and prints each with its evidence:
  artifact    sha256, size bounds, required files inside a .tar.gz, the model card against
              schema/model-card.schema.json, the image against the allow-list, the registry approval
              (DescribeModelPackage) when model.modelPackageArn is set; local paths or s3:// URIs
  data        the current data set (CSV, JSON Lines, Parquet) against the column rules, and drift per
              column against the reference, with a per-feature table (statistic, p-value, threshold)
  evaluation  candidate and baseline metrics JSON compared by the CEL rules in checks.evaluation.require

Every file must be inside the workspace (symlinks included). S3 and SageMaker use the usual AWS
credentials; target.endpointUrl overrides the SageMaker endpoint, AWS_ENDPOINT_URL_S3 the S3 one.

Options:
  --json             print the facts as JSON (the artifact, data and evaluation facts of the policy engine)
  --workspace DIR    the folder files must stay in (default: $GITHUB_WORKSPACE, else the current folder)
  --sample-limit N   values per numerical column the drift tests use exactly; more rows are sampled
                     uniformly (default 200000)

Exit codes: 0 every check passed, 1 a check failed or the spec is invalid, 2 usage error.`,
  async run(argv, io) {
    const { spec, values } = parseSpecArgs(argv, {
      json: { type: 'boolean' },
      workspace: { type: 'string' },
      'sample-limit': { type: 'string' },
    });
    let sampleLimit: number | undefined;
    if (values['sample-limit'] !== undefined) {
      sampleLimit = Number(values['sample-limit']);
      if (!Number.isInteger(sampleLimit) || sampleLimit < 1) {
        throw new UsageError(`--sample-limit must be a positive integer, got "${values['sample-limit']}"`);
      }
    }
    const loaded = await loadSpecForCli(spec, io);
    if (!loaded) return EXIT.failed;
    const workspace = resolve(io.cwd, values.workspace ?? io.env.GITHUB_WORKSPACE ?? '.');
    const facts = await runChecks(loaded, { workspace, signal: io.signal, sampleLimit });
    io.stdout(values.json ? `${JSON.stringify(facts, null, 2)}\n` : formatChecksText(facts, spec));
    return facts.passed ? EXIT.ok : EXIT.failed;
  },
};
