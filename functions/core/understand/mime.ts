// Reader -> MIME: raw bytes become headers, one readable text, calendar parts and attached
// messages, through postal-mime (charsets, quoted-printable, base64, nested parts).
import PostalMime, { type Address, type Email } from 'postal-mime';
import { jsonLdBlocks } from './markup.ts';
import { htmlToText, lineKey, normalizeText, struckText, withWindows1252Repaired } from './text.ts';

/** Bytes beyond this are not read: no interview confirmation is that large. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const MAX_ATTACHED_MESSAGES = 3;
const MAX_CALENDAR_CHARS = 200_000;

export interface Mailbox {
  name: string | null;
  email: string;
}

export interface ParsedMail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  /** ISO-8601 UTC of the Date header. */
  date: string | null;
  /** The Date header as written, for its offset (the sender's zone on that day). */
  rawDate: string | null;
  /** Plain text (HTML converted when there is no plain part). */
  text: string;
  /** The HTML part converted to text, kept for when the plain part is a stub. */
  htmlText: string;
  calendars: string[];
  /** schema.org JSON-LD blocks of the HTML part, unparsed. */
  markup: string[];
  attachedMessages: Uint8Array[];
  /** Lower-cased header names -> first value, for the few headers the classifier looks at. */
  headers: Map<string, string>;
}

/**
 * RFC 5322's line limit. A longer Message-ID is no mail's own, only a way to bloat whatever keeps
 * it (an application's thread, the References of our mails): it counts as none.
 */
export const MAX_MESSAGE_ID_CHARS = 998;

function stripBrackets(id: string | undefined): string | null {
  if (!id) return null;
  const inner = (/<([^<>]+)>/.exec(id)?.[1] ?? id).trim();
  return inner.length > 0 && inner.length <= MAX_MESSAGE_ID_CHARS ? inner : null;
}

// "Okafor, Renata": a directory's surname-first display name; "Lee, PhD" is a suffix, not a name.
const SURNAME_FIRST =
  /^([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)?),\s*([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}]\.?)?)$/u;
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|PhD|MD|MBA|CPA|RN|Esq|DDS)\.?$/i;

/** A display name as people write it: "Okafor, Renata" becomes "Renata Okafor". */
export function displayName(raw: string | null | undefined): string | null {
  const name = raw?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const reversed = SURNAME_FIRST.exec(name);
  if (reversed?.[1] && reversed[2] && !NAME_SUFFIX.test(reversed[2]))
    return `${reversed[2]} ${reversed[1]}`;
  return name;
}

function mailboxes(addresses: Address[] | Address | undefined): Mailbox[] {
  if (!addresses) return [];
  const list = Array.isArray(addresses) ? addresses : [addresses];
  const out: Mailbox[] = [];
  for (const entry of list) {
    const members = entry.group ?? [entry];
    for (const member of members) {
      if (!member.address?.includes('@')) continue;
      out.push({
        name: displayName(member.name && withWindows1252Repaired(member.name)),
        email: member.address.trim().toLowerCase(),
      });
    }
  }
  return out;
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function isCalendar(mimeType: string, filename: string | null): boolean {
  return (
    mimeType === 'text/calendar' ||
    mimeType === 'application/ics' ||
    mimeType === 'application/x-ical' ||
    /\.(?:ics|vcs)$/i.test(filename ?? '')
  );
}

function looksLikeStub(text: string): boolean {
  return text.replace(/\s+/g, '').length < 20;
}

/** Parses raw MIME; never throws (unparseable input gives an empty mail). */
export async function parseMail(raw: Uint8Array | string): Promise<ParsedMail> {
  const input =
    typeof raw === 'string'
      ? raw.slice(0, MAX_MESSAGE_BYTES)
      : raw.subarray(0, Math.min(raw.byteLength, MAX_MESSAGE_BYTES));
  let email: Email | null = null;
  try {
    email = await PostalMime.parse(input, {
      forceRfc822Attachments: true,
      maxNestingDepth: 40,
      maxHeadersSize: 512 * 1024,
    });
  } catch {
    email = null;
  }
  return fromEmail(email, FLOWED.test(headText(input)));
}

const FLOWED = /\bformat\s*=\s*"?flowed\b/i;

/** The message's first bytes as text, where its text part's Content-Type is. */
function headText(input: Uint8Array | string): string {
  return typeof input === 'string'
    ? input.slice(0, 64 * 1024)
    : new TextDecoder('latin1').decode(input.subarray(0, 64 * 1024));
}

/**
 * The decoded mail with its Windows-1252 punctuation put back (see withWindows1252Repaired); the
 * addresses' names are repaired as they are read (mailboxes).
 */
function repaired(email: Email): Email {
  const fix = (value: string | undefined) => (value ? withWindows1252Repaired(value) : value);
  return { ...email, text: fix(email.text), html: fix(email.html), subject: fix(email.subject) };
}

/**
 * postal-mime unfolds format=flowed text (Thunderbird's, Apple Mail's) but keeps each continuation
 * line's quote marks, which RFC 3676 drops: "> …the post of Digital Engagement > Officer.". In such
 * a mail, a quoted line's marks met again inside it at the same depth go.
 */
function withFlowedQuotesRejoined(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const marks = /^(?:> ?)+/.exec(line)?.[0];
      if (!marks || !line.includes(' >', marks.length)) return line;
      const depth = marks.replaceAll(' ', '').length;
      const again = new RegExp(String.raw` (?:> ?){${depth}}(?=[^\s>])`, 'g');
      return marks + line.slice(marks.length).replace(again, ' ');
    })
    .join('\n');
}

function fromEmail(parsed: Email | null, flowed = false): ParsedMail {
  const email = parsed && repaired(parsed);
  const headers = new Map<string, string>();
  for (const header of email?.headers ?? []) {
    if (!headers.has(header.key)) headers.set(header.key, header.value);
  }
  const rawDate = headers.get('date') ?? null;
  const parsedDate = email?.date ? new Date(email.date) : null;
  const date = parsedDate && !Number.isNaN(parsedDate.getTime()) ? parsedDate.toISOString() : null;
  const htmlText = email?.html ? htmlToText(email.html) : '';
  const plain = email?.text ? normalizeText(email.text) : '';
  let text = flowed ? withFlowedQuotesRejoined(plain) : plain;
  if (looksLikeStub(text) && !looksLikeStub(htmlText)) text = htmlText;
  // The plain-text part shows what the HTML strikes through as if it stood: such a line goes, when
  // it is the whole line (inside a line, "2:00 PM" is also the end of "12:00 PM").
  const struck = new Set(email?.html ? struckText(email.html) : []);
  if (struck.size > 0)
    text = text
      .split('\n')
      .filter((line) => !struck.has(lineKey(line)))
      .join('\n');
  const calendars: string[] = [];
  const attachedMessages: Uint8Array[] = [];
  for (const attachment of email?.attachments ?? []) {
    if (isCalendar(attachment.mimeType, attachment.filename)) {
      const bytes = toBytes(attachment.content);
      calendars.push(new TextDecoder().decode(bytes).slice(0, MAX_CALENDAR_CHARS));
    } else if (
      attachment.mimeType === 'message/rfc822' &&
      attachedMessages.length < MAX_ATTACHED_MESSAGES
    ) {
      attachedMessages.push(toBytes(attachment.content));
    }
  }
  const references = (email?.references ?? '')
    .split(/\s+/)
    .map((id) => stripBrackets(id))
    .filter((id): id is string => id !== null)
    .slice(0, 100);
  const from = mailboxes(email?.from)[0] ?? null;
  return {
    messageId: stripBrackets(email?.messageId),
    inReplyTo: stripBrackets(email?.inReplyTo),
    references,
    from,
    to: mailboxes(email?.to),
    cc: mailboxes(email?.cc),
    subject: (email?.subject ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000),
    date,
    rawDate,
    text,
    htmlText,
    calendars,
    markup: email?.html ? jsonLdBlocks(email.html) : [],
    attachedMessages,
    headers,
  };
}
