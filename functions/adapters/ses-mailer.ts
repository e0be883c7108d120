// Mailer adapter (SES v2): sends a message composed by core/mail as raw MIME, to the user only,
// and knows the Message-IDs SES gives what it sends. SES has no idempotency key, so a send whose
// answer was lost may have gone out: it is never retried (not by the SDK either) but reported to
// core as MailOutcomeUnknownError; only a send SES refused, or never received, is tried again.
import { SESv2Client, type SESv2ClientConfig, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { MailOutcomeUnknownError } from '../core/errors.ts';
import type { Mailer } from '../core/ports.ts';

/** The Message-ID recipients see on a mail SES sent with this SES message id. */
export const sesMessageIdOf = (sesMessageId: string) => `${sesMessageId}@amazonses.com`;

/** SES's Message-IDs are on amazonses.com or a regional subdomain of it. */
const SES_MESSAGE_ID = /(?:^|[.@])amazonses\.com$/i;
export const isSesMessageId = (messageId: string) => SES_MESSAGE_ID.test(messageId);

/**
 * SES replaces the Message-ID of what it sends with `<id>@<region>.amazonses.com` (or
 * `<id>@amazonses.com`): every SES domain counts as one, the one `send` returns.
 */
export function canonicalSesMessageId(messageId: string): string {
  const at = messageId.lastIndexOf('@');
  if (at > 0 && isSesMessageId(messageId)) {
    return sesMessageIdOf(messageId.slice(0, at));
  }
  return messageId;
}

/**
 * What a failed send tells of the mail: `answered`, SES said no (an error status, throttling
 * included); `not-reached`, no connection was made, so SES never had it; `unknown`, the request
 * may have been written and its answer was lost (a timeout, a reset, anything else).
 */
export type SendFailure = 'answered' | 'not-reached' | 'unknown';

/** Failures of the connection itself, before a byte of the request is written. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/**
 * The SDK's connection timeout: the socket never connected. Its message is its only mark, so
 * tests/contracts/mail.test.ts drives a real one through the SDK's handler.
 */
const CONNECT_TIMEOUT = /did not establish a connection/;

export function sendFailureOf(error: unknown): SendFailure {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { $metadata, code, name, message } = error as {
    $metadata?: { httpStatusCode?: number };
    code?: unknown;
    name?: unknown;
    message?: unknown;
  };
  const status = $metadata?.httpStatusCode;
  // A success whose body could not be read (cut short) was sent all the same.
  if (typeof status === 'number') return status >= 300 ? 'answered' : 'unknown';
  if (typeof code === 'string' && NOT_CONNECTED.has(code)) return 'not-reached';
  if (name === 'CredentialsProviderError') return 'not-reached';
  if (name === 'TimeoutError' && typeof message === 'string' && CONNECT_TIMEOUT.test(message)) {
    return 'not-reached';
  }
  return 'unknown';
}

/** SES's answers worth waiting out: throttling and its own failures. A 4xx refusal stays one. */
function worthRetrying(error: unknown): boolean {
  const failure = sendFailureOf(error);
  if (failure === 'not-reached') return true;
  if (failure !== 'answered') return false;
  const status = (error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode;
  return status === 429 || status >= 500;
}

/** Attempts per send, as the SDK's standard mode makes them. */
export const SES_MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 100;
const THROTTLED_BASE_DELAY_MS = 500;

type RetryStrategy = Extract<
  NonNullable<SESv2ClientConfig['retryStrategy']>,
  { acquireInitialRetryToken: unknown }
>;
type RetryToken = Awaited<ReturnType<RetryStrategy['acquireInitialRetryToken']>>;

const token = (count: number, delay: number): RetryToken => ({
  getRetryCount: () => count,
  getRetryDelay: () => delay,
});

/**
 * The SDK's retries for SES, limited to sends that certainly did not go out (see
 * `worthRetrying`), with the standard mode's jittered exponential backoff. A send whose answer
 * was lost is not tried again here: it may be out.
 */
export function refusedOnlyRetries(random: () => number = Math.random): RetryStrategy {
  return {
    acquireInitialRetryToken: async () => token(0, 0),
    async refreshRetryTokenForRetry(previous, info) {
      const attempt = previous.getRetryCount() + 1;
      if (attempt >= SES_MAX_ATTEMPTS || !worthRetrying(info.error)) {
        throw new Error('no retry: SES refused it for good, or may have it');
      }
      const base = info.errorType === 'THROTTLING' ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS;
      return token(attempt, Math.floor(random() * base * 2 ** attempt));
    },
    recordSuccess() {},
  };
}

/** Options of the SDK's Node request handler (timeouts): SES's client makes its own agents. */
type RequestHandlerOptions = Exclude<
  NonNullable<SESv2ClientConfig['requestHandler']>,
  { handle: unknown }
>;

/**
 * The SES client the mailer needs: `options` (endpoint, timeouts) with its own retries, and a new
 * connection for every send. The SDK keeps connections alive, and one kept over a Lambda freeze
 * is often gone at the far end: the next send on it is reset, which after the request was written
 * cannot tell "not sent" from "sent" (SES may have read it), so the draft would be reported, never
 * sent. On a fresh connection a reset is rare and as unknown as a timeout. A send is a few a day per
 * user: the handshake it costs (tens of ms) buys every stale-socket reset back.
 */
export function createSesClient(
  options: Omit<SESv2ClientConfig, 'requestHandler'> & {
    requestHandler?: RequestHandlerOptions;
  } = {},
): SESv2Client {
  const noKeepAlive = { keepAlive: false };
  return new SESv2Client({
    ...options,
    requestHandler: { ...options.requestHandler, httpAgent: noKeepAlive, httpsAgent: noKeepAlive },
    retryStrategy: refusedOnlyRetries(),
  });
}

export function createSesMailer(client: SESv2Client): Mailer {
  return {
    isOwnMessageId: isSesMessageId,
    canonicalMessageId: canonicalSesMessageId,
    async send(mail) {
      try {
        const result = await client.send(
          new SendEmailCommand({
            FromEmailAddress: mail.from,
            Destination: { ToAddresses: [mail.to] },
            Content: { Raw: { Data: mail.raw } },
          }),
        );
        return { messageId: sesMessageIdOf(result.MessageId ?? '') };
      } catch (error) {
        if (sendFailureOf(error) !== 'unknown') throw error;
        throw new MailOutcomeUnknownError('SES may have sent the mail: its answer was lost', {
          cause: error,
        });
      }
    },
  };
}
