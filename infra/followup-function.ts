// Lambda defaults shared by the inbound and milestone entry points: Node.js 24 on arm64, one ESM
// bundle built by the local esbuild (no Docker), the handlebars templates copied beside it, and a
// log group with a retention.
import { join } from 'node:path';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, type IDestination, Runtime } from 'aws-cdk-lib/aws-lambda';
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

  return new NodejsFunction(scope, id, {
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
    functionName: props.functionName,
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
}
