import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import { IMAGE, ROLE, variant, type Harness } from './helpers.js';

/** Creates a model per name (profile by MODELGATE_PROFILE when given). */
export async function createModel(h: Harness, name: string, profile?: string) {
  await h.sm.send(
    new CreateModelCommand({
      ModelName: name,
      PrimaryContainer: {
        Image: IMAGE,
        ModelDataUrl: `s3://models/${name}/model.tar.gz`,
        ...(profile ? { Environment: { MODELGATE_PROFILE: profile } } : {}),
      },
      ExecutionRoleArn: ROLE,
    }),
  );
}

export async function createConfig(
  h: Harness,
  name: string,
  variants: ProductionVariant[],
  extra: Record<string, unknown> = {},
) {
  await h.sm.send(
    new CreateEndpointConfigCommand({ EndpointConfigName: name, ProductionVariants: variants, ...extra }),
  );
}

/** model `<ep>-m1`, config `<ep>-c1` with variant AllTraffic (count instances), endpoint created and advanced to InService. */
export async function inServiceEndpoint(
  h: Harness,
  ep: string,
  opts: { count?: number; profile?: string } = {},
) {
  await createModel(h, `${ep}-m1`, opts.profile);
  await createConfig(h, `${ep}-c1`, [variant('AllTraffic', `${ep}-m1`, 1, opts.count ?? 1)]);
  await h.sm.send(new CreateEndpointCommand({ EndpointName: ep, EndpointConfigName: `${ep}-c1` }));
  await h.sim.advance(61_000);
  const d = await describe(h, ep);
  if (d.EndpointStatus !== 'InService') throw new Error(`endpoint ${ep} is ${d.EndpointStatus}`);
}

export const describe = (h: Harness, ep: string) =>
  h.sm.send(new DescribeEndpointCommand({ EndpointName: ep }));
