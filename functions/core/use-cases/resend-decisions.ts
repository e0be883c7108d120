// Use-cases -> `resend`, decided: which draft in doubt ("Did it arrive?") a reply asks for again,
// and what the answer says. Pure. The copy is owed on the milestone (askCopy) and mailed by the
// milestone's own firing, which the effect runner schedules at once: it is claimed, sent, retried
// or reported as any draft is, so a redelivered `resend` or a retried firing never sends two.
import { askCopy, copyAsked, copyHeld, latestMailedFirst } from '../application.ts';
import { milestoneDraftTitle } from '../mail/index.ts';
import type { Application, Milestone } from '../model.ts';
import { formatLocal } from '../planning/index.ts';
import { draftRepliedTo, type RepliedTo } from '../sent-drafts.ts';

/** What a `resend` comes to: a copy asked for, one already on its way, or nothing in doubt. */
export type ResendChoice =
  | { kind: 'copy'; milestone: Milestone; application: Application }
  | { kind: 'on-its-way'; milestone: Milestone }
  | { kind: 'nothing-in-doubt'; milestone: Milestone; named: boolean }
  | { kind: 'nothing-mailed' };

const mailed = (milestone: Milestone) => milestone.state === 'SENT';
const inDoubt = (milestone: Milestone) => mailed(milestone) && milestone.unconfirmed !== undefined;

/**
 * The draft a `resend` means: the one whose mail or notice the reply answers; else the latest in
 * doubt with no copy asked for yet (or one a pause holds), else one whose copy is; else the latest
 * mailed, to say so.
 */
export function decideResend(
  application: Application,
  repliedTo: RepliedTo | null,
  now: Date,
  written = now,
): ResendChoice {
  const named = draftRepliedTo(application, repliedTo);
  const byLatest = application.milestones.filter(mailed).sort(latestMailedFirst);
  const doubted = byLatest.filter(inDoubt);
  const meant = named
    ? named
    : (doubted.find((m) => !copyAsked(m) || copyHeld(application, m)) ??
      doubted[0] ??
      byLatest[0] ??
      null);
  if (!meant) return { kind: 'nothing-mailed' };
  if (!inDoubt(meant)) return { kind: 'nothing-in-doubt', milestone: meant, named: !!named };
  const asked = askCopy(application, meant.id, now, written);
  const copy = asked?.milestones.find((m) => m.id === meant.id);
  return asked && copy
    ? { kind: 'copy', milestone: copy, application: asked }
    : { kind: 'on-its-way', milestone: meant };
}

/** How the answer names a draft, and when it was last mailed to the user. */
export function draftAndWhen(application: Application, milestone: Milestone) {
  return {
    draft: milestoneDraftTitle(application, milestone),
    mailedAt: formatLocal(milestone.sentAt ?? milestone.due, application.timezone),
  };
}
