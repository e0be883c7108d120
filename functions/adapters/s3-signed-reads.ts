// Object store adapter (S3, reads only): ListObjectsV2 and GetObject as plain HTTPS requests signed
// with AWS's own SigV4 signer, for the template overrides. The S3 client weighs ~130 KB in a bundle;
// the milestone function only ever reads a few small objects, so it carries this instead and no
// S3 client. Credentials and region come from a client the function already has.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SignatureV4 } from '@smithy/signature-v4';
import { REQUEST_TIMEOUT_MS } from './sdk-client.ts';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SignedS3Options {
  /** Resolved per request, so rotating Lambda credentials are picked up. */
  credentials: () => Promise<S3Credentials>;
  region: () => Promise<string>;
  /** AWS_ENDPOINT_URL_S3 (the local stand-in); absent: the region's public S3 endpoint. */
  endpoint?: string | undefined;
  forcePathStyle: boolean;
}

export interface ListedObject {
  key: string;
  size: number;
}

export interface S3ObjectReader {
  /** One page of ListObjectsV2; `next` is the continuation token while the listing is truncated. */
  list(
    bucket: string,
    prefix: string,
    continuationToken?: string,
  ): Promise<{ objects: ListedObject[]; next?: string }>;
  get(bucket: string, key: string): Promise<Uint8Array>;
}

/** S3 answered with an error status (its error code in the message), or could not be reached. */
export class S3ReadError extends Error {
  override name = 'S3ReadError';
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** node:crypto behind the signer's checksum interface (a hash, or an HMAC when given a key). */
export class Sha256 {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    if (this.secret === undefined) return createHash('sha256');
    const key =
      typeof this.secret === 'string'
        ? this.secret
        : ArrayBuffer.isView(this.secret)
          ? new Uint8Array(this.secret.buffer, this.secret.byteOffset, this.secret.byteLength)
          : new Uint8Array(this.secret);
    return createHmac('sha256', key);
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data);
    this.hash.update(bytes);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

/**
 * One GET by node:http(s), which the SDK clients have loaded already (global fetch would load its
 * own HTTP stack on the first call, tens of milliseconds of a cold start): status and body.
 */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: Uint8Array }> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: 'GET', headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: new Uint8Array(Buffer.concat(chunks)),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('S3 did not answer in time')));
    request.on('error', reject);
    request.end();
  });
}

/** RFC 3986 unreserved characters stay; everything else is percent-encoded, as SigV4 wants. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const encodeKey = (key: string) => key.split('/').map(encode).join('/');

const XML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function xmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return XML_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** The text of each `<name>` element directly in `xml` (S3's answers have no attributes there). */
function elements(xml: string, name: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g');
  for (const match of xml.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

/** ListObjectsV2's XML: each object's key and size, and the token of the next page. */
export function parseListing(xml: string): { objects: ListedObject[]; next?: string } {
  const objects = elements(xml, 'Contents').map((contents) => ({
    key: xmlText(elements(contents, 'Key')[0] ?? ''),
    size: Number(elements(contents, 'Size')[0] ?? '0'),
  }));
  const truncated = elements(xml, 'IsTruncated')[0]?.trim() === 'true';
  const next = elements(xml, 'NextContinuationToken')[0];
  return truncated && next ? { objects, next: xmlText(next) } : { objects };
}

export interface S3Location {
  protocol: string;
  hostname: string;
  port?: number;
  /** Encoded, as sent and as signed. */
  path: string;
}

/**
 * Where an object (or, for key '', the bucket's listing) is: virtual-hosted by default, as S3
 * prefers; path-style when asked (the local stand-in) and for dotted bucket names, which TLS
 * wildcard certificates do not cover.
 */
export function s3Location(
  bucket: string,
  key: string,
  region: string,
  options: Pick<SignedS3Options, 'endpoint' | 'forcePathStyle'>,
): S3Location {
  const base = new URL(options.endpoint ?? `https://s3.${region}.amazonaws.com`);
  const pathStyle = options.forcePathStyle || bucket.includes('.');
  const bucketPath = `${base.pathname.replace(/\/$/, '')}${pathStyle ? `/${encode(bucket)}` : ''}`;
  return {
    protocol: base.protocol,
    hostname: pathStyle ? base.hostname : `${bucket}.${base.hostname}`,
    ...(base.port ? { port: Number(base.port) } : {}),
    // A listing names the bucket alone: `/bucket` path-style, `/` virtual-hosted.
    path: key === '' ? bucketPath || '/' : `${bucketPath}/${encodeKey(key)}`,
  };
}

export function createSignedS3Reader(options: SignedS3Options): S3ObjectReader {
  const signerFor = (region: string) =>
    new SignatureV4({
      service: 's3',
      region,
      credentials: options.credentials,
      sha256: Sha256,
      // S3 signs the path as sent, not encoded twice.
      uriEscapePath: false,
      applyChecksum: true,
    });

  async function send(
    bucket: string,
    key: string,
    query: Record<string, string>,
  ): Promise<Uint8Array> {
    const region = await options.region();
    const location = s3Location(bucket, key, region, options);
    const { protocol, hostname, port, path } = location;
    const host = port ? `${hostname}:${port}` : hostname;
    const signed = await signerFor(region).sign({
      method: 'GET',
      ...location,
      query,
      headers: { host },
    });
    const search = Object.entries(query)
      .map(([name, value]) => `${encode(name)}=${encode(value)}`)
      .join('&');
    const url = `${protocol}//${host}${path}${search ? `?${search}` : ''}`;
    // Every signed header as signed, host included.
    const headers = signed.headers;
    let response: { status: number; body: Uint8Array };
    try {
      response = await get(url, headers);
    } catch (error) {
      throw new S3ReadError(`S3 could not be reached for s3://${bucket}/${key}`, undefined, {
        cause: error,
      });
    }
    const { status, body } = response;
    if (status < 200 || status > 299) {
      const code = elements(Buffer.from(body).toString('utf8'), 'Code')[0] ?? 'no error code';
      throw new S3ReadError(`S3 answered ${status} (${code}) for s3://${bucket}/${key}`, status);
    }
    return body;
  }

  return {
    async list(bucket, prefix, continuationToken) {
      const body = await send(bucket, '', {
        'list-type': '2',
        prefix,
        ...(continuationToken ? { 'continuation-token': continuationToken } : {}),
      });
      return parseListing(Buffer.from(body).toString('utf8'));
    },
    get: (bucket, key) => send(bucket, key, {}),
  };
}
