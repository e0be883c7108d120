// Inbound use-case -> what a reading may put in the store and the Scheduler: dates within the
// planning range, free text of bounded length. Mail past these bounds would fail on every retry
// (the Scheduler refuses year 9999, DynamoDB refuses items over 400 KB), so it is bounded once,
// here, before anything is stored; a date out of range reads as a time not given.
import type { Person, Topic } from './model.ts';
import type { CommandReading, InterviewReading, Reading } from './reading.ts';

/** Interviews are planned from a year back (late forwards) to two years ahead. */
export const PLANNING_YEARS_BACK = 1;
export const PLANNING_YEARS_AHEAD = 2;
/** Longest stored name, company, role or subject: longer is no real one. */
export const MAX_FIELD_CHARS = 200;
/** Longest stored command argument (a note the user typed). */
export const MAX_ARGUMENT_CHARS = 2_000;
const MAX_PEOPLE = 20;
const MAX_TOPICS = 6;

/** Whether an ISO date-time falls within the planning range around `now`. */
export function withinPlanningRange(iso: string, now: Date): boolean {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return false;
  const year = now.getUTCFullYear();
  const from = Date.UTC(year - PLANNING_YEARS_BACK, 0, 1);
  const until = Date.UTC(year + PLANNING_YEARS_AHEAD + 1, 0, 1);
  return at >= from && at < until;
}

function clip<T extends string | null | undefined>(text: T, max = MAX_FIELD_CHARS): T {
  return (typeof text === 'string' && text.length > max ? text.slice(0, max).trimEnd() : text) as T;
}

const inRange = (iso: string | null | undefined, now: Date) =>
  iso && withinPlanningRange(iso, now) ? iso : null;

function boundedPerson(person: Person): Person {
  return { name: clip(person.name), email: clip(person.email, 320) };
}

function boundedTopic(topic: Topic): Topic {
  return {
    ...topic,
    what: clip(topic.what),
    by: topic.by.slice(0, MAX_PEOPLE).map((n) => clip(n)),
  };
}

function boundedInterview(interview: InterviewReading, now: Date): InterviewReading {
  const start = inRange(interview.start, now);
  return {
    ...interview,
    company: clip(interview.company),
    role: clip(interview.role),
    start,
    end: start ? inRange(interview.end, now) : null,
    decisionBy: inRange(interview.decisionBy, now),
    interviewers: interview.interviewers.slice(0, MAX_PEOPLE).map(boundedPerson),
    ...(interview.topics
      ? { topics: interview.topics.slice(0, MAX_TOPICS).map(boundedTopic) }
      : {}),
  };
}

function boundedCommand(command: CommandReading): CommandReading {
  return { ...command, arg: clip(command.arg, MAX_ARGUMENT_CHARS) };
}

/** The reading with its dates in range (else unknown) and its free text clipped. */
export function boundedReading(reading: Reading, now: Date): Reading {
  const bounded: Reading = { ...reading };
  if (reading.interview) {
    bounded.interview = boundedInterview(reading.interview, now);
    if (reading.interview.start && !bounded.interview.start) {
      const missing = reading.missing ?? [];
      bounded.missing = missing.includes('interview time')
        ? missing
        : [...missing, 'interview time'];
    }
  }
  if (reading.reply) {
    bounded.reply = {
      ...reading.reply,
      ...(reading.reply.newDate !== undefined
        ? { newDate: inRange(reading.reply.newDate, now) }
        : {}),
      ...(reading.reply.returnDate !== undefined
        ? { returnDate: inRange(reading.reply.returnDate, now) }
        : {}),
    };
  }
  if (reading.command) bounded.command = boundedCommand(reading.command);
  if (reading.commands) bounded.commands = reading.commands.map(boundedCommand);
  if (reading.original) {
    const { from, subject } = reading.original;
    bounded.original = {
      ...reading.original,
      from: from ? { name: clip(from.name), email: clip(from.email, 320) } : null,
      subject: clip(subject, 300),
    };
  }
  return bounded;
}
