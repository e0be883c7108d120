// Inbound use-case -> the user sent one of our drafts with followup in Bcc: the copy is recorded on
// the draft it sends (core/sent-drafts.ts) and nothing is mailed back. The user has just written to
// an employer; a mail from followup on top would be noise, and `status` shows what was recorded.
import type { Milestone } from '../model.ts';
import { recordSentCopy, type SentCopy } from '../sent-drafts.ts';
import { type CommonDeps, canonicalOf } from './deps.ts';
import { updateApplication } from './update-application.ts';

export type SentCopyOutcome = 'application-changed' | 'unchanged' | 'ignored';

export async function recordSentDraft(
  message: { userId: string; applicationId: string; copy: SentCopy },
  deps: CommonDeps,
): Promise<SentCopyOutcome> {
  const { applicationId } = message;
  const key = { userId: message.userId, applicationId };
  const recorded = await updateApplication<{ saved: boolean; milestone: Milestone | null } | null>(
    deps.store,
    key,
    (application) => {
      if (!application) return { result: null };
      const next = recordSentCopy(application, message.copy, deps.clock.now(), canonicalOf(deps));
      return next.application === application
        ? { result: { saved: false, milestone: null } }
        : { save: next.application, result: { saved: true, milestone: next.milestone } };
    },
  );
  if (!recorded) {
    deps.logger.warn('sent copy for a missing application', { applicationId });
    return 'ignored';
  }
  deps.logger.info('sent copy recorded', {
    applicationId,
    ...(recorded.milestone ? { milestoneId: recorded.milestone.id } : {}),
  });
  return recorded.saved ? 'application-changed' : 'unchanged';
}
