// Use-cases -> one draft mailed to the user: rendered from the application as it is, sent, and
// what its milestone remembers of it (Message-IDs, recipient, subject, the note it carried).
import type { Application, DraftSent, Milestone } from '../model.ts';
import { type CommonDeps, mailContext } from './deps.ts';
import { latestNote } from './redraft-decisions.ts';

/**
 * Mails `milestone`'s draft, `beforeSend` done once it is rendered; throws when its interview is
 * gone or the mail fails.
 */
export async function mailDraft(
  deps: CommonDeps,
  application: Application,
  milestone: Milestone,
  beforeSend?: () => Promise<void>,
): Promise<{ messageIds: string[]; draft: Omit<DraftSent, 'mailIds'> | null }> {
  const interview = application.interviews.find((i) => i.id === milestone.interviewId);
  if (!interview)
    throw new Error(`milestone ${milestone.id} names no interview of its application`);
  const mail = await deps.renderer.draft({
    application,
    milestone,
    interview,
    context: mailContext(deps.settings, application.userId, application, deps.clock.now()),
  });
  await beforeSend?.();
  const sent = await deps.mailer.send({
    from: deps.settings.fromAddress,
    to: application.userId,
    raw: mail.raw,
  });
  return {
    messageIds: [mail.messageId, sent.messageId],
    draft: mail.draft ? { ...mail.draft, note: latestNote(application) } : null,
  };
}
