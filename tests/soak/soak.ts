// Soak -> many applications through the whole local stack over simulated months: each user
// forwards a confirmation (sometimes twice), then maybe an employer's rejection or a command
// (stop, pause and resume, snooze, heard back, status), and answers most "Did it arrive?" notices
// with `resend`; the local clock moves an hour at a time and fires what is due; faults come from
// the proxies (local/fault-proxy.ts). Counted at the end: drafts sent, copies, duplicates, lost
// milestones, late drafts, and store/Scheduler mismatches (also every ten days). Used by
// `npm run soak` (tests/soak/run.ts) and tests/soak/soak.test.ts.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { DateTime } from 'luxon';
import PostalMime from 'postal-mime';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import { copyAsked, copyDue } from '../../functions/core/application.ts';
import type { Application, MilestoneKind } from '../../functions/core/model.ts';
import type { FaultProxies, FaultRule, FaultService } from '../../local/fault-proxy.ts';
import { seededDraw } from '../../local/fault-proxy.ts';
import { deliver } from '../../local/forward.ts';
import { listSentMail } from '../../local/services/ses.ts';
import type { LocalStack } from '../../local/stack.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const INTAKE = 'interviews@followup.example.com';
/** Mail a milestone sends: its draft, or the close-out. */
const MILESTONE_MAIL =
  /^(?:Ready to send: (?:thank-you note|first follow-up|second follow-up)|Closed: )/;
/** Which milestone a milestone mail is (one interviewer per application: one thank-you). */
const MAIL_KINDS: [RegExp, MilestoneKind][] = [
  [/^Ready to send: thank-you note/, 'thank-you'],
  [/^Ready to send: first follow-up/, 'follow-up-1'],
  [/^Ready to send: second follow-up/, 'follow-up-2'],
  [/^Closed: /, 'close-out'],
];
/** A copy the user asked for with `resend`: the draft's subject, marked. */
const COPY_MARK = / \(sent again at your request\)$/;
/** The notice that a draft may not have arrived: the user answers most with `resend`. */
const NOTICE = /^Did it arrive\? /;
const RESEND_RATE = 0.75;
/** How often the user reads their mail for notices (reading the outbox hourly took a third longer). */
const READS_MAIL_EVERY = 6 * HOUR;
/** A draft sent this long after its due time is late (the clock moves an hour at a time). */
const LATE_AFTER_MS = 2 * HOUR;
/** A firing under way when the world is compared: its schedule and milestone may disagree. */
const IN_FLIGHT_MS = 10 * 60 * 1000;
/** A refused delivery is retried an hour later, as a sending server would, this many times. */
const MAX_DELIVERY_ATTEMPTS = 48;

/** Faults on every service at once; the SDK's retries absorb most, the handlers' the rest. */
export const SOAK_FAULTS: Record<FaultService, FaultRule[]> = {
  dynamodb: [
    { kind: 'throttle', rate: 0.03 },
    { kind: 'server-error', rate: 0.005 },
    { kind: 'latency', rate: 0.05, latencyMs: 20 },
    // Done, and the answer lost (a timeout under load): the SDK sends the write again.
    { kind: 'answer-lost', rate: 0.003 },
  ],
  ses: [
    { kind: 'throttle', rate: 0.03 },
    { kind: 'server-error', rate: 0.01 },
    { kind: 'drop', rate: 0.01 },
    { kind: 'hang', rate: 0.002 },
    { kind: 'answer-lost', rate: 0.005 },
  ],
  scheduler: [
    { kind: 'throttle', rate: 0.03 },
    { kind: 'server-error', rate: 0.01 },
    { kind: 'drop', rate: 0.005 },
    { kind: 'answer-lost', rate: 0.003 },
  ],
  s3: [{ kind: 'throttle', rate: 0.02 }],
};

export interface SoakOptions {
  applications: number;
  days: number;
  seed: number;
  /** Deliveries under way at once. */
  concurrency?: number;
  start?: Date;
  progress?: (line: string) => void;
}

export interface SoakReport {
  applications: number;
  messagesDelivered: number;
  /** Deliveries the intake refused (451) and the sender retried. */
  deliveriesRetried: number;
  /** Deliveries still refused after every retry. */
  deliveriesGivenUp: number;
  draftsSent: number;
  /** `resend` replies to "Did it arrive?" notices, and the copies they brought (in draftsSent). */
  resends: number;
  copiesSent: number;
  duplicates: number;
  /**
   * Drafts whose send's answer was lost (a hang, a drop, an answer lost), so never sent again, and
   * the user told so: at most once, then reported. Those that did not arrive count here, not lost.
   */
  reported: number;
  lostMilestones: number;
  lateDrafts: number;
  stateMismatches: number;
  /** Milestone events every attempt failed (the failure queue on AWS): seen, not lost unsaid. */
  failedEvents: number;
  /** Closed applications the TTL sweep removed before the end, judged by their last reading. */
  expiredBeforeTheEnd: number;
  /** The mismatches, lost and duplicated milestones by name, for a person to look at. */
  problems: string[];
  faultsInjected: number;
}

type SoakEvent = {
  at: number;
  user: string;
  app: number;
  kind: 'confirmation' | 'rejection' | 'command';
  text?: string;
  messageId: string;
  attempts: number;
  /** A reply to one of followup's mails: its reply address and Message-ID. */
  replyTo?: { address: string; messageId: string };
};

const COMPANIES = ['Acme', 'Harborview Labs', 'Northwind', 'Globex', 'Initech', 'Umbrella Health'];
const ROLES = [
  'Frontend Engineer',
  'Data Analyst',
  'Product Designer',
  'Site Reliability Engineer',
];

export const soakUser = (index: number) => `soak-${index}@example.net`;

/** The user forwarding a mail of the company's recruiter: plain text, Gmail's separator. */
function forwardedMail(
  event: SoakEvent,
  company: string,
  subject: string,
  note: string,
  body: string[],
) {
  const domain = `${company.toLowerCase().replace(/[^a-z]/g, '')}.example`;
  const sent = DateTime.fromMillis(event.at, { zone: 'America/New_York' });
  return [
    `From: ${event.user}`,
    `To: ${INTAKE}`,
    `Subject: Fwd: ${subject}`,
    `Date: ${new Date(event.at).toUTCString()}`,
    `Message-ID: <${event.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    note,
    '',
    '---------- Forwarded message ---------',
    `From: Jamie Chen <jamie.chen@${domain}>`,
    `Date: ${sent.toFormat("ccc, LLL d, yyyy 'at' h:mm a")}`,
    `Subject: ${subject}`,
    `To: ${event.user}`,
    '',
    'Hi,',
    '',
    ...body,
    '',
  ].join('\r\n');
}

const confirmationMail = (event: SoakEvent, company: string, role: string, interview: DateTime) =>
  forwardedMail(event, company, `Interview confirmation - ${role}`, 'Interview coming up.', [
    `I'm happy to confirm your interview for the ${role} role at ${company}:`,
    '',
    `When: ${interview.toFormat("cccc, LLLL d, yyyy 'at' h:mm a")} ET`,
    'Interviewer: Dana Lee, Engineering Manager',
    '',
    'Best,',
    'Jamie',
  ]);

const rejectionMail = (event: SoakEvent, company: string, role: string) =>
  forwardedMail(event, company, `Your application - ${role}`, 'Oh well.', [
    `Thank you for the time you spent with Dana. After careful consideration, we have decided not to move forward with your application for the ${role} role at ${company} at this time.`,
    '',
    'Best regards,',
    'Jamie Chen',
  ]);

function commandMail(event: SoakEvent) {
  const answering = event.replyTo
    ? [`In-Reply-To: <${event.replyTo.messageId}>`, `References: <${event.replyTo.messageId}>`]
    : [];
  return [
    `From: ${event.user}`,
    `To: ${event.replyTo?.address ?? INTAKE}`,
    `Subject: ${event.text}`,
    `Date: ${new Date(event.at).toUTCString()}`,
    `Message-ID: <${event.messageId}>`,
    ...answering,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    event.text,
    '',
  ].join('\r\n');
}

/** Every user's mail, seeded: one application each, then at most one twist. */
function plan(options: SoakOptions, start: number) {
  const draw = seededDraw(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(draw() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(draw() * (high - low + 1));
  const events: SoakEvent[] = [];
  const mails = new Map<string, string>();
  const openWindow = Math.max(1, options.days - 40);
  for (let app = 0; app < options.applications; app++) {
    const user = soakUser(app);
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const openAt = start + between(0, openWindow * 24 - 1) * HOUR;
    const interview = DateTime.fromMillis(openAt + between(2, 14) * DAY, {
      zone: 'America/New_York',
    }).set({ hour: between(9, 16), minute: pick([0, 30]), second: 0, millisecond: 0 });
    const event = (at: number, kind: SoakEvent['kind'], text?: string): SoakEvent => ({
      at,
      user,
      app,
      kind,
      ...(text ? { text } : {}),
      messageId: `soak-${app}-${events.length}@example.net`,
      attempts: 0,
    });
    const confirmation = event(openAt, 'confirmation');
    mails.set(confirmation.messageId, confirmationMail(confirmation, company, role, interview));
    events.push(confirmation);
    // At-least-once delivery: the same message again, a little later.
    if (draw() < 0.1) events.push({ ...confirmation, at: openAt + between(1, 30) * HOUR });
    const afterInterview = (low: number, high: number) =>
      interview.toMillis() + between(low * 24, high * 24) * HOUR;
    const twist = draw();
    if (twist < 0.15) {
      const rejection = event(afterInterview(1, 20), 'rejection');
      mails.set(rejection.messageId, rejectionMail(rejection, company, role));
      events.push(rejection);
    } else if (twist < 0.25) {
      events.push(event(openAt + between(1, 30 * 24) * HOUR, 'command', 'stop'));
    } else if (twist < 0.35) {
      const pausedAt = afterInterview(0, 10);
      events.push(event(pausedAt, 'command', 'pause'));
      events.push(event(pausedAt + between(24, 7 * 24) * HOUR, 'command', 'resume'));
    } else if (twist < 0.45) {
      events.push(event(afterInterview(0, 10), 'command', 'snooze 3 days'));
    } else if (twist < 0.55) {
      events.push(event(afterInterview(1, 15), 'command', 'heard back'));
    } else if (twist < 0.65) {
      events.push(event(afterInterview(0, 20), 'command', 'status'));
    }
  }
  for (const event of events) {
    if (event.kind === 'command') mails.set(event.messageId, commandMail(event));
  }
  return { events: events.sort((a, b) => a.at - b.at), mails };
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

/** Every schedule of the stack's group, read past the proxies. */
async function scheduleNames(scheduler: SchedulerClient, group: string): Promise<Set<string>> {
  const names = new Set<string>();
  let NextToken: string | undefined;
  do {
    const page = await scheduler.send(
      new ListSchedulesCommand({ GroupName: group, NextToken, MaxResults: 100 }),
    );
    for (const schedule of page.Schedules ?? []) if (schedule.Name) names.add(schedule.Name);
    NextToken = page.NextToken;
  } while (NextToken);
  return names;
}

/**
 * Store against Scheduler: an open application has exactly one schedule per PENDING milestone,
 * and any application one per copy owed and not held by a pause (`copyDue`); any other none. A
 * milestone due within IN_FLIGHT_MS of now may be firing: not counted.
 */
export function mismatches(applications: Application[], schedules: Set<string>, now: number) {
  const problems: string[] = [];
  const expected = new Set<string>();
  const inFlight = new Set<string>();
  for (const application of applications) {
    for (const milestone of application.milestones) {
      const name = `${application.id}-${milestone.id}`;
      const due = Date.parse(milestone.due);
      const sentAt = Date.parse(milestone.sentAt ?? '');
      if (Math.abs(due - now) < IN_FLIGHT_MS || now - sentAt < IN_FLIGHT_MS) inFlight.add(name);
      if (application.status === 'OPEN' && milestone.state === 'PENDING') expected.add(name);
      if (copyDue(application, milestone)) expected.add(name);
    }
  }
  for (const name of expected) {
    if (!schedules.has(name) && !inFlight.has(name)) problems.push(`no schedule for ${name}`);
  }
  for (const name of schedules) {
    if (!expected.has(name) && !inFlight.has(name)) problems.push(`orphan schedule ${name}`);
  }
  return problems;
}

/**
 * Copies mailed beyond what was asked, the larger of two counts. Milestone by milestone: each
 * copy (its subject marked) against the copies its own milestone stored as asked for
 * (`copiesAsked`), so a copy sent twice cannot hide behind another draft's resend, nor a resend
 * that brought none. And all copies against the resends the soak itself sent (`resendsSent`):
 * `copiesAsked` is counted by the system under test, which would hide a copy asked for twice.
 */
export function duplicateCopies(
  application: Application,
  subjects: readonly string[],
  resendsSent: number,
): number {
  let beyondAsked = 0;
  for (const [, kind] of MAIL_KINDS) {
    const mailed = subjects.filter((s) => COPY_MARK.test(s) && kindOfMail(s) === kind).length;
    // One interviewer per application: one milestone of each kind.
    const asked = application.milestones.find((m) => m.kind === kind)?.copiesAsked ?? 0;
    beyondAsked += Math.max(0, mailed - asked);
  }
  const copies = subjects.filter((s) => COPY_MARK.test(s)).length;
  return Math.max(beyondAsked, copies - resendsSent);
}

export async function runSoak(stack: LocalStack, options: SoakOptions): Promise<SoakReport> {
  const faults: FaultProxies | undefined = stack.faults;
  if (!faults) throw new Error('the soak needs a stack started with its fault proxies');
  const log = options.progress ?? (() => {});
  const start = (options.start ?? new Date('2027-01-04T14:00:00Z')).getTime();
  const end = start + options.days * DAY;
  const sdk = {
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  const store = createDynamoDbStore(
    new DynamoDBClient({ ...sdk, endpoint: stack.endpoints.dynamodb }),
    stack.config.FOLLOWUP_TABLE_NAME ?? 'followup',
  );
  const scheduler = new SchedulerClient({ ...sdk, endpoint: stack.endpoints.scheduler });
  const group = stack.config.FOLLOWUP_SCHEDULE_GROUP ?? 'followup';
  const users = Array.from({ length: options.applications }, (_, i) => soakUser(i));
  // A closed application expires 30 days after closing (the local TTL sweep), before the end of a
  // long soak: its last reading, taken every ten days and final once it closed, is what is judged.
  const lastSeen = new Map<string, Application>();
  const readApplications = async () => {
    const all: Application[] = [];
    await inPool(users, 16, async (user) => {
      all.push(...(await store.listByUser(user)));
    });
    for (const application of all) lastSeen.set(application.id, application);
    return all;
  };

  const { events, mails } = plan(options, start);
  const report: SoakReport = {
    applications: options.applications,
    messagesDelivered: 0,
    deliveriesRetried: 0,
    deliveriesGivenUp: 0,
    draftsSent: 0,
    resends: 0,
    copiesSent: 0,
    duplicates: 0,
    reported: 0,
    lostMilestones: 0,
    lateDrafts: 0,
    stateMismatches: 0,
    failedEvents: 0,
    expiredBeforeTheEnd: 0,
    problems: [],
    faultsInjected: 0,
  };
  const checkMismatches = async (now: number) => {
    const found = mismatches(await readApplications(), await scheduleNames(scheduler, group), now);
    report.stateMismatches += found.length;
    report.problems.push(...found.map((problem) => `${new Date(now).toISOString()} ${problem}`));
  };

  // The user reads their mail a few times a day (the SES outbox) and answers most "Did it arrive?"
  // notices with `resend`, in reply to the notice, an hour to a day after reading it.
  const userIndex = new Map(users.map((user, index) => [user, index]));
  const resendDraw = seededDraw(options.seed + 1);
  // The soak's own count of the resends it sent, by user: what the copies are weighed against.
  const resendsBy = new Map<string, number>();
  const noticesSeen = new Set<string>();
  let outboxReadAt = new Date(0);
  const answerNotices = async (now: number, queue: SoakEvent[]) => {
    const readAt = new Date();
    // The outbox filters by whole seconds, on real time: read a little back, and skip what was seen.
    const outbox = await listSentMail(stack.endpoints.ses, {
      since: new Date(outboxReadAt.getTime() - 2_000),
    });
    outboxReadAt = readAt;
    for (const mail of outbox) {
      if (!NOTICE.test(mail.subject) || noticesSeen.has(mail.messageId)) continue;
      noticesSeen.add(mail.messageId);
      const user = mail.to[0]?.toLowerCase() ?? '';
      const app = userIndex.get(user);
      const at = now + (1 + Math.floor(resendDraw() * 24)) * HOUR;
      if (app === undefined || resendDraw() >= RESEND_RATE || at > end) continue;
      const header = await headerOf(mail.raw);
      const address = header.replyTo?.[0]?.address;
      const messageId = header.messageId?.replace(/^<|>$/g, '');
      if (!address || !messageId) continue;
      const resend: SoakEvent = {
        at,
        user,
        app,
        kind: 'command',
        text: 'resend',
        messageId: `soak-${app}-resend-${noticesSeen.size}@example.net`,
        attempts: 0,
        replyTo: { address, messageId },
      };
      mails.set(resend.messageId, commandMail(resend));
      queue.push(resend);
    }
  };

  for (const service of Object.keys(SOAK_FAULTS) as FaultService[]) {
    faults[service].set(SOAK_FAULTS[service]);
  }
  stack.clock.set(new Date(start));
  let queue = events;
  for (let now = start; now <= end; now += HOUR) {
    if (stack.clock.now().getTime() < now) stack.clock.set(new Date(now));
    const due = queue.filter((event) => event.at <= now);
    queue = queue.filter((event) => event.at > now);
    await inPool(due, options.concurrency ?? 8, async (event) => {
      if (event.text === 'resend' && event.attempts === 0) {
        report.resends += 1;
        resendsBy.set(event.user, (resendsBy.get(event.user) ?? 0) + 1);
      }
      try {
        await deliver({
          raw: mails.get(event.messageId) ?? '',
          from: event.user,
          to: INTAKE,
          port: stack.ports.smtp,
        });
        report.messagesDelivered += 1;
      } catch {
        report.deliveriesRetried += 1;
        if (event.attempts + 1 >= MAX_DELIVERY_ATTEMPTS) {
          report.deliveriesGivenUp += 1;
          report.problems.push(`delivery of ${event.messageId} given up`);
        } else queue.push({ ...event, at: now + HOUR, attempts: event.attempts + 1 });
      }
    });
    await stack.fireDue();
    if ((now - start) % READS_MAIL_EVERY === 0) await answerNotices(now, queue);
    const day = (now - start) / DAY;
    if (day > 0 && day % 10 === 0) {
      await checkMismatches(stack.clock.now().getTime());
      log(
        `day ${day}: ${report.messagesDelivered} messages in, ${report.deliveriesRetried} retried, ${report.stateMismatches} mismatches`,
      );
    }
  }

  // Faults off; a day to settle, as the services recover.
  for (const service of Object.keys(SOAK_FAULTS) as FaultService[]) {
    const { faults: injected } = faults[service].stats();
    report.faultsInjected += Object.values(injected).reduce((sum, count) => sum + count, 0);
    faults[service].heal();
  }
  for (let hour = 0; hour < 24; hour++) {
    stack.clock.advance(HOUR);
    await stack.fireDue();
  }
  const now = stack.clock.now().getTime();
  await checkMismatches(now);

  // What each user received from milestones, against what the store says was sent.
  const received = new Map<string, string[]>();
  for (const mail of await listSentMail(stack.endpoints.ses)) {
    const header = await headerOf(mail.raw);
    const subject = header.subject ?? '';
    const to = header.to?.[0]?.address?.toLowerCase() ?? '';
    if (!MILESTONE_MAIL.test(subject)) continue;
    received.set(to, [...(received.get(to) ?? []), subject]);
  }
  const stored = await readApplications();
  report.expiredBeforeTheEnd = lastSeen.size - stored.length;
  for (const application of lastSeen.values()) {
    const user = application.userId.toLowerCase();
    const subjects = received.get(user) ?? [];
    const copies = subjects.filter((subject) => COPY_MARK.test(subject));
    const originals = subjects.filter((subject) => !COPY_MARK.test(subject));
    report.draftsSent += subjects.length;
    report.copiesSent += copies.length;
    const sent = application.milestones.filter((m) => m.state === 'SENT');
    const doubled =
      originals.length -
      new Set(originals).size +
      duplicateCopies(application, subjects, resendsBy.get(user) ?? 0);
    const extra = Math.max(doubled, originals.length - sent.length);
    if (extra > 0) {
      report.duplicates += extra;
      report.problems.push(`${application.id}: ${extra} milestone mail(s) twice`);
    }
    const told = sent.filter((m) => m.unconfirmed?.told).length;
    const untold = sent.filter((m) => m.unconfirmed?.told === false).length;
    // A draft arrived when it, or a copy of it, did.
    const arrived = new Set(subjects.map((subject) => subject.replace(COPY_MARK, ''))).size;
    const missing = Math.max(0, sent.length - arrived);
    const reported = Math.min(missing, told);
    report.reported += reported;
    const unsent = missing - reported;
    const overdue = application.milestones.filter(
      (m) =>
        application.status === 'OPEN' && m.state === 'PENDING' && Date.parse(m.due) < now - HOUR,
    );
    // A copy asked for and neither out, nor cancelled, nor held by a pause, after a day to settle.
    const copiesOwed = application.milestones.filter(
      (m) => copyDue(application, m) || (copyAsked(m) && m.sending),
    );
    const lost = unsent + untold + overdue.length + copiesOwed.length;
    if (lost > 0) {
      report.lostMilestones += lost;
      report.problems.push(
        `${application.id}: ${unsent} sent without mail, ${untold} unconfirmed and not told, ${overdue.length} overdue and PENDING, ${copiesOwed.length} copies owed`,
      );
    }
    // A copy's time is its milestone's `sentAt` since: lateness is judged on drafts not copied.
    const copied = new Set(copies.map(kindOfMail));
    report.lateDrafts += sent.filter(
      (m) => !copied.has(m.kind) && Date.parse(m.sentAt ?? '') - Date.parse(m.due) > LATE_AFTER_MS,
    ).length;
  }
  report.failedEvents = stack.milestoneFailures().length;
  return report;
}

/** A sent mail's header, parsed (its body is not needed). */
async function headerOf(raw: Buffer | undefined) {
  const text = raw?.toString('utf8') ?? '';
  const headerEnd = text.indexOf('\r\n\r\n');
  return PostalMime.parse(headerEnd >= 0 ? text.slice(0, headerEnd + 4) : text);
}

const kindOfMail = (subject: string): MilestoneKind | undefined =>
  MAIL_KINDS.find(([pattern]) => pattern.test(subject))?.[1];

export function summarizeSoak(report: SoakReport, days: number): string {
  return [
    `${report.applications} applications over ${days} simulated days, ${report.faultsInjected} faults injected`,
    `  messages delivered: ${report.messagesDelivered} (${report.deliveriesRetried} refused and retried, ${report.deliveriesGivenUp} given up)`,
    `  drafts sent:        ${report.draftsSent}`,
    `  resends:            ${report.resends} (answers to "Did it arrive?"), ${report.copiesSent} copies sent`,
    `  duplicates:         ${report.duplicates}`,
    `  reported:           ${report.reported} (may not have arrived: not sent again, the user told)`,
    `  lost milestones:    ${report.lostMilestones}`,
    `  late drafts:        ${report.lateDrafts} (sent over 2 h after due)`,
    `  state mismatches:   ${report.stateMismatches} (store against Scheduler, every 10 days and at the end)`,
    `  failed events:      ${report.failedEvents} (every attempt failed: kept in the failure queue)`,
    `  judged after expiry: ${report.expiredBeforeTheEnd} closed applications the TTL sweep removed, by their last reading`,
  ].join('\n');
}
