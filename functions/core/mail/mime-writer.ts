// Mail rendering -> MIME writer: the few shapes of message followup sends, written to the RFCs
// with no dependency (nodemailer's composer weighed ~125 KB in each bundle): RFC 5322 headers
// folded at 78 columns, RFC 2047 encoded-words for non-ASCII text and display names, RFC 2231
// file names, RFC 2045 quoted-printable and base64 bodies, multipart/alternative inside
// multipart/mixed, CRLF line ends throughout. Values are made line-safe by compose.ts first; a value that still
// breaks a line, or a line past RFC 5322's 998, is refused here rather than written.
import { randomUUID } from 'node:crypto';

const CRLF = '\r\n';
const MAX_LINE = 76;
/** RFC 5322 2.1.1: no line may pass 998 characters, whatever the field or part. */
const HARD_LINE_LIMIT = 998;
/** An unbroken word longer than this cannot be folded as it is, so it is encoded instead. */
const LONGEST_FOLDABLE_WORD = 70;

export interface MimeAddress {
  name: string;
  address: string;
}

export interface MimeAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
  /** `7bit` for a message that is already 7-bit with short lines (an attached .eml). */
  encoding: '7bit' | 'base64';
}

export interface MimeMessage {
  /** Header fields in order, before the MIME ones; a value that is undefined is left out. */
  headers: Array<[name: string, value: string | undefined]>;
  text: string;
  html?: string;
  attachments?: MimeAttachment[];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** A phrase of atoms and spaces needs no quoting (RFC 5322 atext). */
const ATOMS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/;

const utf8 = new TextEncoder();

/** Base64 encoded-words of at most 75 characters, never splitting a character. */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const character of text) {
    const size = utf8.encode(character).length;
    // 45 bytes make 60 base64 characters: with `=?UTF-8?B?` and `?=`, 72 in all.
    if (bytes + size > 45 && chunk !== '') {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += character;
    bytes += size;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`);
}

/**
 * Unstructured text (a subject): as it is when printable ASCII with words short enough to fold
 * between, else encoded-words, which are short and fold between each other.
 */
function unstructured(text: string): string {
  const foldable = text.split(' ').every((word) => word.length <= LONGEST_FOLDABLE_WORD);
  return PRINTABLE_ASCII.test(text) && foldable ? text : encodedWords(text).join(' ');
}

/** A display name: bare atoms, a quoted string, or encoded-words when it is not ASCII. */
function phrase(name: string): string {
  if (!PRINTABLE_ASCII.test(name)) return encodedWords(name).join(' ');
  if (ATOMS.test(name)) return name;
  return `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `Name <addr>` or `"Name" <addr>` as name and address; anything else is an address alone. */
export function parseMailbox(text: string): MimeAddress {
  const match = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<>"]*?))\s*<([^<>\s]+)>\s*$/.exec(text);
  if (!match) return { name: '', address: text.trim() };
  const [, quoted, bare, address = ''] = match;
  return { name: quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? ''), address };
}

export function mailbox(given: MimeAddress | string): string {
  const address = typeof given === 'string' ? parseMailbox(given) : given;
  return address.name.trim() === ''
    ? address.address
    : `${phrase(address.name.trim())} <${address.address}>`;
}

/** Encodes the text of an unstructured header field (Subject and the like). */
export const headerText = unstructured;

/**
 * `Name: value`, folded before a space so that no line passes 78 characters where it can. A value
 * with a line break of its own is refused: it would start a header field of its own.
 */
export function foldHeader(name: string, value: string): string {
  if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) throw new Error(`bad header field name ${name}`);
  if (/[\r\n]/.test(value)) throw new Error(`header ${name} carries a line break`);
  const words = `${name}: ${value}`.split(' ');
  const lines: string[] = [];
  let line = words.shift() ?? '';
  for (const word of words) {
    if (line.length + 1 + word.length > 78 && line.trim() !== '') {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  if (lines.some((folded) => folded.length > HARD_LINE_LIMIT)) {
    throw new Error(`header ${name} has a line over ${HARD_LINE_LIMIT} characters`);
  }
  return lines.join(CRLF);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time, in UTC: `Fri, 04 Dec 2026 11:10:18 +0000`. */
export function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Quoted-printable (RFC 2045 6.7) of text as UTF-8, lines of at most 76 with soft breaks. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const bytes = utf8.encode(line);
      const tokens: string[] = [];
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const literal =
          (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        tokens.push(literal ? String.fromCharCode(byte) : hex(byte));
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        // Room for the soft break's `=`.
        if (current.length + token.length > MAX_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

function base64Lines(content: Uint8Array): string {
  const encoded = Buffer.from(content).toString('base64');
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += MAX_LINE) {
    lines.push(encoded.slice(start, start + MAX_LINE));
  }
  return lines.join(CRLF);
}

/** `filename="…"` when it is plain ASCII, else RFC 2231's `filename*=utf-8''…`. */
function filenameParameter(filename: string): string {
  if (/^[\x20-\x7e]*$/.test(filename) && !/["\\]/.test(filename)) return `filename="${filename}"`;
  const encoded = encodeURIComponent(filename).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `filename*=utf-8''${encoded}`;
}

interface Part {
  headers: string[];
  body: string;
}

const textPart = (subtype: 'plain' | 'html', text: string): Part => ({
  headers: [
    `Content-Type: text/${subtype}; charset=utf-8`,
    'Content-Transfer-Encoding: quoted-printable',
  ],
  body: quotedPrintable(text),
});

/** A part sent as it is: 7-bit, no NUL or lone CR, and lines within RFC 5322's limit. */
function sevenBitLines(attachment: MimeAttachment): string {
  const { content, filename } = attachment;
  if (content.some((byte) => byte > 127 || byte === 0)) {
    throw new Error(`attachment ${filename} is not 7-bit`);
  }
  const text = Buffer.from(content).toString('latin1').replace(/\r?\n/g, CRLF);
  const lines = text.split(CRLF);
  if (lines.some((line) => line.includes('\r') || line.length > HARD_LINE_LIMIT)) {
    throw new Error(`attachment ${filename} is not 7-bit with short lines`);
  }
  return text;
}

function attachmentPart(attachment: MimeAttachment): Part {
  const body =
    attachment.encoding === 'base64' ? base64Lines(attachment.content) : sevenBitLines(attachment);
  return {
    headers: [
      `Content-Type: ${attachment.contentType}`,
      `Content-Transfer-Encoding: ${attachment.encoding}`,
      foldHeader('Content-Disposition', `attachment; ${filenameParameter(attachment.filename)}`),
    ],
    body,
  };
}

function multipart(subtype: 'alternative' | 'mixed', parts: Part[]): Part {
  const boundary = `----=_followup_${randomUUID()}`;
  const body = [
    ...parts.map(
      (part) => `--${boundary}${CRLF}${part.headers.join(CRLF)}${CRLF}${CRLF}${part.body}`,
    ),
    `--${boundary}--`,
  ].join(CRLF);
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${boundary}"`], body };
}

/** The message's bytes: its header fields, MIME-Version, then the body as parts. */
export function writeMessage(message: MimeMessage): Uint8Array {
  const text = textPart('plain', message.text);
  const content =
    message.html === undefined
      ? text
      : multipart('alternative', [text, textPart('html', message.html)]);
  const attachments = message.attachments ?? [];
  const root =
    attachments.length === 0
      ? content
      : multipart('mixed', [content, ...attachments.map(attachmentPart)]);
  const headers = [
    ...message.headers.flatMap(([name, value]) =>
      value === undefined ? [] : [foldHeader(name, value)],
    ),
    'MIME-Version: 1.0',
    ...root.headers,
  ];
  if (!PRINTABLE_ASCII.test(headers.join('').replace(/\r\n/g, ''))) {
    throw new Error('a header is not 7-bit ASCII');
  }
  return utf8.encode(`${headers.join(CRLF)}${CRLF}${CRLF}${root.body}${CRLF}`);
}
