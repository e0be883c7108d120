// Domain types shared by every use-case: what an application, an interview and a milestone are.
// Pure data, no I/O; the store persists an Application as one item.

export type MilestoneKind = 'thank-you' | 'follow-up-1' | 'follow-up-2' | 'close-out';
export type MilestoneState = 'PENDING' | 'SENT' | 'CANCELLED' | 'SKIPPED';
export type ApplicationStatus = 'OPEN' | 'PAUSED' | 'CLOSED';
export type InterviewFormat = 'video' | 'phone' | 'onsite';

export interface Person {
  name: string;
  email: string | null;
}

/**
 * How the candidate takes part in what is covered: shows their own work (`present`), hears the
 * interviewer's (`hear`), talks it through together (`talk`, `discuss`), does a task (`exercise`,
 * `pair`), or a schedule's named session (`session`).
 */
export type TopicKind = 'present' | 'hear' | 'talk' | 'discuss' | 'exercise' | 'pair' | 'session';

/** Something the confirmation says the interview covers, from the candidate's side. */
export interface Topic {
  kind: TopicKind;
  /** "the pipeline I built", "the SQL exercise", "system design". */
  what: string;
  /** The interviewers whose part it is; empty: the whole interview. */
  by: string[];
}

export interface Interview {
  id: string;
  company: string | null;
  role: string | null;
  /** ISO-8601 with offset; null until the user tells us (`time: Tue 3pm ET`). */
  start: string | null;
  end: string | null;
  /** IANA zone the interview was announced in. */
  timezone: string;
  interviewers: Person[];
  format: InterviewFormat | null;
  /** YYYY-MM-DD, the employer's stated decision date. */
  decisionBy: string | null;
  /** The recruiter or coordinator who wrote the confirmation: follow-ups go to them. */
  contact?: Person | null;
  /** What the confirmation says the interview covers; absent when it says nothing. */
  topics?: Topic[];
}

export interface Milestone {
  /** Unique within the application, stable: it names the schedule. */
  id: string;
  kind: MilestoneKind;
  interviewId: string;
  interviewer: Person | null;
  /** ISO-8601 with the user's offset. */
  due: string;
  /** IANA zone the due time is expressed in (the user's). */
  timezone: string;
  /** Thank-you only: when the note should be sent by (ISO-8601 with the user's offset). */
  sendBy?: string | null;
  state: MilestoneState;
  /** When followup mailed the draft to the user. */
  sentAt?: string;
  /** When the user told us (`sent`) that they sent it on. */
  userSentAt?: string;
  /**
   * The draft as mailed to the user: the Message-IDs of that mail (a `sent` replying to it names
   * this draft) and the recipient and subject it was drafted with (a sent copy is matched on them).
   */
  draft?: DraftSent;
  /**
   * The user's own sent mail of this draft, as its Bcc copy came back: its Message-ID (the
   * employer's answer names it in In-Reply-To) and subject.
   */
  sentCopy?: { messageId: string; subject: string };
  /**
   * Set with SENT while the draft is being mailed, cleared once SES has it: a stop or pause waits
   * for it so its confirmation never arrives before a draft that was already on its way.
   */
  sending?: boolean;
  /**
   * Set with `sending`: the firing that claimed it, so a firing whose claim was stored while its
   * answer was lost (and a concurrent write landed before the SDK's retry) knows the claim is its
   * own, rather than take it for another's and send nothing.
   */
  claimId?: string;
  /**
   * Set while `sending`, just before the draft is handed to the mail service: a claim abandoned
   * without it (its function died first) certainly sent nothing, and is sent again.
   */
  handedAt?: string;
  /**
   * Its draft was handed to the mail service and the answer lost, so it may or may not have gone
   * out: it is never sent again (one milestone, at most one draft), and the user is told so,
   * `told` once that notice is out.
   */
  unconfirmed?: {
    told: boolean;
    /**
     * When a firing took the notice to mail it: the notice's own claim, as `sending` is the
     * draft's. Another firing meanwhile or after sends none; only a refusal releases it.
     */
    telling?: string;
    /** How many times the mail service refused the notice (NOTICE_REFUSALS_BOUND ends it). */
    refused?: number;
    /** The notice's Message-IDs: a reply to it (`resend`, `sent`) names this draft. */
    noticeIds?: string[];
    /**
     * A copy the user asked for (`resend`), owed until a firing mails it: claimed and settled as
     * any draft (`sending`, `sentAt` then the copy's), the doubt gone once it is out.
     * `mailedAt` is when the draft in doubt was mailed, kept should the copy's claim be given back;
     * `refused` counts the mail service's refusals of it (NOTICE_REFUSALS_BOUND ends it);
     * `held`: asked for before a `pause`, it waits for `resume` (see `copyHeld`). `writtenAt`:
     * when the user wrote the `resend` (see `writtenAt`), weighed against `pausedWrittenAt`.
     */
    resend?: {
      askedAt: string;
      mailedAt: string;
      refused?: number;
      held?: true;
      writtenAt?: string;
    };
  };
  /**
   * How many copies of its draft the user asked for (`resend`), each mailed at most once: kept once
   * they are out, so what was mailed can be checked against what was asked (the soak does).
   */
  copiesAsked?: number;
  /**
   * When its time or zone last changed, or it became PENDING again; absent: unchanged since the
   * application was created. A schedule written before it may still fire at the older time.
   */
  timedAt?: string;
}

/** What a draft mail carried, remembered on its milestone. */
export interface DraftSent {
  /** Its mails' Message-IDs (and those of any notice that it may not have arrived). */
  mailIds: string[];
  /** The draft's recipient address, lower-cased; null when it was unknown. */
  to: string | null;
  subject: string;
  /** The latest of the user's `notes:` it was drafted with: a later one re-drafts it, unsent. */
  note?: string | null;
}

/** What a command mail was answered: mailed again to a redelivery of it. */
export type CommandAnswer =
  | { render: 'stopConfirmation' }
  | { render: 'commandConfirmation'; summary: string; planChanged: boolean };

/** A command mail acted on: by its messageKey, fixed length whatever the sender's Message-ID. */
export interface CommandDone {
  key: string;
  answer: CommandAnswer;
  /** Its answer went out (the mail service took it): a redelivery of the mail sends none. */
  answered?: true;
}

export interface Application {
  userId: string;
  id: string;
  status: ApplicationStatus;
  company: string | null;
  role: string | null;
  /** IANA zone of the user, used for every milestone of this application. */
  timezone: string;
  interviews: Interview[];
  milestones: Milestone[];
  /** Message-IDs of mail in this application's thread (confirmation, our own mails). */
  threadMessageIds: string[];
  notes: string[];
  /**
   * When the user wrote each note (see `writtenAt`), aligned with the end of `notes` (notes kept
   * before these were recorded have none): `notes` stays in the order written, so a note handled
   * after a later one (its first delivery failed) does not become the latest.
   */
  notesWrittenAt?: string[];
  /**
   * The user's command mails acted on for this application, newest last (a few, see
   * MAX_COMMANDS_DONE): a redelivery of one (SES delivers at least once, and marking it done may
   * have failed) acts no more, so an earlier mail never undoes or overrules a later one; it is
   * answered with what the mail was answered then (that answer may never have gone out).
   */
  commandsDone?: CommandDone[];
  /**
   * When the confirmation's acknowledgment was mailed: a redelivery of the confirmation (its first
   * handling never marked done) mails no second one. Absent on applications older than it.
   */
  acknowledgedAt?: string;
  /**
   * While paused: when the user wrote the latest `pause` that paused it (see `writtenAt`), so a
   * copy is held by the order in which the user wrote their requests, not the order in which they
   * were handled (a first delivery that failed comes again later; mail from two devices crosses).
   */
  pausedWrittenAt?: string;
  /** Once resumed, while open: when the user wrote that `resume`, for the same reason. */
  resumedWrittenAt?: string;
  /** How the user signs drafts (the forwarding mail's From display name); null when unknown. */
  userName?: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  /** Epoch seconds; set once closed so the item expires. */
  expiresAt?: number;
  /** Optimistic-concurrency guard: every save increments it. */
  version: number;
}

/**
 * The weekly digest's reserved application id (its schedules, its stop address): never an
 * application's id (those are 10 base32 characters), so nothing can collide with it.
 */
export const DIGEST_APPLICATION_ID = 'digest';

/** What a Scheduler entry carries to the milestone handler. */
export interface MilestoneRef {
  userId: string;
  applicationId: string;
  milestoneId: string;
}

/** A forward followup could not read, kept for the corrections the user may answer with. */
export interface UnreadableForward {
  /** Where its raw MIME is kept. */
  sesMessageId: string;
  /** Its Message-ID (or `ses:<id>`): the application it opens is named after it. */
  messageId: string;
  /** Message-IDs of the "I could not read this" mail: a reply to it names this forward. */
  replyIds: string[];
  sentAt: string;
}

export interface FilteredUnmatched {
  count: number;
  domains: string[];
}

/**
 * A user an admin allowed with `allow ADDRESS`, besides the addresses configured at deploy time;
 * `revoke ADDRESS` removes the entry.
 */
export interface AllowedUser {
  /** Lower-cased. */
  address: string;
  /** The admin who allowed them. */
  allowedBy: string;
  /** ISO-8601. */
  allowedAt: string;
  /** The welcome mail went out (a redelivered `allow` sends it only if it did not). */
  welcomed: boolean;
}

/** Per-user settings set by reply (`set timezone Europe/Berlin`, `set hours 8-19`, `set country GB`). */
export interface UserProfile {
  userId: string;
  timezone: string | null;
  wakingHours: { start: string; end: string } | null;
  /** Whose public holidays are no working days (`set country US-NY`); absent: from the zone. */
  country?: string | null;
  /** How dates and times are written (`set locale en-GB`); absent: from the zone. */
  locale?: string | null;
  updatedAt: string;
  /** The numbered list last sent to pick from (`stop 2`), and a forwarded reply awaiting the pick. */
  choice?: { applicationIds: string[]; sentAt: string; pendingReply?: string | null };
  /**
   * The setting mails that changed a setting, newest last (see MAX_COMMANDS_DONE): a redelivery
   * of one changes it no more, so an earlier mail never overrules a later one (as commandsDone).
   */
  settingsDone?: CommandDone[];
  /** A `forget` waiting for its confirmation reply. */
  forget?: { nonce: string; expiresAt: string } | null;
  /**
   * A reply that only looked like a command (`stpo`): the command it looked like, as the user
   * would write it, waiting for a `yes`. Cleared once the `yes` that confirmed it has run the
   * command, so no text (a suggested `notes: …`) outlives its application on the profile.
   */
  suggestion?: {
    command: string;
    applicationId: string | null;
    sentAt: string;
    /**
     * The `yes` that confirmed it (its messageKey), while its command may not have run: its
     * redelivery confirms it again, no other.
     */
    usedBy?: string;
  } | null;
  /**
   * The `yes` mails handled, newest last (see MAX_COMMANDS_DONE), and whether each confirmed a
   * suggestion: a redelivery of one never answers a question asked after it.
   */
  yesDone?: { key: string; confirmed: boolean }[];
  /**
   * Forwards answered with "I could not read this", newest last: a correction replying to that
   * answer completes the forward. `replyIds` are the Message-IDs of the answer.
   */
  unreadable?: UnreadableForward[] | null;
  /**
   * Mail the user's filter forwarded that matched no application, since the last digest: how
   * many, and from which domains (a few), for one line in the next digest.
   */
  filteredUnmatched?: FilteredUnmatched | null;
  /** The weekly status digest, when asked for: the id and due time of its next schedule. */
  digest?: { next: string; due: string } | null;
  /**
   * Epoch seconds (DynamoDB's TTL): set when an admin revokes the user, so their settings go with
   * their closed applications; cleared when they are allowed again. Absent: kept.
   */
  expiresAt?: number | null;
  /** Optimistic-concurrency guard, as on applications; absent before the first save. */
  version?: number;
}
