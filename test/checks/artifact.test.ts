import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { checkImage } from '../../src/checks/image.js';
import { validateModelCard } from '../../src/checks/model-card.js';
import { IMAGE, loadSpec, specYaml, tarBytes, tarGz, tempWorkspace } from './helpers.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const CARD = {
  name: 'fraud-detector',
  version: '42',
  framework: { name: 'xgboost', version: '1.7.6' },
  trainingData: { uri: 's3://acme/train.parquet', sha256: 'a'.repeat(64), rows: 120000 },
  metrics: { auc: 0.91, f1: 0.77 },
};

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

async function artifactFacts(model: string, checks = '') {
  const loaded = loadSpec(ws.dir, specYaml(model, checks));
  const facts = await runChecks(loaded, { workspace: ws.dir });
  return facts.artifact!;
}

describe('artifact: local .tar.gz', () => {
  it('passes with the right sha256, size, required files, model card and an allowed image', async () => {
    const archive = await tarGz({
      'model.xgb': 'weights',
      './code/inference.py': 'print(1)',
      'code/requirements.txt': '',
    });
    ws.write('model.tar.gz', archive);
    ws.write('model-card.json', JSON.stringify(CARD));
    const a = await artifactFacts(
      [
        '  artifact: model.tar.gz',
        `  sha256: ${sha(archive)}`,
        `  image: ${IMAGE}`,
        '  metadata: model-card.json',
      ].join('\n'),
      [
        '  artifact:',
        '    minSizeBytes: 10',
        '    maxSizeBytes: 1000000',
        '    requiredFiles: [code/inference.py, model.xgb]',
        '    imageAllowList: ["763104351884.dkr.ecr.*.amazonaws.com/xgboost-inference:*"]',
      ].join('\n'),
    );
    expect(a.problems).toEqual([]);
    expect(a.passed).toBe(true);
    expect(a.sha256Actual).toBe(sha(archive));
    expect(a.sha256Source).toBe('computed');
    expect(a.sha256Matches).toBe(true);
    expect(a.sizeBytes).toBe(archive.length);
    expect(a.sizeWithinBounds).toBe(true);
    expect(a.files).toEqual(['model.xgb', 'code/inference.py', 'code/requirements.txt']);
    expect(a.missingFiles).toEqual([]);
    expect(a.metadata).toMatchObject({ path: 'model-card.json', valid: true, errors: [] });
    expect(a.image).toMatchObject({
      allowListed: true,
      matchedPattern: '763104351884.dkr.ecr.*.amazonaws.com/xgboost-inference:*',
    });
    expect(a.registry).toBeNull();
  });

  it('fails on a sha256 mismatch, size out of bounds, a missing file and an image off the list', async () => {
    const archive = await tarGz({ 'model.xgb': 'weights' });
    ws.write('model.tar.gz', archive);
    const a = await artifactFacts(
      [
        '  artifact: model.tar.gz',
        `  sha256: "${'0'.repeat(64)}"`,
        '  image: docker.io/evil/miner:latest',
      ].join('\n'),
      [
        '  artifact:',
        '    minSizeBytes: 100000',
        '    requiredFiles: [code/inference.py]',
        '    imageAllowList: ["*.dkr.ecr.*.amazonaws.com/*"]',
      ].join('\n'),
    );
    expect(a.passed).toBe(false);
    expect(a.sha256Matches).toBe(false);
    expect(a.sizeWithinBounds).toBe(false);
    expect(a.missingFiles).toEqual(['code/inference.py']);
    expect(a.image.allowListed).toBe(false);
    expect(a.problems).toEqual([
      `model.sha256: the artifact's sha256 is ${sha(archive)}, expected ${'0'.repeat(64)}`,
      `checks.artifact.minSizeBytes: the artifact is ${archive.length} bytes, below 100000`,
      'checks.artifact.requiredFiles: missing from model.tar.gz: code/inference.py',
      'model.image: docker.io/evil/miner:latest matches none of the allowed patterns (*.dkr.ecr.*.amazonaws.com/*)',
    ]);
  });

  it('reports a tar that is not gzip-compressed, naming the file and its first bytes', async () => {
    ws.write('model.tar.gz', await tarBytes({ 'code/inference.py': 'x' }));
    const a = await artifactFacts(
      `  artifact: model.tar.gz\n  image: ${IMAGE}`,
      '  artifact:\n    requiredFiles: [code/inference.py]',
    );
    expect(a.passed).toBe(false);
    expect(a.files).toBeNull();
    expect(a.sha256Actual).toMatch(/^[0-9a-f]{64}$/);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatch(
      /^model\.tar\.gz: not a gzip file \(starts with bytes 63 6f 64 65; expected 1f 8b\)/,
    );
  });

  it('reports a truncated archive with the last entry reached', async () => {
    const archive = await tarGz({ 'a.txt': 'a'.repeat(5000), 'b.bin': 'b'.repeat(200000) });
    ws.write('model.tar.gz', archive.subarray(0, Math.floor(archive.length / 2)));
    const a = await artifactFacts(
      `  artifact: model.tar.gz\n  image: ${IMAGE}`,
      '  artifact:\n    requiredFiles: [b.bin]',
    );
    expect(a.passed).toBe(false);
    expect(a.problems[0]).toMatch(
      /^model\.tar\.gz: the archive is truncated after entry \d \((a\.txt|b\.bin)\)$/,
    );
  });

  it('reports gzip data that is not a tar', async () => {
    ws.write('model.tar.gz', gzipSync(Buffer.from('just some text, certainly not a tar header '.repeat(30))));
    const a = await artifactFacts(`  artifact: model.tar.gz\n  image: ${IMAGE}`);
    expect(a.passed).toBe(false);
    expect(a.problems[0]).toMatch(
      /^model\.tar\.gz: corrupt archive: Invalid tar header.* before the first entry$/,
    );
  });

  it('flags entries that leave the archive root', async () => {
    const archive = await tarGz({ '../../etc/cron.d/x': 'boom', 'ok.txt': '' }, [
      { name: 'link', type: 'symlink', linkname: '/etc/passwd' },
    ]);
    ws.write('model.tar.gz', archive);
    const a = await artifactFacts(`  artifact: model.tar.gz\n  image: ${IMAGE}`);
    expect(a.passed).toBe(false);
    expect(a.problems).toEqual([
      'model.tar.gz: entry "../../etc/cron.d/x" leads outside the archive root',
      'model.tar.gz: entry "link -> /etc/passwd" leads outside the archive root',
    ]);
  });

  it('hashes a plain (non-archive) artifact without listing it', async () => {
    ws.write('model.bin', 'raw weights');
    const a = await artifactFacts(
      `  artifact: model.bin\n  sha256: ${sha('raw weights')}\n  image: ${IMAGE}`,
    );
    expect(a.passed).toBe(true);
    expect(a.files).toBeNull();
    expect(a.sizeBytes).toBe(11);
  });
});

describe('artifact: workspace confinement', () => {
  it('refuses a path with .. that leaves the workspace', async () => {
    const a = await artifactFacts(`  artifact: ../outside/model.tar.gz\n  image: ${IMAGE}`);
    expect(a.passed).toBe(false);
    expect(a.problems[0]).toMatch(
      /^modelgate\.yaml:4:3: model\.artifact: "\.\.\/outside\/model\.tar\.gz" is outside the workspace \(expected a path inside the workspace /,
    );
  });

  it('refuses an absolute path outside the workspace', async () => {
    const a = await artifactFacts(`  artifact: /etc/passwd\n  image: ${IMAGE}`);
    expect(a.problems[0]).toMatch(/model\.artifact: "\/etc\/passwd" is outside the workspace/);
  });

  it('accepts an absolute path inside the workspace', async () => {
    ws.write('m.bin', 'x');
    const a = await artifactFacts(`  artifact: ${join(ws.dir, 'm.bin')}\n  image: ${IMAGE}`);
    expect(a.problems).toEqual([]);
  });

  it('refuses a symlink inside the workspace that points outside it', async () => {
    const outside = tempWorkspace('modelgate-outside-');
    try {
      outside.write('secret.tar.gz', 'secret');
      symlinkSync(outside.path('secret.tar.gz'), ws.path('model.tar.gz'));
      const a = await artifactFacts(`  artifact: model.tar.gz\n  image: ${IMAGE}`);
      expect(a.passed).toBe(false);
      expect(a.problems[0]).toContain(
        'model.artifact: "model.tar.gz" is a symlink that leads outside the workspace',
      );
      expect(a.sha256Actual).toBeNull();
    } finally {
      outside.cleanup();
    }
  });

  it('follows a symlink that stays inside the workspace', async () => {
    ws.write('models/v1.bin', 'x');
    symlinkSync(ws.path('models/v1.bin'), ws.path('current.bin'));
    const a = await artifactFacts(`  artifact: current.bin\n  image: ${IMAGE}`);
    expect(a.problems).toEqual([]);
  });

  it('says when the artifact does not exist', async () => {
    const a = await artifactFacts(`  artifact: nope.tar.gz\n  image: ${IMAGE}`);
    expect(a.problems).toEqual(['modelgate.yaml:4:3: model.artifact: "nope.tar.gz" does not exist']);
  });
});

describe('model card', () => {
  it('accepts a complete card', () => {
    expect(validateModelCard(CARD)).toEqual([]);
  });

  it('names every missing or wrong field', () => {
    const errors = validateModelCard({
      name: 'x',
      version: 3,
      framework: { name: 'xgboost' },
      trainingData: { sha256: 'ABC' },
      metrics: { auc: 'high' },
    });
    expect(errors).toEqual([
      'version: must be string',
      'framework.version: is required',
      'trainingData.sha256: must match ^[0-9a-f]{64}$',
      'metrics.auc: must be number',
    ]);
  });

  it('fails the artifact check with the card’s errors, and reports JSON syntax errors with line and column', async () => {
    ws.write('m.bin', 'x');
    ws.write('card.json', JSON.stringify({ ...CARD, metrics: {} }));
    let a = await artifactFacts(`  artifact: m.bin\n  image: ${IMAGE}\n  metadata: card.json`);
    expect(a.problems).toEqual(['card.json: metrics: must have at least one entry']);
    expect(a.metadata?.valid).toBe(false);

    ws.write('card.json', '{\n  "name": "x",\n  "version": }\n');
    a = await artifactFacts(`  artifact: m.bin\n  image: ${IMAGE}\n  metadata: card.json`);
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toBe('card.json:3:14: invalid JSON: value expected at "}"');
  });
});

describe('image allow-list', () => {
  it('matches whole URIs with * as any run of characters', () => {
    expect(checkImage('a.b/c:1', [])).toMatchObject({ allowListed: true, matchedPattern: null });
    expect(
      checkImage('123.dkr.ecr.eu-west-1.amazonaws.com/x:1', ['*.dkr.ecr.*.amazonaws.com/*']),
    ).toMatchObject({
      allowListed: true,
    });
    expect(checkImage('evil.com/123.dkr.ecr.x.amazonaws.com/x', ['123.dkr.ecr.*'])).toMatchObject({
      allowListed: false,
    });
    // Dots and other regex characters are literal.
    expect(checkImage('aXb/c', ['a.b/c']).allowListed).toBe(false);
  });
});

describe('registry approval (DescribeModelPackage through the real SDK)', () => {
  let server: Server;
  let endpoint: string;
  const statuses: Record<string, string> = {
    'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/1': 'Approved',
    'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/2': 'PendingManualApproval',
  };
  const targets: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        targets.push(String(req.headers['x-amz-target']));
        const name = JSON.parse(body).ModelPackageName as string;
        res.setHeader('content-type', 'application/x-amz-json-1.1');
        if (!statuses[name]) {
          res.statusCode = 400;
          res.end(
            JSON.stringify({
              __type: 'ValidationException',
              message: `ModelPackage ${name} does not exist.`,
            }),
          );
          return;
        }
        res.end(
          JSON.stringify({
            ModelPackageName: 'fraud',
            ModelPackageArn: name,
            ModelPackageStatus: 'Completed',
            ModelApprovalStatus: statuses[name],
            CreationTime: 1700000000,
          }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const client = () =>
    new SageMakerClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    });

  async function registryFacts(arn: string, checks = '') {
    ws.write('m.bin', 'x');
    const loaded = loadSpec(
      ws.dir,
      specYaml(`  artifact: m.bin\n  image: ${IMAGE}\n  modelPackageArn: ${arn}`, checks),
    );
    return (await runChecks(loaded, { workspace: ws.dir, sagemaker: client() })).artifact!;
  }

  it('passes for an Approved package', async () => {
    const a = await registryFacts('arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/1');
    expect(a.registry).toMatchObject({
      approvalStatus: 'Approved',
      packageStatus: 'Completed',
      approvalRequired: true,
    });
    expect(a.passed).toBe(true);
    expect(targets.at(-1)).toBe('SageMaker.DescribeModelPackage');
  });

  it('fails for a package pending approval, unless approval is not required', async () => {
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/2';
    const a = await registryFacts(arn);
    expect(a.passed).toBe(false);
    expect(a.problems).toEqual([
      'model.modelPackageArn: the model package is PendingManualApproval, not Approved',
    ]);
    const b = await registryFacts(arn, '  artifact:\n    requireApproval: false');
    expect(b.passed).toBe(true);
    expect(b.registry?.approvalRequired).toBe(false);
  });

  it('fails with the registry’s message for an unknown package', async () => {
    const a = await registryFacts('arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud/9');
    expect(a.registry).toBeNull();
    expect(a.problems[0]).toMatch(
      /^model\.modelPackageArn: arn:.*fraud\/9: the model registry does not know it \(ModelPackage .* does not exist\.\)$/,
    );
  });
});
