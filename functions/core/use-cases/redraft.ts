// Use-cases -> the re-drafted thank-you: mails each unsent thank-you again with the user's latest
// note (see redraft-decisions.ts), then remembers it on its milestone, so a redelivered `notes:`
// re-drafts nothing twice. A re-draft whose send may have gone out (its answer was lost) is
// remembered as mailed: the redelivery would send it twice, and another note brings it again. A
// crash between mailing and remembering re-drafts once more on the retry.
import { MailOutcomeUnknownError } from '../errors.ts';
import { describeError } from '../logger.ts';
import type { Application } from '../model.ts';
import type { ChangeDeps } from './change-application.ts';
import { mailDraft } from './mail-draft.ts';
import { latestNote, redrafted, thankYousToRedraft } from './redraft-decisions.ts';
import { updateApplication } from './update-application.ts';

/** Re-drafts the thank-yous a newer note owes; returns how many were mailed. */
export async function redraftThankYous(deps: ChangeDeps, application: Application) {
  const key = { userId: application.userId, applicationId: application.id };
  let mailed = 0;
  for (const milestone of thankYousToRedraft(application)) {
    const now = deps.clock.now();
    const { messageIds, draft } = await mailDraft(deps, application, milestone).catch(
      (error: unknown) => {
        if (!(error instanceof MailOutcomeUnknownError)) throw error;
        deps.logger.warn('thank-you re-draft may not have arrived; not sent again', {
          applicationId: application.id,
          milestoneId: milestone.id,
          ...describeError(error),
        });
        return { messageIds: [], draft: null };
      },
    );
    mailed += 1;
    // What mailDraft recorded of the draft, note included; a draft the renderer could not describe
    // is remembered by its note alone.
    const remembered = draft ?? { to: null, subject: '', note: latestNote(application) };
    try {
      await updateApplication(deps.store, key, (current) => {
        const next = current && redrafted(current, milestone.id, messageIds, remembered, now);
        return next ? { save: next, result: undefined } : { result: undefined };
      });
    } catch (error) {
      deps.logger.error('thank-you re-drafted but not remembered', {
        applicationId: application.id,
        milestoneId: milestone.id,
        ...describeError(error),
      });
      throw error;
    }
  }
  return mailed;
}
