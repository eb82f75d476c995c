import { s, type Shape } from '../validate.js';

/** SageMaker input shapes (members and constraints from the service model; unknown members are ignored). */

const NAME = '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}';
const endpointName = s.str({ max: 63, pattern: NAME });
const configName = s.str({ max: 63, pattern: NAME });
const variantName = s.str({ max: 63, pattern: NAME });
const modelName = s.str({ max: 63, pattern: '^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?' });
const instanceType = s.str({ pattern: 'ml\\.[a-z0-9]+[a-z0-9-]*\\.[0-9]*x?[a-z0-9]+' });
const arn = s.str({ max: 256, pattern: 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:.+' });
const tagKey = s.str({ min: 1, max: 128, pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' });
const tagValue = s.str({ max: 256, pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$' });
const tags = s.list(s.struct({ Key: tagKey, Value: tagValue }, ['Key', 'Value']), { max: 50 });

const container = s.struct({
  ContainerHostname: s.str({ max: 63, pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}' }),
  Image: s.str({ max: 255, pattern: '[\\S]+' }),
  Mode: s.enum(['SingleModel', 'MultiModel']),
  ModelDataUrl: s.str({ max: 1024, pattern: '^(https|s3)://([^/]+)/?(.*)$' }),
  Environment: s.map(s.str({ max: 1024, pattern: '[a-zA-Z_][a-zA-Z0-9_]*' }), s.str({ max: 1024 }), {
    max: 100,
  }),
  ModelPackageName: s.str({ min: 1, max: 176 }),
  InferenceSpecificationName: s.str({ min: 1, max: 63 }),
  ImageConfig: s.doc(),
  ModelDataSource: s.doc(),
  MultiModelConfig: s.doc(),
  AdditionalModelDataSources: s.doc(),
});

const productionVariant = s.struct(
  {
    VariantName: variantName,
    ModelName: modelName,
    InitialInstanceCount: s.int({ min: 1 }),
    InstanceType: instanceType,
    InitialVariantWeight: s.double({ min: 0 }),
    AcceleratorType: s.str(),
    CoreDumpConfig: s.doc(),
    ServerlessConfig: s.struct(
      {
        MemorySizeInMB: s.int({ min: 1024, max: 6144 }),
        MaxConcurrency: s.int({ min: 1, max: 200 }),
        ProvisionedConcurrency: s.int({ min: 1, max: 200 }),
      },
      ['MemorySizeInMB', 'MaxConcurrency'],
    ),
    VolumeSizeInGB: s.int({ min: 1, max: 512 }),
    ModelDataDownloadTimeoutInSeconds: s.int({ min: 60, max: 3600 }),
    ContainerStartupHealthCheckTimeoutInSeconds: s.int({ min: 60, max: 3600 }),
    EnableSSMAccess: s.bool(),
    ManagedInstanceScaling: s.struct({
      Status: s.enum(['ENABLED', 'DISABLED']),
      MinInstanceCount: s.int({ min: 0 }),
      MaxInstanceCount: s.int({ min: 1 }),
    }),
    RoutingConfig: s.struct({ RoutingStrategy: s.enum(['LEAST_OUTSTANDING_REQUESTS', 'RANDOM']) }),
    InferenceAmiVersion: s.str(),
  },
  ['VariantName'],
);

const dataCapture = s.struct(
  {
    EnableCapture: s.bool(),
    InitialSamplingPercentage: s.int({ min: 0, max: 100 }),
    // The real pattern is ^(https|s3)://…; the simulator also takes file:// URLs and plain paths.
    DestinationS3Uri: s.str({ max: 512 }),
    KmsKeyId: s.str({ max: 2048 }),
    CaptureOptions: s.list(
      s.struct({ CaptureMode: s.enum(['Input', 'Output', 'InputAndOutput']) }, ['CaptureMode']),
      { min: 1, max: 2 },
    ),
    CaptureContentTypeHeader: s.struct({
      CsvContentTypes: s.list(s.str({ min: 1, max: 256 }), { min: 1, max: 10 }),
      JsonContentTypes: s.list(s.str({ min: 1, max: 256 }), { min: 1, max: 10 }),
    }),
  },
  ['InitialSamplingPercentage', 'DestinationS3Uri', 'CaptureOptions'],
);

const capacity = s.struct(
  { Type: s.enum(['INSTANCE_COUNT', 'CAPACITY_PERCENT']), Value: s.int({ min: 1 }) },
  ['Type', 'Value'],
);

export const deploymentConfig = s.struct({
  BlueGreenUpdatePolicy: s.struct(
    {
      TrafficRoutingConfiguration: s.struct(
        {
          Type: s.enum(['ALL_AT_ONCE', 'CANARY', 'LINEAR']),
          WaitIntervalInSeconds: s.int({ min: 0, max: 3600 }),
          CanarySize: capacity,
          LinearStepSize: capacity,
        },
        ['Type', 'WaitIntervalInSeconds'],
      ),
      TerminationWaitInSeconds: s.int({ min: 0, max: 3600 }),
      MaximumExecutionTimeoutInSeconds: s.int({ min: 600, max: 28800 }),
    },
    ['TrafficRoutingConfiguration'],
  ),
  RollingUpdatePolicy: s.struct(
    {
      MaximumBatchSize: capacity,
      WaitIntervalInSeconds: s.int({ min: 0, max: 3600 }),
      MaximumExecutionTimeoutInSeconds: s.int({ min: 600, max: 28800 }),
      RollbackMaximumBatchSize: capacity,
    },
    ['MaximumBatchSize', 'WaitIntervalInSeconds'],
  ),
  AutoRollbackConfiguration: s.struct({
    Alarms: s.list(s.struct({ AlarmName: s.str({ min: 1, max: 255, pattern: '(?!\\s*$).+' }) }), {
      min: 1,
      max: 10,
    }),
  }),
});

const endpointStatus = s.enum([
  'OutOfService',
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'Deleting',
  'Failed',
  'UpdateRollbackFailed',
]);

export const SHAPES: Record<string, Shape> = {
  CreateModel: s.struct(
    {
      ModelName: modelName,
      PrimaryContainer: container,
      Containers: s.list(container, { max: 15 }),
      InferenceExecutionConfig: s.struct({ Mode: s.enum(['Serial', 'Direct']) }, ['Mode']),
      ExecutionRoleArn: s.str({
        min: 20,
        max: 2048,
        pattern: '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$',
      }),
      Tags: tags,
      VpcConfig: s.doc(),
      EnableNetworkIsolation: s.bool(),
    },
    ['ModelName'],
  ),
  DescribeModel: s.struct({ ModelName: modelName }, ['ModelName']),
  DeleteModel: s.struct({ ModelName: modelName }, ['ModelName']),
  CreateEndpointConfig: s.struct(
    {
      EndpointConfigName: configName,
      ProductionVariants: s.list(productionVariant, { min: 1, max: 10 }),
      ShadowProductionVariants: s.list(productionVariant, { min: 1, max: 10 }),
      DataCaptureConfig: dataCapture,
      Tags: tags,
      KmsKeyId: s.str({ max: 2048 }),
      AsyncInferenceConfig: s.doc(),
      ExplainerConfig: s.doc(),
      ExecutionRoleArn: s.str({ min: 20, max: 2048 }),
      VpcConfig: s.doc(),
      EnableNetworkIsolation: s.bool(),
    },
    ['EndpointConfigName', 'ProductionVariants'],
  ),
  DescribeEndpointConfig: s.struct({ EndpointConfigName: configName }, ['EndpointConfigName']),
  DeleteEndpointConfig: s.struct({ EndpointConfigName: configName }, ['EndpointConfigName']),
  CreateEndpoint: s.struct(
    {
      EndpointName: endpointName,
      EndpointConfigName: configName,
      DeploymentConfig: deploymentConfig,
      Tags: tags,
    },
    ['EndpointName', 'EndpointConfigName'],
  ),
  DescribeEndpoint: s.struct({ EndpointName: endpointName }, ['EndpointName']),
  DeleteEndpoint: s.struct({ EndpointName: endpointName }, ['EndpointName']),
  UpdateEndpoint: s.struct(
    {
      EndpointName: endpointName,
      EndpointConfigName: configName,
      RetainAllVariantProperties: s.bool(),
      ExcludeRetainedVariantProperties: s.list(
        s.struct(
          { VariantPropertyType: s.enum(['DesiredInstanceCount', 'DesiredWeight', 'DataCaptureConfig']) },
          ['VariantPropertyType'],
        ),
        { max: 3 },
      ),
      DeploymentConfig: deploymentConfig,
      RetainDeploymentConfig: s.bool(),
    },
    ['EndpointName', 'EndpointConfigName'],
  ),
  UpdateEndpointWeightsAndCapacities: s.struct(
    {
      EndpointName: endpointName,
      DesiredWeightsAndCapacities: s.list(
        s.struct(
          {
            VariantName: variantName,
            DesiredWeight: s.double({ min: 0 }),
            DesiredInstanceCount: s.int({ min: 0 }),
            ServerlessUpdateConfig: s.struct({
              MaxConcurrency: s.int({ min: 1, max: 200 }),
              ProvisionedConcurrency: s.int({ min: 1, max: 200 }),
            }),
          },
          ['VariantName'],
        ),
        { min: 1 },
      ),
    },
    ['EndpointName', 'DesiredWeightsAndCapacities'],
  ),
  ListEndpoints: s.struct({
    SortBy: s.enum(['Name', 'CreationTime', 'Status']),
    SortOrder: s.enum(['Ascending', 'Descending']),
    NextToken: s.str({ max: 8192 }),
    MaxResults: s.int({ min: 1, max: 100 }),
    NameContains: s.str({ max: 63, pattern: '[a-zA-Z0-9-]+' }),
    CreationTimeBefore: s.time(),
    CreationTimeAfter: s.time(),
    LastModifiedTimeBefore: s.time(),
    LastModifiedTimeAfter: s.time(),
    StatusEquals: endpointStatus,
  }),
  AddTags: s.struct({ ResourceArn: arn, Tags: tags }, ['ResourceArn', 'Tags']),
  ListTags: s.struct(
    { ResourceArn: arn, NextToken: s.str({ max: 8192 }), MaxResults: s.int({ min: 50, max: 100 }) },
    ['ResourceArn'],
  ),
  DeleteTags: s.struct({ ResourceArn: arn, TagKeys: s.list(tagKey, { min: 1, max: 50 }) }, [
    'ResourceArn',
    'TagKeys',
  ]),
  DescribeModelPackage: s.struct(
    {
      ModelPackageName: s.str({
        min: 1,
        max: 176,
        pattern:
          '(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)(\\/[0-9]{1,5})?',
      }),
    },
    ['ModelPackageName'],
  ),
  ListModelPackages: s.struct({
    ModelPackageGroupName: s.str({ min: 1, max: 170 }),
    ModelApprovalStatus: s.enum(['Approved', 'Rejected', 'PendingManualApproval']),
    ModelPackageType: s.enum(['Versioned', 'Unversioned', 'Both']),
    NameContains: s.str({ max: 63, pattern: '[a-zA-Z0-9\\-]+' }),
    SortBy: s.enum(['Name', 'CreationTime']),
    SortOrder: s.enum(['Ascending', 'Descending']),
    MaxResults: s.int({ min: 1, max: 100 }),
    NextToken: s.str({ max: 8192 }),
  }),
  UpdateModelPackage: s.struct(
    {
      ModelPackageArn: s.str({
        min: 1,
        max: 2048,
        pattern: 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-package/[\\S]{1,2048}',
      }),
      ModelApprovalStatus: s.enum(['Approved', 'Rejected', 'PendingManualApproval']),
      ApprovalDescription: s.str({ max: 1024 }),
    },
    ['ModelPackageArn'],
  ),
};
