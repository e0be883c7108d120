// Composition root shared by the Lambda entry points: configuration read once per container,
// one SDK client per service (endpoints come from the standard AWS_ENDPOINT_URL_<SERVICE>
// variables, which is how the local stack points them at its emulators), adapters wired to ports.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { clockFromEnvironment } from '../adapters/clock.ts';
import { createDynamoDbStore } from '../adapters/dynamodb-store.ts';
import { createEventBridgeScheduler } from '../adapters/eventbridge-scheduler.ts';
import { createS3RawMailStore } from '../adapters/s3-raw-mail.ts';
import { createSesMailer } from '../adapters/ses-mailer.ts';
import { readConfig } from '../config.ts';
import { jsonLogger } from '../core/logger.ts';
import { createMailRenderer, defaultTemplatesDir } from '../core/mail/index.ts';
import type { InboundDeps } from '../core/use-cases/handle-inbound-mail.ts';

export function createRuntime(env: NodeJS.ProcessEnv = process.env): InboundDeps {
  const config = readConfig(env);
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
    rawMail: createS3RawMailStore(
      new S3Client({ forcePathStyle: config.s3ForcePathStyle }),
      config.rawMailBucket,
    ),
    rawMailPrefix: config.rawMailPrefix,
    renderer: createMailRenderer({ templatesDir: config.templatesDir ?? defaultTemplatesDir() }),
    clock: clockFromEnvironment(env),
    logger: jsonLogger,
  };
}
