// Composition root shared by the Lambda entry points: configuration read once per container,
// one SDK client per service (endpoints come from the standard AWS_ENDPOINT_URL_<SERVICE>
// variables, which is how the local stack points them at its emulators), adapters wired to ports.
// Template overrides on S3 are fetched on the first mail, not at load, so entry points stay
// synchronous and a container that sends nothing never reads them.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { clockFromEnvironment } from '../adapters/clock.ts';
import { createDynamoDbStore } from '../adapters/dynamodb-store.ts';
import { createEventBridgeScheduler } from '../adapters/eventbridge-scheduler.ts';
import { createS3RawMailStore } from '../adapters/s3-raw-mail.ts';
import { s3TemplateOverrides } from '../adapters/s3-templates.ts';
import { createSesMailer } from '../adapters/ses-mailer.ts';
import { type Config, readConfig } from '../config.ts';
import { describeError, jsonLogger, type Logger } from '../core/logger.ts';
import {
  createMailRenderer,
  defaultTemplatesDir,
  deferredMailRenderer,
  type MailRenderer,
  type OverrideRejection,
} from '../core/mail/index.ts';
import type { InboundDeps } from '../core/use-cases/handle-inbound-mail.ts';

/**
 * The built-in templates, with the user's overrides from a folder or an S3 prefix. Overrides that
 * cannot be fetched leave the built-ins in place for that mail (and are tried again on the next):
 * a draft in the default words beats no draft.
 */
export function mailRendererFor(config: Config, s3: S3Client, logger: Logger): MailRenderer {
  const templatesDir = config.templatesDir ?? defaultTemplatesDir();
  const onOverrideRejected = (rejection: OverrideRejection) =>
    logger.warn('template override rejected; using the built-in one', {
      reason: `${rejection.file} ${rejection.reason}`,
    });
  const source = config.templateOverrides;
  if (!source) return createMailRenderer({ templatesDir });
  if (source.kind === 'folder') {
    return createMailRenderer({ templatesDir, overridesDir: source.path, onOverrideRejected });
  }
  const builtIn = createMailRenderer({ templatesDir });
  const download = s3TemplateOverrides(s3, source);
  let withOverrides: MailRenderer | undefined;
  return deferredMailRenderer(async () => {
    if (withOverrides) return withOverrides;
    try {
      const { dir, skipped } = await download();
      for (const rejection of skipped) onOverrideRejected(rejection);
      withOverrides = createMailRenderer({ templatesDir, overridesDir: dir, onOverrideRejected });
      return withOverrides;
    } catch (error) {
      logger.warn('template overrides unavailable; using the built-in templates', {
        ...describeError(error),
      });
      return builtIn;
    }
  });
}

export function createRuntime(env: NodeJS.ProcessEnv = process.env): InboundDeps {
  const config = readConfig(env);
  const s3 = new S3Client({ forcePathStyle: config.s3ForcePathStyle });
  return {
    settings: {
      allowedSenders: config.allowedSenders,
      intakeAddress: config.intakeAddress,
      fromAddress: config.fromAddress,
      defaultTimezone: config.defaultTimezone,
      replySecret: config.replySecret,
      policy: config.policy,
    },
    store: createDynamoDbStore(new DynamoDBClient({}), config.tableName),
    scheduler: createEventBridgeScheduler(new SchedulerClient({}), {
      groupName: config.scheduleGroup,
      milestoneFunctionArn: config.milestoneFunctionArn,
      roleArn: config.schedulerRoleArn,
      deadLetterArn: config.scheduleDeadLetterArn,
    }),
    mailer: createSesMailer(new SESv2Client({})),
    rawMail: createS3RawMailStore(s3, config.rawMailBucket),
    rawMailPrefix: config.rawMailPrefix,
    renderer: mailRendererFor(config, s3, jsonLogger),
    clock: clockFromEnvironment(env),
    logger: jsonLogger,
  };
}
