// Local stack -> SigV4 as S3 checks it: the canonical request rebuilt from what arrived (method,
// the path as sent, the query re-encoded and sorted, the signed headers), the string to sign, the
// derived key and the signature compared. Written from AWS's description of Signature Version 4,
// with node:crypto only, so it checks a signer without sharing its code.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface ArrivedRequest {
  method: string;
  /** The request target as sent: the path, then `?` and the query. */
  target: string;
  headers: IncomingHttpHeaders;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

const encode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, '%20'));

function canonicalQuery(query: string): string {
  if (query === '') return '';
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const value = equals === -1 ? '' : pair.slice(equals + 1);
      return [encode(decode(name)), encode(decode(value))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

const headerValue = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: Buffer | string, text: string) =>
  createHmac('sha256', key).update(text, 'utf8').digest();

/** S3 refuses a request signed more than 15 minutes from its own time, either way. */
const ALLOWED_SKEW_MS = 15 * 60_000;

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function amzDateMs(amzDate: string): number | undefined {
  const parts = AMZ_DATE.exec(amzDate);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second] = parts.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}

export interface SignatureCheck {
  secretOf: (accessKeyId: string) => string | undefined;
  /** The region this endpoint stands for; a scope naming another is refused, as AWS does. */
  region: string;
  /** The real time: signers sign with the machine's clock, never with the local stack's. */
  now?: () => number;
}

/** Why S3 refuses a request: its status, error code and message. */
export interface SignatureProblem {
  status: 400 | 403;
  code:
    | 'AccessDenied'
    | 'InvalidAccessKeyId'
    | 'AuthorizationHeaderMalformed'
    | 'RequestTimeTooSkewed'
    | 'SignatureDoesNotMatch';
  message: string;
}

const problem = (code: SignatureProblem['code'], message: string): SignatureProblem => ({
  // S3 answers a malformed scope as a bad request, every other refusal as forbidden.
  status: code === 'AuthorizationHeaderMalformed' ? 400 : 403,
  code,
  message,
});

/**
 * Null when the request carries a valid SigV4 signature for S3 in this region by a known access
 * key, signed within 15 minutes, with its payload hash signed; else why not, as S3 says it.
 */
export function sigV4Problem(
  request: ArrivedRequest,
  check: SignatureCheck,
): SignatureProblem | null {
  const match = AUTHORIZATION.exec(headerValue(request.headers.authorization));
  if (!match) return problem('AccessDenied', 'no SigV4 Authorization header');
  const [, accessKeyId = '', day = '', region = '', service = '', signedList = '', signature] =
    match;
  const secret = check.secretOf(accessKeyId);
  if (secret === undefined) return problem('InvalidAccessKeyId', `unknown key ${accessKeyId}`);
  if (service !== 's3' || region !== check.region) {
    return problem(
      'AuthorizationHeaderMalformed',
      `the credential scope names ${service} in ${region}; this is s3 in ${check.region}`,
    );
  }
  const amzDate = headerValue(request.headers['x-amz-date']);
  const signedAt = amzDateMs(amzDate);
  if (signedAt === undefined || !amzDate.startsWith(day)) {
    return problem('AccessDenied', 'x-amz-date does not match the credential scope');
  }
  if (Math.abs((check.now ?? Date.now)() - signedAt) > ALLOWED_SKEW_MS) {
    return problem(
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
    );
  }
  const payloadHash = headerValue(request.headers['x-amz-content-sha256']);
  if (payloadHash === '') return problem('AccessDenied', 'no x-amz-content-sha256 header');
  const signedHeaders = signedList.split(';');
  for (const required of ['host', 'x-amz-content-sha256', 'x-amz-date']) {
    if (!signedHeaders.includes(required)) {
      return problem('AccessDenied', `the ${required} header is not signed`);
    }
  }
  const queryStart = request.target.indexOf('?');
  const path = queryStart === -1 ? request.target : request.target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : request.target.slice(queryStart + 1);
  const canonicalRequest = [
    request.method,
    path,
    canonicalQuery(query),
    ...signedHeaders.map((name) => `${name}:${headerValue(request.headers[name])}`),
    '',
    signedList,
    payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  const given = Buffer.from(signature ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? null
    : problem(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
}
