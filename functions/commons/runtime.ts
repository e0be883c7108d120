// Composition root shared by the Lambda entry points: configuration read once per container,
// one SDK client per service (endpoints come from the standard AWS_ENDPOINT_URL_<SERVICE>
// variables, which is how the local stack points them at its emulators), adapters wired to ports.
// No S3 client here: template overrides on S3 are read by signed requests (s3-signed-reads.ts),
// and only the inbound function adds the S3 client, for raw mail (inbound-runtime.ts). Overrides
// are fetched on the first mail, not at load, so entry points stay synchronous and a container
// that sends nothing never reads them. On AWS the reply secret is read from Secrets Manager
// likewise, once per container, before the first event is handled.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { clockFromEnvironment } from '../adapters/clock.ts';
import { createDynamoDbStore } from '../adapters/dynamodb-store.ts';
import { createEventBridgeScheduler } from '../adapters/eventbridge-scheduler.ts';
import { createSignedS3Reader, type S3ObjectReader } from '../adapters/s3-signed-reads.ts';
import { s3TemplateOverrides } from '../adapters/s3-templates.ts';
import { sdkClientOptions } from '../adapters/sdk-client.ts';
import { readSecretString } from '../adapters/secrets-manager.ts';
import { createSesClient, createSesMailer } from '../adapters/ses-mailer.ts';
import { templateFolder } from '../adapters/template-files.ts';
import { type Config, type ReplySecretSource, readConfig, replySecretValue } from '../config.ts';
import { ConfigError } from '../core/errors.ts';
import { createJsonLogger, describeError, type Logger } from '../core/logger.ts';
import {
  createMailRenderer,
  deferredMailRenderer,
  type MailRenderer,
  type OverrideRejection,
} from '../core/mail/index.ts';
import type { ChangeDeps } from '../core/use-cases/change-application.ts';
import { currentInvocation } from './middleware.ts';

/**
 * The built-in templates, with the user's overrides from a folder or an S3 prefix. Overrides that
 * cannot be fetched leave the built-ins in place for that mail (and are tried again on the next):
 * a draft in the default words beats no draft.
 */
export function mailRendererFor(config: Config, s3: S3ObjectReader, logger: Logger): MailRenderer {
  const { stockPhrases } = config;
  const onOverrideRejected = (rejection: OverrideRejection) =>
    logger.warn('template override rejected; using the built-in one', {
      reason: `${rejection.file} ${rejection.reason}`,
    });
  const source = config.templateOverrides;
  if (!source) return createMailRenderer({ stockPhrases });
  if (source.kind === 'folder') {
    return createMailRenderer({
      overrides: templateFolder(source.path),
      onOverrideRejected,
      stockPhrases,
    });
  }
  const builtIn = createMailRenderer({ stockPhrases });
  const download = s3TemplateOverrides(s3, source);
  let withOverrides: MailRenderer | undefined;
  return deferredMailRenderer(async () => {
    if (withOverrides) return withOverrides;
    try {
      const { dir, skipped } = await download();
      for (const rejection of skipped) onOverrideRejected(rejection);
      withOverrides = createMailRenderer({
        overrides: templateFolder(dir),
        onOverrideRejected,
        stockPhrases,
      });
      return withOverrides;
    } catch (error) {
      logger.warn('template overrides unavailable; using the built-in templates', {
        ...describeError(error),
      });
      return builtIn;
    }
  });
}

/**
 * The reply secret behind a getter that fails closed: read from Secrets Manager by `load()`, once
 * per container (a failed read is tried again on the next event); until then any use throws
 * rather than sign a token with an empty key.
 */
export function replySecretFrom(
  source: ReplySecretSource,
  fetch: (arn: string) => Promise<string>,
): { current: () => string; load: () => Promise<void> } {
  if (source.kind === 'value') return { current: () => source.value, load: async () => {} };
  let value: string | undefined;
  let loading: Promise<void> | undefined;
  const load = async () => {
    if (value !== undefined) return;
    loading ??= fetch(source.arn).then(
      (fetched) => {
        const checked = replySecretValue.safeParse(fetched);
        if (!checked.success) {
          throw new ConfigError(
            'Invalid followup configuration:\n  FOLLOWUP_REPLY_SECRET_ARN names a secret shorter than 32 characters',
          );
        }
        value = checked.data;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    await loading;
  };
  const current = () => {
    if (value === undefined) {
      throw new ConfigError('the reply secret is read from Secrets Manager before first use');
    }
    return value;
  };
  return { current, load };
}

export type Runtime = ChangeDeps & {
  /** Run before each event: reads what must come over the network once per container. */
  prepare: () => Promise<void>;
  /** Each line names the invocation it is logged in (withInvocationLog). */
  logger: Logger;
};

export function createRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  return runtimeAndConfig(env).runtime;
}

/** The shared runtime and the configuration it was made from, for an entry point that adds to it. */
export function runtimeAndConfig(env: NodeJS.ProcessEnv): { runtime: Runtime; config: Config } {
  const config = readConfig(env);
  const logger = createJsonLogger(undefined, currentInvocation);
  const sdk = sdkClientOptions({ requestMs: config.sdkRequestTimeoutMs });
  const dynamodb = new DynamoDBClient(sdk);
  // The DynamoDB client's credentials and region sign the S3 reads; the endpoint variables are
  // read from the process, as the SDK reads them.
  const s3Reads = createSignedS3Reader({
    credentials: () => dynamodb.config.credentials(),
    region: () => dynamodb.config.region(),
    endpoint: process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL,
    forcePathStyle: config.s3ForcePathStyle,
  });
  let secrets: SecretsManagerClient | undefined;
  const replySecret = replySecretFrom(config.replySecret, (arn) => {
    secrets ??= new SecretsManagerClient(sdk);
    return readSecretString(secrets, arn);
  });
  const runtime: Runtime = {
    prepare: replySecret.load,
    settings: {
      allowedSenders: config.allowedSenders,
      admins: config.admins,
      intakeAddress: config.intakeAddress,
      fromAddress: config.fromAddress,
      defaultTimezone: config.defaultTimezone,
      get replySecret() {
        return replySecret.current();
      },
      policy: config.policy,
    },
    store: createDynamoDbStore(dynamodb, config.tableName),
    scheduler: createEventBridgeScheduler(new SchedulerClient(sdk), {
      groupName: config.scheduleGroup,
      milestoneFunctionArn: config.milestoneFunctionArn,
      roleArn: config.schedulerRoleArn,
      deadLetterArn: config.scheduleDeadLetterArn,
    }),
    mailer: createSesMailer(createSesClient(sdk)),
    renderer: mailRendererFor(config, s3Reads, logger),
    clock: clockFromEnvironment(env),
    logger,
  };
  return { runtime, config };
}
