// Starts one DynamoDB Local (AWS's own jar, run with the machine's Java) for the whole test run;
// suites that need it read its endpoint with inject('dynamodbEndpoint') and use their own table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDb } from '../local/services/dynamodb.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-dynamodb-'));
  // The jar is fetched once per machine into the same cache `npm start` uses.
  const cacheDir = resolve(import.meta.dirname, '..', '.data', 'cache');
  const dynamodb = await startDynamoDb({ port: 0, dataDir, cacheDir, inMemory: true });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return async () => {
    await dynamodb.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
