import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ModelgateError } from '../errors.js';
import type { ArtifactCheckSpec, ModelSpec } from '../spec/types.js';
import { scanArtifact, type ScanResult } from './artifact-scan.js';
import { checkImage } from './image.js';
import { checkModelCard } from './model-card.js';
import { parseS3Uri } from './s3-location.js';
import { normaliseEntry } from './tarball.js';
import type { ArtifactFacts, ModelCardFacts, RegistryFacts } from './types.js';
import type { Workspace } from './workspace.js';

export interface ArtifactContext {
  workspace: Workspace;
  /** Created on first use, only when the artifact is on S3 (the SDK is loaded only then). */
  s3: () => Promise<S3Client>;
  /** Created on first use, only when a model-package ARN is given. */
  sagemaker: () => Promise<SageMakerClient>;
  signal?: AbortSignal;
}

const DEFAULTS: ArtifactCheckSpec = { requiredFiles: [], imageAllowList: [], requireApproval: true };

/**
 * Gathers the artifact facts. Each part (bytes, model card, image, registry) is checked on its own:
 * a part that cannot be checked becomes a problem and leaves its facts null, and the others still run.
 */
export async function checkArtifact(
  model: ModelSpec,
  checks: ArtifactCheckSpec | undefined,
  ctx: ArtifactContext,
): Promise<ArtifactFacts> {
  const spec = checks ?? DEFAULTS;
  const problems: string[] = [];
  const required = spec.requiredFiles.map(normaliseEntry);
  const isS3 = parseS3Uri(model.artifact) !== null;
  const expected = model.sha256?.toLowerCase() ?? null;

  const facts: ArtifactFacts = {
    passed: false,
    problems,
    uri: model.artifact,
    location: isS3 ? 's3' : 'local',
    sha256Expected: expected,
    sha256Actual: null,
    sha256Source: null,
    sha256Matches: null,
    sizeBytes: null,
    minSizeBytes: spec.minSizeBytes ?? null,
    maxSizeBytes: spec.maxSizeBytes ?? null,
    sizeWithinBounds: null,
    files: null,
    requiredFiles: required,
    missingFiles: [],
    metadata: null,
    image: checkImage(model.image, spec.imageAllowList),
    registry: null,
  };

  try {
    await inspectContent(model, required, facts, ctx);
  } catch (err) {
    problems.push(messageOf(err));
    facts.missingFiles = required;
  }

  if (model.metadata) facts.metadata = await modelCard(model.metadata, ctx, problems);
  if (!facts.image.allowListed) {
    problems.push(
      `model.image: ${model.image} matches none of the allowed patterns (${spec.imageAllowList.join(', ')})`,
    );
  }
  if (model.modelPackageArn) {
    facts.registry = await registry(model.modelPackageArn, spec.requireApproval, ctx, problems);
  }
  facts.passed = problems.length === 0;
  return facts;
}

async function inspectContent(
  model: ModelSpec,
  required: string[],
  facts: ArtifactFacts,
  ctx: ArtifactContext,
): Promise<void> {
  const uri = model.artifact;
  const wantList = required.length > 0 || /\.(tar\.gz|tgz)$/i.test(uri);
  const wanted = new Set(required);
  let scan: ScanResult | null = null;

  if (facts.location === 's3') {
    const { getObjectStream, headObject } = await import('./s3.js');
    const client = await ctx.s3();
    const head = await headObject(client, uri, ctx.signal);
    facts.sizeBytes = head.sizeBytes;
    if (head.sha256) {
      facts.sha256Actual = head.sha256;
      facts.sha256Source = 's3-checksum';
    }
    // Download only when something needs the bytes: a hash S3 could not vouch for, or the file list.
    const needHash = facts.sha256Expected !== null && head.sha256 === null;
    if (needHash || required.length > 0) {
      const body = await getObjectStream(client, uri, ctx.signal);
      scan = await scanArtifact(body, { hash: true, list: wantList, label: uri, wanted });
      facts.sha256Actual = scan.sha256;
      facts.sha256Source = 'computed';
      if (scan.bytes !== head.sizeBytes) {
        facts.problems.push(`${uri}: read ${scan.bytes} bytes but HeadObject reported ${head.sizeBytes}`);
      }
    }
  } else {
    const real = await ctx.workspace.file(uri, 'model.artifact');
    facts.sizeBytes = (await stat(real)).size;
    scan = await scanArtifact(createReadStream(real, { signal: ctx.signal }), {
      hash: true,
      list: wantList,
      label: uri,
      wanted,
    });
    facts.sha256Actual = scan.sha256;
    facts.sha256Source = 'computed';
  }

  if (facts.sha256Expected !== null) {
    if (facts.sha256Actual === null) {
      facts.problems.push(`model.sha256: the artifact's sha256 could not be determined`);
    } else {
      facts.sha256Matches = facts.sha256Actual === facts.sha256Expected;
      if (!facts.sha256Matches) {
        facts.problems.push(
          `model.sha256: the artifact's sha256 is ${facts.sha256Actual}, expected ${facts.sha256Expected}`,
        );
      }
    }
  }

  const size = facts.sizeBytes;
  if (size !== null) {
    const tooSmall = facts.minSizeBytes !== null && size < facts.minSizeBytes;
    const tooBig = facts.maxSizeBytes !== null && size > facts.maxSizeBytes;
    facts.sizeWithinBounds = !tooSmall && !tooBig;
    if (tooSmall)
      facts.problems.push(
        `checks.artifact.minSizeBytes: the artifact is ${size} bytes, below ${facts.minSizeBytes}`,
      );
    if (tooBig)
      facts.problems.push(
        `checks.artifact.maxSizeBytes: the artifact is ${size} bytes, above ${facts.maxSizeBytes}`,
      );
  }

  if (scan?.listing) {
    const listing = scan.listing;
    if (listing.error) facts.problems.push(listing.error);
    else facts.files = listing.files;
    for (const entry of listing.unsafeEntries) {
      facts.problems.push(`${uri}: entry "${entry}" leads outside the archive root`);
    }
    facts.missingFiles = required.filter((f) => !scan.found.has(f));
  } else {
    facts.missingFiles = required;
  }
  if (facts.missingFiles.length > 0 && !scan?.listing?.error) {
    facts.problems.push(
      `checks.artifact.requiredFiles: missing from ${uri}: ${facts.missingFiles.join(', ')}`,
    );
  }
}

async function modelCard(path: string, ctx: ArtifactContext, problems: string[]): Promise<ModelCardFacts> {
  try {
    const real = await ctx.workspace.file(path, 'model.metadata');
    const card = await checkModelCard(real, path);
    problems.push(...card.errors);
    return card;
  } catch (err) {
    const message = messageOf(err);
    problems.push(message);
    return { path, valid: false, errors: [message], card: null };
  }
}

async function registry(
  arn: string,
  approvalRequired: boolean,
  ctx: ArtifactContext,
  problems: string[],
): Promise<RegistryFacts | null> {
  try {
    const { checkRegistry } = await import('./registry.js');
    const facts = await checkRegistry(await ctx.sagemaker(), arn, approvalRequired, ctx.signal);
    if (approvalRequired && facts.approvalStatus !== 'Approved') {
      problems.push(
        `model.modelPackageArn: the model package is ${facts.approvalStatus ?? 'without an approval status'}, not Approved`,
      );
    }
    return facts;
  } catch (err) {
    problems.push(messageOf(err));
    return null;
  }
}

function messageOf(err: unknown): string {
  if (err instanceof ModelgateError) return err.message;
  const e = err as NodeJS.ErrnoException;
  return e?.message ? `${e.code ? `${e.code}: ` : ''}${e.message}` : String(err);
}
