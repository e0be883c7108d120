// Which draft the user sent, as pure decisions: a Bcc copy of their own sent mail (it came back to
// the application's signed address, which no To or Cc line names) is matched to the draft it sends
// and recorded on it, Message-ID and subject, so the employer's answer finds it by In-Reply-To; a
// `sent` reply names the draft mail it answers. Nothing here reads the copy as a command.
import { revise, withThreadIds } from './application.ts';
import type { Application, Milestone } from './model.ts';
import { type CanonicalMessageId, threadKey } from './thread-key.ts';
import type { Envelope } from './understand/index.ts';

/** What the inbound message says about itself, as its headers have it. */
export interface SentCopy {
  messageId: string | null;
  /** Header To and Cc addresses. */
  recipients: string[];
  subject: string;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * Mail from the user, delivered to an application's signed address that no To or Cc line names,
 * addressed to someone else: the address was in Bcc, so this is the copy of a mail the user sent
 * (a draft), not a mail to followup. A reply or forward to followup names our address in To.
 */
export function isSentCopy(recipients: readonly string[], intakeAddress: string, userId: string) {
  const ours = domainOf(intakeAddress);
  const named = recipients.map((address) => address.trim().toLowerCase()).filter(Boolean);
  return (
    !named.some((address) => domainOf(address) === ours) &&
    named.some((address) => address !== userId.toLowerCase())
  );
}

/**
 * The message as a sent copy, when it is one (see `isSentCopy`); null when it is mail to us, or
 * written by anyone but the user (mail a filter forwarded keeps the employer as From).
 */
export function sentCopyIn(
  envelope: Pick<Envelope, 'messageId' | 'from' | 'to' | 'cc' | 'subject'>,
  intakeAddress: string,
  userId: string,
): SentCopy | null {
  const recipients = [...envelope.to, ...envelope.cc];
  if (envelope.from?.email.toLowerCase() !== userId.toLowerCase()) return null;
  if (!isSentCopy(recipients, intakeAddress, userId)) return null;
  return { messageId: envelope.messageId, recipients, subject: envelope.subject };
}

/** Subjects compare without Re:/Fwd:, case or runs of space: the user may have touched it. */
const subjectKey = (subject: string) =>
  subject
    .replace(/^(?:\s*(?:re|aw|sv|fwd?|fw)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const latestFirst = (a: Milestone, b: Milestone) =>
  Date.parse(b.sentAt ?? '') - Date.parse(a.sentAt ?? '');

/**
 * The draft a sent copy sends: among the drafts mailed to the user whose copy has not come back,
 * those addressed to one of its recipients, then those with its subject; one not yet marked
 * sent before one the user already reported; the latest mailed first. With no recipient or
 * subject in common, only a lone outstanding draft is taken: otherwise none (a mail of the user's
 * own that reused the address), and the copy only joins the thread.
 */
export function draftOfCopy(application: Application, copy: SentCopy): Milestone | null {
  const outstanding = application.milestones.filter(
    (m) => m.state === 'SENT' && m.draft && !m.sentCopy,
  );
  const recipients = new Set(copy.recipients.map((address) => address.toLowerCase()));
  const byTo = outstanding.filter((m) => m.draft?.to && recipients.has(m.draft.to));
  const wanted = subjectKey(copy.subject);
  const bySubject = (byTo.length > 0 ? byTo : outstanding).filter(
    (m) => wanted !== '' && subjectKey(m.draft?.subject ?? '') === wanted,
  );
  const told = bySubject.length > 0 ? bySubject : byTo;
  const candidates = told.length > 0 ? told : outstanding.length === 1 ? outstanding : [];
  const unmarked = candidates.filter((m) => !m.userSentAt);
  return [...(unmarked.length > 0 ? unmarked : candidates)].sort(latestFirst)[0] ?? null;
}

/** A copy already recorded (its Message-ID in the thread): a second delivery changes nothing. */
export function copyRecorded(
  application: Application,
  copy: SentCopy,
  canonical: CanonicalMessageId,
): boolean {
  const key = copy.messageId ? threadKey(copy.messageId, canonical) : null;
  return (
    key !== null && application.threadMessageIds.some((id) => threadKey(id, canonical) === key)
  );
}

/**
 * The application with the copy recorded: its draft marked sent by the user (when it was not
 * already) with the copy's Message-ID and subject, and that Message-ID in the thread. Returns the
 * application unchanged when the copy was recorded before.
 */
export function recordSentCopy(
  application: Application,
  copy: SentCopy,
  now: Date,
  canonical: CanonicalMessageId,
): { application: Application; milestone: Milestone | null } {
  if (copyRecorded(application, copy, canonical)) return { application, milestone: null };
  const draft = draftOfCopy(application, copy);
  const messageId = copy.messageId;
  const marked = draft
    ? {
        ...draft,
        userSentAt: draft.userSentAt ?? now.toISOString(),
        ...(messageId ? { sentCopy: { messageId, subject: copy.subject.slice(0, 300) } } : {}),
      }
    : null;
  if (!marked && !messageId) return { application, milestone: null };
  return {
    application: revise(application, now, {
      milestones: application.milestones.map((m) => (marked && m.id === marked.id ? marked : m)),
      threadMessageIds: messageId
        ? withThreadIds(application.threadMessageIds, [messageId])
        : application.threadMessageIds,
    }),
    milestone: marked,
  };
}

/** The mail a reply answers (its In-Reply-To), and how the mail service's Message-IDs compare. */
export interface RepliedTo {
  inReplyTo: string;
  canonical: CanonicalMessageId;
}

/**
 * The draft a reply answers the mail of: the draft's own, or the notice that it may not have
 * arrived ("Did it arrive?").
 */
export function draftRepliedTo(
  application: Application,
  repliedTo: RepliedTo | null,
): Milestone | null {
  if (!repliedTo) return null;
  const key = (id: string) => threadKey(id, repliedTo.canonical);
  const wanted = key(repliedTo.inReplyTo);
  const names = (ids: readonly string[] | undefined) => ids?.some((id) => key(id) === wanted);
  return (
    application.milestones.find(
      (m) => names(m.draft?.mailIds) || names(m.unconfirmed?.noticeIds),
    ) ?? null
  );
}
