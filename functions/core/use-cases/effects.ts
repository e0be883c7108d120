// Use-cases -> the effect runner: a pure decision says what an application (or the user's profile)
// becomes and which mail tells the user; this applies it. Save (conditionally, deciding again on a
// concurrent write), schedules (reconciled with what was saved), then the mail, once drafts in
// flight have landed.
import type { ChangeResult } from '../changes.ts';
import type { MailContext, MailRenderer } from '../mail/index.ts';
import type { Application, MilestoneRef, UserProfile } from '../model.ts';
import type { ScheduledMilestone } from '../ports.ts';
import { type AppliedChange, type ChangeDeps, changeApplication } from './change-application.ts';
import type { CommonDeps } from './deps.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { rememberSettingAnswered, updateProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

/** The system mails about one application, which the runner renders with it as saved. */
type ApplicationMailKind =
  | 'commandConfirmation'
  | 'stopConfirmation'
  | 'linkedin'
  | 'employerReply'
  | 'acknowledgment';

/** The system mails to the user that are about no one application. */
type UserMailKind =
  | 'commandConfirmation'
  | 'status'
  | 'choice'
  | 'suggestion'
  | 'forgetRequest'
  | 'forgotten';

type InputOf<K extends keyof MailRenderer, Given extends string> = MailRenderer[K] extends (
  input: infer I,
) => unknown
  ? Omit<I, 'context' | Given>
  : never;

/** A mail to the user about an application, as data: which mail, and what it says. */
export type ApplicationMail = {
  [K in ApplicationMailKind]: { render: K } & InputOf<K, 'application'>;
}[ApplicationMailKind];

/** A mail to the user about no one application, as data. */
export type UserMail = {
  [K in UserMailKind]: { render: K } & InputOf<K, never>;
}[UserMailKind];

/** What a decision on one application comes to. */
export interface Decision<Outcome> {
  /**
   * Its next state (its schedules follow); the application itself when nothing is saved. A
   * command saves even when it changes nothing: the record that its mail was acted on.
   */
  change: ChangeResult;
  /** What the user is told, about the application as saved; null: nothing. */
  mail: ApplicationMail | null;
  /** What the application records once the mail is out (see TellOptions.record). */
  onceMailed?: (current: Application) => Partial<Application>;
  outcome: Outcome;
}

/** The renderer's mail named by `mail.render`, given the rest of `mail` and `given`. */
function composerOf(deps: CommonDeps, mail: ApplicationMail | UserMail, given: object) {
  const { render, ...input } = mail;
  const compose = deps.renderer[render] as (input: object) => ReturnType<MailRenderer['help']>;
  return (context: MailContext) => compose.call(deps.renderer, { ...input, ...given, context });
}

/**
 * Mails `mail` about `application` to the user; returns its Message-IDs. `record`: what the
 * application records once it is out.
 */
export function mailAbout(
  deps: CommonDeps,
  application: Application,
  mail: ApplicationMail,
  record?: (current: Application) => Partial<Application>,
): Promise<string[]> {
  const compose = composerOf(deps, mail, { application });
  return tellUser(deps, application.userId, application, compose, { record });
}

/**
 * Mails `mail` to the user (replies to `replyTo` when given, else the intake). One that names an
 * application (a suggestion about it) is addressed for replies about it, and kept in its thread.
 */
export function mailUser(
  deps: CommonDeps,
  userId: string,
  mail: UserMail,
  replyTo?: string,
): Promise<string[]> {
  const about = ('application' in mail && mail.application) || null;
  return tellUser(deps, userId, about, composerOf(deps, mail, {}), { replyTo });
}

/**
 * Reads the application, decides, saves what the decision says (deciding again on a concurrent
 * write), reconciles its schedules, waits for drafts in flight so that none lands after the
 * answer, and mails the answer. Undefined when the application does not exist.
 */
export async function runDecision<Outcome>(
  deps: ChangeDeps,
  key: { userId: string; applicationId: string },
  decide: (application: Application) => Decision<Outcome>,
): Promise<(Decision<Outcome> & { applied: AppliedChange; application: Application }) | undefined> {
  let decision: Decision<Outcome> | undefined;
  const applied = await changeApplication(deps, key, (application) => {
    decision = decide(application);
    return decision.change;
  });
  if (!applied || !decision) return undefined;
  const application = await afterSendsInFlight(deps, applied.application);
  if (decision.mail) await mailAbout(deps, application, decision.mail, decision.onceMailed);
  return { ...decision, applied, application };
}

/** Schedules of the user's own (the weekly digest), to create or move and to delete. */
export interface UserSchedules {
  upsert: ScheduledMilestone[];
  cancel: MilestoneRef[];
}

/** What a decision about the user, not one application, comes to. */
export interface UserDecision<Outcome> {
  /** The parts of the user's profile it changes; null: the profile is left as it is. */
  profile: Partial<UserProfile> | null;
  /** Applied once the profile is saved; none when absent. */
  schedules?: UserSchedules;
  /** What the user is told; null: nothing. */
  mail: UserMail | null;
  /** Where a reply to the mail goes, when not to the intake (a forget confirmation address). */
  replyTo?: string;
  /** The setting mail the mail answers: its answer is recorded as out once it is. */
  answers?: string | null;
  outcome: Outcome;
}

/**
 * Reads the user's profile, decides, saves what the decision changes (deciding again on a
 * concurrent write), makes the user's schedules follow and mails the answer.
 */
export async function runUserDecision<Outcome>(
  deps: ChangeDeps,
  userId: string,
  decide: (profile: UserProfile | undefined) => UserDecision<Outcome>,
): Promise<UserDecision<Outcome>> {
  const decision = await updateProfile(deps.store, userId, deps.clock.now(), (profile) => {
    const decided = decide(profile);
    return { patch: decided.profile, result: decided };
  });
  for (const ref of decision.schedules?.cancel ?? []) await deps.scheduler.cancel(ref);
  for (const schedule of decision.schedules?.upsert ?? []) await deps.scheduler.upsert(schedule);
  if (decision.mail) {
    await mailUser(deps, userId, decision.mail, decision.replyTo);
    if (decision.answers) await rememberSettingAnswered(deps, userId, decision.answers);
  }
  return decision;
}
