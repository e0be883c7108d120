// Use-cases -> the effect runner: a pure decision says what an application becomes and which mail
// tells the user; this applies it. Save (conditionally, deciding again on a concurrent write),
// schedules (reconciled with what was saved), then the mail, once drafts in flight have landed.
import type { ChangeResult } from '../changes.ts';
import type { MailRenderer } from '../mail/index.ts';
import type { Application } from '../model.ts';
import { type AppliedChange, type ChangeDeps, changeApplication } from './change-application.ts';
import type { CommonDeps } from './deps.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { tellUser } from './tell-user.ts';

/** The system mails about one application, which the runner renders with it as saved. */
type ApplicationMailKind =
  | 'commandConfirmation'
  | 'stopConfirmation'
  | 'linkedin'
  | 'employerReply'
  | 'acknowledgment';

type InputOf<K extends keyof MailRenderer> = MailRenderer[K] extends (input: infer I) => unknown
  ? Omit<I, 'context' | 'application'>
  : never;

/** A mail to the user about an application, as data: which mail, and what it says. */
export type ApplicationMail = {
  [K in ApplicationMailKind]: { render: K } & InputOf<K>;
}[ApplicationMailKind];

/** What a decision on one application comes to. */
export interface Decision<Outcome> {
  /** Its next state (its schedules follow); the application itself when nothing changes. */
  change: ChangeResult;
  /** What the user is told, about the application as saved; null: nothing. */
  mail: ApplicationMail | null;
  outcome: Outcome;
}

/** Mails `mail` about `application` to the user; returns its Message-IDs. */
export function mailAbout(
  deps: CommonDeps,
  application: Application,
  mail: ApplicationMail,
): Promise<string[]> {
  const { render, ...input } = mail;
  const compose = deps.renderer[render] as (input: object) => ReturnType<MailRenderer['help']>;
  return tellUser(deps, application.userId, application, (context) =>
    compose.call(deps.renderer, { ...input, application, context }),
  );
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
  if (decision.mail) await mailAbout(deps, application, decision.mail);
  return { ...decision, applied, application };
}
