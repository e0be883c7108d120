// Fuzz material: hostile shapes of mail named one by one, and random mutations of real messages.
// Shared by the bounded suite in `npm test` and the full run of `npm run fuzz`.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fixturePath } from '../support/fixtures.ts';

const CRLF = '\r\n';

function headers(extra: string[] = []): string {
  return [
    'From: Priya N <priya.n@example.org>',
    'To: interviews@followup.example.com',
    'Subject: Fwd: Interview confirmation',
    'Date: Mon, 11 Jan 2027 09:00:00 -0600',
    'Message-ID: <fuzz@example.org>',
    'MIME-Version: 1.0',
    ...extra,
  ].join(CRLF);
}

const CONFIRMATION =
  'Hi Priya, confirming your interview for the Data Analyst role on Thursday, January 14, 2027 at 2:00 PM Central with Dana Lee.';

function calendar(rule: string, observances = 1): string {
  const zone = Array.from(
    { length: observances },
    (_, i) =>
      `BEGIN:STANDARD${CRLF}DTSTART:${1601 + (i % 400)}0101T000000${CRLF}RRULE:${rule}${CRLF}TZOFFSETFROM:+0000${CRLF}TZOFFSETTO:+0100${CRLF}END:STANDARD`,
  ).join(CRLF);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VTIMEZONE',
    'TZID:Tick',
    zone,
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:fuzz-1',
    'DTSTART;TZID=Tick:20270114T140000',
    'DTEND;TZID=Tick:20270114T150000',
    'SUMMARY:Interview',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join(CRLF);
}

function multipart(parts: string[], boundary = 'b1'): string {
  return `${headers([`Content-Type: multipart/mixed; boundary="${boundary}"`])}${CRLF}${CRLF}${parts
    .map((part) => `--${boundary}${CRLF}${part}`)
    .join(CRLF)}${CRLF}--${boundary}--${CRLF}`;
}

const textPart = (body: string, charset = 'utf-8') =>
  `Content-Type: text/plain; charset="${charset}"${CRLF}${CRLF}${body}`;

export interface HostileShape {
  name: string;
  /** Built on demand: some are tens of megabytes. */
  build(): Uint8Array;
  /** Too heavy for the bounded suite in `npm test`; the full `npm run fuzz` reads it. */
  heavy?: boolean;
}

const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'truncated in the middle of a part',
    build: () => {
      const whole = multipart([textPart(CONFIRMATION), textPart(CONFIRMATION)]);
      return Buffer.from(whole.slice(0, Math.floor(whole.length * 0.6)));
    },
  },
  {
    name: 'boundary that never appears',
    build: () =>
      Buffer.from(
        `${headers(['Content-Type: multipart/alternative; boundary="nowhere"'])}${CRLF}${CRLF}--elsewhere${CRLF}${textPart(CONFIRMATION)}${CRLF}--elsewhere--${CRLF}`,
      ),
  },
  {
    name: 'boundary that is a prefix of the text',
    build: () => Buffer.from(multipart([textPart(`-${CONFIRMATION}`)], '-')),
  },
  {
    name: 'a header line of one megabyte',
    build: () =>
      Buffer.from(
        `${headers([`X-Padding: ${'a'.repeat(1024 * 1024)}`])}${CRLF}${CRLF}${CONFIRMATION}`,
      ),
  },
  {
    name: 'a subject of one megabyte of encoded words',
    build: () =>
      Buffer.from(
        `${headers([`Subject: ${'=?utf-8?B?SW50ZXJ2aWV3?= '.repeat(40_000)}`])}${CRLF}${CRLF}${CONFIRMATION}`,
      ),
  },
  {
    name: 'ten thousand parts',
    build: () =>
      Buffer.from(
        multipart(
          Array.from({ length: 10_000 }, (_, i) => textPart(i === 0 ? CONFIRMATION : `part ${i}`)),
        ),
      ),
  },
  {
    name: 'parts nested a thousand deep',
    build: () => {
      let inner = textPart(CONFIRMATION);
      for (let depth = 0; depth < 1000; depth++)
        inner = `Content-Type: multipart/mixed; boundary="n${depth}"${CRLF}${CRLF}--n${depth}${CRLF}${inner}${CRLF}--n${depth}--`;
      return Buffer.from(`${headers()}${CRLF}${inner}`);
    },
  },
  ...['x-unknown', 'utf-7', 'iso-2022-jp', 'utf-16', 'windows-1252', ''].map((charset) => ({
    name: `a text part in charset "${charset}"`,
    build: () => Buffer.from(multipart([textPart(CONFIRMATION, charset)])),
  })),
  {
    name: 'invalid UTF-8 and lone surrogates in the body',
    build: () =>
      Buffer.concat([
        Buffer.from(`${headers(['Content-Type: text/plain; charset=utf-8'])}${CRLF}${CRLF}`),
        Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]),
        Buffer.from(CONFIRMATION),
      ]),
  },
  {
    name: 'base64 that is not base64',
    build: () =>
      Buffer.from(
        multipart([
          `Content-Type: text/plain${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}!!!${'%'.repeat(10_000)}`,
        ]),
      ),
  },
  ...FREQUENCIES.map((frequency) => ({
    name: `a VTIMEZONE repeating ${frequency} since 1601`,
    build: () =>
      Buffer.from(
        multipart([
          textPart(CONFIRMATION),
          `Content-Type: text/calendar; method=REQUEST${CRLF}${CRLF}${calendar(`FREQ=${frequency}`)}`,
        ]),
      ),
  })),
  {
    name: 'a VTIMEZONE of ten thousand rules',
    build: () =>
      Buffer.from(
        multipart([
          textPart(CONFIRMATION),
          `Content-Type: text/calendar; method=REQUEST${CRLF}${CRLF}${calendar('FREQ=YEARLY', 10_000)}`,
        ]),
      ),
  },
  {
    name: 'a thirty-megabyte attachment',
    heavy: true,
    build: () =>
      Buffer.from(
        multipart([
          textPart(CONFIRMATION),
          `Content-Type: application/pdf; name="cv.pdf"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${Buffer.alloc(
            30 * 1024 * 1024 * 0.75,
            7,
          )
            .toString('base64')
            .replace(/.{76}/g, `$&${CRLF}`)}`,
        ]),
      ),
  },
];

/** The project's own mail fixtures, the seeds every mutation starts from. */
export function seedMessages(): Uint8Array[] {
  const folder = fixturePath('mail');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => readFileSync(`${folder}/${name}`));
}

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'delete' | 'duplicate'; at: number; length: number }
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'header'; at: number; line: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constantFrom('delete' as const, 'duplicate' as const),
    at: fc.nat(),
    length: fc.nat({ max: 400 }),
  }),
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
  fc.record({
    op: fc.constant('header' as const),
    line: fc.constantFrom(
      'Content-Type: multipart/mixed; boundary=',
      'Content-Transfer-Encoding: base64',
      'Content-Type: text/calendar; charset="x-unknown"',
      'Content-Type: message/rfc822',
      '--',
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Nowhere/Land:20269999T250000',
      'BEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:16010101T000000\nRRULE:FREQ=SECONDLY\nEND:STANDARD\nEND:VTIMEZONE',
      '=?utf-8?b?////?=',
    ),
    at: fc.nat(),
  }),
);

/** Applies the mutations in order; positions wrap around the message's length. */
export function mangle(source: Uint8Array, ops: Mutation[]): Uint8Array {
  let bytes = Buffer.from(source);
  for (const op of ops) {
    const at = bytes.length === 0 ? 0 : op.at % bytes.length;
    switch (op.op) {
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + op.length)]);
        break;
      case 'duplicate':
        bytes = Buffer.concat([bytes.subarray(0, at + op.length), bytes.subarray(at)]);
        break;
      case 'flip':
        if (bytes.length > 0) bytes[at] = op.byte;
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(op.bytes), bytes.subarray(at)]);
        break;
      case 'header':
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(`\n${op.line}\n`),
          bytes.subarray(at),
        ]);
    }
  }
  return bytes;
}
