// `followup plan`: the timeline the system would set for a message, without storing anything.
import { interviewFromReading } from '../functions/core/application.ts';
import {
  defaultPolicy,
  formatLocal,
  type Policy,
  planMilestones,
} from '../functions/core/planning/index.ts';
import { holidaysFor } from '../functions/core/planning/load-holidays.ts';
import type { Reading } from '../functions/core/reading.ts';
import { understandMessage } from '../functions/core/understand/index.ts';

export interface TimelineEntry {
  milestone: string;
  due: string;
  interviewer: string | null;
  sendBy: string | null;
  /** Public holidays the date was moved past. */
  movedFor: string[];
  timezone: string;
}

export interface Timeline {
  reading: Reading;
  milestones: TimelineEntry[];
  /** Why there is no timeline, when there is none. */
  problem: string | null;
}

export async function planTimeline(
  raw: Uint8Array,
  options: { userTimezone: string; now: Date; policy?: Policy },
): Promise<Timeline> {
  const { reading } = await understandMessage(raw, { defaultTimezone: options.userTimezone });
  if (!reading.interview) {
    return {
      reading,
      milestones: [],
      problem: `this reads as "${reading.kind}", not an interview`,
    };
  }
  if (!reading.interview.start) {
    return { reading, milestones: [], problem: 'the interview time could not be read' };
  }
  const interview = interviewFromReading('i1', reading.interview, options.userTimezone);
  const policy = options.policy ?? defaultPolicy;
  const planned = planMilestones({
    interview,
    policy,
    holidays: await holidaysFor(policy.country, options.userTimezone),
    userTimezone: options.userTimezone,
    now: options.now,
  });
  return {
    reading,
    problem: null,
    milestones: planned.map((m) => ({
      milestone: m.kind,
      due: m.due,
      interviewer: m.interviewer?.name ?? null,
      sendBy: m.sendBy,
      movedFor: m.movedFor,
      timezone: options.userTimezone,
    })),
  };
}

export function timelineTable(timeline: Timeline): string {
  if (timeline.problem) return `No timeline: ${timeline.problem}.`;
  const interview = timeline.reading.interview;
  const heading = [
    `${interview?.company ?? '(company?)'} — ${interview?.role ?? '(role?)'}`,
    interview?.start && interview.timezone
      ? `interview ${formatLocal(interview.start, interview.timezone)}`
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const rows = timeline.milestones.map((m) => [
    m.milestone,
    formatLocal(m.due, m.timezone),
    m.interviewer ?? '',
    m.sendBy
      ? `send by ${formatLocal(m.sendBy, m.timezone)}`
      : m.movedFor.length > 0
        ? `moved past ${m.movedFor.join(', ')}`
        : '',
  ]);
  const header = ['MILESTONE', 'DUE', 'INTERVIEWER', 'NOTE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const lines = [header, ...rows].map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [heading, '', ...lines].join('\n');
}
