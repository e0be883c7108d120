// Use-cases -> commands on one application, decided: pure functions from the application, the
// commands of one reply and the planning context to its next state and the answer. A command that
// changes nothing (the same `pause` twice) says so; several corrections are one change and one
// answer. The effect runner (effects.ts) saves, schedules and mails what these decide.
import {
  copyHeld,
  doneBefore,
  pausedSince,
  resumedSince,
  revise,
  withAnswerSent,
  withCommandDone,
  writtenAt,
} from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import * as changes from '../changes.ts';
import { NEEDS_OPEN } from '../command-table.ts';
import type { Application, CommandAnswer, Interview, Person } from '../model.ts';
import { formatLocal, type PlanContext, parseSnoozeUntil } from '../planning/index.ts';
import type { InterviewReading } from '../reading.ts';
import type { RepliedTo } from '../sent-drafts.ts';
import { resolveCorrectedTime } from '../understand/index.ts';
import { namedDay, withDigits } from '../understand/named-day.ts';
import { planChanged } from './change-application.ts';
import { CLOSED_NOTE, either, SAID, type Said, summaryOf } from './command-wording.ts';
import type { ApplicationMail, Decision } from './effects.ts';
import { thankYousToRedraft } from './redraft-decisions.ts';
import { decideResend, draftAndWhen } from './resend-decisions.ts';

/** A command as the use-cases see it: its verb and what followed it. */
export interface CommandWords {
  verb: string;
  arg: string | null;
}

export type CommandOutcome =
  | 'answered'
  | 'application-changed'
  | 'application-closed'
  | 'unchanged'
  | 'ignored';

/** Notes kept per application, and characters per note (drafts use the latest ones). */
const MAX_NOTES = 20;
const MAX_NOTE_LENGTH = 1_000;
/** No company or role name is longer; a longer answer is a sentence, not a name. */
const MAX_NAME_CHARS = 120;

interface Decided extends Said {
  result: ChangeResult;
  /**
   * The result only remembers when the user wrote (a later `pause` while paused, a `resume`
   * while open): kept, saved with the command's record, but no change to tell or report.
   */
  onlyRemembers?: true;
}

/** Equal but for the bookkeeping every save moves. */
function sameState(a: Application, b: Application): boolean {
  const strip = ({ version: _v, updatedAt: _u, ...rest }: Application) => JSON.stringify(rest);
  return a === b || strip(a) === strip(b);
}

/**
 * The commands of one reply (`company: Acme`, then `role: Staff Engineer`), each on what the one
 * before made of the application: its next state, and the one answer that says what each did.
 * `sentAt` is when the user wrote, for relative corrections ("time: tomorrow 3pm"); `repliedTo`
 * the mail it answers, whose draft `sent` marks. `messageId`, the reply's own, is remembered
 * with the change (even none): its redelivery acts no more (see Application.commandsDone).
 * `receivedAt`, when SES received it, bounds how far back its Date is believed (see `writtenAt`).
 */
export function decideCommands(
  application: Application,
  commands: readonly CommandWords[],
  ctx: PlanContext,
  sentAt: Date,
  repliedTo: RepliedTo | null = null,
  messageId: string | null = null,
  receivedAt: Date = ctx.now,
): Decision<CommandOutcome> {
  const before = doneBefore(application.commandsDone, messageId);
  // Once its answer is out, the application records it: a redelivery then sends none.
  const onceMailed = messageId
    ? (current: Application) => {
        const commandsDone = withAnswerSent(current.commandsDone, messageId);
        return commandsDone ? { commandsDone } : {};
      }
    : undefined;
  if (before) {
    // Acted on before: deciding again on what later mail made of it would undo or overrule that.
    // Its answer is said again unless it went out: a send that failed, or whose record did not
    // land (a second answer rather than none).
    return {
      change: changes.unchanged(application),
      mail: before.answered ? null : again(before.answer),
      ...(onceMailed && { onceMailed }),
      outcome: 'unchanged',
    };
  }
  const said: string[] = [];
  const steps: ChangeResult[] = [];
  let changed = false;
  let current = application;
  for (const command of commands) {
    const decided = decideCommand(current, command, ctx, sentAt, repliedTo, receivedAt);
    const moved = !sameState(current, decided.result.application);
    const changedOne = moved && !decided.onlyRemembers;
    said.push(changedOne ? decided.done : decided.already);
    if (!moved) continue;
    changed ||= changedOne;
    steps.push(decided.result);
    current = decided.result.application;
  }
  const answer: CommandAnswer =
    commands[0]?.verb === 'stop' && changed
      ? { render: 'stopConfirmation' }
      : {
          render: 'commandConfirmation',
          summary: summaryOf(said, changed),
          planChanged: planChanged(application, current),
        };
  const recorded = messageId
    ? [
        ...steps,
        {
          application: revise(current, ctx.now, {
            commandsDone: withCommandDone(current.commandsDone, messageId, answer),
          }),
        },
      ]
    : steps;
  const outcome = !changed
    ? 'unchanged'
    : answer.render === 'stopConfirmation'
      ? 'application-closed'
      : 'application-changed';
  return {
    change: changes.asOneSave(application, recorded),
    mail: answer,
    ...(onceMailed && { onceMailed }),
    outcome,
  };
}

/** The answer to a command mail acted on before, for a redelivery of it. */
function again(answer: CommandAnswer): ApplicationMail {
  return answer.render === 'commandConfirmation'
    ? { ...answer, summary: SAID.actedOnBefore(answer.summary) }
    : answer;
}

/** `linkedin`: the short thank-you for the current interview's first interviewer. */
export function decideLinkedin(application: Application): ApplicationMail | null {
  const interview = changes.currentInterview(application);
  if (!interview) return null;
  return { render: 'linkedin', interview, recipient: interview.interviewers[0] ?? null };
}

/** The verbs whose decision below may move a milestone, and so reads the user's holidays. */
const PLANNING_VERBS: ReadonlySet<string> = new Set([
  'resume',
  'snooze',
  'time',
  'interviewer',
  'remove-interviewer',
]);

/**
 * Whether deciding these commands may plan: the edge then loads the user's holidays first
 * (`planContextFor`); `stop`, `notes` or `sent` alone load none.
 */
export function commandsPlan(commands: readonly CommandWords[]): boolean {
  return commands.some((command) => PLANNING_VERBS.has(command.verb));
}

/** Copies asked for that a pause holds (see `copyHeld`). */
const heldCopies = (application: Application) =>
  application.milestones.filter((m) => copyHeld(application, m)).length;

/** One command on the application as it is. */
export function decideCommand(
  application: Application,
  command: CommandWords,
  ctx: PlanContext,
  sentAt: Date,
  repliedTo: RepliedTo | null = null,
  receivedAt: Date = ctx.now,
): Decided {
  const now = ctx.now;
  // When the user wrote this mail: pause, resume and resend go by it (see `writtenAt`).
  const written = writtenAt(sentAt, receivedAt);
  const keep = (text: string): Decided => ({
    result: changes.unchanged(application),
    ...either(text),
  });
  if (application.status === 'CLOSED' && NEEDS_OPEN.has(command.verb)) return keep(CLOSED_NOTE);

  switch (command.verb) {
    case 'stop':
      return { result: changes.close(application, now), ...SAID.stop };
    case 'pause': {
      if (resumedSince(application, written)) return keep(SAID.pauseOverruled);
      const result = changes.pause(application, now, written);
      const said = SAID.pause(changes.copiesGoingWhilePaused(result.application));
      // Paused already, a later pause that holds no copy more is only remembered (pausedSince).
      const already =
        application.status === 'PAUSED' &&
        heldCopies(result.application) === heldCopies(application);
      return already
        ? { result, ...either(said.already), onlyRemembers: true }
        : { result, ...said };
    }
    case 'resume': {
      if (pausedSince(application, written)) return keep(SAID.resumeOverruled);
      return {
        result: changes.resume(application, ctx, written),
        ...SAID.resume(heldCopies(application)),
        // Open already, a resume is only remembered (resumedSince).
        ...(application.status === 'OPEN' && { onlyRemembers: true as const }),
      };
    }
    case 'snooze': {
      // "3d", "a week", "until Monday", "Dec 14": a span the planner reads, or a day named.
      const arg = withDigits((command.arg ?? '').replace(/^(?:until|till|to|on)\s+/i, ''));
      const day = namedDay(arg, now, ctx.userTimezone);
      const until = parseSnoozeUntil(arg, ctx) ?? (day ? parseSnoozeUntil(day, ctx) : null);
      if (!until) return keep(SAID.snoozeUnread(command.arg ?? ''));
      return {
        result: changes.snooze(application, until, ctx),
        ...SAID.snoozed(formatLocal(until, ctx.userTimezone)),
      };
    }
    case 'sent':
      return { result: changes.markSent(application, now, repliedTo), ...SAID.sent };
    case 'heard-back':
      return { result: changes.heardBack(application, now), ...SAID.heardBack };
    case 'resend':
      return resend(application, repliedTo, now, written);
    case 'notes':
    case 'update':
      return addNote(application, command.verb, command.arg, now, written);
    case 'time': {
      const corrected = resolveCorrectedTime(command.arg ?? '', {
        reference: sentAt,
        defaultTimezone: ctx.userTimezone,
      });
      if (!corrected) return keep(SAID.timeUnread(command.arg ?? ''));
      const current = changes.currentInterview(application);
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
        ...SAID.timeSet(formatLocal(corrected.start, corrected.timezone)),
      };
    }
    case 'interviewer': {
      const person = parsePerson(command.arg ?? '');
      const current = changes.currentInterview(application);
      if (!person || !current) return keep(SAID.interviewerForm);
      return {
        result: changes.reschedule(application, withInterviewer(current, person), ctx),
        ...SAID.interviewerAdded(person.name),
      };
    }
    case 'remove-interviewer':
      return removeInterviewer(application, command.arg, ctx);
    case 'company':
    case 'role':
      return rename(application, command.verb, command.arg, now);
    default:
      return keep(SAID.nothing);
  }
}

/**
 * `notes: …`, `update: …`: kept for the drafts in the order the user wrote them (`written`),
 * bounded, oldest dropped first.
 */
function addNote(
  application: Application,
  verb: 'notes' | 'update',
  arg: string | null,
  now: Date,
  written: Date,
): Decided {
  const text = (arg ?? '').replace(/\s+/g, ' ').trim();
  const keep = (said: string): Decided => ({
    result: changes.unchanged(application),
    ...either(said),
  });
  if (!text) return keep(SAID.noteNeedsText(verb));
  const note = verb === 'update' ? `update: ${text}` : text;
  if (application.notes.includes(note)) return keep(SAID.alreadyNoted);
  // The application is one item, and DynamoDB items stop at 400 KB: a full item would refuse
  // every later write, a stop included.
  const { notes } = application;
  const known = application.notesWrittenAt ?? [];
  const times = notes.map((_, i) => known[i - (notes.length - known.length)] ?? '');
  // After every note written before it; one without a time was kept before times were.
  let at = notes.length;
  while (at > 0 && Date.parse(times[at - 1] ?? '') > written.getTime()) at--;
  const insert = <T>(list: readonly T[], item: T) =>
    [...list.slice(0, at), item, ...list.slice(at)].slice(-MAX_NOTES);
  const noted = revise(application, now, {
    notes: insert(notes, note.slice(0, MAX_NOTE_LENGTH)),
    notesWrittenAt: insert(times, written.toISOString()),
  });
  return {
    result: changes.unchanged(noted),
    ...SAID.noted(verb, verb === 'notes' ? thankYousToRedraft(noted).length : 0),
  };
}

/**
 * `resend`: a copy of the draft in doubt the reply means, owed now (the save schedules its firing
 * at once); or why there is none.
 */
function resend(
  application: Application,
  repliedTo: RepliedTo | null,
  now: Date,
  written: Date,
): Decided {
  const choice = decideResend(application, repliedTo, now, written);
  if (choice.kind === 'nothing-mailed') {
    return { result: changes.unchanged(application), ...either(SAID.nothingMailed) };
  }
  const { draft, mailedAt } = draftAndWhen(application, choice.milestone);
  switch (choice.kind) {
    case 'copy':
      return {
        result: changes.unchanged(choice.application),
        ...(copyHeld(choice.application, choice.milestone)
          ? either(SAID.resendAfterResume(draft, mailedAt))
          : SAID.resend(draft, mailedAt)),
      };
    case 'on-its-way':
      return { result: changes.unchanged(application), ...SAID.resend(draft, mailedAt) };
    case 'nothing-in-doubt':
      return {
        result: changes.unchanged(application),
        ...either(SAID.nothingToResend(draft, mailedAt, choice.named)),
      };
  }
}

const withInterviewer = <T extends { interviewers: Person[] }>(
  reading: T,
  person: { name: string; email: string | null },
): T => ({
  ...reading,
  interviewers: [...reading.interviewers.filter((p) => p.name !== person.name), person],
});

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
  const current: Interview | undefined = changes.currentInterview(application);
  const people = current?.interviewers ?? [];
  const keep = (text: string): Decided => ({
    result: changes.unchanged(application),
    ...either(text),
  });
  const wanted = nameKey(parsePerson(arg ?? '')?.name ?? '');
  const email = parsePerson(arg ?? '')?.email ?? (/^\S+@\S+$/.test(wanted) ? wanted : null);
  if (!current || (!wanted && !email)) return keep(SAID.removeForm(namesOf(people)));
  const exact = people.filter(
    (person) =>
      nameKey(person.name) === wanted || (email !== null && person.email?.toLowerCase() === email),
  );
  const byFirstName = people.filter((person) => nameKey(person.name).split(' ')[0] === wanted);
  const removed = exact.length > 0 ? exact : byFirstName.length === 1 ? byFirstName : [];
  if (removed.length === 0) return keep(SAID.notAnInterviewer(arg ?? '', namesOf(people)));
  const remaining = people.filter((person) => !removed.includes(person));
  return {
    result: changes.setInterviewers(application, remaining, ctx),
    ...SAID.removed(namesOf(removed), namesOf(remaining)),
  };
}

const RENAMED = {
  company: { label: 'company', example: 'company: Acme' },
  role: { label: 'role', example: 'role: Staff Engineer' },
} as const;

/** `company: Acme`, `role: Staff Engineer`: the application and its current interview take it. */
function rename(
  application: Application,
  field: 'company' | 'role',
  arg: string | null,
  now: Date,
): Decided {
  const { label, example } = RENAMED[field];
  const value = (arg ?? '').replace(/\s+/g, ' ').trim();
  if (!value || value.length > MAX_NAME_CHARS) {
    return { result: changes.unchanged(application), ...either(SAID.nameForm(label, example)) };
  }
  const current = changes.currentInterview(application);
  const interviews = application.interviews.map((interview) =>
    interview.id === current?.id ? { ...interview, [field]: value } : interview,
  );
  return {
    result: changes.unchanged(revise(application, now, { [field]: value, interviews })),
    ...SAID.renamed(label, value),
  };
}

/**
 * A reading with the user's corrections laid over it, as the same corrections change an
 * application; one that cannot be read (`time: sometime`) leaves its field as it was.
 */
export function correctedReading(
  reading: InterviewReading,
  corrections: readonly CommandWords[],
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
      if (person) next = withInterviewer(next, person);
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
