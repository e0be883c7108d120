// Use-cases -> "which application?", decided: pure functions from the user's applications (or the
// list last sent) and the request to the list stored with the user and the mail that shows it,
// and from a number the user sent back to the application it names. choices.ts applies them.
import { choiceOption } from '../mail/index.ts';
import type { Application, UserProfile } from '../model.ts';
import type { UserDecision } from './effects.ts';

/** A list older than this is not answered from: the user gets a fresh one. */
export const CHOICE_VALID_MS = 14 * 24 * 60 * 60 * 1000;

/** Open and paused applications, oldest first. */
export function choosable(applications: Application[]): Application[] {
  return applications
    .filter((a) => a.status !== 'CLOSED')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export type ChoiceRequest =
  /** A command to the bare intake: the user answers `<verb> <number>` (the example, if given). */
  | { verb: string; example?: string; note?: string }
  /** A forwarded reply that matched none or several: the user answers `<number>`. */
  | { pendingReply: string; candidates?: Application[]; note?: string };

/**
 * The numbered list of `applications` that may be chosen (the request's candidates, when it
 * names some), remembered with the user as sent, and the mail that asks; the outcome is false
 * when there was nothing to choose from (then nothing is remembered).
 */
export function decideChoice(
  applications: Application[],
  request: ChoiceRequest,
  now: Date,
): UserDecision<boolean> {
  const forReply = 'pendingReply' in request;
  const listed = choosable(forReply && request.candidates ? request.candidates : applications);
  const options = listed.map((application, index) => choiceOption(application, index + 1));
  return {
    profile:
      options.length > 0
        ? {
            choice: {
              applicationIds: listed.map((a) => a.id),
              sentAt: now.toISOString(),
              pendingReply: forReply ? request.pendingReply : null,
            },
          }
        : null,
    mail: {
      render: 'choice',
      question: forReply
        ? 'Which application is this reply about?'
        : `Which application should ${request.verb} act on?`,
      note: request.note ?? null,
      options,
      command: forReply ? null : request.verb,
      example: forReply ? null : (request.example ?? null),
    },
    outcome: options.length > 0,
  };
}

export const NO_RECENT_LIST = 'I have no recent list for that number.';
export const notInList = (number: number) => `There is no number ${number} in the list I sent.`;

/** The id under `number` in the list last sent, if that list is still valid; else why not. */
export function pickFrom(
  profile: UserProfile | undefined,
  number: number,
  now: Date,
): { applicationId: string; pendingReply: string | null } | { why: string } {
  const choice = profile?.choice;
  if (!choice || now.getTime() - Date.parse(choice.sentAt) > CHOICE_VALID_MS) {
    return { why: NO_RECENT_LIST };
  }
  const applicationId = choice.applicationIds[number - 1];
  if (!applicationId) return { why: notInList(number) };
  return { applicationId, pendingReply: choice.pendingReply ?? null };
}

/** The forwarded reply waiting for a pick has been handled: a second `2` finds nothing. */
export function withoutPendingReply(profile: UserProfile): Partial<UserProfile> {
  return profile.choice ? { choice: { ...profile.choice, pendingReply: null } } : {};
}
