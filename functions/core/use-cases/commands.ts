// Commands replied to followup mail: each acts on the application its reply address names (or the
// one the user picked by number from a list sent to them, or, for status/help/settings/forget, on
// the user) and answers with a short confirmation of the new state. A command that changes
// nothing (the same `pause` sent twice) says so instead of acting twice. Corrections answered one
// per line (`company: Acme`, then `role: Staff Engineer`) are one change and one confirmation.
import { revise } from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import * as changes from '../changes.ts';
import type { Application, UserProfile } from '../model.ts';
import {
  formatLocal,
  InvalidSettingError,
  type PlanContext,
  parseSettingCommand,
  parseSnoozeUntil,
} from '../planning/index.ts';
import type { InterviewReading } from '../reading.ts';
import {
  APPLICATION_VERBS,
  CORRECTIONS,
  parseCommands,
  resolveCorrectedTime,
} from '../understand/index.ts';
import { namedDay, withDigits } from '../understand/named-day.ts';
import { type ChangeDeps, changeApplication, planContextFor } from './change-application.ts';
import { askWhich, choosable, pickFromChoice } from './choices.ts';
import { setDigest } from './digest.ts';
import { requestForget } from './forget.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { changeProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

/** A "did you mean `stop`?" is answered with `yes` this long after, or not at all. */
export const SUGGESTION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/** Notes kept per application, and characters per note (drafts use the latest ones). */
const MAX_NOTES = 20;
const MAX_NOTE_LENGTH = 1_000;

export interface CommandMessage {
  userId: string;
  /** The application the reply address names; null for mail to the bare intake address. */
  applicationId: string | null;
  command: { verb: string; arg: string | null };
  /** `stop 2`: the entry of the numbered list last sent to the user. */
  number?: number | null;
  /** Corrections on the lines below the first (`role: …` under `company: …`): one change with it. */
  more?: Array<{ verb: string; arg: string | null }>;
  /** When the user wrote it, for relative corrections ("time: tomorrow 3pm"). */
  sentAt: Date;
  /** The mail it replies to: `sent` marks the draft that mail carried. */
  inReplyTo?: string | null;
}

export type CommandOutcome =
  | 'answered'
  | 'application-changed'
  | 'application-closed'
  | 'unchanged'
  | 'ignored';

/** How a verb is written back to the user, e.g. in "answer with stop 2". */
const VERB_WORDS: Record<string, string> = {
  'heard-back': 'heard back',
  'remove-interviewer': 'remove interviewer',
};

/** The user's own command with a list number in it: what to answer "which application?" with. */
function withNumber(command: CommandMessage['command'], number: number): string {
  const verb = VERB_WORDS[command.verb] ?? command.verb;
  // A long note is not repeated back; the user knows what they wrote.
  const arg = command.arg && command.arg.length <= 80 ? command.arg : null;
  if (!arg) return `${verb} ${number}`;
  // Corrections are written with a colon before their argument (`notes 2: …`, `company 1: Acme`).
  return CORRECTIONS.has(command.verb) ? `${verb} ${number}: ${arg}` : `${verb} ${number} ${arg}`;
}

export async function runCommand(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { verb } = message.command;
  const { userId } = message;
  switch (verb) {
    case 'status':
      return sendStatus(userId, deps);
    case 'timezone':
      return setTimezone(message, deps);
    case 'hours':
      return setHours(message, deps);
    case 'country':
      return setCountry(message, deps);
    case 'digest':
      await setDigest(deps, userId, message.command.arg !== 'off');
      return 'answered';
    case 'forget':
      await requestForget(deps, userId);
      return 'answered';
    case 'suggest':
      return suggest(message, deps);
    case 'confirm':
      return confirmSuggestion(message, deps);
  }
  if (!APPLICATION_VERBS.has(verb)) {
    await tellUser(deps, userId, null, (context) => deps.renderer.help({ context }));
    return 'answered';
  }
  const question = { verb: VERB_WORDS[verb] ?? verb, example: withNumber(message.command, 1) };
  // A number the user typed names an entry of the list they were sent, wherever they sent it.
  if (message.number != null) {
    const pick = await pickFromChoice(deps, userId, message.number);
    if (pick.picked) return runApplicationCommand(message, pick.application.id, deps);
    await askWhich(deps, userId, { ...question, note: pick.why });
    return 'answered';
  }
  if (message.applicationId) return runApplicationCommand(message, message.applicationId, deps);
  // One open application: there is nothing to choose between.
  const open = choosable(await deps.store.listByUser(userId));
  if (open.length === 1 && open[0]) return runApplicationCommand(message, open[0].id, deps);
  await askWhich(deps, userId, question);
  return 'answered';
}

/** "Did you mean `stop`?": remembered until a `yes` (or another suggestion) replaces it. */
async function suggest(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId, applicationId } = message;
  const command = message.command.arg ?? '';
  const now = deps.clock.now();
  await changeProfile(deps.store, userId, now, () => ({
    suggestion: { command, applicationId, sentAt: now.toISOString() },
  }));
  const application = applicationId
    ? ((await deps.store.get(userId, applicationId)) ?? null)
    : null;
  await tellUser(deps, userId, application, (context) =>
    deps.renderer.suggestion({ command, application, context }),
  );
  return 'answered';
}

/** `yes`: the suggestion waiting for it is acted on, once; with none, the user is told so. */
async function confirmSuggestion(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { userId } = message;
  const now = deps.clock.now();
  const pending = (await deps.store.getProfile(userId))?.suggestion;
  if (pending) await changeProfile(deps.store, userId, now, () => ({ suggestion: null }));
  const fresh = pending && now.getTime() - Date.parse(pending.sentAt) <= SUGGESTION_VALID_MS;
  const [command, ...more] = fresh ? parseCommands(pending.command) : [];
  if (!pending || !command || command.verb === 'suggest' || command.verb === 'confirm') {
    await tellUser(deps, userId, null, (context) =>
      deps.renderer.suggestion({ command: null, application: null, context }),
    );
    return 'answered';
  }
  return runCommand(
    {
      ...message,
      applicationId: pending.applicationId ?? message.applicationId,
      command: { verb: command.verb, arg: command.arg },
      number: command.number ?? null,
      more: more.map((next) => ({ verb: next.verb, arg: next.arg })),
    },
    deps,
  );
}

/** Equal but for the bookkeeping every save moves. */
function sameState(a: Application, b: Application): boolean {
  const strip = ({ version: _v, updatedAt: _u, ...rest }: Application) => JSON.stringify(rest);
  return a === b || strip(a) === strip(b);
}

interface Decided {
  result: ChangeResult;
  /** What the confirmation says when it changed something, and when it did not. */
  done: string;
  already: string;
}

const CLOSED_NOTE =
  'This application is closed: nothing is planned for it. Forward a new confirmation to start again.';

/** The verbs that plan or hold drafts do nothing on a closed application. */
const NEEDS_OPEN = new Set([
  'pause',
  'resume',
  'snooze',
  'heard-back',
  'time',
  'interviewer',
  'remove-interviewer',
]);

function decide(application: Application, message: CommandMessage, ctx: PlanContext): Decided {
  const { command } = message;
  const now = ctx.now;
  const unchanged: ChangeResult = { application, schedules: { upsert: [], cancel: [] } };
  const keep = (text: string): Decided => ({ result: unchanged, done: text, already: text });
  if (application.status === 'CLOSED' && NEEDS_OPEN.has(command.verb)) return keep(CLOSED_NOTE);

  switch (command.verb) {
    case 'stop':
      return {
        result: changes.close(application, now),
        done: 'Closed. Nothing more will be sent for this application.',
        already: 'Already closed: nothing more will be sent for this application. Nothing changed.',
      };
    case 'pause':
      return {
        result: changes.pause(application, now),
        done: 'Paused. Nothing will be sent until you reply resume.',
        already: 'Already paused: nothing will be sent until you reply resume. Nothing changed.',
      };
    case 'resume':
      return {
        result: changes.resume(application, ctx),
        done: 'Resumed: the pending drafts are planned again.',
        already: 'Not paused: the drafts come as planned. Nothing changed.',
      };
    case 'snooze': {
      // "3d", "a week", "until Monday", "Dec 14": a span the planner reads, or a day named.
      const arg = withDigits((command.arg ?? '').replace(/^(?:until|till|to|on)\s+/i, ''));
      const day = namedDay(arg, now, ctx.userTimezone);
      const until = parseSnoozeUntil(arg, ctx) ?? (day ? parseSnoozeUntil(day, ctx) : null);
      if (!until) {
        return keep(
          `I could not read "${command.arg ?? ''}" as a duration or date. Try snooze 3d or snooze 2026-12-01.`,
        );
      }
      const when = formatLocal(until, ctx.userTimezone);
      return {
        result: changes.snooze(application, until, ctx),
        done: `Snoozed until ${when}.`,
        already: `Nothing was due before ${when}: nothing moved.`,
      };
    }
    case 'sent':
      return {
        result: changes.markSent(application, now, message.inReplyTo ?? null),
        done: 'Noted: you sent it.',
        already: 'Already noted: every draft I sent you is marked as sent. Nothing changed.',
      };
    case 'heard-back':
      return {
        result: changes.heardBack(application, now),
        done: 'Noted: they answered, so I cancelled the pending follow-ups. Forward me their reply and I will draft your answer.',
        already: 'Already noted: no follow-up was pending. Nothing changed.',
      };
    case 'notes':
    case 'update': {
      const text = (command.arg ?? '').replace(/\s+/g, ' ').trim();
      if (!text) {
        return keep(
          `Add the text after the colon, e.g. ${command.verb}: we discussed their Kafka migration`,
        );
      }
      const note = command.verb === 'update' ? `update: ${text}` : text;
      if (application.notes.includes(note)) return keep('Already noted. Nothing changed.');
      return {
        result: {
          // Bounded, oldest dropped first: the application is one item, and DynamoDB items stop
          // at 400 KB — a full item would refuse every later write, a stop included.
          application: revise(application, now, {
            notes: [...application.notes, note.slice(0, MAX_NOTE_LENGTH)].slice(-MAX_NOTES),
          }),
          schedules: { upsert: [], cancel: [] },
        },
        done:
          command.verb === 'notes'
            ? 'Noted for your next drafts.'
            : 'Your update will be in the follow-ups.',
        already: 'Already noted. Nothing changed.',
      };
    }
    case 'time': {
      const corrected = resolveCorrectedTime(command.arg ?? '', {
        reference: message.sentAt,
        defaultTimezone: ctx.userTimezone,
      });
      if (!corrected) {
        return keep(`I could not read "${command.arg ?? ''}" as a time. Try time: Tue 3pm ET`);
      }
      const current = changes.currentInterview(application);
      const when = formatLocal(corrected.start, corrected.timezone);
      return {
        result: changes.reschedule(
          application,
          {
            company: current?.company ?? null,
            role: current?.role ?? null,
            start: corrected.start,
            end: null,
            timezone: corrected.timezone,
            interviewers: [],
            format: null,
            decisionBy: null,
          },
          ctx,
        ),
        done: `Interview time set to ${when}; the drafts follow it.`,
        already: `The interview time was already ${when}. Nothing changed.`,
      };
    }
    case 'interviewer': {
      const person = parsePerson(command.arg ?? '');
      const current = changes.currentInterview(application);
      if (!person || !current) return keep('Write it as interviewer: Dana Lee <dana@acme.example>');
      return {
        result: changes.reschedule(
          application,
          {
            ...current,
            interviewers: [...current.interviewers.filter((p) => p.name !== person.name), person],
          },
          ctx,
        ),
        done: `Added ${person.name} as an interviewer.`,
        already: `${person.name} was already an interviewer. Nothing changed.`,
      };
    }
    case 'remove-interviewer':
      return removeInterviewer(application, command.arg, ctx);
    case 'company':
    case 'role':
      return rename(application, command.verb, command.arg, now);
    default:
      return keep('Nothing changed.');
  }
}

/** Names compare without case, accents' spacing or quotes: "dana  LEE" is Dana Lee. */
const nameKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Dana Lee, Sam Ortiz" (or "none"), for saying who remains. */
const namesOf = (people: readonly { name: string }[]) =>
  people.length > 0 ? people.map((person) => person.name).join(', ') : 'none';

/**
 * `remove interviewer: New York`: the interviewers named (by full name, address, or a first name
 * only one of them has) are dropped with their thank-you; the answer says who remains.
 */
function removeInterviewer(
  application: Application,
  arg: string | null,
  ctx: PlanContext,
): Decided {
  const unchanged: ChangeResult = { application, schedules: { upsert: [], cancel: [] } };
  const current = changes.currentInterview(application);
  const people = current?.interviewers ?? [];
  const keep = (text: string): Decided => ({ result: unchanged, done: text, already: text });
  const wanted = nameKey(parsePerson(arg ?? '')?.name ?? '');
  const email = parsePerson(arg ?? '')?.email ?? (/^\S+@\S+$/.test(wanted) ? wanted : null);
  if (!current || (!wanted && !email)) {
    return keep(`Write it as remove interviewer: Dana Lee. Interviewers now: ${namesOf(people)}.`);
  }
  const exact = people.filter(
    (person) =>
      nameKey(person.name) === wanted || (email !== null && person.email?.toLowerCase() === email),
  );
  const byFirstName = people.filter((person) => nameKey(person.name).split(' ')[0] === wanted);
  const removed = exact.length > 0 ? exact : byFirstName.length === 1 ? byFirstName : [];
  if (removed.length === 0) {
    return keep(
      `${arg ?? ''} is not one of the interviewers, so nothing changed. Interviewers now: ${namesOf(people)}.`,
    );
  }
  const remaining = people.filter((person) => !removed.includes(person));
  return {
    result: changes.setInterviewers(application, remaining, ctx),
    done: `Removed ${namesOf(removed)}. Interviewers now: ${namesOf(remaining)}.`,
    already: `Interviewers now: ${namesOf(remaining)}. Nothing changed.`,
  };
}

const RENAMED = {
  company: { label: 'company', example: 'company: Acme' },
  role: { label: 'role', example: 'role: Staff Engineer' },
} as const;

/** No company or role name is longer; a longer answer is a sentence, not a name. */
const MAX_NAME_CHARS = 120;

/** `company: Acme`, `role: Staff Engineer`: the application and its current interview take it. */
function rename(
  application: Application,
  field: 'company' | 'role',
  arg: string | null,
  now: Date,
): Decided {
  const { label, example } = RENAMED[field];
  const value = (arg ?? '').replace(/\s+/g, ' ').trim();
  const unchanged: ChangeResult = { application, schedules: { upsert: [], cancel: [] } };
  if (!value || value.length > MAX_NAME_CHARS) {
    const text = `Write the ${label} after the colon, e.g. ${example}`;
    return { result: unchanged, done: text, already: text };
  }
  const current = changes.currentInterview(application);
  const interviews = application.interviews.map((interview) =>
    interview.id === current?.id ? { ...interview, [field]: value } : interview,
  );
  const capital = `${label[0]?.toUpperCase()}${label.slice(1)}`;
  return {
    result: {
      application: revise(application, now, { [field]: value, interviews }),
      schedules: { upsert: [], cancel: [] },
    },
    done: `${capital} set to ${value}; your drafts will use it.`,
    already: `The ${label} was already ${value}. Nothing changed.`,
  };
}

async function runApplicationCommand(
  message: CommandMessage,
  applicationId: string,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { userId, command } = message;
  const now = deps.clock.now();
  const ctx = await planContextFor(deps, userId, now);
  const key = { userId, applicationId };

  if (command.verb === 'linkedin') {
    const application = await deps.store.get(userId, applicationId);
    const interview = application && changes.currentInterview(application);
    if (!application || !interview) return 'ignored';
    await tellUser(deps, userId, application, (context) =>
      deps.renderer.linkedin({
        application,
        interview,
        recipient: interview.interviewers[0] ?? null,
        context,
      }),
    );
    return 'answered';
  }

  const commands = [command, ...(message.more ?? [])];
  let said: string[] = [];
  let changed = false;
  const result = await changeApplication(deps, key, (application): ChangeResult => {
    said = [];
    const steps: ChangeResult[] = [];
    let current = application;
    for (const next of commands) {
      const decided = decide(current, { ...message, command: next }, ctx);
      const changedOne = !sameState(current, decided.result.application);
      said.push(changedOne ? decided.done : decided.already);
      if (!changedOne) continue;
      steps.push(decided.result);
      current = decided.result.application;
    }
    changed = steps.length > 0;
    if (!changed) return { application, schedules: { upsert: [], cancel: [] } };
    const next = asOneChange(application, steps);
    // While paused nothing is scheduled: a snooze or a new time moves drafts, not schedules.
    return next.application.status === 'PAUSED'
      ? { application: next.application, schedules: { upsert: [], cancel: next.schedules.cancel } }
      : next;
  });
  if (!result || said.length === 0) {
    deps.logger.warn('command for a missing application', { applicationId });
    return 'ignored';
  }
  // A draft already on its way lands before the confirmation, never after it.
  const application = await afterSendsInFlight(deps, result.application);
  const { planChanged } = result;
  if (command.verb === 'stop' && changed) {
    await tellUser(deps, userId, application, (context) =>
      deps.renderer.stopConfirmation({ application, context }),
    );
    return 'application-closed';
  }
  // Several corrections at once: what did not change is said, without "Nothing changed." after it.
  const summary =
    changed && said.length > 1
      ? said.map((text) => text.replace(/\s*Nothing changed\.$/, '')).join(' ')
      : said.join(' ');
  await tellUser(deps, userId, application, (context) =>
    deps.renderer.commandConfirmation({ application, summary, planChanged, context }),
  );
  return changed ? 'application-changed' : 'unchanged';
}

/**
 * Changes made one after the other as one save: the version moves once, and the schedules are
 * those of the end state (a milestone moved twice is upserted once, at its last time).
 */
function asOneChange(base: Application, steps: ChangeResult[]): ChangeResult {
  const last = steps.at(-1);
  if (!last) return { application: base, schedules: { upsert: [], cancel: [] } };
  if (steps.length === 1) return last;
  const pending = new Map(
    last.application.milestones.filter((m) => m.state === 'PENDING').map((m) => [m.id, m]),
  );
  const upserted = new Set(steps.flatMap((step) => step.schedules.upsert.map((m) => m.id)));
  const cancelled = new Map(steps.flatMap((step) => step.schedules.cancel.map((m) => [m.id, m])));
  return {
    application: { ...last.application, version: base.version + 1 },
    schedules: {
      upsert: [...pending.values()].filter((m) => upserted.has(m.id)),
      cancel: [...cancelled.values()].filter((m) => !pending.has(m.id)),
    },
  };
}

/** Corrections that fill in a forward followup could not read (`company: Acme`, `time: …`). */
export const COMPLETING_VERBS: ReadonlySet<string> = new Set([
  'time',
  'company',
  'role',
  'interviewer',
  'remove-interviewer',
]);

/**
 * A reading with the user's corrections laid over it, as the same corrections change an
 * application; one that cannot be read (`time: sometime`) leaves its field as it was.
 */
export function correctedReading(
  reading: InterviewReading,
  corrections: ReadonlyArray<{ verb: string; arg: string | null }>,
  when: { sentAt: Date; timezone: string },
): InterviewReading {
  let next = { ...reading, interviewers: [...reading.interviewers] };
  for (const { verb, arg } of corrections) {
    const value = (arg ?? '').replace(/\s+/g, ' ').trim();
    if (verb === 'time') {
      const corrected = resolveCorrectedTime(value, {
        reference: when.sentAt,
        defaultTimezone: when.timezone,
      });
      if (corrected) next = { ...next, ...corrected, end: null };
    } else if ((verb === 'company' || verb === 'role') && value && value.length <= MAX_NAME_CHARS) {
      next = { ...next, [verb]: value };
    } else if (verb === 'interviewer') {
      const person = parsePerson(value);
      if (person)
        next.interviewers = [...next.interviewers.filter((p) => p.name !== person.name), person];
    } else if (verb === 'remove-interviewer') {
      const wanted = nameKey(parsePerson(value)?.name ?? '');
      next.interviewers = next.interviewers.filter((p) => nameKey(p.name) !== wanted);
    }
  }
  return next;
}

/** `Dana Lee <dana@acme.example>` or `Dana Lee`. */
function parsePerson(text: string): { name: string; email: string | null } | null {
  const match = /^\s*([^<>]*?)\s*(?:<\s*([^<>\s]+@[^<>\s]+)\s*>)?\s*$/.exec(text);
  const name = match?.[1]?.replace(/["']/g, '').trim();
  if (!name) return null;
  return { name, email: match?.[2]?.toLowerCase() ?? null };
}

/** Confirms a setting; `replanned` applications are listed with their new dates and `.ics`. */
async function confirmSetting(
  deps: ChangeDeps,
  userId: string,
  summary: string,
  replanned: Application[] = [],
) {
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.commandConfirmation({
      application: null,
      summary,
      planChanged: replanned.length > 0,
      replanned,
      context,
    }),
  );
  return 'answered' as const;
}

/** New settings move every application's pending drafts to fit them; returns those that moved. */
async function refreshAll(deps: ChangeDeps, userId: string): Promise<Application[]> {
  const ctx = await planContextFor(deps, userId, deps.clock.now());
  const moved: Application[] = [];
  for (const application of await deps.store.listByUser(userId)) {
    const result = await changeApplication(
      deps,
      { userId, applicationId: application.id },
      (current) => changes.refresh(current, ctx),
    );
    if (result?.planChanged) moved.push(result.application);
  }
  return moved;
}

function readSetting(text: string) {
  try {
    return { setting: parseSettingCommand(text), problem: null };
  } catch (error) {
    if (!(error instanceof InvalidSettingError)) throw error;
    return { setting: null, problem: error.message };
  }
}

async function setTimezone(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId } = message;
  const arg = message.command.arg ?? '';
  const { setting } = readSetting(`set timezone ${arg}`);
  if (setting?.kind !== 'timezone') {
    return confirmSetting(
      deps,
      userId,
      `"${arg}" is not a time zone I know. Try set timezone Europe/Berlin`,
    );
  }
  return applyProfileSetting(deps, userId, {
    isCurrent: (profile) => profile?.timezone === setting.zone,
    patch: { timezone: setting.zone },
    already: `Your time zone was already ${setting.zone}. Nothing changed.`,
    done: `Your time zone is now ${setting.zone}; pending drafts moved to fit it.`,
  });
}

async function setHours(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId } = message;
  const arg = message.command.arg ?? '';
  const { setting, problem } = readSetting(`set hours ${arg}`);
  if (setting?.kind !== 'hours') {
    return confirmSetting(
      deps,
      userId,
      `${problem ?? `"${arg}" is not a range of hours`}. Try set hours 8-19`,
    );
  }
  const hours = { start: setting.start, end: setting.end };
  return applyProfileSetting(deps, userId, {
    isCurrent: (profile) =>
      profile?.wakingHours?.start === hours.start && profile.wakingHours.end === hours.end,
    patch: { wakingHours: hours },
    already: `Your drafts already arrive between ${hours.start} and ${hours.end}. Nothing changed.`,
    done: `Drafts now arrive between ${hours.start} and ${hours.end} your time; pending ones moved to fit.`,
  });
}

/** `set country US-NY`: whose public holidays count; pending follow-ups move off them. */
async function setCountry(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId } = message;
  const arg = message.command.arg ?? '';
  const { setting, problem } = readSetting(`set country ${arg}`);
  if (setting?.kind !== 'country') {
    return confirmSetting(
      deps,
      userId,
      problem ?? `"${arg}" is not a country code. Try set country US-NY`,
    );
  }
  return applyProfileSetting(deps, userId, {
    isCurrent: (profile) => profile?.country === setting.country,
    patch: { country: setting.country },
    already: `Follow-ups already keep off the public holidays of ${setting.country}. Nothing changed.`,
    done: `Follow-ups now keep off the public holidays of ${setting.country}; pending ones moved to fit.`,
  });
}

/**
 * Saves one profile setting unless it already holds, then re-plans the user's pending drafts to
 * fit it; the answer says which.
 */
async function applyProfileSetting(
  deps: ChangeDeps,
  userId: string,
  change: {
    isCurrent: (profile: UserProfile | null | undefined) => boolean;
    patch: Partial<UserProfile>;
    already: string;
    done: string;
  },
): Promise<CommandOutcome> {
  const profile = await deps.store.getProfile(userId);
  if (change.isCurrent(profile)) return confirmSetting(deps, userId, change.already);
  await changeProfile(deps.store, userId, deps.clock.now(), () => change.patch);
  const moved = await refreshAll(deps, userId);
  return confirmSetting(deps, userId, change.done, moved);
}

async function sendStatus(userId: string, deps: ChangeDeps): Promise<CommandOutcome> {
  const applications = (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
  await tellUser(deps, userId, null, (context) => deps.renderer.status({ applications, context }));
  return 'answered';
}
