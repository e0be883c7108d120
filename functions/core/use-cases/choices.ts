// Use-cases -> "which application?": a command that needs an application, sent to the bare
// intake, or a forwarded reply that matches none or several, gets a numbered list to answer
// (`stop 2`, or just `2` for a reply). The list is stored with the user as sent, so a number always
// means the application the user saw under it, whatever opened or closed since; it is oldest
// first, so a later list keeps the numbers of an earlier one as long as nothing closed between.
import type { Application } from '../model.ts';
import { formatLocal } from '../planning/index.ts';
import { changeProfile } from './profile.ts';
import type { CommonDeps } from './settings.ts';
import { tellUser } from './tell-user.ts';

/** A list older than this is not answered from: the user gets a fresh one. */
export const CHOICE_VALID_MS = 14 * 24 * 60 * 60 * 1000;

/** Open and paused applications, oldest first. */
export function choosable(applications: Application[]): Application[] {
  return applications
    .filter((a) => a.status !== 'CLOSED')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

const NEXT_LABEL: Record<string, string> = {
  'thank-you': 'thank-you note',
  'follow-up-1': 'first follow-up',
  'follow-up-2': 'second follow-up',
  'close-out': 'close-out',
};

export function applicationLabel(application: Application): string {
  return (
    [application.company, application.role].filter(Boolean).join(', ') || 'Untitled application'
  );
}

function entry(application: Application, index: number): string {
  const next = application.milestones
    .filter((m) => m.state === 'PENDING')
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
  const when =
    application.status === 'PAUSED'
      ? 'paused'
      : next
        ? `next: ${NEXT_LABEL[next.kind] ?? next.kind}, ${formatLocal(next.due, next.timezone)}`
        : 'nothing pending';
  return `${index + 1}) ${applicationLabel(application)} (${when})`;
}

export type ChoiceRequest =
  /** A command to the bare intake: the user answers `<verb> <number>`. */
  | { verb: string; note?: string }
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
  const note = request.note ? `${request.note} ` : '';
  if (applications.length === 0) {
    const summary = forReply
      ? `${note}I could not tell which application this reply is about, and you have no open application. Nothing changed.`
      : `${note}You have no open application for ${request.verb} to act on. Nothing changed.`;
    await tellUser(deps, userId, null, (context) =>
      deps.renderer.commandConfirmation({ application: null, summary, context }),
    );
    return false;
  }
  await changeProfile(deps.store, userId, now, () => ({
    choice: {
      applicationIds: applications.map((a) => a.id),
      sentAt: now.toISOString(),
      pendingReply: forReply ? request.pendingReply : null,
    },
  }));
  const list = applications.map(entry).join('; ');
  const summary = forReply
    ? `${note}Which application is this reply about? ${list}. Answer with its number only, e.g. 1.`
    : `${note}Which application? ${list}. Answer with the command and its number, e.g. ${request.verb} 1.`;
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.commandConfirmation({ application: null, summary, context }),
  );
  return true;
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
