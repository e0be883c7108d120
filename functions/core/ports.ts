// The small interfaces use-cases depend on; adapters implement them, one per AWS service.
import type { AllowedUser, Application, MilestoneRef, UserProfile } from './model.ts';

export interface Clock {
  now(): Date;
}

export interface ApplicationStore {
  get(userId: string, applicationId: string): Promise<Application | undefined>;
  listByUser(userId: string): Promise<Application[]>;
  /** Writes a new application; fails if one with the same key exists. */
  create(application: Application): Promise<void>;
  /**
   * Writes `application` if the stored version is still `application.version - 1`;
   * throws ConcurrentUpdateError otherwise.
   */
  save(application: Application): Promise<void>;
  getProfile(userId: string): Promise<UserProfile | undefined>;
  /**
   * Writes the profile if the stored one is still at `profile.version - 1` (absent for version
   * 1); throws ConcurrentUpdateError otherwise.
   */
  saveProfile(profile: UserProfile): Promise<void>;
  /**
   * Deletes every item of the user (applications, profile, raw-mail records); returns how many
   * applications went.
   */
  deleteUser(userId: string): Promise<number>;
  /** The user an admin allowed at this address (any case), if any. */
  getAllowedUser(address: string): Promise<AllowedUser | undefined>;
  /** Writes the entry (again): allowing twice is one entry. */
  putAllowedUser(user: AllowedUser): Promise<void>;
  /** Removes the entry; a missing one is success. */
  deleteAllowedUser(address: string): Promise<void>;
  /** Every user admins allowed, in address order (one Query on the roster's key, no scan). */
  listAllowedUsers(): Promise<AllowedUser[]>;
  /**
   * Remembers that the raw-mail object `key` holds a message of the user, until `expiresAt` (when
   * the bucket's lifecycle has deleted it anyway); `forget` deletes what is remembered.
   */
  recordRawMail(userId: string, key: string, expiresAt: Date): Promise<void>;
  /** The raw-mail keys recorded for the user, in key order. */
  rawMailOf(userId: string): Promise<string[]>;
  /** Records a one-shot claim (digest firings); false when it was already recorded. */
  claimMessage(messageId: string, expiresAt: Date): Promise<boolean>;
  /**
   * Takes a lease on an inbound Message-ID for one delivery's handling: 'claimed' when it is new,
   * or when an earlier attempt's lease ran out (that attempt crashed); 'done' when a delivery
   * completed it; 'in-progress' while another attempt holds an unexpired lease.
   */
  leaseMessage(messageId: string, lease: MessageLease): Promise<MessageClaim>;
  /** Marks a leased Message-ID handled, remembered until `expiresAt`. */
  completeMessage(messageId: string, expiresAt: Date): Promise<void>;
  /** Forgets a claimed or leased Message-ID so a failed attempt can be retried. */
  releaseMessage(messageId: string): Promise<void>;
  /**
   * Records the application the command mail `messageId` acts on (null: none, the user was asked
   * which) unless a delivery of it recorded one first, until `expiresAt`; gives the one recorded
   * first. A release of the message keeps it: the retry acts where the first attempt did.
   */
  routeMessage(
    messageId: string,
    applicationId: string | null,
    expiresAt: Date,
  ): Promise<string | null>;
}

export type MessageClaim = 'claimed' | 'done' | 'in-progress';

export interface MessageLease {
  /** The clock's now: a lease that ended before it may be taken over. */
  now: Date;
  /** End of the lease: longer than one attempt can run. */
  leaseUntil: Date;
  /** When the record may go (DynamoDB TTL), should the attempt never complete nor release. */
  expiresAt: Date;
}

export interface ScheduledMilestone {
  ref: MilestoneRef;
  /** ISO-8601 with offset. */
  due: string;
  /** IANA zone the schedule fires in. */
  timezone: string;
}

/** A schedule as ListSchedules shows it: no target, no time. */
export interface ListedSchedule {
  name: string;
  /** When it was last created or moved (ISO-8601), on the clock the store's `updatedAt` is on. */
  modifiedAt: string;
}

export interface MilestoneScheduler {
  /** Creates or moves the one-time schedule of a milestone (idempotent). */
  upsert(milestone: ScheduledMilestone): Promise<void>;
  /** Deletes the schedule of a milestone; a missing schedule is success. */
  cancel(ref: MilestoneRef): Promise<void>;
  /** The name a milestone's schedule has in the group (a schedule's only key). */
  nameOf(ref: Pick<MilestoneRef, 'applicationId' | 'milestoneId'>): string;
  /**
   * Every schedule of the group, milestones' or not, a page at a time in name order: names and
   * when each was written only, one request per page (ListSchedules reads no definition).
   */
  listNames(): AsyncIterable<ListedSchedule[]>;
  /**
   * The milestone a schedule fires and when (one GetSchedule); undefined when it is gone or
   * fires something else (which is left alone).
   */
  describe(name: string): Promise<ScheduledMilestone | undefined>;
}

export interface OutgoingMail {
  from: string;
  to: string;
  /** The whole RFC 5322 message, as composed by core/mime. */
  raw: Uint8Array;
}

export interface Mailer {
  /**
   * Sends the mail; `messageId` is the Message-ID its recipient sees, which a reply's
   * In-Reply-To names (the service may have given the mail its own, beside the composed one).
   * Rejects with MailOutcomeUnknownError when the mail may have gone out all the same (its answer
   * was lost); any other rejection means it did not, and sending again is safe.
   */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** A Message-ID the service gives the mails it sends, so a reply to one is a reply to us. */
  isOwnMessageId(messageId: string): boolean;
  /**
   * One form for each mail the service names in several ways (a recipient may see one of ours
   * under another domain than `send` returned); any other Message-ID as given. Takes and gives
   * Message-IDs without brackets, lower-cased.
   */
  canonicalMessageId(messageId: string): string;
}

/** Inbound Message-IDs are remembered this long: longer than SES could ever redeliver. */
export const MESSAGE_ID_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The largest inbound message read (SES would take 40 MB): no confirmation comes near it. */
export const MAX_INBOUND_BYTES = 10 * 1024 * 1024;

export type RawMail = { kind: 'mail'; raw: Uint8Array } | { kind: 'too-large'; bytes: number };

export interface RawMailStore {
  /** The stored message, or only its size when it is over `maxBytes` (never read whole). */
  get(key: string, maxBytes: number): Promise<RawMail>;
  /** Deletes the stored message; a missing one is success. */
  delete(key: string): Promise<void>;
}

/** A template file as a source holds it: its text, why it cannot be used, or absent. */
export type TemplateFile = string | { problem: string } | undefined;

/**
 * Where handlebars templates come from: the built-in set, or the user's overrides (a folder, an S3
 * prefix). Paths are relative and use `/`, e.g. `drafts/thank-you.hbs`; the renderer validates
 * every text it gets.
 */
export interface TemplateSource {
  /** Names the source in messages. */
  readonly where: string;
  /** Every `.hbs` file the source holds, sorted; none when the source does not exist. */
  list(): Promise<string[]>;
  read(file: string): Promise<TemplateFile>;
}
