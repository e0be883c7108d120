// Use-cases -> "did you mean `stop`?", decided: pure functions from what a reply only looked like
// (or the user's profile, for a `yes`) and now to the suggestion kept with the user and what the
// user is told, or the commands a `yes` confirms. commands.ts applies them.
import { MAX_COMMANDS_DONE } from '../application.ts';
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
 * `yes` (the mail `messageId`): a fresh suggestion that reads as a command is confirmed; any other
 * is used up. Redelivered, a yes never answers a newer question (see UserProfile.yesDone).
 */
export function decideConfirmation(
  profile: UserProfile | undefined,
  now: Date,
  messageId: string | null = null,
): UserDecision<Confirmed | 'answered'> {
  const key = messageId ? messageKey(messageId) : null;
  const stored = profile?.suggestion;
  const before = profile?.yesDone?.find((done) => done.key === key);
  const again = before?.confirmed === true && stored?.usedBy === key;
  const nothingToConfirm = { render: 'suggestion', command: null, application: null } as const;
  if (before && !again) {
    const mail = before.confirmed ? null : nothingToConfirm;
    return { profile: null, mail, outcome: 'answered' };
  }
  const pending = stored && (!stored.usedBy || again) ? stored : null;
  const fresh =
    pending && (again || now.getTime() - Date.parse(pending.sentAt) <= SUGGESTION_VALID_MS);
  const [command, ...more] = fresh ? parseCommands(pending.command) : [];
  const handled = (confirmed: boolean) =>
    key
      ? { yesDone: [...(profile?.yesDone ?? []), { key, confirmed }].slice(-MAX_COMMANDS_DONE) }
      : {};
  // A suggestion is never of a guess or a `yes`: that would ask again, or loop.
  if (!pending || !command || command.unsure || command.verb === 'confirm') {
    const change = { ...(pending ? { suggestion: null } : {}), ...handled(false) };
    return {
      profile: Object.keys(change).length > 0 ? change : null,
      mail: nothingToConfirm,
      outcome: 'answered',
    };
  }
  return {
    profile: again
      ? null
      : { suggestion: key ? { ...pending, usedBy: key } : null, ...handled(true) },
    mail: null,
    outcome: { applicationId: pending.applicationId, command, more },
  };
}

/**
 * After the command a `yes` (`messageId`) confirmed has run and answered: its suggestion is
 * cleared, unless a newer question has replaced it.
 */
export function decideConfirmed(
  profile: UserProfile | undefined,
  messageId: string,
): UserDecision<'done'> {
  const ran = profile?.suggestion?.usedBy === messageKey(messageId);
  return { profile: ran ? { suggestion: null } : null, mail: null, outcome: 'done' };
}
