// Reader -> the original message inside whatever wrapped it (a forward, an attached message, a
// reply quoting our own mail): its sender, recipients, date and zone offset, body, calendars,
// markup and thread ids, and the note the user wrote above it.
import { createHash } from 'node:crypto';
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { OriginalReading } from '../reading.ts';
import {
  type ForwardedHeaders,
  isReplySubject,
  parseAddressList,
  unwrapForwards,
} from './forward.ts';
import { type Mailbox, type ParsedMail, parseMail } from './mime.ts';
import { offsetAt } from './zones.ts';

/** Messages attached to messages are opened this deep, no deeper. */
const MAX_ATTACHED_DEPTH = 3;

/** The original message inside whatever wrapped it. */
export interface Original {
  sender: Mailbox | null;
  recipients: Mailbox[];
  cc: Mailbox[];
  /** Where the original's replies go: the person behind a scheduling tool's or an ATS's mail. */
  replyTo: Mailbox[];
  subject: string;
  /** Instant the original was sent; relative dates count from it. */
  sentAt: Date;
  /** Offset (minutes) the original's Date header was written in, when it carries one. */
  senderOffset: number | null;
  body: string;
  /** The older messages of the thread quoted under it ("On … wrote:" and below), as written. */
  history: string;
  calendars: string[];
  /** schema.org JSON-LD blocks the original's HTML carried. */
  markup: string[];
  /** Every name <address> pair seen on the way in. */
  directory: Mailbox[];
  forwarded: boolean;
  /** Message-ID, In-Reply-To, References of the original, when its own headers came along. */
  threadIds: { messageId: string | null; others: string[] };
  /** What the user wrote above the forward: empty when nothing, or not a forward. */
  note: string;
}

export const NO_THREAD_IDS = { messageId: null, others: [] };

export function headerOffset(rawDate: string | null): number | null {
  const m = rawDate
    ? /([+-])(\d{2})(\d{2})\s*(?:\([^()]*\))?\s*$/.exec(rawDate.trim().slice(0, 200))
    : null;
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Reads a forwarding client's "Date:"/"Sent:" line, written in the forwarder's zone unless it says otherwise. */
export function forwardedDate(
  dateText: string | null,
  forwarderOffset: number,
  forwardedAt: Date,
): { at: Date; offset: number | null } | null {
  if (!dateText) return null;
  try {
    // A line without a year is the year of the forward (at most a little before it).
    const parsed = chrono.parse(dateText.slice(0, 200), {
      instant: forwardedAt,
      timezone: forwarderOffset,
    })[0];
    if (!parsed?.start.isCertain('day') || !parsed.start.isCertain('month')) return null;
    const stated = parsed.start.isCertain('timezoneOffset')
      ? (parsed.start.get('timezoneOffset') ?? null)
      : null;
    const numeric = headerOffset(dateText);
    const offset = numeric ?? stated;
    const wall = {
      year: parsed.start.get('year') ?? 1970,
      month: parsed.start.get('month') ?? 1,
      day: parsed.start.get('day') ?? 1,
      hour: parsed.start.get('hour') ?? 12,
      minute: parsed.start.get('minute') ?? 0,
    };
    const at = DateTime.fromObject(wall, { zone: 'UTC' }).minus({
      minutes: offset ?? forwarderOffset,
    });
    return at.isValid ? { at: at.toJSDate(), offset } : null;
  } catch {
    return null;
  }
}

export function safeDate(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export async function findOriginal(
  mail: ParsedMail,
  defaultTimezone: string,
  depth: number,
): Promise<Original> {
  const outerAt = safeDate(mail.date) ?? new Date(0);
  const outerOffset = headerOffset(mail.rawDate);
  // Outlook and Yahoo write the Date header in UTC whatever the user's zone; a zero offset says nothing.
  const forwarderOffset = outerOffset ? outerOffset : offsetAt(defaultTimezone, outerAt);
  const directory: Mailbox[] = [...(mail.from ? [mail.from] : []), ...mail.to, ...mail.cc];
  const attached = mail.attachedMessages[0];
  if (attached && depth < MAX_ATTACHED_DEPTH) {
    const inner = await parseMail(attached);
    const original = await findOriginal(inner, defaultTimezone, depth + 1);
    return {
      ...original,
      calendars: [...original.calendars, ...mail.calendars],
      markup: [...original.markup, ...mail.markup],
      directory: [...original.directory, ...directory],
      forwarded: true,
      // Forwarded as an attachment, the forward's own text is the note.
      note: depth === 0 ? mail.text.trim() : original.note,
    };
  }
  const unwrapped = unwrapForwards(mail.text, mail.from?.email, {
    replySubject: isReplySubject(mail.subject),
    // To, not Cc: an employer's reply-all copies the colleague it quotes.
    recipients: mail.to.map((box) => box.email),
    insideAttachment: depth > 0,
  });
  const levels = unwrapped.levels;
  if (levels.length === 0) {
    return {
      sender: mail.from,
      recipients: mail.to,
      cc: mail.cc,
      replyTo: parseAddressList(mail.headers.get('reply-to') ?? ''),
      subject: mail.subject,
      sentAt: outerAt,
      senderOffset: outerOffset,
      body: unwrapped.body,
      history: unwrapped.history,
      calendars: mail.calendars,
      markup: mail.markup,
      directory,
      forwarded: false,
      threadIds: { messageId: mail.messageId, others: [mail.inReplyTo ?? '', ...mail.references] },
      note: '',
    };
  }
  const headers = levels[levels.length - 1] as ForwardedHeaders;
  for (const level of levels) {
    directory.push(...(level.from ? [level.from] : []), ...level.to, ...level.cc);
  }
  const dated = forwardedDate(headers.dateText, forwarderOffset, outerAt);
  let sentAt = dated?.at ?? outerAt;
  if (sentAt.getTime() > outerAt.getTime() + 36 * 3600_000 && outerAt.getTime() > 0)
    sentAt = outerAt;
  return {
    sender: headers.from,
    recipients: headers.to,
    cc: headers.cc,
    replyTo: headers.replyTo,
    subject: headers.subject ?? mail.subject.replace(/^(?:\s*(?:fwd?|fw|tr|wg)\s*:\s*)+/i, ''),
    sentAt,
    senderOffset: dated?.offset ?? null,
    body: unwrapped.body,
    history: unwrapped.history,
    calendars: mail.calendars,
    markup: mail.markup,
    directory,
    forwarded: true,
    // An inline forward shows the original's From/Date/Subject, never its Message-ID.
    threadIds: NO_THREAD_IDS,
    note: depth === 0 ? (unwrapped.notes[0] ?? '').trim() : '',
  };
}

export const SUBJECT_PREFIXES = /^(?:\s*(?:re|aw|sv|antw|fwd?|fw|tr|wg)\s*:\s*)+/i;

/** What matching needs of the original: its sender, subject, thread ids and a fingerprint. */
export function originalReading(original: Original): OriginalReading {
  const subject = original.subject.replace(SUBJECT_PREFIXES, '').trim() || null;
  const { messageId, others } = original.threadIds;
  const messageIds = [...new Set([messageId ?? '', ...others].filter(Boolean))];
  // The same original forwarded twice has the same Message-ID; inline, the same words.
  const identity = messageId
    ? `id\n${messageId.toLowerCase()}`
    : `text\n${original.sender?.email ?? ''}\n${subject ?? ''}\n${original.body.replace(/\s+/g, ' ').trim().slice(0, 4000)}`;
  return {
    from: original.sender ? { name: original.sender.name, email: original.sender.email } : null,
    subject,
    messageIds,
    fingerprint: createHash('sha256').update(identity).digest('hex').slice(0, 32),
  };
}

export function withoutTag(email: string): string {
  return email.replace(/\+[^@]*@/, '@');
}

/**
 * An Outlook reply quotes our mail under a From/Sent block, just like a forward quotes the
 * employer's: it is a reply when the quoted sender is the address being replied to, or the
 * subject says "Re:" and not "Fwd:".
 */
export function isReplyToUs(mail: ParsedMail, original: Original): boolean {
  if (mail.attachedMessages.length > 0 || mail.calendars.length > 0) return false;
  const quoted = original.sender?.email;
  if (quoted && mail.to.some((box) => withoutTag(box.email) === withoutTag(quoted))) return true;
  return isReplySubject(mail.subject);
}
