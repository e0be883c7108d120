// Composition root of the inbound function: the shared runtime (runtime.ts) plus the raw-mail
// store, the only user of the S3 client, so that the milestone function's bundle carries none.
import { S3Client } from '@aws-sdk/client-s3';
import { createS3RawMailStore } from '../adapters/s3-raw-mail.ts';
import { sdkClientOptions } from '../adapters/sdk-client.ts';
import type { InboundDeps } from '../core/use-cases/handle-inbound-mail.ts';
import { type Runtime, runtimeAndConfig } from './runtime.ts';

export type InboundRuntime = Runtime & InboundDeps;

export function createInboundRuntime(env: NodeJS.ProcessEnv = process.env): InboundRuntime {
  const { runtime, config } = runtimeAndConfig(env);
  const s3 = new S3Client({
    ...sdkClientOptions({ requestMs: config.sdkRequestTimeoutMs }),
    forcePathStyle: config.s3ForcePathStyle,
  });
  return {
    ...runtime,
    rawMail: createS3RawMailStore(s3, config.rawMailBucket),
    rawMailPrefix: config.rawMailPrefix,
  };
}
