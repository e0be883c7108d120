// Use-cases -> "which application?": a command that needs an application, sent to the bare
// intake, or a forwarded reply that matches none or several, gets a numbered list to answer
// (`stop 2`, or just `2` for a reply). The list is stored with the user as sent, so a number always
// means the application the user saw under it, whatever opened or closed since; it is oldest
// first, so a later list keeps the numbers of an earlier one as long as nothing closed between.
import { choiceOption } from '../mail/index.ts';
import type { Application } from '../model.ts';
import type { CommonDeps } from './deps.ts';
import { changeProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

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

/** Sends the numbered list and remembers it; false when there was nothing to choose from. */
export async function askWhich(
  deps: CommonDeps,
  userId: string,
  request: ChoiceRequest,
): Promise<boolean> {
  const now = deps.clock.now();
  const forReply = 'pendingReply' in request;
  const listed = forReply && request.candidates ? choosable(request.candidates) : null;
  const applications = listed ?? choosable(await deps.store.listByUser(userId));
  const options = applications.map((application, index) => choiceOption(application, index + 1));
  if (options.length > 0) {
    await changeProfile(deps.store, userId, now, () => ({
      choice: {
        applicationIds: applications.map((a) => a.id),
        sentAt: now.toISOString(),
        pendingReply: forReply ? request.pendingReply : null,
      },
    }));
  }
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.choice({
      question: forReply
        ? 'Which application is this reply about?'
        : `Which application should ${request.verb} act on?`,
      note: request.note ?? null,
      options,
      command: forReply ? null : request.verb,
      example: forReply ? null : (request.example ?? null),
      context,
    }),
  );
  return options.length > 0;
}

export type Picked =
  | { picked: true; application: Application; pendingReply: string | null }
  | { picked: false; why: string };

/** The application under `number` in the list last sent, if that list is still valid. */
export async function pickFromChoice(
  deps: CommonDeps,
  userId: string,
  number: number,
): Promise<Picked> {
  const profile = await deps.store.getProfile(userId);
  const choice = profile?.choice;
  const now = deps.clock.now().getTime();
  if (!choice || now - Date.parse(choice.sentAt) > CHOICE_VALID_MS) {
    return { picked: false, why: 'I have no recent list for that number.' };
  }
  const id = choice.applicationIds[number - 1];
  const application = id ? await deps.store.get(userId, id) : undefined;
  if (!application) {
    return { picked: false, why: `There is no number ${number} in the list I sent.` };
  }
  return { picked: true, application, pendingReply: choice.pendingReply ?? null };
}

/** The forwarded reply waiting for a pick has been handled: a second `2` finds nothing. */
export async function clearPendingReply(deps: CommonDeps, userId: string) {
  await changeProfile(deps.store, userId, deps.clock.now(), (profile) =>
    profile.choice ? { choice: { ...profile.choice, pendingReply: null } } : {},
  );
}
