// Lambda defaults shared by the inbound, milestone and doctor entry points: Node.js 24 on arm64,
// one ESM bundle built by the local esbuild (no Docker; the templates are in it, precompiled) and
// beside it handlebars' compiler as a file of its own, loaded only for a user's template
// overrides, a log group with a retention, and a role that may write to that log group and
// nothing else until the stack grants more (no AWS managed policy).
import { readFileSync } from 'node:fs';
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

export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

export interface FollowupFunctionProps {
  /** Repository root: holds package-lock.json, tsconfig.json and `functions/`. */
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

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** package.json's import of the template compiler, which the bundle leaves to a file beside it. */
export const TEMPLATE_COMPILER_IMPORT = '#template-compiler';
export const TEMPLATE_COMPILER_FILE = 'template-compiler.mjs';

/** What package.json's `#template-compiler` names in the source tree. */
function templateCompilerEntry(projectRoot: string): string {
  const { imports } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    imports?: Record<string, string>;
  };
  const entry = imports?.[TEMPLATE_COMPILER_IMPORT];
  if (!entry) throw new Error(`package.json has no "${TEMPLATE_COMPILER_IMPORT}" import`);
  return join(projectRoot, entry);
}

/**
 * Builds the template compiler beside the bundle with the bundle's own options, and a package.json
 * whose `imports` point the bundle's `#template-compiler` at it.
 */
function templateCompilerCommands(projectRoot: string, outputDir: string): string[] {
  const esbuild = join(projectRoot, 'node_modules', '.bin', 'esbuild');
  const options = [
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node24',
    '--main-fields=module,main',
    '--minify',
    '--sourcemap',
    '--sources-content=false',
    '--log-level=warning',
    `--banner:js=${requireShim}`,
    `--outfile=${join(outputDir, TEMPLATE_COMPILER_FILE)}`,
  ];
  const packageJson = { imports: { [TEMPLATE_COMPILER_IMPORT]: `./${TEMPLATE_COMPILER_FILE}` } };
  return [
    [esbuild, templateCompilerEntry(projectRoot), ...options].map(shellQuote).join(' '),
    `printf '%s' ${shellQuote(JSON.stringify(packageJson))} > ${shellQuote(join(outputDir, 'package.json'))}`,
  ];
}

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
      externalModules: [TEMPLATE_COMPILER_IMPORT],
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir, outputDir) =>
          templateCompilerCommands(props.projectRoot, outputDir),
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
