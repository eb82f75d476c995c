import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  createDeployment,
  deploymentStateOf,
  retireSupersededDeployments,
  setDeploymentStatus,
} from '../../src/github/deployments.js';
import { buildReport, createReport } from '../../src/report/index.js';
import * as s from '../report/scenarios.js';
import { API, REPO, client, fixture, useNock } from './helpers.js';

const DEPLOYMENTS = '/repos/acme/fraud-models/deployments';
const LOG = 'https://github.com/acme/fraud-models/actions/runs/1234567890';

describe('GitHub deployments', () => {
  useNock();

  it('creates the deployment with auto_merge: false and required_contexts: []', async () => {
    const gh = client();
    nock(API)
      .post(DEPLOYMENTS, {
        ref: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
        task: 'deploy',
        environment: 'production',
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: true,
        description: 'modelgate canary of fraud-detector-v43',
        payload: { endpoint: 'fraud-prod', deploymentId: s.DEPLOYMENT_ID },
      })
      .reply(201, fixture('deployment.json'));
    const r = await createDeployment(gh, {
      ...REPO,
      ref: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
      environment: 'production',
      description: 'modelgate canary of fraud-detector-v43',
      payload: { endpoint: 'fraud-prod', deploymentId: s.DEPLOYMENT_ID },
    });
    expect(r).toEqual({ status: 'ok', value: { id: 12 } });
  });

  it('marks a preview environment transient and not production', async () => {
    const gh = client();
    nock(API)
      .post(
        DEPLOYMENTS,
        (b: Record<string, unknown>) =>
          b.transient_environment === true && b.production_environment === false,
      )
      .reply(201, { ...fixture('deployment.json'), id: 13 });
    expect(
      await createDeployment(gh, { ...REPO, ref: 'main', environment: 'pr-42', transient: true }),
    ).toEqual({
      status: 'ok',
      value: { id: 13 },
    });
  });

  it('posts in_progress then success, with a description cut to 140 characters and the log URL', async () => {
    const gh = client();
    const long = `Rolling out fraud-detector-v43 to fraud-prod: ${'step '.repeat(60)}`;
    let description = '';
    nock(API)
      .post(`${DEPLOYMENTS}/12/statuses`, (b: Record<string, unknown>) => {
        description = String(b.description);
        return b.state === 'in_progress' && b.log_url === LOG;
      })
      .reply(201, fixture('deployment-status.json'));
    nock(API)
      .post(`${DEPLOYMENTS}/12/statuses`, {
        state: 'success',
        description: 'Promoted fraud-detector-v43 to fraud-prod in 38m 20s',
        log_url: LOG,
        environment_url:
          'https://console.aws.amazon.com/sagemaker/home?region=us-east-1#/endpoints/fraud-prod',
      })
      .reply(201, { ...fixture('deployment-status.json'), id: 2, state: 'success' });
    expect(
      (await setDeploymentStatus(gh, REPO, 12, { state: 'in_progress', description: long, logUrl: LOG }))
        .status,
    ).toBe('ok');
    expect(description.length).toBe(140);
    expect(description.endsWith('…')).toBe(true);
    const r = await setDeploymentStatus(gh, REPO, 12, {
      state: 'success',
      description: 'Promoted fraud-detector-v43 to fraud-prod in 38m 20s',
      logUrl: LOG,
      environmentUrl: 'https://console.aws.amazon.com/sagemaker/home?region=us-east-1#/endpoints/fraud-prod',
    });
    expect(r).toEqual({ status: 'ok', value: { id: 2 } });
  });

  it('marks the superseded successful deployment inactive, and only that one', async () => {
    const gh = client();
    const dep = (id: number) => ({ ...fixture('deployment.json'), id });
    const status = (state: string) => [{ ...fixture('deployment-status.json'), state }];
    nock(API)
      .get(DEPLOYMENTS)
      .query({ environment: 'production', per_page: '11' })
      .reply(200, [dep(14), dep(12), dep(11), dep(10)]);
    nock(API).get(`${DEPLOYMENTS}/11/statuses`).query({ per_page: '1' }).reply(200, status('success'));
    nock(API).get(`${DEPLOYMENTS}/10/statuses`).query({ per_page: '1' }).reply(200, status('inactive'));
    nock(API)
      .post(`${DEPLOYMENTS}/11/statuses`, {
        state: 'inactive',
        description: 'Superseded by deployment 12',
        log_url: LOG,
      })
      .reply(201, fixture('deployment-status.json'));
    const r = await retireSupersededDeployments(gh, REPO, {
      environment: 'production',
      currentId: 12,
      logUrl: LOG,
    });
    expect(r).toEqual({ status: 'ok', value: { retired: [11] } });
  });

  it('degrades on 403 naming `deployments: write`', async () => {
    const gh = client();
    nock(API).post(DEPLOYMENTS).reply(403, { message: 'Resource not accessible by integration' });
    const r = await createDeployment(gh, { ...REPO, ref: 'main', environment: 'production' });
    expect(r).toMatchObject({ status: 'degraded', permission: 'deployments: write', reason: 'forbidden' });
    expect(r.status === 'degraded' && r.warning).toContain('`deployments: write`');
  });

  it('degrades on a 409 conflict without claiming a permission problem', async () => {
    const gh = client();
    nock(API).post(DEPLOYMENTS).reply(409, { message: 'Conflict merging main into topic.' });
    const r = await createDeployment(gh, { ...REPO, ref: 'topic', environment: 'production' });
    expect(r).toMatchObject({ status: 'degraded', reason: 'rejected', httpStatus: 409 });
    expect(r.status === 'degraded' && r.permission).toBeUndefined();
  });

  it('derives the status from the report', () => {
    const base = createReport({ environment: 'production', endpoint: 'fraud-prod', plan: s.canaryPlan() });
    expect(deploymentStateOf(base)).toBeUndefined();
    expect(deploymentStateOf(buildReport(base, s.promotedCanary().events.slice(0, 10)))).toBe('in_progress');
    expect(deploymentStateOf(buildReport(base, s.promotedCanary().events))).toBe('success');
    expect(deploymentStateOf(buildReport(base, s.rolledBackCanary().events))).toBe('failure');
  });
});
