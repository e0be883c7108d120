// Inbound use-case -> mail that arrived through the user's filter, once the gate let it through
// (filter-gate.ts): an employer's reply the user's own provider forwarded is matched to its
// application and handled like a reply the user forwarded; anything matching no application
// changes nothing and is counted for the weekly digest. Nothing is ever answered to its From:
// every mail goes to the user. Also: the filter address mail (`filter`) and a provider's
// forwarding confirmation relayed.
import type { ForwardingConfirmation } from '../filter-forwarding.ts';
import { matchApplication } from '../matching.ts';
import type { Reading } from '../reading.ts';
import type { Envelope } from '../understand/index.ts';
import type { ChangeDeps } from './change-application.ts';
import { askWhich } from './choices.ts';
import { canonicalOf } from './deps.ts';
import { countFilteredUnmatched } from './digest.ts';
import { applyEmployerReply, type EmployerReplyOutcome } from './employer-replies.ts';
import { changePlan } from './open-application.ts';
import { tellUser } from './tell-user.ts';

/** The filter address and the filter per open application; with a confirmation, it first. */
export async function sendFilterSetup(
  deps: ChangeDeps,
  userId: string,
  confirmation: ForwardingConfirmation | null,
): Promise<void> {
  const applications = (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.filterSetup({ applications, confirmation, context }),
  );
}

export interface FilteredMessage {
  userId: string;
  messageId: string;
  sesMessageId: string;
  receivedAt: Date;
  envelope: Envelope;
  reading: Reading;
  threadIds: string[];
}

export type FilteredOutcome =
  | EmployerReplyOutcome
  | 'filtered-unmatched'
  | 'application-closed'
  | 'application-changed'
  | 'ignored';

const domainOf = (email: string | null | undefined) =>
  email?.slice(email.lastIndexOf('@') + 1).toLowerCase() ?? null;

/**
 * Filtered mail is the employer's own words, never the user's: it is no command and no
 * correction. An answer, a next-round invitation, a reschedule or a cancellation that matches one
 * application is applied to it; several ask the user which; none, or anything else, is only
 * counted for the digest.
 */
export async function handleFilteredMail(
  message: FilteredMessage,
  deps: ChangeDeps,
): Promise<FilteredOutcome> {
  const { reading, userId } = message;
  const employer = reading.original?.from ?? message.envelope.from;
  const answer =
    reading.kind === 'employer-reply'
      ? reading
      : reading.kind === 'interview' && reading.interview
        ? // An invitation to another round is the application's next round, as an advance is.
          { ...reading, kind: 'employer-reply' as const, reply: { class: 'advance' as const } }
        : null;
  const replyClass = answer?.reply?.class;
  // The employer moving or cancelling the interview changes its plan, as a forward of it would.
  const movesPlan = reading.kind === 'reschedule' || reading.kind === 'cancellation';
  if (movesPlan || (answer && replyClass && replyClass !== 'auto-ack')) {
    const match = matchApplication(await deps.store.listByUser(userId), {
      canonicalMessageId: canonicalOf(deps),
      applicationId: null,
      threadIds: message.threadIds,
      senderEmail: employer?.email ?? null,
      subject: reading.original?.subject ?? message.envelope.subject ?? '',
      company: reading.interview?.company ?? null,
    });
    // A subject naming the company is too weak a clue for mail nobody chose to send me.
    if (match.kind === 'match' && match.by !== 'subject') {
      deps.logger.info('filtered mail matched', {
        applicationId: match.application.id,
        reason: match.by,
      });
      const applicationId = match.application.id;
      if (movesPlan) {
        const routed = { ...message, addressed: { to: 'filter' as const }, applicationId };
        return changePlan(routed, match.application, deps);
      }
      if (!answer) return 'ignored';
      return applyEmployerReply(
        { ...message, applicationId, reading: answer },
        applicationId,
        deps,
      );
    }
    if (match.kind === 'ambiguous') {
      await askWhich(deps, userId, {
        pendingReply: message.sesMessageId,
        candidates: match.candidates,
      });
      return 'answered';
    }
  }
  await countFilteredUnmatched(deps, userId, domainOf(employer?.email));
  return 'filtered-unmatched';
}
