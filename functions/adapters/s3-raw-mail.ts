// Raw mail adapter (S3): SES receiving stores each message under `<prefix><SES messageId>`.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailStore } from '../core/ports.ts';

export function createS3RawMailStore(client: S3Client, bucket: string): RawMailStore {
  return {
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!object.Body) throw new Error(`raw mail object ${key} has no body`);
      return object.Body.transformToByteArray();
    },
  };
}
