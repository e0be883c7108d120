// Lambda defaults shared by the inbound and milestone entry points: Node.js 24 on arm64, one ESM
// bundle built by the local esbuild (no Docker), the handlebars templates copied beside it, a log
// group with a retention, and a role that may write to that log group and nothing else until the
// stack grants more (no AWS managed policy).
import { join } from 'node:path';
import { CfnResource, type Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  type IDestination,
  type Function as LambdaFunction,
  Runtime,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Where the bundle's templates land: Lambda unpacks the code under /var/task. */
export const LAMBDA_TEMPLATES_DIR = '/var/task/templates';

export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export interface FollowupFunctionProps {
  /** Repository root: holds package-lock.json, tsconfig.json, `functions/` and `templates/`. */
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

// Some CommonJS dependencies call require() at run time; an ESM bundle has none, so define one.
const requireShim =
  "import { createRequire as __followupCreateRequire } from 'node:module'; const require = __followupCreateRequire(import.meta.url);";

const shellQuote = (path: string) => `'${path.replaceAll("'", "'\\''")}'`;

export function createFollowupFunction(
  scope: Construct,
  id: string,
  props: FollowupFunctionProps,
): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.THREE_MONTHS,
    removalPolicy: RemovalPolicy.DESTROY,
  });

  const role = new Role(scope, `${id}ServiceRole`, {
    description: `followup: run the ${id} function`,
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
  });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, id, {
    entry: join(props.projectRoot, props.entry),
    handler: 'handler',
    projectRoot: props.projectRoot,
    depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
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
      FOLLOWUP_TEMPLATES_DIR: LAMBDA_TEMPLATES_DIR,
      NODE_OPTIONS: '--enable-source-maps',
    },
    bundling: {
      format: OutputFormat.ESM,
      target: 'node24',
      mainFields: ['module', 'main'],
      banner: requireShim,
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      // Bundle the SDK clients the code was written and tested against, not the runtime's copy.
      bundleAwsSDK: true,
      forceDockerBundling: false,
      tsconfig: join(props.projectRoot, 'tsconfig.json'),
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir, outputDir) => [
          `cp -R ${shellQuote(join(inputDir, 'templates'))} ${shellQuote(join(outputDir, 'templates'))}`,
        ],
      },
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
