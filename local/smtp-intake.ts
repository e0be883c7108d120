// The local intake: an SMTP server standing in for SES receiving. Like an SES receipt rule it
// stores the raw message in S3 under the inbound prefix, then invokes the inbound handler with
// an SES event, and answers 250 only once the handler has finished (451 if it failed, so the
// sender retries). Verdicts: mail from loopback passes SPF/DKIM (and DMARC when MAIL FROM is of
// the header From's domain) unless a test header says not. Like SES, it prepends its verdicts as
// headers (Received-SPF, Authentication-Results naming the DKIM signer) to the stored message.
import { randomBytes } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SMTPServer } from 'smtp-server';
import { fromMailboxes } from '../functions/core/from-header.ts';
import { type Clock, MAX_INBOUND_BYTES } from '../functions/core/ports.ts';
import { listen } from './services/listen.ts';

/** Lets tests play a spoofed sender: `X-Followup-Test-Verdicts: spf=FAIL dkim=FAIL dmarc=FAIL`. */
export const TEST_VERDICTS_HEADER = 'x-followup-test-verdicts';

export interface SmtpIntakeOptions {
  host?: string;
  port: number;
  intakeDomain: string;
  s3: S3Client;
  bucket: string;
  prefix: string;
  /** The local clock: the event's receipt time (`mail.timestamp`) is read from it, as SES's. */
  clock: Clock;
  deliver: (event: unknown) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

export interface SmtpIntake {
  port: number;
  close(): Promise<void>;
}

type Verdict = 'PASS' | 'FAIL' | 'GRAY';
type VerdictName = 'spf' | 'dkim' | 'dmarc' | 'spam' | 'virus';

export async function startSmtpIntake(options: SmtpIntakeOptions): Promise<SmtpIntake> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_INBOUND_BYTES,
    banner: 'followup local intake',
    onRcptTo(address, _session, callback) {
      const domain = address.address.split('@')[1]?.toLowerCase();
      if (domain !== options.intakeDomain.toLowerCase()) {
        callback(smtpError(550, `this intake only receives mail for @${options.intakeDomain}`));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      // Past the limit the rest is read and dropped, never buffered; the message is refused.
      stream.on('data', (chunk: Buffer) => {
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          const limit = `${MAX_INBOUND_BYTES / 1024 / 1024} MiB`;
          callback(smtpError(552, `the message is larger than ${limit}; it was not read`));
          return;
        }
        const raw = Buffer.concat(chunks);
        receive(raw, session, options).then(
          () => callback(null, 'handled by followup'),
          (error: unknown) => {
            options.onError?.(error);
            callback(smtpError(451, 'the message could not be processed; try again later'));
          },
        );
      });
    },
  });
  const port = await listen(server.server, options.port, options.host);
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A refusal smtp-server answers as `<code> <text>`: the code goes in once, not in the text. */
function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

interface Session {
  remoteAddress: string;
  envelope: { mailFrom: false | { address: string }; rcptTo: Array<{ address: string }> };
}

async function receive(raw: Buffer, session: Session, options: SmtpIntakeOptions) {
  // SES message ids are opaque [a-z0-9]; ours look alike.
  const messageId = randomBytes(20).toString('hex');
  const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  const verdicts = verdictsFor(session.remoteAddress, raw, mailFrom);
  const now = options.clock.now().toISOString();
  const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
  const headers = sesHeaders(verdicts, raw, mailFrom);
  const stored = Buffer.concat([
    Buffer.from(headers.map(({ name, value }) => `${name}: ${value}\r\n`).join(''), 'latin1'),
    raw,
  ]);
  await options.s3.send(
    new PutObjectCommand({
      Bucket: options.bucket,
      Key: `${options.prefix}${messageId}`,
      Body: stored,
      ContentType: 'message/rfc822',
    }),
  );
  await options.deliver({
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: now,
            source: mailFrom,
            messageId,
            destination: recipients,
            headersTruncated: false,
            headers,
            commonHeaders: {},
          },
          receipt: {
            timestamp: now,
            processingTimeMillis: 0,
            recipients,
            spamVerdict: { status: verdicts.spam },
            virusVerdict: { status: verdicts.virus },
            spfVerdict: { status: verdicts.spf },
            dkimVerdict: { status: verdicts.dkim },
            dmarcVerdict: { status: verdicts.dmarc },
            action: {
              type: 'Lambda',
              functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:followup-inbound',
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  });
}

/** The first `DKIM-Signature`'s signing domain (`d=`), lower-cased; '' when unsigned. */
function dkimDomain(raw: Buffer): string {
  const headers = headerSection(raw);
  const signature = /^dkim-signature:((?:[^\r\n]|\r?\n[ \t])*)/im.exec(headers)?.[1] ?? '';
  return /(?:^|;)\s*d=([^;\s]+)/i.exec(signature)?.[1]?.toLowerCase() ?? '';
}

function headerSection(raw: Buffer): string {
  const crlf = raw.indexOf('\r\n\r\n');
  const end = crlf >= 0 ? crlf : raw.indexOf('\n\n');
  return raw.subarray(0, end >= 0 ? end : raw.length).toString('latin1');
}

/**
 * The headers SES adds above a received message, in its order and wording: the spam and virus
 * verdicts, Received-SPF and Authentication-Results (SPF for the MAIL FROM, DKIM naming the
 * signing domain, DMARC for the From domain). Loopback signatures count as verified.
 */
export function sesHeaders(verdicts: Record<VerdictName, Verdict>, raw: Buffer, mailFrom: string) {
  const spf = verdicts.spf.toLowerCase();
  const signer = dkimDomain(raw);
  const dkim = signer ? `dkim=${verdicts.dkim.toLowerCase()} header.i=@${signer}` : 'dkim=none';
  const fromDomain = headerFromDomain(raw);
  const dmarc = verdicts.dmarc === 'GRAY' ? 'none' : verdicts.dmarc.toLowerCase();
  const spfNote = `(spfCheck: local intake) client-ip=127.0.0.1; envelope-from=${mailFrom}; helo=localhost;`;
  return [
    { name: 'Return-Path', value: `<${mailFrom}>` },
    { name: 'X-SES-Spam-Verdict', value: verdicts.spam },
    { name: 'X-SES-Virus-Verdict', value: verdicts.virus },
    { name: 'Received-SPF', value: `${spf} ${spfNote}` },
    {
      name: 'Authentication-Results',
      value: `amazonses.com; spf=${spf} ${spfNote} ${dkim}; dmarc=${dmarc} header.from=${fromDomain};`,
    },
  ];
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The domain of the one header From ('' when there is none, or more than one: nothing aligns). */
function headerFromDomain(raw: Buffer): string {
  const from = fromMailboxes(raw);
  return from.length === 1 && from[0] ? domainOf(from[0].email) : '';
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0
    ? address
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : '';
}

/**
 * What SES would have decided. Loopback passes SPF and DKIM; DMARC passes only when SPF passed
 * for a MAIL FROM aligned with the header From (DMARC's SPF alignment), else it is GRAY, so a
 * test can play a sender whose own server passes SPF for another domain. A test header may
 * override any verdict; DMARC follows an overridden SPF unless the header names it too.
 */
export function verdictsFor(remoteAddress: string, raw: Buffer, mailFrom: string) {
  const headers = headerSection(raw);
  const stated: Partial<Record<VerdictName, Verdict>> = {};
  const line = new RegExp(`^${TEST_VERDICTS_HEADER}:([^\\r\\n]*)`, 'im').exec(headers)?.[1] ?? '';
  for (const [, name, value] of line.matchAll(/(spf|dkim|dmarc|spam|virus)=(pass|fail|gray)/gi)) {
    if (name && value) stated[name.toLowerCase() as VerdictName] = value.toUpperCase() as Verdict;
  }
  const base: Verdict = isLoopback(remoteAddress) ? 'PASS' : 'GRAY';
  const spf = stated.spf ?? base;
  const fromDomain = headerFromDomain(raw);
  const aligned = fromDomain !== '' && domainOf(mailFrom) === fromDomain;
  const verdicts: Record<VerdictName, Verdict> = {
    spf,
    dkim: stated.dkim ?? base,
    dmarc: stated.dmarc ?? (spf === 'PASS' && aligned ? 'PASS' : 'GRAY'),
    spam: stated.spam ?? 'PASS',
    virus: stated.virus ?? 'PASS',
  };
  return verdicts;
}
