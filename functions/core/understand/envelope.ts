// Reader -> the envelope: the headers of a message that routing and de-duplication need (ids,
// thread, sender, date) and whether a machine sent it on the mailbox's behalf.
import type { ParsedMail } from './mime.ts';

export interface Envelope {
  /** Without angle brackets. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Email lower-cased. */
  from: { name: string | null; email: string } | null;
  /** Lower-cased addresses. */
  to: string[];
  /** Lower-cased addresses. */
  cc: string[];
  subject: string;
  /** ISO-8601 UTC of the Date header. */
  date: string | null;
  /**
   * Sent by a machine on the mailbox's behalf (a vacation responder): `Auto-Submitted` other
   * than `no`, `X-Autoreply`/`X-Autorespond`, or `Precedence: auto_reply` on the message itself.
   * A reply forwarded by hand is not: the forward is the user's own. Absent when not.
   */
  autoSubmitted?: true;
}

export const EMPTY_ENVELOPE: Envelope = {
  messageId: null,
  inReplyTo: null,
  references: [],
  from: null,
  to: [],
  cc: [],
  subject: '',
  date: null,
};

export function envelopeOf(mail: ParsedMail): Envelope {
  return {
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    from: mail.from,
    to: mail.to.map((box) => box.email),
    cc: mail.cc.map((box) => box.email),
    subject: mail.subject,
    date: mail.date,
    ...(isAutoSubmitted(mail.headers) ? { autoSubmitted: true as const } : {}),
  };
}

/** RFC 3834's header, and the older ones responders still write. */
function isAutoSubmitted(headers: Map<string, string>): boolean {
  const keyword = (name: string) =>
    (headers.get(name) ?? '')
      .replace(/\([^()]*\)/g, '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? '';
  const autoSubmitted = keyword('auto-submitted');
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return true;
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return true;
  return keyword('precedence') === 'auto_reply';
}
