// Scheduler emulator -> the EventBridge Scheduler API contract, encoded from the official Smithy
// model (aws-models/scheduler.json, API version 2021-06-30) so the emulator runs without it.
// Names are the model's shape names; tests/unit/scheduler-model-rules.test.ts checks every entry
// against the model whenever ../shared/aws-models is present.

export interface LengthRule {
  min?: number;
  max?: number;
}

export type ShapeRule =
  | { type: 'string'; length?: LengthRule; pattern?: string; enum?: readonly string[] }
  | { type: 'integer'; range?: LengthRule }
  | { type: 'boolean' }
  | { type: 'timestamp' }
  | { type: 'list'; member: string; length?: LengthRule }
  | { type: 'map'; key: string; value: string; length?: LengthRule }
  | { type: 'structure'; members: Readonly<Record<string, MemberRule>> };

export interface MemberRule {
  target: string;
  required?: true;
  httpLabel?: true;
  httpQuery?: string;
  idempotencyToken?: true;
  /** A member-level trait that narrows the target shape's own (DeadLetterConfig.Arn). */
  pattern?: string;
}

const nameRule = { type: 'string', length: { min: 1, max: 64 }, pattern: '^[0-9a-zA-Z-_.]+$' };

export const shapes: Readonly<Record<string, ShapeRule>> = {
  // Operation inputs
  CreateScheduleInput: {
    type: 'structure',
    members: {
      Name: { target: 'Name', required: true, httpLabel: true },
      GroupName: { target: 'ScheduleGroupName' },
      ScheduleExpression: { target: 'ScheduleExpression', required: true },
      StartDate: { target: 'StartDate' },
      EndDate: { target: 'EndDate' },
      Description: { target: 'Description' },
      ScheduleExpressionTimezone: { target: 'ScheduleExpressionTimezone' },
      State: { target: 'ScheduleState' },
      KmsKeyArn: { target: 'KmsKeyArn' },
      Target: { target: 'Target', required: true },
      FlexibleTimeWindow: { target: 'FlexibleTimeWindow', required: true },
      ClientToken: { target: 'ClientToken', idempotencyToken: true },
      ActionAfterCompletion: { target: 'ActionAfterCompletion' },
    },
  },
  UpdateScheduleInput: {
    type: 'structure',
    members: {
      Name: { target: 'Name', required: true, httpLabel: true },
      GroupName: { target: 'ScheduleGroupName' },
      ScheduleExpression: { target: 'ScheduleExpression', required: true },
      StartDate: { target: 'StartDate' },
      EndDate: { target: 'EndDate' },
      Description: { target: 'Description' },
      ScheduleExpressionTimezone: { target: 'ScheduleExpressionTimezone' },
      State: { target: 'ScheduleState' },
      KmsKeyArn: { target: 'KmsKeyArn' },
      Target: { target: 'Target', required: true },
      FlexibleTimeWindow: { target: 'FlexibleTimeWindow', required: true },
      ClientToken: { target: 'ClientToken', idempotencyToken: true },
      ActionAfterCompletion: { target: 'ActionAfterCompletion' },
    },
  },
  GetScheduleInput: {
    type: 'structure',
    members: {
      Name: { target: 'Name', required: true, httpLabel: true },
      GroupName: { target: 'ScheduleGroupName', httpQuery: 'groupName' },
    },
  },
  DeleteScheduleInput: {
    type: 'structure',
    members: {
      Name: { target: 'Name', required: true, httpLabel: true },
      GroupName: { target: 'ScheduleGroupName', httpQuery: 'groupName' },
      ClientToken: { target: 'ClientToken', httpQuery: 'clientToken', idempotencyToken: true },
    },
  },
  ListSchedulesInput: {
    type: 'structure',
    members: {
      GroupName: { target: 'ScheduleGroupName', httpQuery: 'ScheduleGroup' },
      NamePrefix: { target: 'NamePrefix', httpQuery: 'NamePrefix' },
      State: { target: 'ScheduleState', httpQuery: 'State' },
      NextToken: { target: 'NextToken', httpQuery: 'NextToken' },
      MaxResults: { target: 'MaxResults', httpQuery: 'MaxResults' },
    },
  },
  CreateScheduleGroupInput: {
    type: 'structure',
    members: {
      Name: { target: 'ScheduleGroupName', required: true, httpLabel: true },
      Tags: { target: 'TagList' },
      ClientToken: { target: 'ClientToken', idempotencyToken: true },
    },
  },
  GetScheduleGroupInput: {
    type: 'structure',
    members: { Name: { target: 'ScheduleGroupName', required: true, httpLabel: true } },
  },
  DeleteScheduleGroupInput: {
    type: 'structure',
    members: {
      Name: { target: 'ScheduleGroupName', required: true, httpLabel: true },
      ClientToken: { target: 'ClientToken', httpQuery: 'clientToken', idempotencyToken: true },
    },
  },
  ListScheduleGroupsInput: {
    type: 'structure',
    members: {
      NamePrefix: { target: 'ScheduleGroupNamePrefix', httpQuery: 'NamePrefix' },
      NextToken: { target: 'NextToken', httpQuery: 'NextToken' },
      MaxResults: { target: 'MaxResults', httpQuery: 'MaxResults' },
    },
  },
  ListTagsForResourceInput: {
    type: 'structure',
    members: { ResourceArn: { target: 'TagResourceArn', required: true, httpLabel: true } },
  },
  TagResourceInput: {
    type: 'structure',
    members: {
      ResourceArn: { target: 'TagResourceArn', required: true, httpLabel: true },
      Tags: { target: 'TagList', required: true },
    },
  },
  UntagResourceInput: {
    type: 'structure',
    members: {
      ResourceArn: { target: 'TagResourceArn', required: true, httpLabel: true },
      TagKeys: { target: 'TagKeyList', required: true, httpQuery: 'TagKeys' },
    },
  },

  // Schedule definition
  Name: nameRule as ShapeRule,
  NamePrefix: nameRule as ShapeRule,
  ScheduleGroupName: nameRule as ShapeRule,
  ScheduleGroupNamePrefix: nameRule as ShapeRule,
  ScheduleExpression: { type: 'string', length: { min: 1, max: 256 } },
  ScheduleExpressionTimezone: { type: 'string', length: { min: 1, max: 50 } },
  StartDate: { type: 'timestamp' },
  EndDate: { type: 'timestamp' },
  Description: { type: 'string', length: { min: 0, max: 512 } },
  ScheduleState: { type: 'string', enum: ['ENABLED', 'DISABLED'] },
  KmsKeyArn: {
    type: 'string',
    length: { min: 1, max: 2048 },
    pattern: '^arn:aws(-[a-z]+)?:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*$',
  },
  ClientToken: { type: 'string', length: { min: 1, max: 64 }, pattern: '^[a-zA-Z0-9-_]+$' },
  ActionAfterCompletion: { type: 'string', enum: ['NONE', 'DELETE'] },
  FlexibleTimeWindow: {
    type: 'structure',
    members: {
      Mode: { target: 'FlexibleTimeWindowMode', required: true },
      MaximumWindowInMinutes: { target: 'MaximumWindowInMinutes' },
    },
  },
  FlexibleTimeWindowMode: { type: 'string', enum: ['OFF', 'FLEXIBLE'] },
  MaximumWindowInMinutes: { type: 'integer', range: { min: 1, max: 1440 } },
  NextToken: { type: 'string', length: { min: 1, max: 2048 } },
  MaxResults: { type: 'integer', range: { min: 1, max: 100 } },

  // Target
  Target: {
    type: 'structure',
    members: {
      Arn: { target: 'TargetArn', required: true },
      RoleArn: { target: 'RoleArn', required: true },
      DeadLetterConfig: { target: 'DeadLetterConfig' },
      RetryPolicy: { target: 'RetryPolicy' },
      Input: { target: 'TargetInput' },
      EcsParameters: { target: 'EcsParameters' },
      EventBridgeParameters: { target: 'EventBridgeParameters' },
      KinesisParameters: { target: 'KinesisParameters' },
      SageMakerPipelineParameters: { target: 'SageMakerPipelineParameters' },
      SqsParameters: { target: 'SqsParameters' },
    },
  },
  TargetArn: { type: 'string', length: { min: 1, max: 1600 } },
  RoleArn: {
    type: 'string',
    length: { min: 1, max: 1600 },
    pattern: '^arn:aws(-[a-z]+)?:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$',
  },
  TargetInput: { type: 'string', length: { min: 1 } },
  DeadLetterConfig: {
    type: 'structure',
    members: {
      Arn: {
        target: 'ResourceArn',
        pattern: '^arn:aws(-[a-z]+)?:sqs:[a-z0-9\\-]+:\\d{12}:[a-zA-Z0-9\\-_]+$',
      },
    },
  },
  ResourceArn: { type: 'string', length: { min: 1, max: 1600 } },
  RetryPolicy: {
    type: 'structure',
    members: {
      MaximumEventAgeInSeconds: { target: 'MaximumEventAgeInSeconds' },
      MaximumRetryAttempts: { target: 'MaximumRetryAttempts' },
    },
  },
  MaximumEventAgeInSeconds: { type: 'integer', range: { min: 60, max: 86400 } },
  MaximumRetryAttempts: { type: 'integer', range: { min: 0, max: 185 } },
  EventBridgeParameters: {
    type: 'structure',
    members: {
      DetailType: { target: 'DetailType', required: true },
      Source: { target: 'Source', required: true },
    },
  },
  DetailType: { type: 'string', length: { min: 1, max: 128 } },
  Source: {
    type: 'string',
    length: { min: 1, max: 256 },
    pattern: '^(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$',
  },
  KinesisParameters: {
    type: 'structure',
    members: { PartitionKey: { target: 'TargetPartitionKey', required: true } },
  },
  TargetPartitionKey: { type: 'string', length: { min: 1, max: 256 } },
  SqsParameters: {
    type: 'structure',
    members: { MessageGroupId: { target: 'MessageGroupId' } },
  },
  MessageGroupId: { type: 'string', length: { min: 1, max: 128 } },
  SageMakerPipelineParameters: {
    type: 'structure',
    members: { PipelineParameterList: { target: 'SageMakerPipelineParameterList' } },
  },
  SageMakerPipelineParameterList: {
    type: 'list',
    member: 'SageMakerPipelineParameter',
    length: { min: 0, max: 200 },
  },
  SageMakerPipelineParameter: {
    type: 'structure',
    members: {
      Name: { target: 'SageMakerPipelineParameterName', required: true },
      Value: { target: 'SageMakerPipelineParameterValue', required: true },
    },
  },
  SageMakerPipelineParameterName: {
    type: 'string',
    length: { min: 1, max: 256 },
    pattern: '^[A-Za-z0-9\\-_]*$',
  },
  SageMakerPipelineParameterValue: { type: 'string', length: { min: 1, max: 1024 } },
  EcsParameters: {
    type: 'structure',
    members: {
      TaskDefinitionArn: { target: 'TaskDefinitionArn', required: true },
      TaskCount: { target: 'TaskCount' },
      LaunchType: { target: 'LaunchType' },
      NetworkConfiguration: { target: 'NetworkConfiguration' },
      PlatformVersion: { target: 'PlatformVersion' },
      Group: { target: 'Group' },
      CapacityProviderStrategy: { target: 'CapacityProviderStrategy' },
      EnableECSManagedTags: { target: 'EnableECSManagedTags' },
      EnableExecuteCommand: { target: 'EnableExecuteCommand' },
      PlacementConstraints: { target: 'PlacementConstraints' },
      PlacementStrategy: { target: 'PlacementStrategies' },
      PropagateTags: { target: 'PropagateTags' },
      ReferenceId: { target: 'ReferenceId' },
      Tags: { target: 'Tags' },
    },
  },
  TaskDefinitionArn: { type: 'string', length: { min: 1, max: 1600 } },
  TaskCount: { type: 'integer', range: { min: 1, max: 10 } },
  LaunchType: { type: 'string', enum: ['EC2', 'FARGATE', 'EXTERNAL'] },
  NetworkConfiguration: {
    type: 'structure',
    members: { awsvpcConfiguration: { target: 'AwsVpcConfiguration' } },
  },
  AwsVpcConfiguration: {
    type: 'structure',
    members: {
      Subnets: { target: 'Subnets', required: true },
      SecurityGroups: { target: 'SecurityGroups' },
      AssignPublicIp: { target: 'AssignPublicIp' },
    },
  },
  Subnets: { type: 'list', member: 'Subnet', length: { min: 1, max: 16 } },
  Subnet: { type: 'string', length: { min: 1, max: 1000 } },
  SecurityGroups: { type: 'list', member: 'SecurityGroup', length: { min: 1, max: 5 } },
  SecurityGroup: { type: 'string', length: { min: 1, max: 1000 } },
  AssignPublicIp: { type: 'string', enum: ['ENABLED', 'DISABLED'] },
  PlatformVersion: { type: 'string', length: { min: 1, max: 64 } },
  Group: { type: 'string', length: { min: 1, max: 255 } },
  CapacityProviderStrategy: {
    type: 'list',
    member: 'CapacityProviderStrategyItem',
    length: { max: 6 },
  },
  CapacityProviderStrategyItem: {
    type: 'structure',
    members: {
      capacityProvider: { target: 'CapacityProvider', required: true },
      weight: { target: 'CapacityProviderStrategyItemWeight' },
      base: { target: 'CapacityProviderStrategyItemBase' },
    },
  },
  CapacityProvider: { type: 'string', length: { min: 1, max: 255 } },
  CapacityProviderStrategyItemWeight: { type: 'integer', range: { min: 0, max: 1000 } },
  CapacityProviderStrategyItemBase: { type: 'integer', range: { min: 0, max: 100000 } },
  EnableECSManagedTags: { type: 'boolean' },
  EnableExecuteCommand: { type: 'boolean' },
  PlacementConstraints: { type: 'list', member: 'PlacementConstraint', length: { max: 10 } },
  PlacementConstraint: {
    type: 'structure',
    members: {
      type: { target: 'PlacementConstraintType' },
      expression: { target: 'PlacementConstraintExpression' },
    },
  },
  PlacementConstraintType: { type: 'string', enum: ['distinctInstance', 'memberOf'] },
  PlacementConstraintExpression: { type: 'string', length: { max: 2000 } },
  PlacementStrategies: { type: 'list', member: 'PlacementStrategy', length: { max: 5 } },
  PlacementStrategy: {
    type: 'structure',
    members: {
      type: { target: 'PlacementStrategyType' },
      field: { target: 'PlacementStrategyField' },
    },
  },
  PlacementStrategyType: { type: 'string', enum: ['random', 'spread', 'binpack'] },
  PlacementStrategyField: { type: 'string', length: { max: 255 } },
  PropagateTags: { type: 'string', enum: ['TASK_DEFINITION'] },
  ReferenceId: { type: 'string', length: { max: 1024 } },
  Tags: { type: 'list', member: 'TagMap', length: { min: 0, max: 50 } },
  TagMap: { type: 'map', key: 'TagKey', value: 'TagValue' },

  // Tags on schedule groups
  TagList: { type: 'list', member: 'Tag', length: { min: 0, max: 200 } },
  Tag: {
    type: 'structure',
    members: {
      Key: { target: 'TagKey', required: true },
      Value: { target: 'TagValue', required: true },
    },
  },
  TagKey: { type: 'string', length: { min: 1, max: 128 } },
  TagValue: { type: 'string', length: { min: 1, max: 256 } },
  TagKeyList: { type: 'list', member: 'TagKey', length: { min: 0, max: 200 } },
  TagResourceArn: {
    type: 'string',
    length: { min: 1, max: 1011 },
    pattern: '^arn:aws(-[a-z]+)?:scheduler:[a-z0-9\\-]+:\\d{12}:schedule-group\\/[0-9a-zA-Z-_.]+$',
  },
};

/** The model's error shapes and the HTTP status each is sent with (`smithy.api#httpError`). */
export const errorStatus = {
  ValidationException: 400,
  ServiceQuotaExceededException: 402,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ThrottlingException: 429,
  InternalServerException: 500,
} as const;

export type ModelErrorName = keyof typeof errorStatus;

export interface OperationRule {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  uri: string;
  input: string;
  errors: readonly ModelErrorName[];
}

const common: readonly ModelErrorName[] = [
  'InternalServerException',
  'ThrottlingException',
  'ValidationException',
];

export const operations = {
  CreateSchedule: {
    method: 'POST',
    uri: '/schedules/{Name}',
    input: 'CreateScheduleInput',
    errors: [
      ...common,
      'ConflictException',
      'ResourceNotFoundException',
      'ServiceQuotaExceededException',
    ],
  },
  GetSchedule: {
    method: 'GET',
    uri: '/schedules/{Name}',
    input: 'GetScheduleInput',
    errors: [...common, 'ResourceNotFoundException'],
  },
  UpdateSchedule: {
    method: 'PUT',
    uri: '/schedules/{Name}',
    input: 'UpdateScheduleInput',
    errors: [...common, 'ConflictException', 'ResourceNotFoundException'],
  },
  DeleteSchedule: {
    method: 'DELETE',
    uri: '/schedules/{Name}',
    input: 'DeleteScheduleInput',
    errors: [...common, 'ConflictException', 'ResourceNotFoundException'],
  },
  ListSchedules: {
    method: 'GET',
    uri: '/schedules',
    input: 'ListSchedulesInput',
    errors: [...common, 'ResourceNotFoundException'],
  },
  CreateScheduleGroup: {
    method: 'POST',
    uri: '/schedule-groups/{Name}',
    input: 'CreateScheduleGroupInput',
    errors: [...common, 'ConflictException', 'ServiceQuotaExceededException'],
  },
  GetScheduleGroup: {
    method: 'GET',
    uri: '/schedule-groups/{Name}',
    input: 'GetScheduleGroupInput',
    errors: [...common, 'ResourceNotFoundException'],
  },
  DeleteScheduleGroup: {
    method: 'DELETE',
    uri: '/schedule-groups/{Name}',
    input: 'DeleteScheduleGroupInput',
    errors: [...common, 'ConflictException', 'ResourceNotFoundException'],
  },
  ListScheduleGroups: {
    method: 'GET',
    uri: '/schedule-groups',
    input: 'ListScheduleGroupsInput',
    errors: common,
  },
  ListTagsForResource: {
    method: 'GET',
    uri: '/tags/{ResourceArn}',
    input: 'ListTagsForResourceInput',
    errors: [...common, 'ResourceNotFoundException'],
  },
  TagResource: {
    method: 'POST',
    uri: '/tags/{ResourceArn}',
    input: 'TagResourceInput',
    errors: [...common, 'ConflictException', 'ResourceNotFoundException'],
  },
  UntagResource: {
    method: 'DELETE',
    uri: '/tags/{ResourceArn}',
    input: 'UntagResourceInput',
    errors: [...common, 'ConflictException', 'ResourceNotFoundException'],
  },
} as const satisfies Record<string, OperationRule>;

export type OperationName = keyof typeof operations;

/** Defaults the service applies when a member is omitted (documented, not traits in the model). */
export const serviceDefaults = {
  GroupName: 'default',
  State: 'ENABLED',
  ActionAfterCompletion: 'NONE',
  ScheduleExpressionTimezone: 'UTC',
  MaximumRetryAttempts: 185,
  MaximumEventAgeInSeconds: 86400,
  MaxResults: 100,
} as const;
