// Inbound use-case -> decisions, pure: where a message was sent (and whether its reply token
// holds), which thread it belongs to, whether it quotes our own mail, what a forward lacks, and
// what an employer's reschedule or cancellation does to its application. No port is touched here.
import { nextPending, revise, withThreadIds } from '../application.ts';
import * as changes from '../changes.ts';
import type { ForwardingConfirmation } from '../filter-forwarding.ts';
import type { Application, UserProfile } from '../model.ts';
import { formatLocal, type PlanContext } from '../planning/index.ts';
import type { Reading } from '../reading.ts';
import {
  isForgetToken,
  isStopToken,
  tagOf,
  verifyForgetToken,
  verifyReplyToken,
  verifyStopToken,
} from '../reply-token.ts';
import type { Envelope } from '../understand/index.ts';
import type { Settings } from './deps.ts';
import type { Decision } from './effects.ts';
import { PLAN_SAID } from './inbound-wording.ts';

/**
 * Where a message was sent: the bare intake, an application's reply address, a forget
 * confirmation, a stop address, a user's filter address, or (a provider's forwarding
 * confirmation) to be relayed.
 */
export type Addressed =
  | { to: 'intake' }
  | { to: 'application'; applicationId: string }
  | { to: 'forget'; nonce: string }
  | { to: 'filter' }
  /** A stop address (List-Unsubscribe): whatever the mail says, it closes what the id names. */
  | { to: 'stop'; id: string }
  | { to: 'forwarding-confirmation'; confirmation: ForwardingConfirmation };

/** A message that passed the gate, as routing sees it. */
export interface Routed {
  userId: string;
  addressed: Addressed;
  applicationId: string | null;
  messageId: string;
  sesMessageId: string;
  /** When SES received it: the same on every retry of the event (see InboundMail). */
  receivedAt: Date;
  envelope: Envelope;
  reading: Reading;
  /** The user's profile as read when the message was taken up (null: none); absent: not read. */
  profile?: UserProfile | null;
}

/**
 * Where a message from `userId` was sent, from its envelope recipients alone (no need to read the
 * message): a reason to drop it when none of them is ours, or its reply token does not hold.
 */
export function addressing(
  recipients: string[],
  userId: string,
  settings: Pick<Settings, 'intakeAddress' | 'replySecret'>,
): Addressed | { dropped: 'not-addressed-to-intake' | 'invalid-reply-token' } {
  const tag = ourTag(recipients, settings.intakeAddress);
  if (tag === undefined) return { dropped: 'not-addressed-to-intake' };
  return addressedTo(tag, userId, settings.replySecret) ?? { dropped: 'invalid-reply-token' };
}

/** The `+tag` of the first recipient that is one of our addresses (null: the bare intake). */
function ourTag(recipients: string[], intakeAddress: string): string | null | undefined {
  let found: string | null | undefined;
  for (const recipient of recipients) {
    const tag = tagOf(recipient, intakeAddress);
    if (tag) return tag;
    if (tag === null) found = null;
  }
  return found;
}

/** Undefined: a tag whose MAC does not hold for this sender (forged, altered, someone else's). */
function addressedTo(tag: string | null, userId: string, secret: string): Addressed | undefined {
  if (tag === null) return { to: 'intake' };
  if (isStopToken(tag)) {
    const id = verifyStopToken(tag, userId, secret);
    return id ? { to: 'stop', id } : undefined;
  }
  if (isForgetToken(tag)) {
    const nonce = verifyForgetToken(tag, userId, secret);
    return nonce ? { to: 'forget', nonce } : undefined;
  }
  const applicationId = verifyReplyToken(tag, userId, secret);
  return applicationId ? { to: 'application', applicationId } : undefined;
}

/** The thread a message belongs to: its own Message-IDs and those of the original inside it. */
export function threadIdsOf(envelope: Envelope, reading: Reading): string[] {
  const ids = [
    envelope.messageId,
    envelope.inReplyTo,
    ...envelope.references,
    ...(reading.original?.messageIds ?? []),
  ];
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/**
 * `forget`, `yes`, `delete everything`; "forget it" (never mind) is no confirmation, nor a guess
 * at one (`frget`): deleting everything waits for the word itself.
 */
export function confirmsForget(reading: Reading): boolean {
  const command = reading.kind === 'command' ? reading.command : undefined;
  return (
    (command?.verb === 'forget' || command?.verb === 'confirm') &&
    command.number === undefined &&
    !command.unsure
  );
}

/** In-Reply-To one of our own mails: its Message-ID is on our domain, or one the mailer gave. */
export function isReplyToUs(
  envelope: Envelope,
  settings: Pick<Settings, 'intakeAddress'>,
  isOwnMessageId: (messageId: string) => boolean,
): boolean {
  const domain = settings.intakeAddress.slice(settings.intakeAddress.lastIndexOf('@') + 1);
  const inReplyTo = envelope.inReplyTo?.toLowerCase() ?? '';
  return inReplyTo.endsWith(`@${domain.toLowerCase()}`) || isOwnMessageId(inReplyTo);
}

/**
 * The message read is one of our own mails, quoted back in a reply with nothing of the user's
 * own above it: never an employer's confirmation or answer, whatever dates it mentions.
 */
export function quotesOurOwnMail(
  reading: Reading,
  settings: Pick<Settings, 'intakeAddress' | 'fromAddress'>,
): boolean {
  const quoted = reading.original?.from?.email.toLowerCase();
  if (reading.kind === 'command' || !quoted) return false;
  const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  const ours = new Set([settings.intakeAddress, settings.fromAddress].map(domainOf));
  return ours.has(domainOf(quoted));
}

/** The Message-IDs a reply names as what it answers. */
export function repliedToIds(envelope: Envelope): string[] {
  return [envelope.inReplyTo, ...envelope.references].filter((id): id is string => !!id);
}

/** What "I could not read this" says is missing from a forward of this kind. */
export function whatIsMissing(reading: Reading): string[] {
  if (reading.kind === 'unknown') return ['an interview date and time', 'the company'];
  if (reading.kind === 'cancellation') return ['which application this cancellation is about'];
  return [];
}

/**
 * A reschedule moves every pending milestone; a cancellation cancels them and closes. The
 * forward joins the application's thread in the same save.
 */
export function decidePlanChange(
  application: Application,
  reading: Reading,
  messageId: string,
  ctx: PlanContext,
): Decision<'application-closed' | 'application-changed'> {
  const { now } = ctx;
  const cancelled = reading.kind === 'cancellation';
  const withThread = revise(application, now, {
    threadMessageIds: withThreadIds(application.threadMessageIds, [messageId]),
  });
  const next =
    cancelled || !reading.interview
      ? changes.close(withThread, now)
      : changes.reschedule(withThread, reading.interview, ctx);
  const change = changes.asOneSave(application, [changes.unchanged(withThread), next]);
  return {
    change,
    mail: {
      render: 'commandConfirmation',
      summary: cancelled
        ? PLAN_SAID.cancelled
        : PLAN_SAID.moved(pendingSummary(change.application)),
      planChanged: true,
    },
    outcome: cancelled ? 'application-closed' : 'application-changed',
  };
}

function pendingSummary(application: Application): string {
  const next = nextPending(application);
  return next ? `next: ${next.kind}, ${formatLocal(next.due, next.timezone)}` : 'nothing pending';
}
