// Use-cases -> commands replied to followup mail, routed: each acts on the application its reply
// address names (or the one the user picked by number from a list sent to them, or, for
// status/help/settings/forget, on the user). What a command does to an application is decided in
// command-decisions.ts and applied by the effect runner (effects.ts); settings are in
// setting-commands.ts; the verbs themselves in the command table (core/command-table.ts).

import { APPLICATION_VERBS, commandText, writtenVerb } from '../command-table.ts';
import { describeError } from '../logger.ts';
import { MESSAGE_ID_RETENTION_MS } from '../ports.ts';
import type { ChangeDeps } from './change-application.ts';
import { choosable } from './choice-decisions.ts';
import { askWhich, pickFromChoice } from './choices.ts';
import {
  type CommandOutcome,
  type CommandWords,
  commandsPlan,
  decideCommands,
  decideLinkedin,
} from './command-decisions.ts';
import { canonicalOf } from './deps.ts';
import { setDigest } from './digest.ts';
import { mailAbout, runDecision, runUserDecision } from './effects.ts';
import { sendFilterSetup } from './filtered-mail.ts';
import { requestForget } from './forget.ts';
import { planContextFor } from './plan-context.ts';
import { redraftThankYous } from './redraft.ts';
import { applySetting } from './setting-commands.ts';
import { decideConfirmation, decideConfirmed, decideSuggestion } from './suggestion-decisions.ts';
import { tellUser } from './tell-user.ts';
import { runAdminCommand, sendHelp } from './users.ts';

export type { CommandOutcome } from './command-decisions.ts';

export interface CommandMessage {
  userId: string;
  /** The application the reply address names; null for mail to the bare intake address. */
  applicationId: string | null;
  /** `unsure`: what the reply only looked like (`stpo`), asked about before it is run. */
  command: CommandWords & { unsure?: true };
  /** `stop 2`: the entry of the numbered list last sent to the user. */
  number?: number | null;
  /** Corrections on the lines below the first (`role: …` under `company: …`): one change with it. */
  more?: CommandWords[];
  /** When the user wrote it, for relative corrections ("time: tomorrow 3pm"). */
  sentAt: Date;
  /** When SES received it (see `writtenAt`); absent: now. */
  receivedAt?: Date;
  /** The mail it replies to: `sent` marks the draft that mail carried. */
  inReplyTo?: string | null;
  /** The reply's own Message-ID: a command mail acts on an application once (see commandsDone). */
  messageId?: string | null;
}

/** The user's own command with a list number in it: what to answer "which application?" with. */
function withNumber(command: CommandWords, number: number): string {
  // A long note is not repeated back; the user knows what they wrote.
  const arg = command.arg && command.arg.length <= 80 ? command.arg : null;
  return commandText({ verb: command.verb, arg, number });
}

export async function runCommand(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { verb, arg } = message.command;
  const { userId } = message;
  if (message.command.unsure) return suggest(message, deps);
  switch (verb) {
    case 'status':
      return sendStatus(userId, deps);
    case 'timezone':
    case 'hours':
    case 'country':
    case 'locale':
      return applySetting(deps, userId, verb, arg ?? '', message.messageId ?? null);
    case 'digest':
      await setDigest(deps, userId, arg !== 'off', true, message.messageId ?? null);
      return 'answered';
    case 'forget':
      await requestForget(deps, userId);
      return 'answered';
    case 'confirm':
      return confirmSuggestion(message, deps);
    case 'filter':
      await sendFilterSetup(deps, userId, null);
      return 'answered';
    case 'allow':
    case 'revoke':
    case 'users':
      return runAdminCommand({ userId, command: { verb, arg } }, deps);
  }
  if (!APPLICATION_VERBS.has(verb)) {
    await sendHelp(deps, userId);
    return 'answered';
  }
  if (message.applicationId && message.number == null) {
    return runApplicationCommand(message, message.applicationId, deps);
  }
  const choice = await chooseApplication(message, deps);
  const applicationId = await routeOnce(message, choice.applicationId, deps);
  if (applicationId) return runApplicationCommand(message, applicationId, deps);
  const question = { verb: writtenVerb(verb), example: withNumber(message.command, 1) };
  await askWhich(deps, userId, { ...question, ...(choice.why ? { note: choice.why } : {}) });
  return 'answered';
}

/** The application a command names no reply address of is for; null: the user is asked which. */
async function chooseApplication(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<{ applicationId: string | null; why?: string }> {
  // A number the user typed names an entry of the list they were sent, wherever they sent it.
  if (message.number != null) {
    const pick = await pickFromChoice(deps, message.userId, message.number);
    return pick.picked
      ? { applicationId: pick.application.id }
      : { applicationId: null, why: pick.why };
  }
  // One open application: there is nothing to choose between.
  const open = choosable(await deps.store.listByUser(message.userId));
  return { applicationId: open.length === 1 && open[0] ? open[0].id : null };
}

/**
 * Where the first delivery of the mail sent it, should this be a redelivery: chosen again, "the
 * only open one" or "entry 2 of the last list" may name another application by now.
 */
async function routeOnce(
  message: CommandMessage,
  chosen: string | null,
  deps: ChangeDeps,
): Promise<string | null> {
  if (!message.messageId) return chosen;
  const expiresAt = new Date(deps.clock.now().getTime() + MESSAGE_ID_RETENTION_MS);
  return deps.store.routeMessage(message.messageId, chosen, expiresAt);
}

/** "Did you mean `stop`?": decided in suggestion-decisions.ts, asked about the reply's application. */
async function suggest(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId, applicationId } = message;
  const application = applicationId
    ? ((await deps.store.get(userId, applicationId)) ?? null)
    : null;
  const { verb, arg } = message.command;
  const written = commandText({ verb, arg, number: message.number });
  const suggested = { command: written.slice(0, 200), applicationId, application };
  const now = deps.clock.now();
  return (await runUserDecision(deps, userId, () => decideSuggestion(suggested, now))).outcome;
}

/** `yes`: the suggestion waiting for it is run, once; with none, the user was told so. */
async function confirmSuggestion(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const now = deps.clock.now();
  const { outcome } = await runUserDecision(deps, message.userId, (profile) =>
    decideConfirmation(profile, now, message.messageId ?? null),
  );
  if (outcome === 'answered') return outcome;
  const { applicationId, command, more } = outcome;
  const ran = await runCommand(
    {
      ...message,
      applicationId: applicationId ?? message.applicationId,
      command: { verb: command.verb, arg: command.arg },
      number: command.number ?? null,
      more: more.map((next) => ({ verb: next.verb, arg: next.arg })),
    },
    deps,
  );
  // It acted and answered (a failure throws, and the redelivery confirms again from the text):
  // the text is needed no more. Best effort, as the answer is out: a throw would answer again.
  const { messageId } = message;
  if (messageId) {
    try {
      await runUserDecision(deps, message.userId, (profile) => decideConfirmed(profile, messageId));
    } catch (error) {
      deps.logger.warn('used suggestion not cleared', describeError(error));
    }
  }
  return ran;
}

/** The commands of the message on one application: decided, then saved, scheduled and answered. */
async function runApplicationCommand(
  message: CommandMessage,
  applicationId: string,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { userId, command } = message;
  if (command.verb === 'linkedin') {
    const application = await deps.store.get(userId, applicationId);
    const mail = application && decideLinkedin(application);
    if (!application || !mail) return 'ignored';
    await mailAbout(deps, application, mail);
    return 'answered';
  }
  const commands = [command, ...(message.more ?? [])];
  const ctx = await planContextFor(
    deps,
    userId,
    deps.clock.now(),
    undefined,
    commandsPlan(commands),
  );
  const repliedTo = message.inReplyTo
    ? { inReplyTo: message.inReplyTo, canonical: canonicalOf(deps) }
    : null;
  const done = await runDecision(deps, { userId, applicationId }, (application) =>
    decideCommands(
      application,
      commands,
      ctx,
      message.sentAt,
      repliedTo,
      message.messageId ?? null,
      message.receivedAt,
    ),
  );
  if (!done) {
    deps.logger.warn('command for a missing application', { applicationId });
    return 'ignored';
  }
  // A note at any time: pending drafts carry it when they fire; thank-yous already out, unsent,
  // are re-drafted with it now.
  if (commands.some((c) => c.verb === 'notes')) await redraftThankYous(deps, done.application);
  return done.outcome;
}

async function sendStatus(userId: string, deps: ChangeDeps): Promise<CommandOutcome> {
  const applications = (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
  await tellUser(deps, userId, null, (context) => deps.renderer.status({ applications, context }));
  return 'answered';
}
