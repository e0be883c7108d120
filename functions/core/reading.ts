// What the reader understood of one inbound message; the JSON `followup parse` prints.
import type { InterviewFormat, Person } from './model.ts';

export type ReadingKind =
  | 'interview'
  | 'reschedule'
  | 'cancellation'
  | 'employer-reply'
  | 'command'
  | 'unknown';

export type ReplyClass =
  | 'rejection'
  | 'advance'
  | 'offer'
  | 'neutral'
  | 'out-of-office'
  | 'auto-ack';

export interface InterviewReading {
  company: string | null;
  role: string | null;
  /** ISO-8601 with offset, or null when unsure. */
  start: string | null;
  end: string | null;
  timezone: string | null;
  interviewers: Person[];
  format: InterviewFormat | null;
  decisionBy: string | null;
}

export interface Reading {
  kind: ReadingKind;
  interview?: InterviewReading;
  reply?: { class: ReplyClass; newDate?: string | null; returnDate?: string | null };
  command?: { verb: string; arg: string | null };
  /** Per-field confidence in [0, 1]; fields below the threshold are null. */
  confidence?: Record<string, number>;
  /** Human-readable names of what could not be read (asked for in the acknowledgment). */
  missing?: string[];
}
