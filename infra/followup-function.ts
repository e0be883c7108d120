// Lambda defaults shared by the inbound, milestone and doctor entry points: Node.js 24 on arm64,
// one ESM bundle built by the local esbuild (no Docker; the templates are in it, precompiled) and
// beside it, as files of their own, the modules it loads only when needed (handlebars' compiler,
// for a user's template overrides; ical.js, for a message with a calendar), a log group with a
// retention, and a role that may write to that log group and nothing else until the stack grants
// more (no AWS managed policy).
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
export const TEMPLATE_COMPILER_FILE = sideModuleFile(TEMPLATE_COMPILER_IMPORT);

/** `#ical` -> `ical.mjs`: the file beside the bundle that a side module is built into. */
export function sideModuleFile(specifier: string): string {
  return `${specifier.slice(1)}.mjs`;
}

/**
 * package.json's single-module imports (`#template-compiler`, `#ical`): what the code loads only
 * when it needs it, so each bundle leaves them to files of their own beside it.
 */
export function sideModules(projectRoot: string): Array<{ specifier: string; entry: string }> {
  const { imports = {} } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    imports?: Record<string, string>;
  };
  const modules = Object.entries(imports)
    .filter(([specifier]) => !specifier.includes('*'))
    .map(([specifier, entry]) => ({
      specifier,
      // A path in the project, or a package's name that esbuild resolves from the project root.
      entry: entry.startsWith('.') ? join(projectRoot, entry) : entry,
    }));
  if (!modules.some((module) => module.specifier === TEMPLATE_COMPILER_IMPORT)) {
    throw new Error(`package.json has no "${TEMPLATE_COMPILER_IMPORT}" import`);
  }
  return modules;
}

/**
 * Builds, with the bundle's own options, each side module the bundle imports (and no other) beside
 * it, and a package.json whose `imports` point the bundle's specifiers at those files.
 */
function sideModuleCommands(projectRoot: string, outputDir: string): string[] {
  const esbuild = join(projectRoot, 'node_modules', '.bin', 'esbuild');
  const bundle = join(outputDir, 'index.mjs');
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
  ];
  const modules = sideModules(projectRoot);
  const builds = modules.map(({ specifier, entry }) => {
    const build = [
      esbuild,
      entry,
      ...options,
      `--outfile=${join(outputDir, sideModuleFile(specifier))}`,
    ];
    // Minified, the bundle names a dynamic import as `import("#ical")`.
    const imported = ['grep', '-qF', `import("${specifier}")`, bundle];
    return `if ${imported.map(shellQuote).join(' ')}; then (cd ${shellQuote(projectRoot)} && ${build.map(shellQuote).join(' ')}); fi`;
  });
  // The package.json lists only the side modules built beside this bundle.
  const writePackageJson = [
    'const [dir, files] = process.argv.slice(1);',
    "const { existsSync, writeFileSync } = await import('node:fs');",
    "const built = JSON.parse(files).filter(([, file]) => existsSync(dir + '/' + file));",
    "const imports = Object.fromEntries(built.map(([specifier, file]) => [specifier, './' + file]));",
    "writeFileSync(dir + '/package.json', JSON.stringify({ imports }));",
  ].join(' ');
  const files = modules.map(({ specifier }) => [specifier, sideModuleFile(specifier)]);
  return [
    ...builds,
    [
      process.execPath,
      '--input-type=module',
      '-e',
      writePackageJson,
      outputDir,
      JSON.stringify(files),
    ]
      .map(shellQuote)
      .join(' '),
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
      externalModules: sideModules(props.projectRoot).map((module) => module.specifier),
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir, outputDir) => sideModuleCommands(props.projectRoot, outputDir),
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
