// Domain rules for an application's life: open it from a reading, claim a milestone for sending,
// close it. Pure functions returning the next version; the use-cases persist them.
import { createHash } from 'node:crypto';
import { messageKey } from './message-key.ts';
import type {
  Application,
  CommandAnswer,
  CommandDone,
  DraftSent,
  Interview,
  Milestone,
  Person,
  UserProfile,
} from './model.ts';
import type { Holidays } from './planning/holidays.ts';
import { planMilestones } from './planning/plan.ts';
import type { Policy } from './planning/policy.ts';
import { toMilestoneRecords } from './planning/replan.ts';
import type { InterviewReading } from './reading.ts';

/** The user's zone: their `set timezone`, else the deployment's. */
export function userZone(profile: UserProfile | null | undefined, defaultZone: string): string {
  return profile?.timezone ?? defaultZone;
}

/** How long a closed application is kept before DynamoDB's TTL removes it. */
export const CLOSED_RETENTION_DAYS = 30;
/** How long raw mail is kept in S3 after it arrived (the bucket's lifecycle rule deletes it). */
export const RAW_MAIL_RETENTION_DAYS = 30;
/**
 * How long an open (or paused) application is kept after its last milestone's due time, or its
 * last change when that is later: one opened from mail that never planned anything goes too.
 */
const OPEN_RETENTION_DAYS = 180;

const DAY_SECONDS = 24 * 60 * 60;

const seconds = (iso: string | undefined) => Math.floor(Date.parse(iso ?? '') / 1000) || 0;

/** When what closed at `closedAt` expires (epoch seconds): a closed application, a revoked user. */
export function closedExpiry(closedAt: string): number {
  return seconds(closedAt) + CLOSED_RETENTION_DAYS * DAY_SECONDS;
}

/** When the application expires (epoch seconds, DynamoDB's TTL): every one does. */
export function expiryOf(application: Application): number {
  if (application.status === 'CLOSED') {
    return closedExpiry(application.closedAt ?? application.updatedAt);
  }
  const lastDue = Math.max(0, ...application.milestones.map((m) => seconds(m.due)));
  return Math.max(lastDue, seconds(application.updatedAt)) + OPEN_RETENTION_DAYS * DAY_SECONDS;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Bytes -> lower-case base32 letters: ids that survive mail systems folding case. */
export function base32Of(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += BASE32[(bytes[i] ?? 0) % 32];
  return text;
}

/**
 * Derived from the user and the confirmation's Message-ID, so a redelivered or retried
 * confirmation finds the application it already created instead of opening a second one.
 */
export function applicationIdFor(userId: string, messageId: string): string {
  const digest = createHash('sha256').update(`${userId.toLowerCase()}\n${messageId}`).digest();
  return base32Of(digest, 10);
}

export function interviewFromReading(
  id: string,
  reading: InterviewReading,
  zone: string,
): Interview {
  return {
    id,
    company: reading.company,
    role: reading.role,
    start: reading.start,
    end: reading.end,
    timezone: reading.timezone ?? zone,
    interviewers: reading.interviewers,
    format: reading.format,
    decisionBy: reading.decisionBy,
    ...(reading.topics?.length ? { topics: reading.topics } : {}),
  };
}

/** The PENDING milestones of an interview whose time is known; none while it is not. */
export function milestonesFor(
  interview: Interview,
  { policy, holidays }: { policy: Policy; holidays: Holidays },
  userTimezone: string,
  now: Date,
): Milestone[] {
  if (!interview.start) return [];
  return toMilestoneRecords(
    planMilestones({ interview, policy, holidays, userTimezone, now }),
    interview.id,
    userTimezone,
  );
}

export function openApplication(input: {
  id: string;
  userId: string;
  reading: InterviewReading;
  userTimezone: string;
  policy: Policy;
  /** The user's country's holiday table (`holidaysFor`). */
  holidays: Holidays;
  now: Date;
  threadMessageIds: string[];
  /** The display name the user forwards from, to sign their drafts with. */
  userName?: string | null;
  /** Who wrote the confirmation (see `contactOf`). */
  contact?: Person | null;
}): Application {
  const interview = {
    ...interviewFromReading('i1', input.reading, input.userTimezone),
    contact: input.contact ?? null,
  };
  const at = input.now.toISOString();
  const application: Application = {
    userId: input.userId,
    id: input.id,
    status: 'OPEN',
    company: interview.company,
    role: interview.role,
    timezone: input.userTimezone,
    interviews: [interview],
    milestones: milestonesFor(interview, input, input.userTimezone, input.now),
    threadMessageIds: input.threadMessageIds,
    notes: [],
    userName: input.userName?.trim() || null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  return { ...application, expiresAt: expiryOf(application) };
}

export const pendingMilestones = (application: Application): Milestone[] =>
  application.milestones.filter((milestone) => milestone.state === 'PENDING');

/** The PENDING milestones (those `which` accepts), soonest first. */
export function pendingByDue(
  application: Application,
  which: (milestone: Milestone) => boolean = () => true,
): Milestone[] {
  return pendingMilestones(application)
    .filter(which)
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

/** The next PENDING milestone (of those `which` accepts), if any. */
export function nextPending(
  application: Application,
  which?: (milestone: Milestone) => boolean,
): Milestone | undefined {
  return pendingByDue(application, which)[0];
}

/**
 * What a save records without changing the application for the user: a mail acted on or answered,
 * when a `pause` or `resume` that changed nothing was written. A save of these alone (and of
 * values as they were) keeps the expiry.
 */
const BOOKKEEPING: ReadonlySet<string> = new Set([
  'commandsDone',
  'threadMessageIds',
  'pausedWrittenAt',
  'resumedWrittenAt',
]);

/**
 * The next version of an application: every save goes through here so `version` moves, and its
 * expiry follows what it became (a no-op keeps it: see BOOKKEEPING).
 */
export function revise(application: Application, now: Date, change: Partial<Application>) {
  const milestones =
    change.milestones && stampRetimed(application.milestones, change.milestones, now);
  const next = {
    ...application,
    ...change,
    ...(milestones ? { milestones } : {}),
    updatedAt: now.toISOString(),
    version: application.version + 1,
  };
  const kept =
    application.expiresAt !== undefined &&
    Object.entries(change).every(
      ([key, value]) =>
        BOOKKEEPING.has(key) ||
        JSON.stringify(value) === JSON.stringify(application[key as keyof Application]),
    );
  return { ...next, expiresAt: kept ? application.expiresAt : expiryOf(next) };
}

/** `timedAt` on each milestone whose schedule must now fire at another time (see Milestone). */
function stampRetimed(before: Milestone[], after: Milestone[], now: Date): Milestone[] {
  return after.map((milestone) => {
    const was = before.find((m) => m.id === milestone.id);
    const retimed =
      was !== undefined &&
      (was.due !== milestone.due ||
        was.timezone !== milestone.timezone ||
        (was.state !== 'PENDING' && milestone.state === 'PENDING'));
    return retimed ? { ...milestone, timedAt: now.toISOString() } : milestone;
  });
}

export type MilestoneClaim =
  | {
      claimed: true;
      application: Application;
      milestone: Milestone;
    }
  | {
      claimed: false;
      reason: 'unknown-milestone' | 'not-pending' | 'application-not-open' | 'not-due';
    };

/** Milestones that fire this far ahead of their due time were moved since: their schedule is stale. */
export const EARLY_FIRING_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * A claim older than this is a milestone function that died mid-send (it outlasts the function's
 * timeout, infra's FUNCTION_TIMEOUT_SECONDS, as a test checks): it is no longer waited for, and
 * the next firing of the milestone finds its draft unconfirmed (it may be out) and tells the user.
 */
export const SEND_LEASE_MS = 35_000;

/**
 * Claimed, never marked out, and its lease is over: the attempt that claimed it died. Marked
 * handed (`handedAt`), it died before or after SES took its draft: the claim was the outbox
 * record, and it is never sent again; not marked, it died before the send, and is sent again.
 */
export function abandonedSend(milestone: Milestone, now: Date): boolean {
  return (
    milestone.state === 'SENT' &&
    milestone.sending === true &&
    now.getTime() - Date.parse(milestone.sentAt ?? '') >= SEND_LEASE_MS
  );
}

/**
 * Our claim, marked handed to the mail service (`handedAt`), written just before the send:
 * undefined when the claim is no longer ours (then nothing may be sent).
 */
export function markHanded(application: Application, claimed: Milestone, now: Date) {
  if (!ownClaim(application, claimed)) return undefined;
  return revise(application, now, {
    milestones: application.milestones.map((m) =>
      m.id === claimed.id ? { ...m, handedAt: now.toISOString() } : m,
    ),
  });
}

/**
 * PENDING -> SENT for one milestone, only if the application is open and it is due. The claimed
 * milestone is marked `sending` until the mail is out (finishSending), so that a stop arriving
 * meanwhile can wait for it before it confirms.
 */
export function claimMilestone(
  application: Application,
  milestoneId: string,
  now: Date,
  claimId?: string,
): MilestoneClaim {
  const milestone = application.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) return { claimed: false, reason: 'unknown-milestone' };
  if (milestone.state !== 'PENDING') return { claimed: false, reason: 'not-pending' };
  if (application.status !== 'OPEN') return { claimed: false, reason: 'application-not-open' };
  if (Date.parse(milestone.due) - now.getTime() > EARLY_FIRING_TOLERANCE_MS) {
    return { claimed: false, reason: 'not-due' };
  }
  const sent: Milestone = { ...withClaimMarks(milestone, now, claimId), state: 'SENT' };
  const closesApplication = milestone.kind === 'close-out';
  const next = revise(application, now, {
    milestones: application.milestones.map((m) => (m.id === milestoneId ? sent : m)),
    ...(closesApplication ? closedFields(now) : {}),
  });
  return { claimed: true, application: next, milestone: sent };
}

/**
 * A copy the user asked for (`resend`) and no firing has yet claimed: due at once, whatever the
 * application's state (the user asked for it, on a closed application too: its close-out), unless
 * a pause holds it (see `copyDue`).
 */
export const owesCopy = (milestone: Milestone | undefined): boolean =>
  milestone?.state === 'SENT' && copyAsked(milestone) && !milestone.sending;

/** A copy was asked for (`resend`): owed, or on its way. */
export const copyAsked = (milestone: Milestone): boolean =>
  milestone.unconfirmed?.resend !== undefined;

/**
 * A copy asked for before the application was paused: it waits with the paused application and
 * comes after `resume` (the user paused after asking). One asked while paused is not held, nor
 * one asked again: the user asked after pausing. "Before" is the order in which the user wrote
 * the two mails (`writtenAt`). Cancelled by `stop` and `sent` as any owed copy.
 */
export const copyHeld = (application: Application, milestone: Milestone): boolean =>
  application.status === 'PAUSED' && milestone.unconfirmed?.resend?.held === true;

/**
 * The user resumed in mail written after `written`: a pause written before that resume, handled
 * after it (a first delivery that failed, mail from two devices crossing), is overruled by it.
 */
export const resumedSince = (application: Application, written: Date): boolean =>
  application.status === 'OPEN' &&
  written.getTime() < Date.parse(application.resumedWrittenAt ?? '');

/** The user paused in mail written after `written`: a resume written before it is overruled. */
export const pausedSince = (application: Application, written: Date): boolean =>
  application.status === 'PAUSED' &&
  written.getTime() < Date.parse(application.pausedWrittenAt ?? '');

/**
 * How long before its receipt a command mail's Date is believed. More than mail from two devices
 * takes to cross; less than would leave a device whose clock is hours behind unable to overrule a
 * request sent from another for long: at worst, this long.
 */
export const WRITTEN_AT_WINDOW_MS = 15 * 60 * 1000;

/**
 * When the user wrote a command mail: its Date, within WRITTEN_AT_WINDOW_MS before `receivedAt`
 * and no later than it (a client's clock ahead cannot place it after mail received later). The
 * receipt time is SES's (`mail.timestamp`), which every retry of the inbound event carries alike,
 * however late it is handled (throttled events wait in Lambda's queue for hours): so is this,
 * while the order of handling is not (a first delivery that failed is handled after later mail).
 * With no Date, it is the receipt time.
 */
export function writtenAt(sentAt: Date, receivedAt: Date): Date {
  const at = sentAt.getTime();
  if (!Number.isFinite(at) || at >= receivedAt.getTime()) return receivedAt;
  return new Date(Math.max(at, receivedAt.getTime() - WRITTEN_AT_WINDOW_MS));
}

/**
 * The copy `milestone` owes was asked for in a mail written at or before `at`. Mails written in
 * the same second (a Date's precision) are taken in the order they were handled: the later one
 * handled counts as the later request.
 */
function copyWrittenBy(milestone: Milestone, at: Date): boolean {
  const copy = milestone.unconfirmed?.resend;
  return !!copy && Date.parse(copy.writtenAt ?? copy.askedAt) <= at.getTime();
}

/**
 * Copies asked for (owed, or on its way should it be given back) held by a pause written at
 * `pausedBy`: those asked in mail written before it (held already ones stay held); null: every
 * one let go (`resume`).
 */
export function holdCopies(milestones: Milestone[], pausedBy: Date | null): Milestone[] {
  return milestones.map((m) => {
    if (!m.unconfirmed?.resend) return m;
    if (pausedBy && (m.unconfirmed.resend.held || !copyWrittenBy(m, pausedBy))) return m;
    const { held: _held, ...copy } = m.unconfirmed.resend;
    const resend = pausedBy ? { ...copy, held: true as const } : copy;
    return { ...m, unconfirmed: { ...m.unconfirmed, resend } };
  });
}

/** A copy owed and not held by a pause: its milestone fires now. */
export const copyDue = (application: Application, milestone: Milestone | undefined): boolean =>
  milestone !== undefined && owesCopy(milestone) && !copyHeld(application, milestone);

/** Newest mailed first: the order in which "the latest draft" is meant. */
export const latestMailedFirst = (a: Milestone, b: Milestone): number =>
  Date.parse(b.sentAt ?? '') - Date.parse(a.sentAt ?? '');

/**
 * The copy `milestoneId` owes, claimed as a draft is (marked `sending`, `sentAt` the claim's): the
 * milestone stays SENT and the application as it is.
 */
function claimCopy(
  application: Application,
  milestoneId: string,
  now: Date,
  claimId?: string,
): MilestoneClaim {
  const milestone = application.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) return { claimed: false, reason: 'unknown-milestone' };
  if (!owesCopy(milestone)) return { claimed: false, reason: 'not-pending' };
  if (copyHeld(application, milestone)) return { claimed: false, reason: 'application-not-open' };
  const claimed = withClaimMarks(milestone, now, claimId);
  return {
    claimed: true,
    application: revise(application, now, {
      milestones: application.milestones.map((m) => (m.id === milestoneId ? claimed : m)),
    }),
    milestone: claimed,
  };
}

/** The draft a firing of `milestoneId` mails: the copy it owes, else its PENDING draft. */
export function claimDraft(
  application: Application,
  milestoneId: string,
  now: Date,
  claimId?: string,
): MilestoneClaim {
  const milestone = application.milestones.find((candidate) => candidate.id === milestoneId);
  return owesCopy(milestone)
    ? claimCopy(application, milestoneId, now, claimId)
    : claimMilestone(application, milestoneId, now, claimId);
}

/** A milestone claimed by a firing: in flight (`sending`), stamped with the claim's time and id. */
function withClaimMarks(milestone: Milestone, now: Date, claimId?: string): Milestone {
  return {
    ...milestone,
    sentAt: now.toISOString(),
    sending: true,
    ...(claimId ? { claimId } : {}),
  };
}

/** A milestone no longer in flight: without its claim's marks. */
function withoutClaimMarks(milestone: Milestone): Milestone {
  const { sending: _sending, handedAt: _handedAt, claimId: _claimId, ...settled } = milestone;
  return settled;
}

/** Our own claim, still in flight: matched by the `sentAt` (and `claimId`) it was stamped with. */
function ownClaim(application: Application, claimed: Milestone) {
  const current = application.milestones.find((m) => m.id === claimed.id);
  return (
    current?.state === 'SENT' &&
    current.sending &&
    current.sentAt === claimed.sentAt &&
    current.claimId === claimed.claimId
  );
}

/** The claim `claimId` stored, in flight and not yet handed over: the firing holding it. */
export function claimedBy(milestone: Milestone | undefined, claimId: string): boolean {
  return (
    milestone?.state === 'SENT' &&
    milestone.sending === true &&
    !milestone.handedAt &&
    milestone.claimId === claimId
  );
}

/** A draft's subject as remembered: subjects are bounded where they are read, drafts here. */
const MAX_DRAFT_SUBJECT = 300;

/**
 * Message-IDs a draft mailed more than once (or told about more than once) remembers: a reply to
 * any recent one names it.
 */
export const MAX_DRAFT_MAIL_IDS = 10;

/** Message-IDs naming one draft, more added: the earlier ones kept, the oldest dropped first. */
export function draftMailIds(earlier: readonly string[] | undefined, added: string[]): string[] {
  return [...(earlier ?? []), ...added].slice(-MAX_DRAFT_MAIL_IDS);
}

/**
 * The mail of a claimed milestone is out: it is no longer in flight, nothing about it is in doubt
 * (a copy asked for is out too), and the Message-IDs it went out with join the thread (replies
 * to it find the application) and the milestone, with what the draft was addressed with (see
 * `DraftSent`). Undefined when it is not ours.
 */
export function finishSending(
  application: Application,
  claimed: Milestone,
  now: Date,
  messageIds: string[],
  draft: Omit<DraftSent, 'mailIds'> | null = null,
) {
  if (!ownClaim(application, claimed)) return undefined;
  return revise(application, now, {
    milestones: application.milestones.map((m) => {
      if (m.id !== claimed.id) return m;
      const sent = withoutClaimMarks(m);
      if (draft) return withDraftMailed(sent, messageIds, draft);
      const { unconfirmed: _unconfirmed, ...settled } = sent;
      return settled;
    }),
    threadMessageIds: withThreadIds(application.threadMessageIds, messageIds),
  });
}

/**
 * `milestone`'s draft, mailed (a copy or a re-draft too), is out: nothing about it is in doubt
 * any more, and the Message-IDs it went out with join the draft's with those of any notice of
 * doubt, so a reply to any of them, answered later, still names this draft.
 */
export function withDraftMailed(
  milestone: Milestone,
  messageIds: string[],
  draft: Omit<DraftSent, 'mailIds'>,
): Milestone {
  const { unconfirmed, ...settled } = milestone;
  const named = [...(unconfirmed?.noticeIds ?? []), ...messageIds];
  return { ...settled, draft: draftSent(draftMailIds(milestone.draft?.mailIds, named), draft) };
}

/**
 * The mail of a claimed milestone may or may not be out (its answer was lost): it stays SENT, no
 * longer in flight, never to be sent again, with the user still to be told. A copy in doubt keeps
 * the Message-IDs of the notices before it, so a reply to any of them still names this draft.
 * Undefined when the claim is not ours.
 */
export function markUnconfirmed(application: Application, claimed: Milestone, now: Date) {
  if (!ownClaim(application, claimed)) return undefined;
  return revise(application, now, {
    milestones: application.milestones.map((m) => {
      if (m.id !== claimed.id) return m;
      const noticeIds = m.unconfirmed?.noticeIds;
      return {
        ...withoutClaimMarks(m),
        unconfirmed: { told: false, ...(noticeIds && { noticeIds }) },
      };
    }),
  });
}

/**
 * Refusals after which an unconfirmed draft's notice is given up: the mail service refuses it for
 * good (a suppressed address). Each refusal is one attempt, after the SES client's own 3; a firing
 * makes 3 (the first and Lambda's two retries), so this is three firings: the first and two of
 * the doctor's daily runs. (It was 30 when the local Scheduler retried a firing ten times at
 * once: ten days of refused notices on AWS.)
 */
export const NOTICE_REFUSALS_BOUND = 9;

/**
 * A milestone whose draft may not have arrived, the user not yet told, no firing telling, and its
 * notice not given up.
 */
export const owesNotice = (milestone: Milestone | undefined): boolean =>
  milestone?.unconfirmed?.told === false &&
  milestone.unconfirmed.telling === undefined &&
  (milestone.unconfirmed.refused ?? 0) < NOTICE_REFUSALS_BOUND;

/** `milestoneId`'s unconfirmed notice changed by `change`; undefined when it has none. */
function reviseNotice(
  application: Application,
  milestoneId: string,
  now: Date,
  change: (unconfirmed: NonNullable<Milestone['unconfirmed']>) => Milestone['unconfirmed'],
) {
  return revise(application, now, {
    milestones: application.milestones.map((m) =>
      m.id === milestoneId && m.unconfirmed ? { ...m, unconfirmed: change(m.unconfirmed) } : m,
    ),
  });
}

/**
 * The notice that `milestoneId`'s draft may not have arrived, claimed for mailing (`telling`):
 * undefined when it is not owed (told, or another firing has it). A claim is never taken over:
 * its firing may have mailed the notice and died before marking it told (`status` still lists
 * the draft as unconfirmed), and at most once holds for notices as for drafts.
 */
export function claimNotice(application: Application, milestoneId: string, now: Date) {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (!owesNotice(milestone)) return undefined;
  return reviseNotice(application, milestoneId, now, (u) => ({ ...u, telling: now.toISOString() }));
}

/**
 * The notice's claim given back after the mail service refused it, the refusal counted: owed
 * again, unless that was the NOTICE_REFUSALS_BOUNDth.
 */
export function releaseNotice(application: Application, milestoneId: string, now: Date) {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (milestone?.unconfirmed?.told !== false || !milestone.unconfirmed.telling) return undefined;
  return reviseNotice(application, milestoneId, now, ({ telling: _telling, ...u }) => ({
    ...u,
    refused: (u.refused ?? 0) + 1,
  }));
}

/**
 * The user was told that `milestoneId`'s draft may not have arrived, by the mail `noticeIds` name
 * (none when the notice's own answer was lost), kept with those of earlier notices (a copy's);
 * undefined if nothing to mark.
 */
export function markToldUnconfirmed(
  application: Application,
  milestoneId: string,
  now: Date,
  noticeIds: string[] = [],
) {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (!milestone?.unconfirmed || milestone.unconfirmed.told) return undefined;
  const named = draftMailIds(milestone.unconfirmed.noticeIds, noticeIds);
  return reviseNotice(application, milestoneId, now, () => ({
    told: true,
    ...(named.length > 0 ? { noticeIds: named } : {}),
  }));
}

/**
 * `resend`: `milestoneId`'s draft, in doubt, is owed again as a copy (see `owesCopy`); its notice
 * is owed no more, the user having asked. Asked in mail written after the pause, a copy comes
 * now, one the pause holds too (asked again); asked in mail written before it (`written`, handled
 * after it), it waits for `resume` with the paused application, as the pause's answer said.
 * Undefined when it is not in doubt, or a copy is owed or on its way already.
 */
export function askCopy(application: Application, milestoneId: string, now: Date, written = now) {
  const milestone = application.milestones.find((m) => m.id === milestoneId);
  if (
    milestone?.state !== 'SENT' ||
    !milestone.unconfirmed ||
    (milestone.unconfirmed.resend && !copyHeld(application, milestone)) ||
    milestone.sending
  ) {
    return undefined;
  }
  const at = now.toISOString();
  const refused = milestone.unconfirmed.resend?.refused;
  const resend = {
    askedAt: at,
    mailedAt: milestone.sentAt ?? at,
    writtenAt: written.toISOString(),
    ...(refused && { refused }),
    ...(pausedSince(application, written) && { held: true as const }),
  };
  // A held copy asked again is the same copy: one request, one mail.
  const copiesAsked = (milestone.copiesAsked ?? 0) + (milestone.unconfirmed.resend ? 0 : 1);
  return revise(application, now, {
    milestones: application.milestones.map((m) =>
      m.id === milestoneId && m.unconfirmed
        ? // Its schedule fires at a new time: now (see Milestone.timedAt).
          { ...m, timedAt: at, copiesAsked, unconfirmed: { ...m.unconfirmed, told: true, resend } }
        : m,
    ),
  });
}

/** A copy asked for and not yet claimed, asked no more: the draft is in doubt as before. */
export function withoutCopyOwed(milestone: Milestone): Milestone {
  if (!owesCopy(milestone) || !milestone.unconfirmed) return milestone;
  const { resend: _resend, ...unconfirmed } = milestone.unconfirmed;
  return { ...milestone, unconfirmed };
}

/** What a draft mail carried, bounded as remembered. */
export function draftSent(mailIds: string[], draft: Omit<DraftSent, 'mailIds'>): DraftSent {
  return {
    mailIds,
    to: draft.to,
    subject: draft.subject.slice(0, MAX_DRAFT_SUBJECT),
    ...(draft.note != null ? { note: draft.note } : {}),
  };
}

/** How many Message-IDs an application remembers: its most recent mail is what gets replied to. */
export const MAX_THREAD_IDS = 100;

export function withThreadIds(known: string[], added: string[]): string[] {
  const ids = [...known, ...added.filter((id) => id && !known.includes(id))];
  return ids.length > MAX_THREAD_IDS ? ids.slice(-MAX_THREAD_IDS) : ids;
}

/**
 * Command mails an application remembers as acted on: more than a user writes about one
 * application while SES could still redeliver the oldest (hours, at most).
 */
export const MAX_COMMANDS_DONE = 20;
/** An answer kept longer is cut: the item stays far below DynamoDB's 400 KB whatever was said. */
const MAX_KEPT_ANSWER_CHARS = 1_000;

/** The command mail `messageId` was acted on and answered so: a redelivery of it finds both. */
export function withCommandDone(
  known: readonly CommandDone[] | undefined,
  messageId: string,
  answer: CommandAnswer,
): CommandDone[] {
  const key = messageKey(messageId);
  const kept: CommandAnswer =
    answer.render === 'commandConfirmation' && answer.summary.length > MAX_KEPT_ANSWER_CHARS
      ? { ...answer, summary: `${answer.summary.slice(0, MAX_KEPT_ANSWER_CHARS - 1)}…` }
      : answer;
  return [...(known ?? []).filter((done) => done.key !== key), { key, answer: kept }].slice(
    -MAX_COMMANDS_DONE,
  );
}

/**
 * The mail `messageId`'s answer went out (a command's in `commandsDone`, a setting's in
 * `settingsDone`): its redelivery is answered no more. Recorded after the send: a record that
 * fails leaves a second answer, never a lost one. Undefined when there is nothing to record.
 */
export function withAnswerSent(
  known: readonly CommandDone[] | undefined,
  messageId: string,
): CommandDone[] | undefined {
  const key = messageKey(messageId);
  if (!known?.some((done) => done.key === key && !done.answered)) return undefined;
  return known.map((done) => (done.key === key ? { ...done, answered: true as const } : done));
}

/**
 * A setting mail (`set …`, `digest on`) that changed the profile, remembered with its answer
 * (see UserProfile.settingsDone); nothing when the mail has no Message-ID.
 */
export function withSettingDone(
  profile: UserProfile | undefined,
  messageId: string | null,
  summary: string,
  planChanged: boolean,
): Pick<UserProfile, 'settingsDone'> {
  if (!messageId) return {};
  const answer = { render: 'commandConfirmation', summary, planChanged } as const;
  return { settingsDone: withCommandDone(profile?.settingsDone, messageId, answer) };
}

/**
 * What a setting mail acted on before was answered, whether it moved drafts, and whether that
 * answer went out, for its redelivery; null when it was not acted on.
 */
export function settingAnsweredBefore(
  profile: UserProfile | undefined,
  messageId: string | null,
): { summary: string; planChanged: boolean; answered: boolean } | null {
  const before = doneBefore(profile?.settingsDone, messageId);
  return before?.answer.render === 'commandConfirmation'
    ? { ...before.answer, answered: before.answered === true }
    : null;
}

/** The command mail `messageId`, when it is among those `known` as acted on already. */
export const doneBefore = (
  known: readonly CommandDone[] | undefined,
  messageId: string | null,
): CommandDone | undefined => {
  const key = messageId === null ? null : messageKey(messageId);
  return known?.find((done) => done.key === key);
};

/**
 * Undoes our own claim (matched by its `sentAt`) when the mail could not be sent, so the
 * function's retry can send it; undefined when the application moved on meanwhile. If it was
 * stopped or paused during the attempt, the milestone ends as the stop would have left it.
 */
export function releaseMilestone(application: Application, claimed: Milestone, now: Date) {
  if (!ownClaim(application, claimed)) return undefined;
  // No change given: the expiry is kept, unless withoutClaim dropped it (a reopen).
  return revise(withoutClaim(application, claimed), now, {});
}

/**
 * The application as before `claimed` was claimed (not revised): the milestone PENDING again, or
 * CANCELLED when the application was closed meanwhile; reopened when the claim was the close-out
 * that closed it. A copy's claim leaves the milestone SENT, mailed when it was, the copy owed.
 */
function withoutClaim(application: Application, claimed: Milestone): Application {
  const copy = claimed.unconfirmed?.resend;
  if (copy) {
    // A stop saved while the copy was out, after it was asked for, cancels it as it cancels a
    // PENDING draft (a close-out's copy is asked for on the application it closed, before); so do
    // as many refusals as end a notice (a suppressed address would refuse it every day).
    const stopped =
      application.status === 'CLOSED' &&
      Date.parse(application.closedAt ?? '') > Date.parse(copy.askedAt);
    const refused = (copy.refused ?? 0) + 1;
    return {
      ...application,
      milestones: application.milestones.map((m) => {
        if (m.id !== claimed.id || !m.unconfirmed) return m;
        // The copy as stored now: a pause saved while it was out holds it (`held`).
        const resend = { ...(m.unconfirmed.resend ?? copy), refused };
        const given = {
          ...withoutClaimMarks(m),
          sentAt: copy.mailedAt,
          unconfirmed: { ...m.unconfirmed, resend },
        };
        return stopped || refused >= NOTICE_REFUSALS_BOUND ? withoutCopyOwed(given) : given;
      }),
    };
  }
  const reopen = claimed.kind === 'close-out' && application.closedAt === claimed.sentAt;
  // The closed expiry goes with `closedAt`, and this is what makes a reopen expire as an open
  // application: `releaseMilestone` revises with no change, which keeps the expiry there is
  // (`revise`: a no-op keeps it) and computes one only when there is none.
  const { closedAt: _closedAt, expiresAt: _expiresAt, ...rest } = application;
  const after = reopen ? { ...rest, status: 'OPEN' as const } : application;
  const state = after.status === 'CLOSED' ? ('CANCELLED' as const) : ('PENDING' as const);
  return {
    ...after,
    milestones: application.milestones.map((m) => {
      if (m.id !== claimed.id) return m;
      const { sentAt: _sentAt, ...unsent } = withoutClaimMarks(m);
      return { ...unsent, state };
    }),
  };
}

function closedFields(now: Date): Partial<Application> {
  return { status: 'CLOSED', closedAt: now.toISOString() };
}

/**
 * Closes an application and cancels what is pending, a copy asked for and not yet on its way
 * too; `cancelled` are the schedules to delete.
 */
export function closeApplication(application: Application, now: Date) {
  const cancelled = pendingMilestones(application);
  const next = revise(application, now, {
    ...closedFields(now),
    milestones: application.milestones.map((m) =>
      m.state === 'PENDING' ? { ...m, state: 'CANCELLED' as const } : withoutCopyOwed(m),
    ),
  });
  return { application: next, cancelled };
}

// Mailboxes nobody reads: a reply to them is lost.
const UNREAD_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?)\b/i;

/**
 * The person to follow up with: the employer's writer of the confirmation, unless that is the user
 * (a mail they wrote themselves) or a mailbox nobody reads (an ATS's no-reply).
 */
export function contactOf(
  from: { name: string | null; email: string } | null | undefined,
  userEmail: string,
): Person | null {
  if (!from?.email || from.email.toLowerCase() === userEmail.toLowerCase()) return null;
  if (UNREAD_MAILBOX.test(from.email.split('@')[0] ?? '')) return null;
  return { name: from.name?.trim() || from.email, email: from.email };
}
