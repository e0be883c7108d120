// Use-cases -> "did you mean `stop`?", decided: pure functions from what a reply only looked like
// (or the user's profile, for a `yes`) and now to the suggestion kept with the user and what the
// user is told, or the commands a `yes` confirms. commands.ts applies them.
import { messageKey } from '../message-key.ts';
import type { Application, UserProfile } from '../model.ts';
import { type Command, parseCommands } from '../understand/index.ts';
import type { UserDecision } from './effects.ts';

/** A "did you mean `stop`?" is answered with `yes` this long after, or not at all. */
export const SUGGESTION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A reply that only looks like `command`: the suggestion kept with the user until a `yes` (or
 * another suggestion) replaces it, and the question, about the application the reply was to.
 */
export function decideSuggestion(
  suggested: { command: string; applicationId: string | null; application: Application | null },
  now: Date,
): UserDecision<'answered'> {
  const { command, applicationId, application } = suggested;
  return {
    profile: { suggestion: { command, applicationId, sentAt: now.toISOString() } },
    mail: { render: 'suggestion', command, application },
    outcome: 'answered',
  };
}

/** What a `yes` confirms: the suggested commands, on the application the suggestion was about. */
export interface Confirmed {
  applicationId: string | null;
  command: Command;
  more: Command[];
}

/**
 * `yes` (the mail `messageId`): the suggestion waiting for it is used up, fresh or not; a fresh one
 * that reads as a command is confirmed, to be run once. With none (or a stale one), the user is
 * told so. A `yes` that confirms it leaves its key on it (`usedBy`), and only that: delivered
 * again before its command ran (it failed), it confirms it again whatever its age by then (it was
 * fresh at the first delivery), and the command acts once on its own (commandsDone), where
 * "nothing to confirm" would contradict the first answer; delivered again after (decideConfirmed
 * kept the key alone), it does nothing. A `yes` that confirms nothing leaves no key, so its
 * redelivery confirms nothing.
 */
export function decideConfirmation(
  profile: UserProfile | undefined,
  now: Date,
  messageId: string | null = null,
): UserDecision<Confirmed | 'answered'> {
  const key = messageId ? messageKey(messageId) : null;
  const stored = profile?.suggestion;
  const again = stored?.usedBy !== undefined && stored.usedBy === key;
  // Its command ran, and its answer went out: the redelivery has nothing left to do or say.
  if (again && !('command' in stored)) return { profile: null, mail: null, outcome: 'answered' };
  const pending = stored && 'command' in stored && (!stored.usedBy || again) ? stored : null;
  const fresh =
    pending && (again || now.getTime() - Date.parse(pending.sentAt) <= SUGGESTION_VALID_MS);
  const [command, ...more] = fresh ? parseCommands(pending.command) : [];
  // A suggestion is never of a guess or a `yes`: that would ask again, or loop.
  if (!pending || !command || command.unsure || command.verb === 'confirm') {
    // Used up, and no key kept: only a yes that confirms it may confirm it again (a stale one
    // keeping its key would, redelivered, skip the freshness check and run the week-old command).
    return {
      profile: pending ? { suggestion: null } : null,
      mail: { render: 'suggestion', command: null, application: null },
      outcome: 'answered',
    };
  }
  return {
    profile: again ? null : { suggestion: key ? { ...pending, usedBy: key } : null },
    mail: null,
    outcome: { applicationId: pending.applicationId, command, more },
  };
}

/**
 * After the command a `yes` (`messageId`) confirmed has run and its answer is out: the suggestion
 * keeps that yes's key alone, so its redelivery does nothing (see decideConfirmation) and the
 * suggested text (a note, say) is kept with its application only. Nothing is saved when the
 * suggestion is another's by now (a new question replaced it).
 */
export function decideConfirmed(
  profile: UserProfile | undefined,
  messageId: string,
): UserDecision<'done'> {
  const key = messageKey(messageId);
  const stored = profile?.suggestion;
  const ran = stored && 'command' in stored && stored.usedBy === key;
  return { profile: ran ? { suggestion: { usedBy: key } } : null, mail: null, outcome: 'done' };
}
