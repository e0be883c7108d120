// Infra assertions: synthesizes the real stack once (both functions bundled by the local esbuild)
// and checks the template and the bundles a deploy would ship, including that the environment the
// stack gives each function is accepted by the config reader the functions run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CfnResource } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../functions/adapters/dynamodb-store.ts';
import { DOCTOR_EVENT, readConfig } from '../../functions/config.ts';
import { SEND_LEASE_MS } from '../../functions/core/application.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import { DOCTOR_STEP_RESERVE_MS } from '../../functions/core/use-cases/doctor.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { type BundleLoad, bundleLoad, ENTRY_FILE } from '../../infra/bundle.ts';
import { createFollowupApp } from '../../infra/followup-app.ts';
import { FUNCTION_RUNTIME } from '../../infra/followup-function.ts';
import { RULE_SET_ACTIVATION_TYPE } from '../../infra/rule-set-activation/construct.ts';
import {
  DEFAULT_INBOUND_RESERVED_CONCURRENCY,
  PLACEHOLDER_SENDER,
  readStackSettings,
  StackSettingsError,
} from '../../infra/settings.ts';
import {
  DOCTOR_SCHEDULE,
  type FollowupStack,
  FUNCTION_TIMEOUT_SECONDS,
  RAW_MAIL_PREFIX,
  SCHEDULE_GROUP_NAME,
  TEMPLATE_OVERRIDES_PREFIX,
} from '../../infra/stack.ts';
import { ASYNC_RETRY_DELAYS_MS } from '../../local/lambda-async.ts';
import {
  createResolver,
  FAKE_ACCOUNT,
  FAKE_REGION,
  PRIVATE_ENCRYPTED_BUCKET,
  type TemplateJson,
} from './resolve-intrinsics.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const context = {
  domain: 'Mail.Example.org',
  allowedSenders: 'me@inbox.example, Partner@Inbox.example',
  admins: 'Coach@Team.example',
  defaultTimezone: 'Europe/Berlin',
  alarmEmail: 'ops@inbox.example',
};
const intakeAddress = 'interviews@mail.example.org';

/** Set by the local stack alone: AWS has the reply secret's ARN, and the SDK's own timeouts. */
const localOnlyVariables = ['FOLLOWUP_REPLY_SECRET', 'FOLLOWUP_SDK_REQUEST_TIMEOUT_MS'];

/** Every FOLLOWUP_* variable functions/config.ts reads on AWS, taken from its source. */
const configVariables = [
  ...new Set(
    readFileSync(join(projectRoot, 'functions/config.ts'), 'utf8').match(
      /\bFOLLOWUP_[A-Z0-9_]+(?=\s*:)/g,
    ) ?? [],
  ),
].filter((variable) => !localOnlyVariables.includes(variable));

function buildStack(appContext: Record<string, unknown>, outdir: string) {
  return createFollowupApp(projectRoot, { outdir, context: appContext }).stack;
}

const logicalIdOf = (stack: FollowupStack, path: string) => {
  const construct = stack.node.findChild(path);
  return stack.getLogicalId(construct.node.defaultChild as CfnResource);
};

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};
const actionsOf = (statement: Statement) =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action];
const resourcesOf = (statement: Statement) =>
  Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];

/** A script's output, run in a Node.js of its own from a bundle's folder, as index.mjs runs there. */
function inBundleFolder(assetDir: string, script: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: assetDir,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
}

const loads = new Map<string, BundleLoad>();
/** Which of a bundle's files its import loads and which wait (read once per bundle). */
function loadOf(assetDir: string): BundleLoad {
  const load = loads.get(assetDir) ?? bundleLoad(assetDir);
  loads.set(assetDir, load);
  return load;
}

/** The text of some of a bundle's files. */
function textOf(assetDir: string, files: readonly string[]): string {
  return files.map((file) => readFileSync(join(assetDir, file), 'utf8')).join('\n');
}

/** The files a bundle's chunk was built from, as its source map names them. */
function sourcesOf(assetDir: string, file: string): string[] {
  return (JSON.parse(readFileSync(join(assetDir, `${file}.map`), 'utf8')) as { sources: string[] })
    .sources;
}

/** The files some of a bundle's files were built from. */
function sources(assetDir: string, files: readonly string[]): string[] {
  return files.flatMap((file) => sourcesOf(assetDir, file));
}

/** The one file of a bundle built from a source whose path contains `source`. */
function chunkBuiltFrom(assetDir: string, source: string): string {
  const { atImport, onDemand } = loadOf(assetDir);
  const files = [...atImport, ...onDemand].filter((file) =>
    sourcesOf(assetDir, file).some((path) => path.includes(source)),
  );
  expect(files, `files built from ${source}`).toHaveLength(1);
  return files[0] ?? '';
}

const TEMPLATE_COMPILER = 'functions/core/mail/template-compiler.ts';

describe('the Followup stack', () => {
  let outdir: string;
  let stack: FollowupStack;
  let template: Template;
  let json: TemplateJson;
  let ids: Record<'inbound' | 'milestone' | 'doctor' | 'table' | 'bucket' | 'role', string>;
  let resolver: ReturnType<typeof createResolver>;

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'followup-cdk-'));
    stack = buildStack(context, outdir);
    template = Template.fromStack(stack);
    json = template.toJSON() as TemplateJson;
    resolver = createResolver(json);
    ids = {
      inbound: logicalIdOf(stack, 'Inbound'),
      milestone: logicalIdOf(stack, 'Milestone'),
      doctor: logicalIdOf(stack, 'Doctor'),
      table: logicalIdOf(stack, 'Table'),
      bucket: logicalIdOf(stack, 'RawMail'),
      role: logicalIdOf(stack, 'SchedulerRole'),
    };
  }, 120_000);

  afterAll(() => {
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  const functionProperties = (logicalId: string) =>
    template.toJSON().Resources[logicalId].Properties as {
      Runtime: string;
      Architectures: string[];
      Handler: string;
      Environment: { Variables: Record<string, unknown> };
      LoggingConfig: { LogGroup: { Ref: string } };
      Code: { S3Key: string };
      FunctionName?: string;
    };

  /** Where the synthesized bundle of a function is. */
  const assetDirOf = (name: 'inbound' | 'milestone' | 'doctor') =>
    join(outdir, `asset.${functionProperties(ids[name]).Code.S3Key.replace(/\.zip$/, '')}`);

  /** Statements of the IAM policies attached to the role with this logical id. */
  const policyStatementsOfRole = (roleLogicalId: string): Statement[] =>
    Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) => {
      const roles = policy.Properties.Roles as { Ref: string }[];
      return roles.some((role) => role.Ref === roleLogicalId)
        ? (policy.Properties.PolicyDocument.Statement as Statement[])
        : [];
    });
  const roleOfFunction = (functionLogicalId: string) =>
    (functionProperties(functionLogicalId) as unknown as { Role: { 'Fn::GetAtt': string[] } }).Role[
      'Fn::GetAtt'
    ][0] as string;

  describe('storage', () => {
    it('has one table with the keys, TTL attribute and recovery the store adapter relies on', () => {
      expect(TABLE_KEYS).toEqual({ partition: 'pk', sort: 'sk', ttl: 'expiresAt' });
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          KeySchema: [
            { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
          ],
          AttributeDefinitions: Match.arrayEquals([
            { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
            { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
          ]),
          BillingMode: 'PAY_PER_REQUEST',
          TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttl, Enabled: true },
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        },
      });
    });

    it('keeps raw mail private, encrypted, and only 30 days under the inbound prefix', () => {
      template.hasResourceProperties('AWS::S3::Bucket', {
        ...PRIVATE_ENCRYPTED_BUCKET,
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({ Prefix: RAW_MAIL_PREFIX, ExpirationInDays: 30, Status: 'Enabled' }),
          ]),
        },
      });
    });

    it('lets only SES, from our receipt rule, put objects, and only under inbound/', () => {
      const [policy] = Object.values(
        template.findResources('AWS::S3::BucketPolicy', {
          Properties: { Bucket: { Ref: ids.bucket } },
        }),
      );
      const statements = policy?.Properties.PolicyDocument.Statement as Statement[];
      const denyInsecure = statements.find((s) => s.Effect === 'Deny');
      expect(denyInsecure?.Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
      expect(actionsOf(denyInsecure as Statement)).toEqual(['s3:*']);

      const allows = statements.filter((s) => s.Effect === 'Allow');
      expect(allows).toHaveLength(1);
      const [ses] = allows as [Statement];
      expect(ses.Principal).toEqual({ Service: 'ses.amazonaws.com' });
      expect(actionsOf(ses)).toEqual(['s3:PutObject']);
      expect(resolver.resolve(ses.Resource)).toBe(
        `${resolver.getAtt(ids.bucket, 'Arn')}/${RAW_MAIL_PREFIX}*`,
      );
      const conditions = ses.Condition?.StringEquals ?? {};
      expect(resolver.resolve(conditions['aws:SourceAccount'])).toBe(FAKE_ACCOUNT);
      expect(resolver.resolve(conditions['aws:SourceArn'])).toBe(receiptRuleArn());
    });
  });

  /** The ARN of the receipt rule the template really creates, from its names. */
  const receiptRuleArn = () => {
    const [rule] = Object.values(template.findResources('AWS::SES::ReceiptRule'));
    const [ruleSet] = Object.values(template.findResources('AWS::SES::ReceiptRuleSet'));
    const ruleSetName = ruleSet?.Properties.RuleSetName as string;
    expect(rule?.Properties.RuleSetName).toEqual({
      Ref: Object.keys(template.findResources('AWS::SES::ReceiptRuleSet'))[0],
    });
    return `arn:aws:ses:${FAKE_REGION}:${FAKE_ACCOUNT}:receipt-rule-set/${ruleSetName}:receipt-rule/${rule?.Properties.Rule.Name}`;
  };

  describe('functions', () => {
    // A lease shorter than one attempt lets a second delivery take over a message (or a send)
    // that is still being handled: a duplicate acknowledgment or draft.
    it.each([
      ['inbound', 'the inbound message lease', MESSAGE_LEASE_MS],
      ['milestone', 'the milestone send lease', SEND_LEASE_MS],
    ] as const)('%s: one attempt ends before %s does', (name, _lease, leaseMs) => {
      const { Timeout } = functionProperties(ids[name]) as unknown as { Timeout: number };
      expect(Timeout).toBe(FUNCTION_TIMEOUT_SECONDS[name]);
      expect(leaseMs).toBeGreaterThan(Timeout * 1000);
    });

    it('runs the doctor as the milestone code with a timeout of its own, well beyond its step reserve', () => {
      const doctor = functionProperties(ids.doctor) as unknown as {
        Timeout: number;
        Code: unknown;
      };
      expect(doctor.Timeout).toBe(FUNCTION_TIMEOUT_SECONDS.doctor);
      expect(doctor.Timeout * 1000).toBeGreaterThan(10 * DOCTOR_STEP_RESERVE_MS);
      expect(doctor.Code).toEqual(functionProperties(ids.milestone).Code);
      // A run cut short is not retried: the next day's starts elsewhere.
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: ids.doctor },
        MaximumRetryAttempts: 0,
      });
    });

    it.each(['inbound', 'milestone', 'doctor'] as const)(
      '%s runs on Node.js 24 arm64 from an ESM bundle with every config variable set',
      (name) => {
        const properties = functionProperties(ids[name]);
        expect(properties.Runtime).toBe(FUNCTION_RUNTIME.name);
        expect(properties.Runtime).toBe('nodejs24.x');
        expect(properties.Architectures).toEqual(['arm64']);
        expect(properties.Handler).toBe('index.handler');

        const variables = properties.Environment.Variables;
        expect(configVariables.length).toBeGreaterThan(5);
        for (const variable of configVariables) expect(variables).toHaveProperty(variable);
        for (const variable of localOnlyVariables) expect(variables).not.toHaveProperty(variable);
        expect(variables.NODE_OPTIONS).toContain('--enable-source-maps');

        template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
        const logGroup = json.Resources[properties.LoggingConfig.LogGroup.Ref];
        expect(logGroup?.Properties?.RetentionInDays).toBe(90);
      },
    );

    it.each(['inbound', 'milestone'] as const)(
      '%s bundle is minified ESM exporting handler, with a require shim, source maps, SDK and precompiled templates',
      (name) => {
        const assetDir = assetDirOf(name);
        const { atImport, onDemand } = loadOf(assetDir);
        const code = readFileSync(join(assetDir, ENTRY_FILE), 'utf8');
        expect(code.slice(0, 200)).toContain('createRequire');
        expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}|export\s*\{\s*handler\b/);
        const loaded = textOf(assetDir, atImport);
        // bundleAwsSDK: no import is left for the runtime's own SDK copy to satisfy.
        expect(textOf(assetDir, [...atImport, ...onDemand])).not.toMatch(/from\s*["']@aws-sdk\//);
        // Minified: no statement on an indented line of its own (the lines there are, are line
        // breaks inside strings, such as the holiday names and the templates' text).
        expect(loaded).not.toMatch(/^\s+(?:return|const|let|var|if \()/m);
        expect(loaded.length).toBeGreaterThan(100_000);
        // Chunks and their source maps, and nothing else. (esbuild may leave a chunk that nothing
        // imports, such as the SDK's browser-only bowser, which is never loaded.)
        expect(atImport).toContain(ENTRY_FILE);
        const shipped = readdirSync(assetDir);
        const chunks = shipped.filter((file) => file.endsWith('.mjs'));
        expect(shipped.sort()).toEqual(chunks.flatMap((file) => [file, `${file}.map`]).sort());
        expect(chunks).toEqual(expect.arrayContaining([...atImport, ...onDemand]));
        for (const file of chunks) {
          expect(readFileSync(join(assetDir, file), 'utf8').slice(0, 200)).toContain(
            'createRequire',
          );
        }

        // handlebars' runtime loads with the bundle; the precompiled templates wait for the mails
        // that use them (a chunk per mail, one for the partials), and its compiler for a user's
        // overrides.
        expect(sources(assetDir, atImport).some((path) => path.includes('/handlebars/'))).toBe(
          true,
        );
        expect(loaded).not.toContain('compiler:[8,');
        for (const module of ['mail/draft.ts', 'drafts/thank-you.ts', 'partials.ts']) {
          const chunk = chunkBuiltFrom(
            assetDir,
            `functions/core/mail/built-in-templates/${module}`,
          );
          expect(onDemand).toContain(chunk);
          expect(textOf(assetDir, [chunk])).toContain('compiler:[8,');
        }
        const compilerOnly = 'You must pass a string or Handlebars AST to Handlebars.compile';
        expect(loaded).not.toContain(compilerOnly);
        expect(textOf(assetDir, [chunkBuiltFrom(assetDir, TEMPLATE_COMPILER)])).toContain(
          compilerOnly,
        );
      },
    );

    it('the inbound bundle leaves ical.js to a chunk of its own, loaded for a message with a calendar', () => {
      const assetDir = assetDirOf('inbound');
      const { atImport, onDemand } = loadOf(assetDir);
      const icalOnly = 'invalid line (no token';
      expect(textOf(assetDir, atImport)).not.toContain(icalOnly);
      const chunk = chunkBuiltFrom(assetDir, 'node_modules/ical.js/');
      expect(onDemand).toContain(chunk);
      // The chunk the reader imports, in a Node.js of its own.
      const script = [
        `const { default: ical } = await import('./${chunk}');`,
        "const [, properties] = ical.parse('BEGIN:VEVENT\\r\\nSUMMARY:Interview\\r\\nEND:VEVENT\\r\\n');",
        'process.stdout.write(properties[0][3]);',
      ].join('\n');
      expect(inBundleFolder(assetDir, script)).toBe('Interview');
    });

    it('the inbound import loads no reader and no routing: chunks loaded once a message is through the gate', () => {
      const assetDir = assetDirOf('inbound');
      const { atImport, onDemand } = loadOf(assetDir);
      const loaded = sources(assetDir, atImport);
      const later = sources(assetDir, onDemand);
      for (const source of [
        'functions/core/understand/read-message.ts',
        'functions/core/understand/gazetteer-data.ts',
        'functions/core/understand/windows-zones.ts',
        'node_modules/chrono-node/',
        'functions/core/use-cases/inbound-routing.ts',
        'functions/core/matching.ts',
      ]) {
        expect(loaded.filter((path) => path.includes(source))).toEqual([]);
        expect(
          later.some((path) => path.includes(source)),
          source,
        ).toBe(true);
      }
      // The gate's own modules are there at once.
      expect(loaded.some((path) => path.includes('functions/core/use-cases/filter-gate.ts'))).toBe(
        true,
      );
    });

    it.each(['inbound', 'milestone'] as const)(
      "%s import loads no country's holidays, only their index (`set country`, a zone's country)",
      (name) => {
        const assetDir = assetDirOf(name);
        const loaded = sources(assetDir, loadOf(assetDir).atImport);
        expect(loaded.filter((path) => path.includes('planning/holiday-tables/'))).toEqual([]);
        expect(loaded.some((path) => path.includes('planning/holiday-index.ts'))).toBe(true);
      },
    );

    it('the inbound bundle loads a country’s holidays, a chunk of their own, for a plan there', () => {
      const assetDir = assetDirOf('inbound');
      const chunk = chunkBuiltFrom(assetDir, 'functions/core/planning/holiday-tables/us.ts');
      expect(loadOf(assetDir).onDemand).toContain(chunk);
      expect(sourcesOf(assetDir, chunk)).toHaveLength(1);
      // The chunk the planner's loader imports, in a Node.js of its own.
      const script = [
        `const { NAMES, REGIONS } = await import('./${chunk}');`,
        "process.stdout.write(String(NAMES.includes('Thanksgiving Day') && 'US-NY' in REGIONS));",
      ].join('\n');
      expect(inBundleFolder(assetDir, script)).toBe('true');
    });

    it('the milestone bundle carries no S3 client and no MIME parser; the inbound one both', () => {
      const code = (name: 'inbound' | 'milestone') => {
        const assetDir = assetDirOf(name);
        const { atImport, onDemand } = loadOf(assetDir);
        return textOf(assetDir, [...atImport, ...onDemand]);
      };
      // The S3 client's model names its errors by shape id; postal-mime names its class.
      const s3Client = 'com.amazonaws.s3#';
      const mimeParser = 'PostalMime';
      expect(code('inbound')).toContain(s3Client);
      expect(code('inbound')).toContain(mimeParser);
      expect(code('milestone')).not.toContain(s3Client);
      expect(code('milestone')).not.toContain(mimeParser);
    });

    it.each(['inbound', 'milestone'] as const)(
      "%s import loads no template samples: they try a user's overrides, in a chunk of their own",
      (name) => {
        const assetDir = assetDirOf(name);
        const samples = 'functions/core/mail/samples.ts';
        const { atImport, onDemand } = loadOf(assetDir);
        expect(sources(assetDir, atImport).filter((path) => path.includes(samples))).toEqual([]);
        expect(onDemand).toContain(chunkBuiltFrom(assetDir, samples));
      },
    );

    it.each(['inbound', 'milestone'] as const)(
      "%s bundle's template compiler chunk compiles a template",
      (name) => {
        const assetDir = assetDirOf(name);
        const chunk = chunkBuiltFrom(assetDir, TEMPLATE_COMPILER);
        expect(loadOf(assetDir).onDemand).toContain(chunk);
        // The chunk templates.ts imports for a user's override, in a Node.js of its own.
        const script = [
          `const compiler = await import('./${chunk}');`,
          'const env = compiler.createCompilingEnvironment();',
          "const render = compiler.compileSource(env, 'mail/command.text.hbs', 'Done: {{summary}}');",
          "process.stdout.write(render({ summary: 'paused' }));",
        ].join('\n');
        expect(inBundleFolder(assetDir, script)).toBe('Done: paused');
      },
    );

    it.each(['inbound', 'milestone', 'doctor'] as const)(
      '%s bundle loads in a fresh Node.js with the environment the stack gives it',
      (name) => {
        const properties = functionProperties(ids[name]);
        const assetDir = assetDirOf(name);
        const env: Record<string, string> = {
          ...Object.fromEntries(
            Object.entries(properties.Environment.Variables).map(([key, value]) => [
              key,
              resolver.resolve(value),
            ]),
          ),
          AWS_REGION: FAKE_REGION,
          PATH: process.env.PATH ?? '',
        };
        // Loading runs the module's top level: config, clients, CommonJS dependencies via the
        // require shim. Nothing is invoked, so nothing reaches the network.
        const script = `const m = await import(${JSON.stringify(pathToFileURL(join(assetDir, ENTRY_FILE)).href)}); process.stdout.write(typeof m.handler);`;
        const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 20_000,
        });
        expect(output).toBe('function');
      },
    );

    it('retries each asynchronous invocation twice, then keeps the event in a queue', () => {
      for (const [name, queue] of [
        ['inbound', 'InboundFailures'],
        ['milestone', 'MilestoneFailures'],
      ] as const) {
        template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: ids[name] },
          Qualifier: '$LATEST',
          // As many as the local stack plays (local/lambda-async.ts).
          MaximumRetryAttempts: ASYNC_RETRY_DELAYS_MS.length,
          DestinationConfig: {
            OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(stack, queue), 'Arn'] } },
          },
        });
      }
    });

    it('names the milestone function as its own environment and the scheduler policy say', () => {
      const milestoneArn = resolver.getAtt(ids.milestone, 'Arn');
      expect(functionProperties(ids.milestone).FunctionName).toBe('Followup-milestone');
      for (const name of ['inbound', 'milestone'] as const) {
        const variables = functionProperties(ids[name]).Environment.Variables;
        expect(resolver.resolve(variables.FOLLOWUP_MILESTONE_FUNCTION_ARN)).toBe(milestoneArn);
      }
    });
  });

  describe('environment versus functions/config.ts', () => {
    it.each(['inbound', 'milestone'] as const)(
      'readConfig accepts what the stack gives %s, with deployed values in place of tokens',
      (name) => {
        const variables = functionProperties(ids[name]).Environment.Variables;
        const env = Object.fromEntries(
          Object.entries(variables).map(([key, value]) => [key, resolver.resolve(value)]),
        );
        const config = readConfig(env);

        expect(config.allowedSenders).toEqual(['me@inbox.example', 'partner@inbox.example']);
        expect(config.admins).toEqual(['coach@team.example']);
        expect(config.intakeAddress).toBe(intakeAddress);
        expect(config.fromAddress).toBe(intakeAddress);
        expect(config.defaultTimezone).toBe('Europe/Berlin');
        expect(config.replySecret).toEqual({
          kind: 'secretArn',
          arn: resolver.ref(logicalIdOf(stack, 'ReplySecret')),
        });
        expect(config.tableName).toBe(resolver.ref(ids.table));
        expect(config.rawMailBucket).toBe(resolver.ref(ids.bucket));
        expect(config.rawMailPrefix).toBe(RAW_MAIL_PREFIX);
        expect(config.scheduleGroup).toBe(SCHEDULE_GROUP_NAME);
        expect(config.milestoneFunctionArn).toBe(resolver.getAtt(ids.milestone, 'Arn'));
        expect(config.schedulerRoleArn).toBe(resolver.getAtt(ids.role, 'Arn'));
        expect(config.scheduleDeadLetterArn).toBe(
          resolver.getAtt(logicalIdOf(stack, 'ScheduleDeadLetters'), 'Arn'),
        );
        expect(config.s3ForcePathStyle).toBe(false);
        expect(config.templateOverrides).toEqual({
          kind: 's3',
          bucket: resolver.ref(ids.bucket),
          prefix: TEMPLATE_OVERRIDES_PREFIX,
        });
      },
    );

    it('gives each function the reply secret by ARN, readable by it alone, from a generated secret of at least 32 characters', () => {
      const secretId = logicalIdOf(stack, 'ReplySecret');
      template.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: { PasswordLength: Match.anyValue() },
      });
      const generate = json.Resources[secretId]?.Properties?.GenerateSecretString as {
        PasswordLength: number;
      };
      expect(generate.PasswordLength).toBeGreaterThanOrEqual(32);
      for (const name of ['inbound', 'milestone'] as const) {
        const variables = functionProperties(ids[name]).Environment.Variables;
        expect(variables.FOLLOWUP_REPLY_SECRET_ARN).toEqual({ Ref: secretId });
        expect(JSON.stringify(variables)).not.toContain('resolve:secretsmanager');
        const reads = policyStatementsOfRole(roleOfFunction(ids[name])).filter((statement) =>
          actionsOf(statement).some((action) => action.startsWith('secretsmanager:')),
        );
        expect(reads).toEqual([
          { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } },
        ]);
      }
      template.hasResource('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
    });
  });

  describe('SES receiving', () => {
    it('stores the raw message under inbound/ first, then invokes inbound asynchronously', () => {
      template.resourceCountIs('AWS::SES::ReceiptRule', 1);
      template.hasResourceProperties('AWS::SES::ReceiptRule', {
        Rule: {
          Enabled: true,
          ScanEnabled: true,
          // The plain address: SES matches its +label forms, the reply addresses, with it.
          Recipients: [intakeAddress],
          Actions: Match.exact([
            { S3Action: { BucketName: { Ref: ids.bucket }, ObjectKeyPrefix: RAW_MAIL_PREFIX } },
            {
              LambdaAction: {
                FunctionArn: { 'Fn::GetAtt': [ids.inbound, 'Arn'] },
                InvocationType: 'Event',
              },
            },
          ]),
        },
      });
    });

    it('lets only SES, from our receipt rule, invoke the inbound function', () => {
      const permissions = Object.values(template.findResources('AWS::Lambda::Permission'));
      expect(permissions).toHaveLength(1);
      const [permission] = permissions;
      expect(permission?.Properties).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Principal: 'ses.amazonaws.com',
        FunctionName: { 'Fn::GetAtt': [ids.inbound, 'Arn'] },
      });
      expect(resolver.resolve(permission?.Properties.SourceAccount)).toBe(FAKE_ACCOUNT);
      expect(resolver.resolve(permission?.Properties.SourceArn)).toBe(receiptRuleArn());
    });

    it('activates its rule set after the rule exists, through its own handler', () => {
      const [ruleSet] = Object.values(template.findResources('AWS::SES::ReceiptRuleSet'));
      const activations = Object.values(template.findResources(RULE_SET_ACTIVATION_TYPE));
      expect(activations).toHaveLength(1);
      const [activation] = activations;
      expect(activation?.Properties.RuleSetName).toBe(ruleSet?.Properties.RuleSetName);
      expect(activation?.DependsOn).toEqual(
        expect.arrayContaining(Object.keys(template.findResources('AWS::SES::ReceiptRule'))),
      );
      const serviceToken = activation?.Properties.ServiceToken as { 'Fn::GetAtt': string[] };
      const handlerId = serviceToken['Fn::GetAtt'][0] as string;
      const handler = json.Resources[handlerId]?.Properties as { Handler: string; Runtime: string };
      expect(handler.Runtime).toBe(FUNCTION_RUNTIME.name);
      // The handler may describe and activate rule sets (no resource-level permissions exist
      // for these) and write its logs: nothing else.
      const statements = policyStatementsOfRole(roleOfFunction(handlerId));
      const ses = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('ses:')));
      expect(ses).toHaveLength(1);
      expect(actionsOf(ses[0] as Statement).sort()).toEqual([
        'ses:DescribeActiveReceiptRuleSet',
        'ses:DescribeReceiptRuleSet',
        'ses:SetActiveReceiptRuleSet',
      ]);
      expect(ses[0]?.Resource).toBe('*');
      const others = statements.filter((s) => s !== ses[0]).flatMap(actionsOf);
      expect(others.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      const role = json.Resources[roleOfFunction(handlerId)]?.Properties as {
        ManagedPolicyArns?: unknown;
      };
      expect(role.ManagedPolicyArns).toBeUndefined();
    });
  });

  describe('scheduling', () => {
    it('has the schedule group the functions are told about', () => {
      template.resourceCountIs('AWS::Scheduler::ScheduleGroup', 1);
      template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', {
        Name: SCHEDULE_GROUP_NAME,
      });
    });

    it('has a scheduler role only EventBridge Scheduler of this account and group may assume', () => {
      const role = json.Resources[ids.role]?.Properties as {
        AssumeRolePolicyDocument: { Statement: Statement[] };
        ManagedPolicyArns?: unknown;
        Policies?: unknown;
      };
      expect(role.ManagedPolicyArns).toBeUndefined();
      expect(role.Policies).toBeUndefined();
      const [trust, ...others] = role.AssumeRolePolicyDocument.Statement;
      expect(others).toEqual([]);
      expect(trust?.Principal).toEqual({ Service: 'scheduler.amazonaws.com' });
      expect(actionsOf(trust as Statement)).toEqual(['sts:AssumeRole']);
      const conditions = trust?.Condition?.StringEquals ?? {};
      expect(resolver.resolve(conditions['aws:SourceAccount'])).toBe(FAKE_ACCOUNT);
      expect(resolver.resolve(conditions['aws:SourceArn'])).toBe(
        `arn:aws:scheduler:${FAKE_REGION}:${FAKE_ACCOUNT}:schedule-group/${SCHEDULE_GROUP_NAME}`,
      );
    });

    it('lets the scheduler role invoke exactly the milestone and doctor functions and feed its DLQ', () => {
      const statements = policyStatementsOfRole(ids.role);
      const dlq = logicalIdOf(stack, 'ScheduleDeadLetters');
      expect(statements).toEqual([
        {
          Effect: 'Allow',
          Action: 'lambda:InvokeFunction',
          Resource: [
            { 'Fn::GetAtt': [ids.milestone, 'Arn'] },
            { 'Fn::GetAtt': [ids.doctor, 'Arn'] },
          ],
        },
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [dlq, 'Arn'] } },
      ]);
    });

    it('runs the doctor daily through the doctor function, in the group, as the scheduler role', () => {
      const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule'));
      expect(schedules).toHaveLength(1);
      const doctor = schedules[0]?.Properties as {
        Name: string;
        GroupName: string;
        ScheduleExpression: string;
        ScheduleExpressionTimezone: string;
        State: string;
        Target: {
          Arn: unknown;
          RoleArn: unknown;
          Input: string;
          DeadLetterConfig: { Arn: unknown };
        };
      };
      expect(doctor).toMatchObject({
        Name: DOCTOR_SCHEDULE.name,
        GroupName: SCHEDULE_GROUP_NAME,
        ScheduleExpressionTimezone: 'UTC',
        State: 'ENABLED',
      });
      // Once a day: a fixed minute and hour, every day of every month.
      expect(doctor.ScheduleExpression).toMatch(/^cron\(\d{1,2} \d{1,2} \* \* \? \*\)$/);
      expect(doctor.Target.Arn).toEqual({ 'Fn::GetAtt': [ids.doctor, 'Arn'] });
      expect(doctor.Target.RoleArn).toEqual({ 'Fn::GetAtt': [ids.role, 'Arn'] });
      expect(JSON.parse(doctor.Target.Input)).toEqual(DOCTOR_EVENT);
      expect(doctor.Target.DeadLetterConfig.Arn).toEqual({
        'Fn::GetAtt': [logicalIdOf(stack, 'ScheduleDeadLetters'), 'Arn'],
      });
    });

    it('keeps undeliverable schedules in an encrypted dead-letter queue', () => {
      const dlq = logicalIdOf(stack, 'ScheduleDeadLetters');
      expect(json.Resources[dlq]?.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
      const variables = functionProperties(ids.inbound).Environment.Variables;
      expect(variables.FOLLOWUP_SCHEDULE_DLQ_ARN).toEqual({ 'Fn::GetAtt': [dlq, 'Arn'] });
    });
  });

  describe('least privilege', () => {
    const everyStatement = () => [
      ...policyStatementsOfRole(roleOfFunction(ids.inbound)),
      ...policyStatementsOfRole(roleOfFunction(ids.milestone)),
      ...policyStatementsOfRole(roleOfFunction(ids.doctor)),
      ...policyStatementsOfRole(ids.role),
    ];

    it('grants no wildcard action or resource to the functions or the scheduler', () => {
      const statements = everyStatement();
      expect(statements.length).toBeGreaterThan(5);
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        for (const action of actionsOf(statement)) expect(action).not.toMatch(/\*/);
        for (const resource of resourcesOf(statement)) expect(resource).not.toBe('*');
      }
      expect(statements.flatMap(actionsOf)).not.toContain('dynamodb:Scan');
    });

    it('lets only the doctor function list schedules, in its account and region', () => {
      const listing = (name: 'inbound' | 'milestone' | 'doctor') =>
        policyStatementsOfRole(roleOfFunction(ids[name])).filter((statement) =>
          actionsOf(statement).some((action) => action.startsWith('scheduler:List')),
        );
      expect(listing('inbound')).toEqual([]);
      expect(listing('milestone')).toEqual([]);
      const [list, ...others] = listing('doctor');
      expect(others).toEqual([]);
      expect(actionsOf(list as Statement)).toEqual(['scheduler:ListSchedules']);
      expect(resourcesOf(list as Statement).map(resolver.resolve)).toEqual([
        `arn:aws:scheduler:${FAKE_REGION}:${FAKE_ACCOUNT}:schedule/*/*`,
      ]);
    });

    it('gives inbound its mail and the template overrides to read, nothing wider', () => {
      const statements = policyStatementsOfRole(roleOfFunction(ids.inbound));
      const byAction = (action: string) =>
        statements.filter((statement) => actionsOf(statement).includes(action));

      const reads = byAction('s3:GetObject').flatMap(resourcesOf).map(resolver.resolve);
      expect(reads.sort()).toEqual([
        `${resolver.getAtt(ids.bucket, 'Arn')}/${RAW_MAIL_PREFIX}*`,
        `${resolver.getAtt(ids.bucket, 'Arn')}/${TEMPLATE_OVERRIDES_PREFIX}*`,
      ]);
      // `forget` deletes the user's raw mail: that prefix only, never the templates.
      const deletes = byAction('s3:DeleteObject').flatMap(resourcesOf).map(resolver.resolve);
      expect(deletes).toEqual([`${resolver.getAtt(ids.bucket, 'Arn')}/${RAW_MAIL_PREFIX}*`]);
    });

    it.each(['inbound', 'milestone', 'doctor'] as const)(
      '%s may manage schedules of its group and pass the scheduler role, nothing wider',
      (name) => {
        // Inbound plans milestones; the milestone function re-schedules the weekly digest; the
        // doctor repairs.
        const statements = policyStatementsOfRole(roleOfFunction(ids[name]));
        const byAction = (action: string) =>
          statements.filter((statement) => actionsOf(statement).includes(action));
        const [schedules] = byAction('scheduler:CreateSchedule');
        expect(actionsOf(schedules as Statement).sort()).toEqual([
          'scheduler:CreateSchedule',
          'scheduler:DeleteSchedule',
          'scheduler:GetSchedule',
          'scheduler:UpdateSchedule',
        ]);
        expect(resolver.resolve(schedules?.Resource)).toBe(
          `arn:aws:scheduler:${FAKE_REGION}:${FAKE_ACCOUNT}:schedule/${SCHEDULE_GROUP_NAME}/*`,
        );
        const [passRole] = byAction('iam:PassRole');
        expect(passRole?.Resource).toEqual({ 'Fn::GetAtt': [ids.role, 'Arn'] });
        expect(passRole?.Condition).toEqual({
          StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' },
        });
      },
    );

    it.each(['inbound', 'milestone'] as const)(
      '%s may use the table and send from the mail domain only',
      (name) => {
        const statements = policyStatementsOfRole(roleOfFunction(ids[name]));
        const table = statements.find((s) => actionsOf(s).includes('dynamodb:UpdateItem'));
        expect(table?.Resource).toEqual({ 'Fn::GetAtt': [ids.table, 'Arn'] });

        const send = statements.find((s) => actionsOf(s).includes('ses:SendEmail'));
        const identities = resourcesOf(send as Statement).map(resolver.resolve);
        const identity = (name: string) =>
          `arn:aws:ses:${FAKE_REGION}:${FAKE_ACCOUNT}:identity/${name}`;
        // The admins are mailed too; users they allow later need SES production access.
        expect(identities).toEqual([
          identity('mail.example.org'),
          identity('me@inbox.example'),
          identity('partner@inbox.example'),
          identity('coach@team.example'),
        ]);
        if (name === 'milestone') {
          const actions = statements.flatMap(actionsOf);
          // No s3:DeleteObject: only inbound forgets.
          expect(actions.filter((a) => a.startsWith('s3:')).sort()).toEqual([
            's3:GetObject',
            's3:ListBucket',
          ]);
        }
      },
    );

    it.each(['inbound', 'milestone'] as const)(
      '%s may list and read the template overrides prefix, and no other part of the bucket for it',
      (name) => {
        const statements = policyStatementsOfRole(roleOfFunction(ids[name]));
        const bucketArn = resolver.getAtt(ids.bucket, 'Arn');
        const lists = statements.filter((s) => actionsOf(s).includes('s3:ListBucket'));
        expect(lists).toHaveLength(1);
        const [list] = lists as [Statement];
        expect(actionsOf(list)).toEqual(['s3:ListBucket']);
        expect(resourcesOf(list).map(resolver.resolve)).toEqual([bucketArn]);
        expect(list.Condition).toEqual({
          StringLike: { 's3:prefix': `${TEMPLATE_OVERRIDES_PREFIX}*` },
        });
        const templateReads = statements.filter((s) =>
          resourcesOf(s)
            .map(resolver.resolve)
            .includes(`${bucketArn}/${TEMPLATE_OVERRIDES_PREFIX}*`),
        );
        expect(templateReads.flatMap(actionsOf)).toEqual(['s3:GetObject']);
        const variables = functionProperties(ids[name]).Environment.Variables;
        expect(resolver.resolve(variables.FOLLOWUP_TEMPLATE_OVERRIDES)).toBe(
          `s3://${resolver.ref(ids.bucket)}/${TEMPLATE_OVERRIDES_PREFIX}`,
        );
      },
    );
  });

  describe('alarms', () => {
    it('alarms on any message in the schedule DLQ or the failure queues', () => {
      for (const queue of ['ScheduleDeadLetters', 'InboundFailures', 'MilestoneFailures']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [
            {
              Name: 'QueueName',
              Value: { 'Fn::GetAtt': [logicalIdOf(stack, queue), 'QueueName'] },
            },
          ],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          AlarmActions: [{ Ref: Match.anyValue() }],
        });
      }
    });

    it('alarms on errors of any function and notifies the alarm address', () => {
      for (const name of ['inbound', 'milestone', 'doctor'] as const) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids[name] } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
        });
      }
      const [topic] = Object.keys(template.findResources('AWS::SNS::Topic'));
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: context.alarmEmail,
        TopicArn: { Ref: topic },
      });
      for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topic }]);
      }
    });
  });

  it('outputs the intake address, table and bucket', () => {
    template.hasOutput('IntakeAddress', { Value: intakeAddress });
    template.hasOutput('TableName', { Value: { Ref: ids.table } });
    template.hasOutput('RawMailBucketName', { Value: { Ref: ids.bucket } });
    const location = json as unknown as { Outputs: Record<string, { Value: unknown }> };
    expect(resolver.resolve(location.Outputs.TemplateOverridesLocation?.Value)).toBe(
      `s3://${resolver.ref(ids.bucket)}/${TEMPLATE_OVERRIDES_PREFIX}`,
    );
  });
});

describe('deployment settings', () => {
  // These stacks skip bundling (an empty bundling-stacks list): only the settings differ.
  const unbundled = (extra: Record<string, unknown>) => {
    const outdir = mkdtempSync(join(tmpdir(), 'followup-cdk-'));
    try {
      const stack = buildStack({ 'aws:cdk:bundling-stacks': [], ...extra }, outdir);
      return { template: Template.fromStack(stack), annotations: Annotations.fromStack(stack) };
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  };

  it('synthesizes with no context at all, warning that the senders are a placeholder', () => {
    const { template, annotations } = unbundled({});
    annotations.hasWarning('/Followup', Match.stringLikeRegexp('allowedSenders'));
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          FOLLOWUP_ALLOWED_SENDERS: PLACEHOLDER_SENDER,
          FOLLOWUP_INTAKE_ADDRESS: 'interviews@followup.example.com',
        }),
      },
    });
    template.resourceCountIs('AWS::SNS::Topic', 0);
    expect(
      Object.values(template.findResources('AWS::CloudWatch::Alarm')).every(
        (alarm) => alarm.Properties.AlarmActions === undefined,
      ),
    ).toBe(true);
  });

  it('does not warn once senders are given, and can leave the rule set inactive', () => {
    const { template, annotations } = unbundled({
      allowedSenders: ['me@inbox.example'],
      activateRuleSet: 'false',
    });
    annotations.hasNoWarning('/Followup', Match.stringLikeRegexp('allowedSenders'));
    template.resourceCountIs(RULE_SET_ACTIVATION_TYPE, 0);
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
  });

  it('reads defaults and normalizes what it is given', () => {
    const settings = readStackSettings(
      (key) => ({ intakeLocalPart: ' Jobs ', allowedSenders: 'A@x.example,,b@y.example ' })[key],
    );
    expect(settings).toEqual({
      domain: 'followup.example.com',
      intakeLocalPart: 'jobs',
      allowedSenders: ['a@x.example', 'b@y.example'],
      allowedSendersArePlaceholder: false,
      admins: [],
      defaultTimezone: 'America/New_York',
      alarmEmail: undefined,
      activateRuleSet: true,
      policy: defaultPolicy,
      stockPhrases: '',
      hostedZone: undefined,
      inboundReservedConcurrency: DEFAULT_INBOUND_RESERVED_CONCURRENCY,
    });
  });

  it('takes admins, who alone need no allowedSenders and no placeholder', () => {
    const settings = readStackSettings((key) =>
      key === 'admins' ? 'Coach@Team.example, lead@team.example' : undefined,
    );
    expect(settings).toMatchObject({
      admins: ['coach@team.example', 'lead@team.example'],
      allowedSenders: [],
      allowedSendersArePlaceholder: false,
    });
    const { template, annotations } = unbundled({ admins: 'coach@team.example' });
    annotations.hasNoWarning('/Followup', Match.stringLikeRegexp('allowedSenders'));
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          FOLLOWUP_ALLOWED_SENDERS: '',
          FOLLOWUP_ADMINS: 'coach@team.example',
        }),
      },
    });
  });

  it("takes the deployment's stock phrases, one per line for the functions", () => {
    const settings = readStackSettings((key) =>
      key === 'stockPhrases' ? ' circle back | touch base\nper my last email ' : undefined,
    );
    expect(settings.stockPhrases).toBe('circle back\ntouch base\nper my last email');
  });

  it('takes a policy override as JSON and validates it at synth', () => {
    const settings = readStackSettings((key) =>
      key === 'policy' ? '{"followUps":{"count":1}}' : undefined,
    );
    expect(settings.policy.followUps.count).toBe(1);
  });

  it.each([
    ['domain', 'not a domain'],
    ['intakeLocalPart', 'interviews+x'],
    ['allowedSenders', 'me@inbox.example, nobody'],
    ['allowedSenders', ' , '],
    ['admins', 'coach@team.example, nobody'],
    ['admins', ' , '],
    ['defaultTimezone', 'Mars/Olympus_Mons'],
    ['alarmEmail', 'ops'],
    ['activateRuleSet', 'yes'],
    ['policy', '{"wakingHours":{"start":"22:00","end":"06:00"}}'],
    ['policy', '{not json'],
    ['hostedZoneId', 'my-zone'],
    ['hostedZoneId', 'Z0123456789ABCDEFGHIJ'],
    ['hostedZoneName', 'example.com'],
    ['inboundReservedConcurrency', '0'],
    ['inboundReservedConcurrency', 'lots'],
  ])('rejects context %s = %j, naming the key', (key, value) => {
    const read = () => readStackSettings((asked) => (asked === key ? value : undefined));
    expect(read).toThrow(StackSettingsError);
    expect(read).toThrow(new RegExp(`context ${key}`));
  });
});
