// What the reader understood of one inbound message; the JSON `followup parse` prints.
import type { InterviewFormat, Person, Topic } from './model.ts';

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

/**
 * The kind of evidence a field was read from, most reliable first: a calendar file or schema.org
 * markup, an ATS/scheduler layout, a labelled line ("When: …"), the user's own note above a
 * forward, running prose, a signature, the subject line, the sender's domain, or the user's own
 * settings (a zone nobody wrote).
 */
export type FieldSource =
  | 'calendar'
  | 'markup'
  | 'layout'
  | 'label'
  | 'user-note'
  | 'prose'
  | 'signature'
  | 'venue'
  | 'subject'
  | 'domain'
  /** An older message of the thread, quoted under the one forwarded. */
  | 'thread'
  | 'user-settings';

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
  /** What the mail says the interview covers; absent when it says nothing specific. */
  topics?: Topic[];
}

/** A command in the user's own words: `stop`, `stop 2`, a bare `2`, `company: Acme`. */
export interface CommandReading {
  verb: string;
  arg: string | null;
  /**
   * The entry of the numbered list the user was last sent (`stop 2`, `notes 1: …`); with the
   * verb `pick`, a bare number answering "which application is this reply about?". Absent when
   * no number was written.
   */
  number?: number;
  /** Only looked like this command (`stpo`, "please stop sending these"): asked about first. */
  unsure?: true;
}

/** The employer's message a reading's facts come from: the innermost original of a forward. */
export interface OriginalReading {
  from: { name: string | null; email: string } | null;
  /** Without Re:/Fwd: prefixes; null when it has none. */
  subject: string | null;
  /**
   * Message-ID, In-Reply-To and References of the original, without <>, when its own headers
   * came along (an attached message/rfc822, or mail a filter forwarded as it was); empty for an
   * inline forward, which shows none.
   */
  messageIds: string[];
  /**
   * Stable for one original however often it is forwarded: its Message-ID when known, else its
   * sender, subject and text. Lets a use-case tell a second forward of the same reply.
   */
  fingerprint: string;
}

export interface Reading {
  kind: ReadingKind;
  interview?: InterviewReading;
  reply?: { class: ReplyClass; newDate?: string | null; returnDate?: string | null };
  command?: CommandReading;
  /**
   * A reply of several corrections, one per line (`company: Acme`, then `role: Staff
   * Engineer`): all of them, `command` first. Absent when the reply holds one command.
   */
  commands?: CommandReading[];
  /**
   * Who wrote what the facts were read from, for matching a reply to its application: on every
   * reading but a command (and but mail that could not be parsed at all).
   */
  original?: OriginalReading;
  /** Per-field confidence in [0, 1]; fields below the threshold are null. */
  confidence?: Record<string, number>;
  /** Where each stated field was read from, so the acknowledgment can say so. */
  sources?: Partial<Record<keyof InterviewReading, FieldSource>>;
  /** The words a field was inferred from, where it was not stated outright ("Vancouver, BC"). */
  evidence?: Partial<Record<keyof InterviewReading, string>>;
  /** What a witness said against a stated field, as written: the user's note's "8:30pm my time". */
  disputed?: Partial<Record<keyof InterviewReading, string>>;
  /** Human-readable names of what could not be read (asked for in the acknowledgment). */
  missing?: string[];
}

/** An interview nothing is known of yet: a next round before its time is given. */
export function emptyInterviewReading(): InterviewReading {
  return {
    company: null,
    role: null,
    start: null,
    end: null,
    timezone: null,
    interviewers: [],
    format: null,
    decisionBy: null,
  };
}
