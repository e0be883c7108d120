// Use-cases -> `notes:` after a thank-you went out, decided: which unsent thank-you drafts a newer
// note re-drafts, and what the application remembers once the re-draft is mailed. Pure; the
// effect is in redraft.ts. Pending drafts need nothing: they are written from the notes on firing.
import {
  draftMailIds,
  draftSent,
  revise,
  withDraftMailed,
  withoutCopyOwed,
  withThreadIds,
} from '../application.ts';
import * as changes from '../changes.ts';
import { interviewNotes } from '../mail/index.ts';
import type { Application, DraftSent, Milestone } from '../model.ts';

/** The note a draft written now refers to: the user's latest `notes:` (updates aside). */
export function latestNote(application: Application): string | null {
  return interviewNotes(application).at(-1) ?? null;
}

/**
 * The thank-yous of the current interview mailed to the user with an older note (or none), and
 * not sent on yet (no `sent`, no sent copy seen): each gets a re-draft carrying the latest note.
 * None on a closed application, and none while a draft is still being mailed.
 */
export function thankYousToRedraft(application: Application): Milestone[] {
  const note = latestNote(application);
  const interview = changes.currentInterview(application);
  if (note === null || !interview || application.status === 'CLOSED') return [];
  return application.milestones.filter(
    (m) =>
      m.kind === 'thank-you' &&
      m.interviewId === interview.id &&
      m.state === 'SENT' &&
      !m.sending &&
      !m.userSentAt &&
      !m.sentCopy &&
      (m.draft?.note ?? null) !== note,
  );
}

/**
 * The application once `milestoneId`'s re-draft is mailed: its draft now the new one (earlier
 * Message-IDs kept, so a `sent` to either names it). Out (`messageIds` given), it settles any
 * doubt about the thank-you, as a copy would: the user has it. Its own answer lost, the doubt
 * stays, but a copy asked for (`resend`) and not yet out comes no more: this re-draft is it.
 * Undefined when it was sent on meanwhile or already carries the note: nothing to remember.
 */
export function redrafted(
  application: Application,
  milestoneId: string,
  messageIds: string[],
  draft: Omit<DraftSent, 'mailIds'>,
  now: Date,
): Application | undefined {
  const owed = thankYousToRedraft(application).find((m) => m.id === milestoneId);
  if (!owed || owed.draft?.note === draft.note) return undefined;
  const out = messageIds.length > 0;
  return revise(application, now, {
    milestones: application.milestones.map((m) => {
      if (m.id !== milestoneId) return m;
      if (out) return withDraftMailed(m, messageIds, draft);
      return { ...withoutCopyOwed(m), draft: draftSent(draftMailIds(m.draft?.mailIds, []), draft) };
    }),
    threadMessageIds: withThreadIds(application.threadMessageIds, messageIds),
  });
}
