// Local stack -> S3: a small in-process S3 (path-style) that keeps each object as a file under
// `<dataDir>/s3/<bucket>/<key>`, enough for the raw-mail adapter and the SMTP intake.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { defaultHost, endpointUrl, listen } from './listen.ts';
import { consoleLogger, type LocalService, type ServiceLogger } from './service.ts';
import { sigV4Problem } from './sigv4.ts';

export interface S3Options {
  host?: string;
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Buckets to create at start when missing. */
  buckets?: string[];
  logger?: ServiceLogger;
  /**
   * Check every request's SigV4 signature as S3 does, with these secrets by access key id; a bad
   * or missing one is answered with S3's own status and error code (SignatureDoesNotMatch and the like). Unset: signatures are not checked.
   */
  signatureSecrets?: Record<string, string>;
}

export type S3Service = LocalService;

/** The region this stand-in answers for, as its bucket-region header and signature scope. */
const REGION = 'us-east-1';
/** Mail is small; a bound keeps a runaway client from filling memory. */
const maxObjectBytes = 256 * 1024 * 1024;
const maxKeys = 1000;
const xmlns = 'http://s3.amazonaws.com/doc/2006-03-01/';
const checksumAlgorithms = ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256'] as const;
type ChecksumAlgorithm = (typeof checksumAlgorithms)[number];
const storedHeaders = [
  'content-type',
  'content-disposition',
  'content-language',
  'cache-control',
  'expires',
] as const;
const responseOverrides = [
  'content-type',
  'content-disposition',
  'content-language',
  'content-encoding',
  'cache-control',
  'expires',
] as const;

export async function startS3(options: S3Options): Promise<S3Service> {
  const host = options.host ?? defaultHost;
  const store = new ObjectStore(join(resolve(options.dataDir), 's3'));
  await store.prepare();
  for (const bucket of options.buckets ?? []) {
    if (!isValidBucketName(bucket)) throw new Error(`invalid S3 bucket name: ${bucket}`);
    await store.createBucket(bucket);
  }
  const logger = options.logger ?? consoleLogger;

  const server = createServer((request, response) => {
    handle(store, request, response, options.signatureSecrets).catch((error: unknown) => {
      logger.warn('S3 emulator failed a request', {
        method: request.method,
        error: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) {
        sendError(
          response,
          request,
          new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.'),
        );
      } else {
        response.destroy();
      }
    });
  });
  const port = await listen(server, options.port, host);
  let closing: Promise<void> | undefined;
  return {
    endpoint: endpointUrl(host, port),
    port,
    close: () => {
      closing ??= new Promise<void>((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Routing

class S3Error extends Error {
  override name = 'S3Error';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notImplemented = (what: string) =>
  new S3Error(501, 'NotImplemented', `The local S3 emulator does not implement ${what}.`);

async function handle(
  store: ObjectStore,
  request: IncomingMessage,
  response: ServerResponse,
  signatureSecrets: Record<string, string> | undefined,
) {
  try {
    if (signatureSecrets) {
      const problem = sigV4Problem(
        { method: request.method ?? 'GET', target: request.url ?? '/', headers: request.headers },
        { secretOf: (accessKeyId) => signatureSecrets[accessKeyId], region: REGION },
      );
      if (problem) throw new S3Error(problem.status, problem.code, problem.message);
    }
    // Split by hand: URL parsing would resolve `..` segments inside keys before we can refuse them.
    const target = request.url ?? '/';
    const queryStart = target.indexOf('?');
    const { bucket, key } = parsePath(queryStart === -1 ? target : target.slice(0, queryStart));
    const query = new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1));
    const method = request.method ?? 'GET';
    if (bucket === undefined) {
      if (method === 'GET') return await listBuckets(store, response);
      throw notImplemented(`${method} on the service root`);
    }
    if (key === undefined)
      return await handleBucket(store, bucket, method, query, request, response);
    return await handleObject(store, bucket, key, method, query, request, response);
  } catch (error) {
    if (error instanceof S3Error) return sendError(response, request, error);
    throw error;
  }
}

function parsePath(pathname: string): { bucket?: string; key?: string } {
  const slash = pathname.indexOf('/', 1);
  const rawBucket = slash === -1 ? pathname.slice(1) : pathname.slice(1, slash);
  const rawKey = slash === -1 ? '' : pathname.slice(slash + 1);
  try {
    const bucket = decodeURIComponent(rawBucket);
    const key = decodeURIComponent(rawKey);
    return { bucket: bucket === '' ? undefined : bucket, key: key === '' ? undefined : key };
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

function onlyQuery(query: URLSearchParams, allowed: (name: string) => boolean, what: string) {
  for (const name of query.keys()) {
    if (name !== 'x-id' && !allowed(name)) throw notImplemented(`${what} with ?${name}`);
  }
}

async function handleBucket(
  store: ObjectStore,
  bucket: string,
  method: string,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
) {
  switch (method) {
    case 'PUT': {
      onlyQuery(query, () => false, 'PUT on a bucket');
      if (!isValidBucketName(bucket)) {
        throw new S3Error(400, 'InvalidBucketName', 'The specified bucket is not valid.', {
          BucketName: bucket,
        });
      }
      await readBody(request);
      if (!(await store.createBucket(bucket))) {
        throw new S3Error(
          409,
          'BucketAlreadyOwnedByYou',
          'Your previous request to create the named bucket succeeded and you already own it.',
          { BucketName: bucket },
        );
      }
      return send(response, 200, { location: `/${bucket}` });
    }
    case 'HEAD':
      onlyQuery(query, () => false, 'HEAD on a bucket');
      await store.requireBucket(bucket);
      return send(response, 200, { 'x-amz-bucket-region': REGION });
    case 'DELETE':
      onlyQuery(query, () => false, 'DELETE on a bucket');
      await store.deleteBucket(bucket);
      return send(response, 204);
    case 'GET': {
      if (query.get('list-type') !== '2') {
        throw notImplemented('this bucket GET (only ListObjectsV2, ?list-type=2)');
      }
      const listParameters = [
        'list-type',
        'prefix',
        'delimiter',
        'max-keys',
        'continuation-token',
        'start-after',
        'encoding-type',
        'fetch-owner',
      ];
      onlyQuery(query, (name) => listParameters.includes(name), 'ListObjectsV2');
      return await listObjects(store, bucket, query, response);
    }
    default:
      throw notImplemented(`${method} on a bucket`);
  }
}

async function handleObject(
  store: ObjectStore,
  bucket: string,
  key: string,
  method: string,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
) {
  switch (method) {
    case 'PUT':
      onlyQuery(query, () => false, 'PUT on an object (multipart uploads, tagging, ACLs)');
      if (request.headers['x-amz-copy-source'] !== undefined) throw notImplemented('CopyObject');
      return await putObject(store, bucket, key, request, response);
    case 'GET':
    case 'HEAD':
      onlyQuery(
        query,
        (name) => responseOverrides.some((header) => name === `response-${header}`),
        `${method} on an object`,
      );
      return await getObject(store, bucket, key, method === 'HEAD', query, request, response);
    case 'DELETE':
      onlyQuery(query, () => false, 'DELETE on an object');
      await store.requireBucket(bucket);
      await store.deleteObject(bucket, key);
      return send(response, 204);
    default:
      throw notImplemented(`${method} on an object`);
  }
}

// ---------------------------------------------------------------------------------------------
// Operations

async function putObject(
  store: ObjectStore,
  bucket: string,
  key: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  await store.requireBucket(bucket);
  const paths = store.objectPaths(bucket, key);
  const headers = request.headers;
  const received = await readBody(request);
  const { body, trailers } = isAwsChunked(headers)
    ? decodeAwsChunked(received, headers)
    : { body: received, trailers: {} as Record<string, string> };

  const md5 = createHash('md5').update(body);
  const contentMd5 = header(headers, 'content-md5');
  const md5Base64 = md5.copy().digest('base64');
  if (contentMd5 !== undefined && contentMd5 !== md5Base64) {
    throw new S3Error(
      400,
      'BadDigest',
      'The Content-MD5 you specified did not match what we received.',
    );
  }
  const checksums: Partial<Record<ChecksumAlgorithm, string>> = {};
  for (const algorithm of checksumAlgorithms) {
    const name = `x-amz-checksum-${algorithm}`;
    const claimed = header(headers, name) ?? trailers[name];
    if (claimed === undefined) continue;
    const actual = computeChecksum(algorithm, body);
    if (actual !== undefined && actual !== claimed) {
      throw new S3Error(
        400,
        'BadDigest',
        `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`,
      );
    }
    checksums[algorithm] = claimed;
  }

  if (header(headers, 'if-none-match') === '*' && (await store.statObject(paths)) !== undefined) {
    throw new S3Error(
      412,
      'PreconditionFailed',
      'At least one of the pre-conditions you specified did not hold',
      {
        Condition: 'If-None-Match',
      },
    );
  }

  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') metadata[name] = value;
  }
  const stored: Record<string, string> = {};
  for (const name of storedHeaders) {
    const value = header(headers, name);
    if (value !== undefined) stored[name] = value;
  }
  stored['content-type'] ??= 'binary/octet-stream';
  // aws-chunked is how the body travelled, not how it is stored.
  const encoding = (header(headers, 'content-encoding') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'aws-chunked')
    .join(', ');
  if (encoding !== '') stored['content-encoding'] = encoding;

  const meta: ObjectMeta = {
    etag: `"${md5.digest('hex')}"`,
    size: body.length,
    lastModified: new Date().toISOString(),
    headers: stored,
    metadata,
    checksums,
  };
  await store.writeObject(paths, body, meta);
  const answer: Record<string, string> = { etag: meta.etag };
  for (const [algorithm, value] of Object.entries(checksums)) {
    answer[`x-amz-checksum-${algorithm}`] = value;
  }
  send(response, 200, answer);
}

async function getObject(
  store: ObjectStore,
  bucket: string,
  key: string,
  headOnly: boolean,
  query: URLSearchParams,
  request: IncomingMessage,
  response: ServerResponse,
) {
  await store.requireBucket(bucket);
  const paths = store.objectPaths(bucket, key);
  const found = await store.statObject(paths);
  if (found === undefined) {
    throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
  }
  const meta = await store.readMeta(paths, found);
  const headers: Record<string, string> = {
    ...meta.headers,
    ...meta.metadata,
    etag: meta.etag,
    'last-modified': new Date(meta.lastModified).toUTCString(),
    'content-length': String(found.size),
  };
  if (header(request.headers, 'x-amz-checksum-mode')?.toUpperCase() === 'ENABLED') {
    for (const [algorithm, value] of Object.entries(meta.checksums)) {
      headers[`x-amz-checksum-${algorithm}`] = value;
    }
    if (Object.keys(meta.checksums).length > 0) headers['x-amz-checksum-type'] = 'FULL_OBJECT';
  }
  for (const name of responseOverrides) {
    const override = query.get(`response-${name}`);
    if (override !== null) headers[name] = override;
  }
  response.writeHead(200, { ...commonHeaders(), ...headers });
  if (headOnly) {
    response.end();
    return;
  }
  await pipeline(createReadStream(paths.object), response);
}

async function listObjects(
  store: ObjectStore,
  bucket: string,
  query: URLSearchParams,
  response: ServerResponse,
) {
  await store.requireBucket(bucket);
  const prefix = query.get('prefix') ?? '';
  const delimiter = query.get('delimiter') ?? '';
  const startAfter = query.get('start-after') ?? '';
  const continuationToken = query.get('continuation-token');
  const encodeKeys = query.get('encoding-type') === 'url';
  const requestedMax = Number(query.get('max-keys') ?? maxKeys);
  if (!Number.isInteger(requestedMax) || requestedMax < 0) {
    throw new S3Error(
      400,
      'InvalidArgument',
      'Provided max-keys not an integer or within integer range',
    );
  }
  const limit = Math.min(requestedMax, maxKeys);
  const resumeAfter = continuationToken === null ? undefined : parseToken(continuationToken);

  const keys = (await store.listKeys(bucket)).filter((key) => key.startsWith(prefix));
  const contents: string[] = [];
  const commonPrefixes: string[] = [];
  let truncated = false;
  let last: Marker | undefined;
  for (const key of keys) {
    if (startAfter !== '' && compareKeys(key, startAfter) <= 0) continue;
    if (resumeAfter !== undefined) {
      if (compareKeys(key, resumeAfter.key) <= 0) continue;
      if (resumeAfter.isPrefix && key.startsWith(resumeAfter.key)) continue;
    }
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const entry: Marker =
      cut === -1
        ? { key, isPrefix: false }
        : { key: key.slice(0, cut + delimiter.length), isPrefix: true };
    if (entry.isPrefix && last?.isPrefix && last.key === entry.key) continue;
    if (contents.length + commonPrefixes.length >= limit) {
      truncated = true;
      break;
    }
    (entry.isPrefix ? commonPrefixes : contents).push(entry.key);
    last = entry;
  }

  const encode = (value: string) => xmlText(encodeKeys ? encodeURIComponent(value) : value);
  const items: string[] = [];
  for (const key of contents) {
    const paths = store.objectPaths(bucket, key);
    const found = await store.statObject(paths);
    if (found === undefined) continue;
    const meta = await store.readMeta(paths, found);
    items.push(
      `<Contents><Key>${encode(key)}</Key><LastModified>${meta.lastModified}</LastModified><ETag>${xmlText(meta.etag)}</ETag><Size>${found.size}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    );
  }
  for (const commonPrefix of commonPrefixes) {
    items.push(`<CommonPrefixes><Prefix>${encode(commonPrefix)}</Prefix></CommonPrefixes>`);
  }
  const parts = [
    `<ListBucketResult xmlns="${xmlns}">`,
    `<Name>${xmlText(bucket)}</Name>`,
    `<Prefix>${encode(prefix)}</Prefix>`,
    `<KeyCount>${contents.length + commonPrefixes.length}</KeyCount>`,
    `<MaxKeys>${limit}</MaxKeys>`,
    delimiter === '' ? '' : `<Delimiter>${encode(delimiter)}</Delimiter>`,
    `<IsTruncated>${truncated}</IsTruncated>`,
    continuationToken === null
      ? ''
      : `<ContinuationToken>${xmlText(continuationToken)}</ContinuationToken>`,
    truncated && last !== undefined
      ? `<NextContinuationToken>${makeToken(last)}</NextContinuationToken>`
      : '',
    startAfter === '' ? '' : `<StartAfter>${encode(startAfter)}</StartAfter>`,
    encodeKeys ? '<EncodingType>url</EncodingType>' : '',
    ...items,
    '</ListBucketResult>',
  ];
  sendXml(response, 200, parts.join(''));
}

async function listBuckets(store: ObjectStore, response: ServerResponse) {
  const buckets = await store.listBuckets();
  const entries = buckets
    .map(
      (bucket) =>
        `<Bucket><Name>${xmlText(bucket.name)}</Name><CreationDate>${bucket.created.toISOString()}</CreationDate></Bucket>`,
    )
    .join('');
  sendXml(
    response,
    200,
    `<ListAllMyBucketsResult xmlns="${xmlns}"><Owner><ID>local</ID><DisplayName>local</DisplayName></Owner><Buckets>${entries}</Buckets></ListAllMyBucketsResult>`,
  );
}

interface Marker {
  key: string;
  isPrefix: boolean;
}

function makeToken(marker: Marker): string {
  return Buffer.from(JSON.stringify(marker)).toString('base64url');
}

function parseToken(token: string): Marker {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Marker>;
    if (typeof parsed.key === 'string' && typeof parsed.isPrefix === 'boolean') {
      return { key: parsed.key, isPrefix: parsed.isPrefix };
    }
  } catch {
    // Falls through to the error S3 gives for a token it did not issue.
  }
  throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
}

// ---------------------------------------------------------------------------------------------
// Request bodies: plain, or aws-chunked (what the SDK sends for streams, with trailing checksums)

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxObjectBytes) {
      throw new S3Error(
        400,
        'EntityTooLarge',
        'Your proposed upload exceeds the maximum allowed size',
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function isAwsChunked(headers: IncomingMessage['headers']): boolean {
  const encoding = header(headers, 'content-encoding') ?? '';
  const sha = header(headers, 'x-amz-content-sha256') ?? '';
  return (
    encoding.split(',').some((part) => part.trim() === 'aws-chunked') ||
    sha.startsWith('STREAMING-')
  );
}

/**
 * Each chunk is `<hex size>[;chunk-signature=…]\r\n<data>\r\n`; a zero-size chunk ends the data
 * and is followed by `name:value` trailer lines (the checksum) and a blank line.
 */
function decodeAwsChunked(
  encoded: Buffer,
  headers: IncomingMessage['headers'] = {},
): { body: Buffer; trailers: Record<string, string> } {
  const malformed = () =>
    new S3Error(400, 'IncompleteBody', 'The request body is not valid aws-chunked encoding.');
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let position = 0;
  for (;;) {
    const lineEnd = encoded.indexOf('\r\n', position);
    if (lineEnd === -1) throw malformed();
    const sizeText = encoded.toString('latin1', position, lineEnd).split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw malformed();
    const size = Number.parseInt(sizeText, 16);
    position = lineEnd + 2;
    if (size === 0) break;
    if (position + size + 2 > encoded.length) throw malformed();
    parts.push(encoded.subarray(position, position + size));
    position += size;
    if (encoded.toString('latin1', position, position + 2) !== '\r\n') throw malformed();
    position += 2;
  }
  for (const line of encoded.toString('utf8', position).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = Buffer.concat(parts);
  const declared = header(headers, 'x-amz-decoded-content-length');
  if (declared !== undefined && Number(declared) !== body.length) {
    throw new S3Error(
      400,
      'IncompleteBody',
      'You did not provide the number of bytes specified by the x-amz-decoded-content-length header.',
    );
  }
  return { body, trailers };
}

function computeChecksum(algorithm: ChecksumAlgorithm, body: Buffer): string | undefined {
  switch (algorithm) {
    case 'sha1':
    case 'sha256':
      return createHash(algorithm).update(body).digest('base64');
    case 'crc32': {
      // zlib.crc32 arrived in Node 20.15; without it the claim is stored unchecked.
      const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
      if (crc32 === undefined) return undefined;
      const value = Buffer.alloc(4);
      value.writeUInt32BE(crc32(body) >>> 0);
      return value.toString('base64');
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Storage: one file per object, a JSON sidecar per object under `.meta/` for its headers

interface ObjectMeta {
  etag: string;
  size: number;
  lastModified: string;
  headers: Record<string, string>;
  metadata: Record<string, string>;
  checksums: Partial<Record<ChecksumAlgorithm, string>>;
}

interface ObjectPaths {
  bucketDir: string;
  metaBucketDir: string;
  object: string;
  meta: string;
}

class ObjectStore {
  // Dot-folders can never be bucket names, so they cannot collide with one.
  readonly #metaRoot: string;
  readonly #tmpDir: string;

  constructor(readonly root: string) {
    this.#metaRoot = join(root, '.meta');
    this.#tmpDir = join(root, '.tmp');
  }

  async prepare(): Promise<void> {
    await mkdir(this.#tmpDir, { recursive: true });
  }

  bucketDir(bucket: string): string {
    return join(this.root, bucket);
  }

  async createBucket(bucket: string): Promise<boolean> {
    try {
      await mkdir(this.bucketDir(bucket));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async requireBucket(bucket: string): Promise<void> {
    const found = isValidBucketName(bucket)
      ? await stat(this.bucketDir(bucket)).catch(() => undefined)
      : undefined;
    if (!found?.isDirectory()) {
      throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', {
        BucketName: bucket,
      });
    }
  }

  async deleteBucket(bucket: string): Promise<void> {
    await this.requireBucket(bucket);
    if ((await readdir(this.bucketDir(bucket))).length > 0) {
      throw new S3Error(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty', {
        BucketName: bucket,
      });
    }
    await rmdir(this.bucketDir(bucket));
    await rm(join(this.#metaRoot, bucket), { recursive: true, force: true });
  }

  async listBuckets(): Promise<{ name: string; created: Date }[]> {
    const entries = await readdir(this.root, { withFileTypes: true });
    const buckets: { name: string; created: Date }[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !isValidBucketName(entry.name)) continue;
      const info = await stat(join(this.root, entry.name));
      buckets.push({ name: entry.name, created: info.birthtime });
    }
    return buckets.sort((a, b) => compareKeys(a.name, b.name));
  }

  /** Maps a key to its file; refuses keys that are not plain relative paths (no `..`, no `//`). */
  objectPaths(bucket: string, key: string): ObjectPaths {
    if (Buffer.byteLength(key) > 1024) {
      throw new S3Error(400, 'KeyTooLongError', 'Your key is too long');
    }
    const segments = key.split('/');
    const unstorable = segments.some(
      (segment) =>
        segment === '' ||
        segment === '.' ||
        segment === '..' ||
        segment.includes('\0') ||
        Buffer.byteLength(segment) > 255,
    );
    if (unstorable) {
      throw new S3Error(
        400,
        'InvalidArgument',
        'The local S3 emulator stores each key as a file path: keys with empty, ".", ".." or over-long segments are not supported.',
        { Key: key },
      );
    }
    const bucketDir = this.bucketDir(bucket);
    const metaBucketDir = join(this.#metaRoot, bucket);
    const object = join(bucketDir, ...segments);
    const meta = join(metaBucketDir, ...segments);
    const inside = relative(bucketDir, object);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new S3Error(400, 'InvalidArgument', 'Invalid key', { Key: key });
    }
    return { bucketDir, metaBucketDir, object, meta };
  }

  async statObject(paths: ObjectPaths): Promise<Stats | undefined> {
    const found = await stat(paths.object).catch(() => undefined);
    return found?.isFile() ? found : undefined;
  }

  /** The sidecar when it matches the file; otherwise what the file alone tells (e.g. copied in by hand). */
  async readMeta(paths: ObjectPaths, found: Stats): Promise<ObjectMeta> {
    try {
      const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as ObjectMeta;
      if (meta.size === found.size) return meta;
    } catch {
      // No usable sidecar.
    }
    const md5 = createHash('md5');
    for await (const chunk of createReadStream(paths.object)) md5.update(chunk as Buffer);
    return {
      etag: `"${md5.digest('hex')}"`,
      size: found.size,
      lastModified: found.mtime.toISOString(),
      headers: { 'content-type': 'binary/octet-stream' },
      metadata: {},
      checksums: {},
    };
  }

  async writeObject(paths: ObjectPaths, body: Buffer, meta: ObjectMeta): Promise<void> {
    try {
      await mkdir(dirname(paths.object), { recursive: true });
      await mkdir(dirname(paths.meta), { recursive: true });
    } catch (error) {
      throw keyConflict(error);
    }
    // Write beside, then rename: a reader never sees half an object.
    const temporary = join(this.#tmpDir, randomBytes(8).toString('hex'));
    await writeFile(`${temporary}.meta`, JSON.stringify(meta));
    await writeFile(temporary, body);
    try {
      await rename(temporary, paths.object);
      await rename(`${temporary}.meta`, paths.meta);
    } catch (error) {
      await rm(temporary, { force: true });
      await rm(`${temporary}.meta`, { force: true });
      throw keyConflict(error);
    }
  }

  async deleteObject(bucket: string, key: string): Promise<void> {
    const paths = this.objectPaths(bucket, key);
    if ((await this.statObject(paths)) === undefined) return;
    await rm(paths.object, { force: true });
    await rm(paths.meta, { force: true });
    // Empty folders left behind would block a later object with the folder's name.
    await pruneEmptyParents(dirname(paths.object), paths.bucketDir);
    await pruneEmptyParents(dirname(paths.meta), paths.metaBucketDir);
  }

  /** Every key in the bucket, in S3's order (UTF-8 bytes). */
  async listKeys(bucket: string): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (dir: string, prefix: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) await walk(join(dir, entry.name), `${prefix}${entry.name}/`);
        else if (entry.isFile()) keys.push(`${prefix}${entry.name}`);
      }
    };
    await walk(this.bucketDir(bucket), '');
    return keys.sort(compareKeys);
  }
}

function keyConflict(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST' || code === 'ENOTEMPTY') {
    return new S3Error(
      409,
      'OperationAborted',
      'The local S3 emulator stores keys as file paths, so "a" and "a/b" cannot both exist in one bucket.',
    );
  }
  return error;
}

async function pruneEmptyParents(dir: string, stopAt: string): Promise<void> {
  let current = dir;
  while (current !== stopAt && current.startsWith(stopAt)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
    current = dirname(current);
  }
}

function isValidBucketName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name)
  );
}

function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// ---------------------------------------------------------------------------------------------
// Responses

function header(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function commonHeaders(): Record<string, string> {
  return {
    'x-amz-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-amz-id-2': randomBytes(24).toString('base64'),
    server: 'AmazonS3',
  };
}

function send(response: ServerResponse, status: number, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...commonHeaders(), 'content-length': '0', ...headers });
  response.end();
}

function sendXml(response: ServerResponse, status: number, xml: string, headOnly = false) {
  const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
  response.writeHead(status, {
    ...commonHeaders(),
    'content-type': 'application/xml',
    'content-length': String(body.length),
  });
  response.end(headOnly ? undefined : body);
}

function sendError(response: ServerResponse, request: IncomingMessage, error: S3Error) {
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const details = Object.entries(error.details)
    .map(([name, value]) => `<${name}>${xmlText(value)}</${name}>`)
    .join('');
  sendXml(
    response,
    error.status,
    `<Error><Code>${error.code}</Code><Message>${xmlText(error.message)}</Message>${details}<RequestId>${requestId}</RequestId></Error>`,
    request.method === 'HEAD',
  );
}

function xmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
