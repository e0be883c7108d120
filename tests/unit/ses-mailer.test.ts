// Tests -> the SES mailer's knowledge of SES's Message-IDs, which core asks through the Mailer port.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import {
  createSesMailer,
  sendFailureOf,
  sesMessageIdOf,
} from '../../functions/adapters/ses-mailer.ts';

// Nothing is sent: the client is only constructed, so no endpoint or credentials are needed.
const mailer = createSesMailer(new SESv2Client({ region: 'eu-west-1' }));

describe('SES Message-IDs', () => {
  it('are what a sent mail is known by', () => {
    expect(sesMessageIdOf('0102018c-abc')).toBe('0102018c-abc@amazonses.com');
  });

  it.each([
    '0102018c-abc@amazonses.com',
    '0102018c-abc@eu-west-1.amazonses.com',
    '0100018C-ACK-1@EMAIL.AMAZONSES.COM',
  ])('%s is one SES gave', (id) => {
    expect(mailer.isOwnMessageId(id)).toBe(true);
  });

  it.each(['cafe@mail.gmail.com', 'x@followup.example.com', 'x@amazonses.com.evil.example'])(
    '%s is not',
    (id) => {
      expect(mailer.isOwnMessageId(id)).toBe(false);
    },
  );

  it('every SES domain is one: a regional form is the id send returned', () => {
    const sent = sesMessageIdOf('0100018c-ack-1');
    for (const seen of [
      sent,
      '0100018c-ack-1@us-west-2.amazonses.com',
      '0100018c-ack-1@email.amazonses.com',
    ]) {
      expect(mailer.canonicalMessageId(seen)).toBe(sent);
    }
    for (const other of [
      'cafe@mail.gmail.com',
      'x@amazonses.com.evil.example',
      'x@notamazonses.com',
    ]) {
      expect(mailer.canonicalMessageId(other)).toBe(other);
    }
  });
});

describe('what a failed send tells of the mail', () => {
  // The shapes the SDK and Node give their errors; tests/contracts/mail.test.ts meets the real ones.
  it.each([
    ['an error status from SES', { $metadata: { httpStatusCode: 400 } }, 'answered'],
    [
      'throttling',
      { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } },
      'answered',
    ],
    ['a success whose body was cut short', { $metadata: { httpStatusCode: 200 } }, 'unknown'],
    ['a connection refused', { code: 'ECONNREFUSED' }, 'not-reached'],
    ['a name that did not resolve', { code: 'ENOTFOUND' }, 'not-reached'],
    [
      'the connect timeout',
      {
        name: 'TimeoutError',
        message:
          '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 3000 ms.',
      },
      'not-reached',
    ],
    ['the request timeout', { name: 'TimeoutError', code: 'ETIMEDOUT' }, 'unknown'],
    ['a reset after the request went out', { name: 'TimeoutError', code: 'ECONNRESET' }, 'unknown'],
    ['anything else', new Error('socket hang up'), 'unknown'],
  ])('%s', (_what, error, failure) => {
    expect(sendFailureOf(error)).toBe(failure);
  });
});
