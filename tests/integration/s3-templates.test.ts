// Template overrides on S3, read by the functions' signed requests (no S3 client) from the local S3
// stand-in, which checks every signature as S3 does (the SDK's own uploads pass the same check):
// fetched once per container under the configured prefix, each file validated at load; a valid
// override is used, an invalid one is rejected with its reason and the built-in template kept.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSignedS3Reader,
  parseListing,
  type S3ObjectReader,
  Sha256,
  s3Location,
} from '../../functions/adapters/s3-signed-reads.ts';
import {
  downloadTemplateOverrides,
  MAX_OVERRIDE_FILES,
  TemplateOverridesError,
} from '../../functions/adapters/s3-templates.ts';
import { createRuntime, mailRendererFor } from '../../functions/commons/runtime.ts';
import { readConfig } from '../../functions/config.ts';
import { ConfigError } from '../../functions/core/errors.ts';
import type { LogFields, Logger } from '../../functions/core/logger.ts';
import type { MailRenderer } from '../../functions/core/mail/index.ts';
import { startS3 } from '../../local/services/s3.ts';
import type { LocalService } from '../../local/services/service.ts';
import { applicationFixture, contextFixture, interviewFixture } from '../unit/mail/fixtures.ts';
import { draftInText } from '../unit/mail/mime.ts';

const BUCKET = 'followup-raw-mail';
const ACCESS_KEY = 'AKIDLOCALTEST';
const SECRET = 'local-secret-for-signatures';
const credentials = { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET };
const PREFIX = 'templates/';
const OWN_THANK_YOU =
  'Subject: Thanks for today\n\n{{greeting}}\n\nThanks a lot for the chat about {{position}}; I loved {{reference}}. Could you let me know about next steps?\n\nCheers,\n';

/** Objects in the bucket: some are overrides, some must be left alone. */
const OBJECTS: Record<string, string> = {
  [`${PREFIX}drafts/thank-you.hbs`]: OWN_THANK_YOU,
  // Drops the add-value slot every first follow-up must have.
  [`${PREFIX}drafts/follow-up-1.hbs`]:
    'Subject: Hi\n\n{{greeting}}\n\nAny news? Thank you. Let me know.\n',
  // Does not compile.
  [`${PREFIX}drafts/follow-up-2.hbs`]: 'Subject: Hi\n\n{{greeting}}\n\n{{#if role}}unclosed\n',
  [`${PREFIX}README.md`]: 'Put your templates here.',
  [`${PREFIX}.drafts.hbs`]: 'Subject: x\n\n{{greeting}}\n',
  [`${PREFIX}drafts/keep-in-touch.hbs`]: `Subject: x\n\n{{greeting}}\n${'padding '.repeat(9000)}`,
  // Raw mail beside the templates: not under the prefix, never fetched.
  'inbound/0000example.hbs': 'Subject: x\n\n{{greeting}}\n',
};

function recordingLogger() {
  const lines: { level: string; message: string; fields: LogFields | undefined }[] = [];
  const logger: Logger = {
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
  return { logger, lines };
}

const baseEnv = {
  FOLLOWUP_ALLOWED_SENDERS: 'sam.doe@example.com',
  FOLLOWUP_REPLY_SECRET: 'x'.repeat(32),
  FOLLOWUP_TABLE_NAME: 'followup',
  FOLLOWUP_RAW_MAIL_BUCKET: BUCKET,
  FOLLOWUP_MILESTONE_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:1:function:m',
  FOLLOWUP_SCHEDULER_ROLE_ARN: 'arn:aws:iam::1:role/s',
  FOLLOWUP_S3_FORCE_PATH_STYLE: 'true',
};

const application = applicationFixture({ notes: ['we discussed their Kafka migration'] });
const interview = interviewFixture();
const context = contextFixture();

function milestone(kind: 'thank-you' | 'follow-up-1' | 'follow-up-2') {
  const found = application.milestones.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`no ${kind} in the fixture`);
  return found;
}

async function draftText(
  renderer: MailRenderer,
  kind: 'thank-you' | 'follow-up-1' | 'follow-up-2',
) {
  const mail = await renderer.draft({
    application,
    milestone: milestone(kind),
    interview,
    context,
  });
  return draftInText(mail.text);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('template overrides from an S3 prefix', () => {
  let s3: LocalService;
  let client: S3Client;
  let reader: S3ObjectReader;
  const readerWith = (secretAccessKey: string, endpoint = s3.endpoint) =>
    createSignedS3Reader({
      credentials: async () => ({ accessKeyId: ACCESS_KEY, secretAccessKey }),
      region: async () => 'us-east-1',
      endpoint,
      forcePathStyle: true,
    });
  let dataDir: string;
  let downloads: string;
  const savedTmpdir = process.env.TMPDIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'followup-s3-templates-'));
    downloads = mkdtempSync(join(tmpdir(), 'followup-s3-downloads-'));
    // The renderers fetch into os.tmpdir(): keep their folders where afterAll removes them.
    process.env.TMPDIR = downloads;
    s3 = await startS3({
      port: 0,
      dataDir,
      buckets: [BUCKET],
      logger: { info() {}, warn() {} },
      signatureSecrets: { [ACCESS_KEY]: SECRET },
    });
    client = new S3Client({
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials,
    });
    reader = readerWith(SECRET);
    for (const [key, body] of Object.entries(OBJECTS)) {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    }
  });

  afterAll(async () => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    client?.destroy();
    await s3?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('fetches the .hbs files under the prefix, skipping unusable ones with a reason', async () => {
    const fetched = await downloadTemplateOverrides(reader, { bucket: BUCKET, prefix: PREFIX });
    expect(fetched.dir.startsWith(downloads)).toBe(true);
    expect(fetched.files.sort()).toEqual([
      'drafts/follow-up-1.hbs',
      'drafts/follow-up-2.hbs',
      'drafts/thank-you.hbs',
    ]);
    expect(readdirSync(fetched.dir, { recursive: true }).map(String).sort()).toEqual([
      'drafts',
      'drafts/follow-up-1.hbs',
      'drafts/follow-up-2.hbs',
      'drafts/thank-you.hbs',
    ]);
    const reasons = Object.fromEntries(fetched.skipped.map((entry) => [entry.file, entry.reason]));
    expect(reasons).toEqual({
      '.drafts.hbs': expect.stringMatching(/has a name followup does not use/),
      'drafts/keep-in-touch.hbs': 'is larger than 64 KiB',
    });
    expect(MAX_OVERRIDE_FILES).toBeGreaterThanOrEqual(40);
  });

  it('uses a valid override and keeps the built-in where one is rejected, saying why', async () => {
    const { logger, lines } = recordingLogger();
    const config = readConfig({
      ...baseEnv,
      FOLLOWUP_TEMPLATE_OVERRIDES: `s3://${BUCKET}/${PREFIX}`,
    });
    expect(config.templateOverrides).toEqual({ kind: 's3', bucket: BUCKET, prefix: PREFIX });
    const renderer = mailRendererFor(config, reader, logger);

    const thankYou = await draftText(renderer, 'thank-you');
    expect(thankYou).toMatch(/^Hi Dana,\n\nThanks a lot for the chat about the Staff Engineer/);
    expect(thankYou).toContain('I loved discussing your Kafka migration.');

    const builtIn = mailRendererFor(readConfig(baseEnv), reader, logger);
    expect(await draftText(renderer, 'follow-up-1')).toBe(await draftText(builtIn, 'follow-up-1'));
    expect(await draftText(renderer, 'follow-up-2')).toBe(await draftText(builtIn, 'follow-up-2'));

    const report = await renderer.templateReport();
    expect(report.overridden).toEqual(['drafts/thank-you.hbs']);
    expect(Object.fromEntries(report.rejected.map((entry) => [entry.file, entry.reason]))).toEqual({
      'drafts/follow-up-1.hbs': 'misses required slot {{update}}',
      'drafts/follow-up-2.hbs': expect.stringMatching(/^does not compile: Parse error/),
    });
    const warned = lines.filter((line) => line.level === 'warn').map((line) => line.fields?.reason);
    expect(warned.sort()).toEqual([
      '.drafts.hbs has a name followup does not use (letters, digits, . _ - and up to 3 folders)',
      'drafts/follow-up-1.hbs misses required slot {{update}}',
      expect.stringMatching(/^drafts\/follow-up-2\.hbs does not compile: Parse error/),
      'drafts/keep-in-touch.hbs is larger than 64 KiB',
    ]);
  });

  it('fetches once per container: later mails use what the first one fetched', async () => {
    const config = readConfig({
      ...baseEnv,
      FOLLOWUP_TEMPLATE_OVERRIDES: `s3://${BUCKET}/${PREFIX}`,
    });
    const renderer = mailRendererFor(config, reader, recordingLogger().logger);
    const first = await draftText(renderer, 'thank-you');
    const key = `${PREFIX}drafts/thank-you.hbs`;
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    try {
      expect(await draftText(renderer, 'thank-you')).toBe(first);
      const fresh = mailRendererFor(config, reader, recordingLogger().logger);
      expect(await draftText(fresh, 'thank-you')).not.toContain('Thanks a lot');
    } finally {
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: OWN_THANK_YOU }));
    }
  });

  it('sends with the built-in templates while S3 cannot be read, and tries again on the next mail', async () => {
    const unreachable = readerWith(SECRET, `http://127.0.0.1:${await closedPort()}`);
    await expect(
      downloadTemplateOverrides(unreachable, { bucket: BUCKET, prefix: PREFIX }),
    ).rejects.toThrow(TemplateOverridesError);

    const { logger, lines } = recordingLogger();
    const config = readConfig({
      ...baseEnv,
      FOLLOWUP_TEMPLATE_OVERRIDES: `s3://${BUCKET}/${PREFIX}`,
    });
    const renderer = mailRendererFor(config, unreachable, logger);
    expect(await draftText(renderer, 'thank-you')).not.toContain('Thanks a lot');
    expect(await draftText(renderer, 'thank-you')).not.toContain('Thanks a lot');
    const unavailable = lines.filter((line) => line.message.includes('unavailable'));
    expect(unavailable).toHaveLength(2);
    expect(unavailable[0]?.fields).toMatchObject({ errorName: 'TemplateOverridesError' });
  });

  it('is wired into the runtime the Lambda entry points build', async () => {
    // The SDK reads its endpoint and credentials from the process environment, as in Lambda.
    const sdkEnv = {
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET,
    };
    const saved = Object.fromEntries(Object.keys(sdkEnv).map((key) => [key, process.env[key]]));
    Object.assign(process.env, sdkEnv);
    try {
      const runtime = createRuntime({
        ...baseEnv,
        FOLLOWUP_TEMPLATE_OVERRIDES: `s3://${BUCKET}/${PREFIX.replace(/\/$/, '')}`,
      });
      expect(await draftText(runtime.renderer, 'thank-you')).toContain('Thanks a lot');
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('signs its reads as S3 checks them: a wrong secret is refused, for it and for the SDK alike', async () => {
    const forged = readerWith('not-the-secret');
    await expect(forged.list(BUCKET, PREFIX)).rejects.toThrow(/403 \(SignatureDoesNotMatch\)/);
    await expect(forged.get(BUCKET, `${PREFIX}drafts/thank-you.hbs`)).rejects.toThrow(/403/);
    const sdk = new S3Client({
      endpoint: s3.endpoint,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: 'not-the-secret' },
      maxAttempts: 1,
    });
    await expect(
      sdk.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'x.hbs', Body: 'x' })),
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    sdk.destroy();
    // The right secret: the same requests pass.
    expect((await reader.list(BUCKET, PREFIX)).objects.length).toBe(6);
  });

  it('refuses what S3 refuses: another region in the scope, a clock 20 minutes off, another service', async () => {
    const sdkWith = (options: { region?: string; systemClockOffset?: number }) =>
      new S3Client({
        endpoint: s3.endpoint,
        forcePathStyle: true,
        region: 'us-east-1',
        credentials,
        maxAttempts: 1,
        ...options,
      });
    const getOne = new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}drafts/thank-you.hbs` });
    for (const [options, code] of [
      [{ region: 'eu-west-1' }, 'AuthorizationHeaderMalformed'],
      [{ systemClockOffset: -20 * 60_000 }, 'RequestTimeTooSkewed'],
      [{ systemClockOffset: 20 * 60_000 }, 'RequestTimeTooSkewed'],
    ] as const) {
      const sdk = sdkWith(options);
      await expect(sdk.send(getOne)).rejects.toMatchObject({ name: code });
      sdk.destroy();
    }
    // The same key and secret, signed for DynamoDB: the scope is refused, not the signature.
    const url = new URL(`${s3.endpoint}/${BUCKET}/${PREFIX}drafts/thank-you.hbs`);
    const signed = await new SignatureV4({
      service: 'dynamodb',
      region: 'us-east-1',
      credentials,
      sha256: Sha256,
    }).sign({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    const answer = await new Promise<{ status?: number; body: string }>((resolve, reject) => {
      httpGet(url, { headers: signed.headers }, (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode, body }));
      }).on('error', reject);
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<Code>AuthorizationHeaderMalformed</Code>');
    // A clock within the window passes.
    const near = sdkWith({ systemClockOffset: -5 * 60_000 });
    expect((await near.send(getOne)).Body).toBeDefined();
    near.destroy();
  });

  it('encodes keys and prefixes with spaces, plus signs and non-ASCII as S3 signs them', async () => {
    const prefix = 'team a+b/modèles/';
    await client.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: `${prefix}drafts/thank-you.hbs`,
        Body: OWN_THANK_YOU,
      }),
    );
    const fetched = await downloadTemplateOverrides(reader, { bucket: BUCKET, prefix });
    expect(fetched.files).toEqual(['drafts/thank-you.hbs']);
    await client.send(
      new DeleteObjectCommand({ Bucket: BUCKET, Key: `${prefix}drafts/thank-you.hbs` }),
    );
  });

  it('addresses S3 virtual-hosted on AWS, path-style locally and for dotted bucket names', () => {
    const aws = { forcePathStyle: false };
    expect(s3Location('my-bucket', 'templates/drafts/thank-you.hbs', 'eu-west-1', aws)).toEqual({
      protocol: 'https:',
      hostname: 'my-bucket.s3.eu-west-1.amazonaws.com',
      path: '/templates/drafts/thank-you.hbs',
    });
    expect(s3Location('my-bucket', '', 'eu-west-1', aws).path).toBe('/');
    expect(s3Location('my.bucket', 'a b.hbs', 'us-east-1', aws)).toEqual({
      protocol: 'https:',
      hostname: 's3.us-east-1.amazonaws.com',
      path: '/my.bucket/a%20b.hbs',
    });
    const local = { forcePathStyle: true, endpoint: 'http://127.0.0.1:4566' };
    expect(s3Location('b', '', 'us-east-1', local)).toEqual({
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4566,
      path: '/b',
    });
  });

  it("reads ListObjectsV2's XML: entities in keys, sizes, and the next page's token", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>b</Name>' +
      '<Contents><Key>t/a&amp;b.hbs</Key><Size>12</Size></Contents>' +
      '<Contents><Key>t/&#x65;.hbs</Key><Size>0</Size></Contents>' +
      '<IsTruncated>true</IsTruncated><NextContinuationToken>1/x&lt;y</NextContinuationToken></ListBucketResult>';
    expect(parseListing(xml)).toEqual({
      objects: [
        { key: 't/a&b.hbs', size: 12 },
        { key: 't/e.hbs', size: 0 },
      ],
      next: '1/x<y',
    });
    expect(parseListing(xml.replace('<IsTruncated>true', '<IsTruncated>false')).next).toBe(
      undefined,
    );
  });

  it('reads FOLLOWUP_TEMPLATE_OVERRIDES as a folder or an S3 location, naming it when wrong', () => {
    const read = (value: string) => readConfig({ ...baseEnv, FOLLOWUP_TEMPLATE_OVERRIDES: value });
    expect(read('./my-templates').templateOverrides).toEqual({
      kind: 'folder',
      path: './my-templates',
    });
    expect(read('s3://my-bucket').templateOverrides).toEqual({
      kind: 's3',
      bucket: 'my-bucket',
      prefix: '',
    });
    expect(read('').templateOverrides).toBeUndefined();
    for (const wrong of ['s3://', 's3://My_Bucket/templates/', 'S3://x/', 's3://bucket//x']) {
      expect(() => read(wrong)).toThrow(ConfigError);
      expect(() => read(wrong)).toThrow(/FOLLOWUP_TEMPLATE_OVERRIDES must be a folder or s3:/);
    }
  });
});
