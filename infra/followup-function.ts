// Lambda defaults shared by the inbound, milestone and doctor entry points: Node.js 24 on arm64,
// code built by the local esbuild (no Docker) with code splitting (bundle.ts: index.mjs, and beside
// it the chunks it loads only when an event needs them; the templates are in it, precompiled), a
// log group with a retention, and a role that may write to that log group and nothing else until
// the stack grants more (no AWS managed policy).
import {
  AssetHashType,
  CfnResource,
  DockerImage,
  type Duration,
  type ILocalBundling,
  Lazy,
  RemovalPolicy,
  Stack,
} from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  type IDestination,
  Function as LambdaFunction,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleFunction } from './bundle.ts';

export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export interface FollowupFunctionProps {
  /** Repository root: holds tsconfig.json, node_modules and `functions/`. */
  projectRoot: string;
  /** Entry file relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  functionName?: string;
  /** Asynchronous invocations (SES, Scheduler): retries, then where a failed event is kept. */
  retryAttempts: number;
  onFailure: IDestination;
  /** Caps how much of the account's concurrency the function may take. */
  reservedConcurrentExecutions?: number;
}

export function createFollowupFunction(
  scope: Construct,
  id: string,
  props: FollowupFunctionProps,
): LambdaFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.DESTROY,
  });

  const role = new Role(scope, `${id}ServiceRole`, {
    description: `followup: run the ${id} function`,
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  });
  logGroup.grantWrite(role);

  // NodejsFunction cannot split code (it names one output file), so the asset is bundled here,
  // locally (bundle.ts). CDK reuses a bundle within a synth for the same bundling options, less
  // their functions: the entry tells the functions' bundles apart (milestone and doctor share one).
  const local: ILocalBundling & { entry: string } = {
    entry: props.entry,
    tryBundle(outputDir) {
      bundleFunction(props.projectRoot, props.entry, outputDir);
      return true;
    },
  };
  const fn = new LambdaFunction(scope, id, {
    // Hashed by its output, as NodejsFunction's is; the Docker image is never used.
    code: Code.fromAsset(props.projectRoot, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: { image: DockerImage.fromRegistry('unused-local-bundling'), local },
    }),
    handler: 'index.handler', // index.mjs's export
    runtime: FUNCTION_RUNTIME,
    architecture: Architecture.ARM_64,
    description: props.description,
    memorySize: props.memorySize,
    timeout: props.timeout,
    logGroup,
    role,
    functionName: props.functionName,
    reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    retryAttempts: props.retryAttempts,
    onFailure: props.onFailure,
    environment: {
      ...props.environment,
      NODE_OPTIONS: '--enable-source-maps',
    },
  });
  withoutRedundantRoleDependency(fn);
  return fn;
}

/**
 * CDK makes a function DependsOn its role, though the Role property's GetAtt already orders the
 * two (cfn-lint W3005). Keeps every other dependency, such as the role's policy, which nothing
 * references but must exist before the function runs.
 */
export function withoutRedundantRoleDependency(fn: LambdaFunction): void {
  const resource = fn.node.defaultChild as CfnResource;
  const role = fn.role?.node.defaultChild;
  resource.addOverride(
    'DependsOn',
    Lazy.list({
      produce: () =>
        resource
          .obtainDependencies()
          .filter((dependency) => CfnResource.isCfnResource(dependency) && dependency !== role)
          .map((dependency) => Stack.of(fn).getLogicalId(dependency as CfnResource))
          .sort(),
    }),
  );
}
