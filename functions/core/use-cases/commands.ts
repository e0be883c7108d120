// Commands replied to followup mail: each acts on the application its reply address names (or the
// one the user picked by number from a list sent to them, or, for status/help/settings/forget, on
// the user) and answers with a short confirmation of the new state. A command that changes
// nothing (the same `pause` sent twice) says so instead of acting twice. Corrections answered one
// per line (`company: Acme`, then `role: Staff Engineer`) are one change and one confirmation.
import { revise } from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import * as changes from '../changes.ts';
import type { Application } from '../model.ts';
import {
  formatLocal,
  InvalidSettingError,
  type PlanContext,
  parseSettingCommand,
  parseSnoozeUntil,
} from '../planning/index.ts';
import { APPLICATION_VERBS, resolveCorrectedTime } from '../understand/index.ts';
import { type ChangeDeps, changeApplication, planContextFor } from './change-application.ts';
import { askWhich, pickFromChoice } from './choices.ts';
import { setDigest } from './digest.ts';
import { requestForget } from './forget.ts';
import { afterSendsInFlight } from './in-flight.ts';
import { changeProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

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
};

/** Verbs written with a colon before their argument (`notes 2: …`, `company 1: Acme`). */
const COLON_VERBS = new Set(['notes', 'update', 'time', 'interviewer', 'company', 'role']);

/** The user's own command with a list number in it: what to answer "which application?" with. */
function withNumber(command: CommandMessage['command'], number: number): string {
  const verb = VERB_WORDS[command.verb] ?? command.verb;
  // A long note is not repeated back; the user knows what they wrote.
  const arg = command.arg && command.arg.length <= 80 ? command.arg : null;
  if (!arg) return `${verb} ${number}`;
  return COLON_VERBS.has(command.verb) ? `${verb} ${number}: ${arg}` : `${verb} ${number} ${arg}`;
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
    case 'digest':
      await setDigest(deps, userId, message.command.arg !== 'off');
      return 'answered';
    case 'forget':
      await requestForget(deps, userId);
      return 'answered';
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
  await askWhich(deps, userId, question);
  return 'answered';
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
const NEEDS_OPEN = new Set(['pause', 'resume', 'snooze', 'heard-back', 'time', 'interviewer']);

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
      const until = parseSnoozeUntil(command.arg ?? '', ctx);
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
        result: changes.markSent(application, now),
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
    case 'company':
    case 'role':
      return rename(application, command.verb, command.arg, now);
    default:
      return keep('Nothing changed.');
  }
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
  const profile = await deps.store.getProfile(userId);
  if (profile?.timezone === setting.zone) {
    return confirmSetting(
      deps,
      userId,
      `Your time zone was already ${setting.zone}. Nothing changed.`,
    );
  }
  await changeProfile(deps.store, userId, deps.clock.now(), () => ({ timezone: setting.zone }));
  const moved = await refreshAll(deps, userId);
  return confirmSetting(
    deps,
    userId,
    `Your time zone is now ${setting.zone}; pending drafts moved to fit it.`,
    moved,
  );
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
  const profile = await deps.store.getProfile(userId);
  if (profile?.wakingHours?.start === hours.start && profile.wakingHours.end === hours.end) {
    return confirmSetting(
      deps,
      userId,
      `Your drafts already arrive between ${hours.start} and ${hours.end}. Nothing changed.`,
    );
  }
  await changeProfile(deps.store, userId, deps.clock.now(), () => ({ wakingHours: hours }));
  const moved = await refreshAll(deps, userId);
  return confirmSetting(
    deps,
    userId,
    `Drafts now arrive between ${hours.start} and ${hours.end} your time; pending ones moved to fit.`,
    moved,
  );
}

async function sendStatus(userId: string, deps: ChangeDeps): Promise<CommandOutcome> {
  const applications = (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
  await tellUser(deps, userId, null, (context) => deps.renderer.status({ applications, context }));
  return 'answered';
}
