// The MIME writer against the RFCs it follows, and read back by postal-mime as a client would:
// quoted-printable lines (RFC 2045), encoded-words (RFC 2047), folding (RFC 5322), RFC 2231 file
// names, and nothing 8-bit in the headers.
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import {
  encodedWords,
  foldHeader,
  headerText,
  mailbox,
  quotedPrintable,
  rfc5322Date,
  writeMessage,
} from '../../../functions/core/mail/mime-writer.ts';

const lines = (text: string) => text.split('\r\n');

/** A message with one attached .eml sent as it is (`7bit`). */
const withSevenBitAttachment = (content: Uint8Array) =>
  writeMessage({
    headers: [],
    text: '',
    attachments: [{ filename: 'a.eml', contentType: 'message/rfc822', content, encoding: '7bit' }],
  });

describe('quoted-printable', () => {
  it('keeps lines within 76 characters with soft breaks, and decodes back', async () => {
    const text = `${'Ünïcödé and a long line, '.repeat(12)}\nshort = line with trailing space \n\tend`;
    const encoded = quotedPrintable(text);
    for (const line of lines(encoded)) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toContain('=3D');
    expect(encoded).toMatch(/space=20\r\n/);
    expect(encoded).not.toMatch(/=[0-9A-F]?=\r\n/);
    const raw = writeMessage({ headers: [['Subject', 'x']], text });
    // The body ends with a line break of its own.
    expect((await PostalMime.parse(raw)).text).toBe(`${text}\n`);
  });
});

describe('headers', () => {
  it('writes non-ASCII text as encoded-words of at most 75 characters, whole characters each', () => {
    const words = encodedWords('Merci — l’entretien était 🎉 '.repeat(6));
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const bytes = Buffer.from(word.slice(10, -2), 'base64');
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(true);
    }
  });

  it('folds long fields before a space, within 78 characters', () => {
    const folded = foldHeader(
      'Subject',
      headerText(`Thank you – ${'Frontend Engineer '.repeat(8)}`),
    );
    for (const line of lines(folded)) expect(line.length).toBeLessThanOrEqual(78);
    expect(
      lines(folded)
        .slice(1)
        .every((line) => line.startsWith(' ')),
    ).toBe(true);
  });

  it('quotes or encodes display names, and reads "Name" <addr> strings', () => {
    expect(mailbox({ name: 'Dana Lee', address: 'dana@x.example' })).toBe(
      'Dana Lee <dana@x.example>',
    );
    expect(mailbox({ name: 'Lee, Dana "DL"', address: 'd@x.example' })).toBe(
      '"Lee, Dana \\"DL\\"" <d@x.example>',
    );
    expect(mailbox('"Zoë Q" <sam@x.example>')).toMatch(/^=\?UTF-8\?B\?[^ ]+\?= <sam@x\.example>$/);
    expect(mailbox('sam@x.example')).toBe('sam@x.example');
  });

  it('dates as RFC 5322 in UTC', () => {
    expect(rfc5322Date(new Date('2026-03-08T07:05:09Z'))).toBe('Sun, 08 Mar 2026 07:05:09 +0000');
  });

  it('round-trips subjects, names and file names through a parser, with 7-bit headers only', async () => {
    const subject =
      'Suivi – entretien « Ingénieure » 🎉 avec une très longue ligne de sujet qui continue';
    const raw = writeMessage({
      headers: [
        ['From', mailbox({ name: 'Équipe Followup', address: 'f@x.example' })],
        ['To', mailbox({ name: 'O’Brien, Siobhán', address: 's@x.example' })],
        ['Subject', headerText(subject)],
      ],
      text: 'plain',
      html: '<p>html</p>',
      attachments: [
        {
          filename: 'plan été.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
          encoding: 'base64',
        },
      ],
    });
    const text = Buffer.from(raw).toString('latin1');
    const head = text.slice(0, text.indexOf('\r\n\r\n'));
    expect(/^[\x20-\x7e\r\n\t]*$/.test(head)).toBe(true);
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe(subject);
    expect(email.from?.name).toBe('Équipe Followup');
    expect(email.to?.[0]).toMatchObject({ name: 'O’Brien, Siobhán', address: 's@x.example' });
    expect(email.text?.trim()).toBe('plain');
    expect(email.html?.trim()).toBe('<p>html</p>');
    expect(email.attachments[0]?.filename).toBe('plan été.ics');
    expect(raw.every((byte) => byte < 128)).toBe(true);
  });

  it('refuses a header it cannot write as 7-bit, and an 8-bit "7bit" attachment', () => {
    expect(() => writeMessage({ headers: [['To', 'zoë@x.example']], text: '' })).toThrow(/7-bit/);
    expect(() => withSevenBitAttachment(new Uint8Array([200]))).toThrow(/not 7-bit/);
  });

  it('refuses a value that would start a header field of its own, whatever the field', () => {
    for (const value of ['x\r\nBcc: evil@x.example', 'x\nBcc: evil@x.example', 'x\rBcc: e']) {
      expect(() => writeMessage({ headers: [['Subject', value]], text: '' })).toThrow(/line break/);
      expect(() => foldHeader('References', value)).toThrow(/line break/);
    }
    expect(() => foldHeader('Bcc: evil', 'x')).toThrow(/field name/);
  });

  it('encodes an unbroken subject word too long to fold, so every line stays within 78', async () => {
    const subject = `Re: see https://jobs.example/${'a1b2c3'.repeat(40)} today`;
    const raw = writeMessage({ headers: [['Subject', headerText(subject)]], text: '' });
    const text = Buffer.from(raw).toString('latin1');
    const head = text.slice(0, text.indexOf('\r\n\r\n'));
    for (const line of lines(head)) expect(line.length).toBeLessThanOrEqual(78);
    expect((await PostalMime.parse(raw)).subject).toBe(subject);
  });

  it('refuses a header line past 998 characters that no fold can shorten', () => {
    const longId = `<${'x'.repeat(1000)}@x.example>`;
    expect(() => writeMessage({ headers: [['References', longId]], text: '' })).toThrow(/998/);
  });

  it('refuses a 7bit attachment with a line past 998 characters, a NUL or a lone CR', () => {
    const attach = (content: string) => withSevenBitAttachment(new TextEncoder().encode(content));
    expect(() => attach(`Subject: x\r\n\r\n${'y'.repeat(999)}\r\n`)).toThrow(/short lines/);
    expect(() => attach('Subject: x\r\n\r\nbody\rBcc: e\r\n')).toThrow(/short lines/);
    expect(() => attach('Subject: x\r\n\r\n\u0000\r\n')).toThrow(/not 7-bit/);
    expect(Buffer.from(attach(`Subject: x\n\n${'y'.repeat(998)}\n`)).toString()).toContain(
      `\r\n${'y'.repeat(998)}\r\n`,
    );
  });
});
