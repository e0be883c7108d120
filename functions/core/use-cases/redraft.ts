// Use-cases -> the re-drafted thank-you: mails each unsent thank-you again with the user's latest
// note (see redraft-decisions.ts), then remembers it on its milestone, so a redelivered `notes:`
// re-drafts nothing twice. A crash between the two re-drafts once more on the retry, as a draft
// whose send was abandoned is sent again: a draft may arrive twice, never not at all.
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
    const { messageIds, draft } = await mailDraft(deps, application, milestone);
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
