// Faults injected between the handlers and the real local services (local/fault-proxy.ts): SES
// hangs or takes a draft and loses the answer, SES refuses, the Scheduler is down when a
// confirmation arrives, DynamoDB throttles. Each ends with every due draft delivered exactly once,
// or, where SES may have it, at most once and reported to the user: none lost unsaid, none twice.
import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { DeliveryError } from '../../local/forward.ts';
import { ASYNC_RETRY_DELAYS_MS } from '../../local/lambda-async.ts';
import { asNewMessage, DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USERS = {
  hang: 'hang@example.net',
  lost: 'lost@example.net',
  refuse: 'refuse@example.net',
  scheduler: 'scheduler@example.net',
  throttle: 'throttle@example.net',
  forget: 'forget@example.net',
  complete: 'complete@example.net',
  redelivered: 'redelivered@example.net',
  neverDone: 'never-done@example.net',
  claimLost: 'claim-lost@example.net',
  yes: 'yes@example.net',
  staleYes: 'stale-yes@example.net',
};
const MINUTE = 60_000;
/** The subjects of the mails milestones send: the drafts, and the close-out. */
const MILESTONE_MAIL =
  /^(?:Ready to send: (?:thank-you note|first follow-up|second follow-up)|Closed: )/;

describe('no draft lost or doubled under faults', () => {
  let stack: TestStack;
  let confirmation: string;
  let stopReply: string;
  let sent = 0;

  const faults = () => {
    if (!stack.faults) throw new Error('the stack runs without its fault proxies');
    return stack.faults;
  };
  const newMessage = (raw: string, from: string) =>
    asNewMessage(raw, {
      from,
      date: stack.clock.now(),
      messageId: `fault-${++sent}-${Date.now()}@example.net`,
    });
  const draftsTo = async (user: string): Promise<Email[]> =>
    (await stack.mailTo(user)).filter((mail) => MILESTONE_MAIL.test(mail.subject ?? ''));
  const only = async (user: string): Promise<Application> => stack.onlyApplication(user);
  const thankYouOf = (application: Application) => {
    const milestone = application.milestones.find((m) => m.kind === 'thank-you');
    if (!milestone) throw new Error('no thank-you milestone');
    return milestone;
  };
  /** The user forwards the confirmation; the acknowledgment's reply address. */
  const open = async (user: string) => {
    await stack.send(newMessage(confirmation, user), { from: user });
    const acknowledgment = (await stack.mailTo(user)).at(-1);
    return acknowledgment?.replyTo?.[0]?.address ?? '';
  };
  /** The user was told once that the thank-you may not have arrived; it is never sent again. */
  const expectToldOnce = async (user: string) => {
    const told = (await stack.mailTo(user)).filter((mail) =>
      /^Did it arrive\? Thank-you note to /.test(mail.subject ?? ''),
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain('I will not send it again');
    const thankYou = thankYouOf(await only(user));
    expect(thankYou).toMatchObject({ state: 'SENT', unconfirmed: { told: true } });
    expect(thankYou.sending).toBeUndefined();
  };
  /** To just past the thank-you's due time, firing it. */
  const pastThankYou = async (user: string) => {
    const due = Date.parse(thankYouOf(await only(user)).due);
    await stack.advance(Math.max(0, due - stack.clock.now().getTime()) + MINUTE);
  };

  beforeAll(async () => {
    stack = await startTestStack(
      { FOLLOWUP_ALLOWED_SENDERS: Object.values(USERS).join(',') },
      { faults: { seed: 14 } },
    );
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    stopReply = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('SES hangs: the call times out, is not tried again, and the user is told the draft may be lost', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    await open(USERS.hang);
    // The send hangs until the client's timeout: SES may have taken it, so nothing sends it again.
    faults().ses.set([{ kind: 'hang', operations: ['SendEmail'], times: 1 }]);
    await pastThankYou(USERS.hang);
    faults().ses.heal();

    expect(faults().ses.stats().faults['SendEmail hang']).toBe(1);
    // This hang never reached SES: the draft is lost, and reported.
    expect(await draftsTo(USERS.hang)).toEqual([]);
    await expectToldOnce(USERS.hang);
  });

  it('SES takes the draft and its answer is lost: not sent again, the user is told once', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    await open(USERS.lost);
    // SES mails each of these sends, and the connection closes before its answer is read.
    faults().ses.set([{ kind: 'answer-lost', operations: ['SendEmail'], times: 3 }]);
    await pastThankYou(USERS.lost);
    faults().ses.heal();

    const drafts = await draftsTo(USERS.lost);
    expect(drafts.map((d) => d.subject)).toEqual([
      expect.stringMatching(/^Ready to send: thank-you/),
    ]);
    // The draft's answer and the notice's were lost; neither was sent again. Before this was
    // built, the SDK's retries and the Scheduler's sent this draft 4 times.
    expect(faults().ses.stats().faults['SendEmail answer-lost']).toBe(2);
    await expectToldOnce(USERS.lost);
  });

  it('DynamoDB stores the claim and its answer is lost: the draft is still sent, once', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    await open(USERS.claimLost);
    // The claim lands; the SDK sends it again and its own condition fails against it. Before the
    // write knew its own stamp, that read as a concurrent claim: held, nothing sent, never again.
    faults().dynamodb.set([
      {
        kind: 'answer-lost',
        operations: ['PutItem'],
        bodyIncludes: `USER#${USERS.claimLost}`,
        times: 1,
      },
    ]);
    await pastThankYou(USERS.claimLost);
    faults().dynamodb.heal();

    expect(faults().dynamodb.stats().faults['PutItem answer-lost']).toBe(1);
    const drafts = await draftsTo(USERS.claimLost);
    expect(drafts.map((d) => d.subject)).toEqual([
      expect.stringMatching(/^Ready to send: thank-you/),
    ]);
    const thankYou = thankYouOf(await only(USERS.claimLost));
    expect(thankYou.state).toBe('SENT');
    expect(thankYou.sending).toBeUndefined();
    expect(thankYou.unconfirmed).toBeUndefined();
  });

  it('SES refuses: the firings run out, the milestone stays PENDING, the next reply sends it once', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const replyTo = await open(USERS.refuse);
    // SES answers every send with its own failure: certainly not sent, so tried again.
    faults().ses.set([{ kind: 'server-error', operations: ['SendEmail'] }]);
    await pastThankYou(USERS.refuse);
    // Lambda retries the failed event a minute and then two minutes later, as on AWS.
    for (const wait of ASYNC_RETRY_DELAYS_MS) await stack.advance(wait);
    const application = await only(USERS.refuse);
    const thankYou = thankYouOf(application);
    expect(thankYou.state).toBe('PENDING');
    expect(await stack.schedulesOf(application)).not.toContain(`${application.id}-${thankYou.id}`);
    // Three invocations, each with the SES client's own three attempts.
    expect(faults().ses.stats().faults['SendEmail server-error']).toBe(9);
    expect(await draftsTo(USERS.refuse)).toHaveLength(0);
    expect(stack.milestoneFailures()).toEqual([
      expect.objectContaining({
        attempts: 3,
        event: expect.objectContaining({ milestoneId: thankYou.id }),
      }),
    ]);

    // SES is back; any reply about the application reconciles it: past due, it fires now.
    faults().ses.heal();
    await stack.send(newMessage(stopReply.replaceAll('Stop.', 'resume'), USERS.refuse), {
      from: USERS.refuse,
      to: replyTo,
    });
    expect(await stack.schedulesOf(application)).toContain(`${application.id}-${thankYou.id}`);
    await stack.advance(2 * MINUTE);
    expect((await draftsTo(USERS.refuse)).map((d) => d.subject)).toEqual([
      expect.stringMatching(/^Ready to send: thank-you/),
    ]);
    expect(thankYouOf(await only(USERS.refuse)).state).toBe('SENT');
  });

  it('the Scheduler is down at intake: the delivery fails, its retry schedules and acknowledges once', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const message = newMessage(confirmation, USERS.scheduler);
    faults().scheduler.set([{ kind: 'drop', operations: ['CreateSchedule', 'UpdateSchedule'] }]);
    await expect(stack.send(message, { from: USERS.scheduler })).rejects.toThrow(DeliveryError);
    expect(await stack.mailTo(USERS.scheduler)).toHaveLength(0);

    // The sender's retry, once the Scheduler is back.
    faults().scheduler.heal();
    stack.clock.advance(10 * MINUTE);
    await stack.send(message, { from: USERS.scheduler });
    const application = await only(USERS.scheduler);
    const pending = application.milestones.filter((m) => m.state === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);
    expect(await stack.schedulesOf(application)).toEqual(
      pending.map((m) => `${application.id}-${m.id}`).sort(),
    );
    expect(await stack.mailTo(USERS.scheduler)).toHaveLength(1);

    await pastThankYou(USERS.scheduler);
    expect(await draftsTo(USERS.scheduler)).toHaveLength(1);
  });

  it('SES refuses the last mail of a confirmed forget: its redelivery answers as the first would', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    await open(USERS.forget);
    const intake = 'interviews@followup.example.com';
    const say = (text: string) => newMessage(stopReply.replaceAll('Stop.', text), USERS.forget);
    await stack.send(say('forget'), { from: USERS.forget, to: intake });
    const confirmTo = (await stack.mailTo(USERS.forget)).at(-1)?.replyTo?.[0]?.address ?? '';
    expect(confirmTo).toMatch(/^interviews\+forget-/);

    // Everything is deleted, then the mail saying so fails: the delivery fails, SES retries it.
    const confirmation = say('forget');
    faults().ses.set([{ kind: 'drop', operations: ['SendEmail'] }]);
    await expect(stack.send(confirmation, { from: USERS.forget, to: confirmTo })).rejects.toThrow(
      DeliveryError,
    );
    faults().ses.heal();
    expect(await stack.applications(USERS.forget)).toEqual([]);
    await stack.send(confirmation, { from: USERS.forget, to: confirmTo });
    const answers = (await stack.mailTo(USERS.forget)).slice(2).map((mail) => mail.subject);
    expect(answers).toEqual([
      expect.stringMatching(/^Done: Deleted: your applications, your settings/),
    ]);

    // Another reply to the used confirmation is not its redelivery: nothing is deleted.
    await open(USERS.forget);
    await stack.send(say('forget'), { from: USERS.forget, to: confirmTo });
    expect(await stack.applications(USERS.forget)).toHaveLength(1);
    expect((await stack.mailTo(USERS.forget)).at(-1)?.subject).toMatch(/no longer valid/);
  });

  it('marking a handled message done fails: the delivery still succeeds, acknowledged once', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    // Every attempt at the one write that marks the message done fails.
    faults().dynamodb.set([
      { kind: 'server-error', operations: ['PutItem'], bodyIncludes: '"DONE"' },
    ]);
    await stack.send(newMessage(confirmation, USERS.complete), { from: USERS.complete });
    const { faults: injected } = faults().dynamodb.stats();
    faults().dynamodb.heal();
    expect(injected['PutItem server-error']).toBeGreaterThan(0);
    // Failing it would have had SES deliver it again and, once its lease ran out, acknowledge twice.
    expect((await stack.mailTo(USERS.complete)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Got it: interview with /),
    ]);
    expect((await only(USERS.complete)).status).toBe('OPEN');
  });

  it('marking done fails for a while: tried again until it holds, so a redelivery after the lease is a duplicate', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const replyTo = await open(USERS.redelivered);
    const before = faults().dynamodb.stats().faults['PutItem server-error'] ?? 0;
    // Every attempt the SDK makes at the first write marking the command done fails (DynamoDB's
    // client makes 4 by default).
    faults().dynamodb.set([
      { kind: 'server-error', operations: ['PutItem'], bodyIncludes: '"DONE"', times: 4 },
    ]);
    const snooze = newMessage(stopReply.replaceAll('Stop.', 'snooze 3 days'), USERS.redelivered);
    await stack.send(snooze, { from: USERS.redelivered, to: replyTo });
    faults().dynamodb.heal();
    expect((faults().dynamodb.stats().faults['PutItem server-error'] ?? 0) - before).toBe(4);
    const snoozed = thankYouOf(await only(USERS.redelivered)).due;

    // The same message again once its lease is over (SES delivers at least once).
    stack.clock.advance(MESSAGE_LEASE_MS + MINUTE);
    await stack.send(snooze, { from: USERS.redelivered, to: replyTo });
    // Before the completion was tried again, this snoozed (and answered) a second time.
    const answers = (await stack.mailTo(USERS.redelivered)).map((mail) => mail.subject);
    expect(answers.filter((subject) => subject?.startsWith('Done: '))).toHaveLength(1);
    expect(thankYouOf(await only(USERS.redelivered)).due).toBe(snoozed);
  });

  it('marking done fails on every try: the redelivery after the lease acts no more, a later resume stands', {
    timeout: 180_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const replyTo = await open(USERS.neverDone);
    const say = (text: string) => newMessage(stopReply.replaceAll('Stop.', text), USERS.neverDone);
    const reply = { from: USERS.neverDone, to: replyTo };
    // Every write marking the pause done fails: the SDK's attempts and the handler's retries.
    faults().dynamodb.set([
      { kind: 'server-error', operations: ['PutItem'], bodyIncludes: '"DONE"' },
    ]);
    const pause = say('pause');
    await stack.send(pause, reply);
    faults().dynamodb.heal();
    expect((await only(USERS.neverDone)).status).toBe('PAUSED');
    await stack.send(say('resume'), reply);
    expect((await only(USERS.neverDone)).status).toBe('OPEN');

    // SES delivers the pause again once its lease is over: it overruled the later resume.
    stack.clock.advance(MESSAGE_LEASE_MS + MINUTE);
    await stack.send(pause, reply);
    expect((await only(USERS.neverDone)).status).toBe('OPEN');
    const answers = (await stack.mailTo(USERS.neverDone)).map((mail) => mail.subject ?? '');
    // Its answer went out the first time: it is not mailed again.
    expect(answers.filter((subject) => subject.startsWith('Done: '))).toEqual([
      expect.stringMatching(/^Done: Paused\./),
      expect.stringMatching(/^Done: Resumed/),
    ]);
  });

  /**
   * `user` opens an application, writes `stpo` and is asked "Did you mean: stop?"; `late` later,
   * they answer `yes`, and marking that yes done fails on every try. The mails they had then, and
   * the yes's redelivery after its lease.
   */
  const yesNeverDone = async (user: string, late: number) => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const replyTo = await open(user);
    const say = (text: string) => newMessage(stopReply.replaceAll('Stop.', text), user);
    const reply = { from: user, to: replyTo };
    await stack.send(say('stpo'), reply);
    expect((await stack.mailTo(user)).at(-1)?.subject).toMatch(/^Did you mean: stop\?/);
    stack.clock.advance(late);
    faults().dynamodb.set([
      { kind: 'server-error', operations: ['PutItem'], bodyIncludes: '"DONE"' },
    ]);
    const yes = say('yes');
    await stack.send(yes, reply);
    faults().dynamodb.heal();
    const answered = (await stack.mailTo(user)).length;
    const redeliver = async () => {
      stack.clock.advance(MESSAGE_LEASE_MS + MINUTE);
      await stack.send(yes, reply);
      return (await stack.mailTo(user)).slice(answered).map((mail) => mail.subject);
    };
    return { redeliver };
  };

  it('marking a yes done fails on every try: its redelivery acts and answers no more', {
    timeout: 180_000,
  }, async () => {
    const { redeliver } = await yesNeverDone(USERS.yes, 0);
    expect((await only(USERS.yes)).status).toBe('CLOSED');
    // Before, the suggestion it had used up was gone: "Yes to what? Nothing changed".
    expect(await redeliver()).toEqual([]);
  });

  it('marking a yes to a week-old suggestion done fails on every try: its redelivery confirms nothing either', {
    timeout: 180_000,
  }, async () => {
    const { redeliver } = await yesNeverDone(USERS.staleYes, 8 * DAY);
    expect((await only(USERS.staleYes)).status).toBe('OPEN');
    const after = await redeliver();
    // Before, the refused yes had left its key on the suggestion: its redelivery closed the
    // application and mailed "Stopped".
    expect((await only(USERS.staleYes)).status).toBe('OPEN');
    expect(after.filter((subject) => /^Stopped/.test(subject ?? ''))).toEqual([]);
  });

  it('DynamoDB throttles a third of all calls: every milestone drafted exactly once', {
    timeout: 300_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    faults().dynamodb.set([{ kind: 'throttle', rate: 0.3 }]);
    const message = newMessage(confirmation, USERS.throttle);
    // The sender retries a refused delivery later, as SES and mail servers do.
    for (let attempt = 1; ; attempt++) {
      const refused = await stack.send(message, { from: USERS.throttle }).then(
        () => false,
        (error: unknown) => error instanceof DeliveryError,
      );
      if (!refused) break;
      if (attempt === 10) throw new Error('the confirmation was refused ten times');
      stack.clock.advance(5 * MINUTE);
    }
    // Day by day past the whole plan.
    for (let day = 0; day < 60; day++) await stack.advance(DAY);
    const stats = faults().dynamodb.stats();
    faults().dynamodb.heal();
    await stack.advance(DAY);

    expect(Object.values(stats.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    const application = await only(USERS.throttle);
    const drafted = application.milestones.filter((m) => m.state === 'SENT');
    expect(application.milestones.filter((m) => m.state === 'PENDING')).toEqual([]);
    expect(drafted.length).toBeGreaterThan(1);
    // One mail per milestone sent (the close-out's says `Closed:`), none twice.
    const subjects = (await stack.mailTo(USERS.throttle))
      .map((mail) => mail.subject ?? '')
      .filter((subject) => MILESTONE_MAIL.test(subject));
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).toHaveLength(drafted.length);
  });
});
