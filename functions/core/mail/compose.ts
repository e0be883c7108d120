// Mail rendering -> MIME: every header, address and part is written by mime-writer.ts (encoded,
// folded, no hand-concatenated header); values that reach a header are stripped of CR/LF first,
// so no rendered value can add a header.
import { randomUUID } from 'node:crypto';
import {
  headerText,
  type MimeAttachment,
  type MimeMessage,
  mailbox,
  rfc5322Date,
  writeMessage,
} from './mime-writer.ts';

export interface MailAddress {
  name: string;
  address: string;
}

export interface DraftMessage {
  to: MailAddress | null;
  cc?: MailAddress[];
  /** Kept in the `.eml` (a sent message drops it): followup's copy of what the user sends. */
  bcc?: string;
  subject: string;
  text: string;
}

export interface UserMessage {
  from: string;
  to: string;
  replyTo: string;
  subject: string;
  text: string;
  html: string;
  date: Date;
  messageIdDomain: string;
  /** The signed stop address: `List-Unsubscribe: <mailto:…?subject=stop>` (RFC 2369). */
  unsubscribe?: string;
  /** Message-IDs of the application's thread, so the user's client groups our mails with it. */
  references?: string[];
  /** The draft as an `.eml` the user's client opens for editing. */
  draftAttachment?: { filename: string; raw: Uint8Array };
  /** The plan as iCalendar events, so the user sees the milestones in their calendar. */
  calendarAttachment?: { filename: string; ics: string };
}

export class MailCompositionError extends Error {
  override name = 'MailCompositionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** One header line's worth: no CR, LF or other control characters, runs of space folded. */
export function lineSafe(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Free text for a header (a subject, a display name): one line, and no `=?…?=` sequence a client
 * would decode as an encoded word into something else. Addresses only get lineSafe: `=?` is
 * legal in a mailbox name.
 */
export function headerSafe(value: string): string {
  return lineSafe(value).replace(/=\?/g, '= ?');
}

function addressSafe(address: MailAddress): MailAddress {
  return {
    name: headerSafe(address.name).replace(/[<>"]/g, ''),
    address: lineSafe(address.address),
  };
}

const MESSAGE_ID_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;

function domainSafe(domain: string): string {
  const cleaned = lineSafe(domain)
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '');
  return cleaned.length > 0 ? cleaned : 'followup.invalid';
}

/** `<id@domain>` from a stored thread id, or null when it is not a plausible Message-ID. */
function referenceSafe(id: string): string | null {
  const bare = lineSafe(id).replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  if (at <= 0 || at === bare.length - 1 || bare.length > 250) return null;
  const [left, right] = [bare.slice(0, at), bare.slice(at + 1)];
  return MESSAGE_ID_PART.test(left) && /^[A-Za-z0-9.[\]-]+$/.test(right) ? `<${bare}>` : null;
}

export function newMessageId(domain: string): string {
  return `${randomUUID()}@${domainSafe(domain)}`;
}

async function build(message: MimeMessage): Promise<Uint8Array> {
  try {
    return writeMessage(message);
  } catch (error) {
    throw new MailCompositionError('could not compose the MIME message', { cause: error });
  }
}

const list = (addresses: Array<MailAddress | string>) =>
  addresses.length === 0 ? undefined : addresses.map(mailbox).join(', ');

/** The draft as an unsent message (`X-Unsent: 1`): Outlook, Apple Mail and Thunderbird open it for editing. */
export async function composeDraftEml(
  draft: DraftMessage,
  date: Date,
  messageIdDomain: string,
): Promise<Uint8Array> {
  return build({
    headers: [
      ['X-Unsent', '1'],
      ['To', draft.to ? list([addressSafe(draft.to)]) : undefined],
      ['Cc', list((draft.cc ?? []).map(addressSafe))],
      // A draft keeps its Bcc line, as a client's own saved draft does; sending drops it.
      ['Bcc', draft.bcc ? list([lineSafe(draft.bcc)]) : undefined],
      ['Subject', headerText(headerSafe(draft.subject))],
      ['Message-ID', `<${newMessageId(messageIdDomain)}>`],
      ['Date', rfc5322Date(date)],
    ],
    text: draft.text,
  });
}

/**
 * `<mailto:stop-address?subject=stop>`: the mail client's unsubscribe button mails it. The
 * subject only helps a person reading it; the address alone means stop.
 */
export function listUnsubscribe(stopAddress: string): string {
  return `<mailto:${lineSafe(stopAddress).replace(/[<>\s]/g, '')}?subject=stop>`;
}

export async function composeUserMail(
  message: UserMessage,
): Promise<{ raw: Uint8Array; messageId: string }> {
  const messageId = newMessageId(message.messageIdDomain);
  const references = (message.references ?? [])
    .map(referenceSafe)
    .filter((id): id is string => id !== null)
    .slice(-10);
  const attachments: MimeAttachment[] = [
    ...(message.draftAttachment
      ? [
          {
            filename: lineSafe(message.draftAttachment.filename),
            contentType: 'message/rfc822',
            content: message.draftAttachment.raw,
            encoding: '7bit' as const,
          },
        ]
      : []),
    ...(message.calendarAttachment
      ? [
          {
            filename: lineSafe(message.calendarAttachment.filename),
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: new TextEncoder().encode(message.calendarAttachment.ics),
            encoding: 'base64' as const,
          },
        ]
      : []),
  ];
  const raw = await build({
    headers: [
      ['From', list([lineSafe(message.from)])],
      ['To', list([lineSafe(message.to)])],
      ['Reply-To', list([lineSafe(message.replyTo)])],
      ['Subject', headerText(headerSafe(message.subject))],
      ['Message-ID', `<${messageId}>`],
      ['References', references.length > 0 ? references.join(' ') : undefined],
      ['Date', rfc5322Date(message.date)],
      ['Auto-Submitted', 'auto-generated'],
      ['List-Unsubscribe', message.unsubscribe ? listUnsubscribe(message.unsubscribe) : undefined],
    ],
    text: message.text,
    html: message.html,
    attachments,
  });
  return { raw, messageId };
}
