// Every reply command through the inbound use-case on in-memory ports: the mail the user gets
// back, and the store and the Scheduler after. A command sent twice acts once and says so;
// commands to the bare intake ask which application, by number; forget deletes only once
// confirmed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { INTAKE, newMessages, testUsers } from '../support/correspondents.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK, HOUR, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import { expectSchedulesMatch as schedulesMatch } from '../support/schedules.ts';

/** A user of their own per test: mail and data never mix between tests. */
const users = testUsers('user', 30, ['alex.rivera@example.net', 'priya.n@example.org']);
/** The confirmations' interviews are a week or more after. */
const BASE = DEC_1_2026_7AM_NEW_YORK;

describe('reply commands', () => {
  let stack: MemoryStack;

  let confirmation: string;
  let replyTemplate: string;
  const someone = users.someone;

  /** A real mail as a new message from `user`, now. */
  const from = newMessages('cmd@mail.gmail.example', () => stack.clock.now());

  /** What a command may change; bookkeeping (version, thread of sent mail) aside. */
  const stateOf = ({ status, milestones, interviews, notes, timezone }: Application) => ({
    status,
    milestones,
    interviews,
    notes,
    timezone,
  });

  /** A reply whose first line is `command`, the quoted mail below it. */
  const reply = (command: string, user: string) =>
    from(replyTemplate.replaceAll('Stop.', command), user);

  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });

  const mailsTo = (user: string) => stack.mailTo(user);
  const lastMail = (user: string) => stack.lastMailTo(user);
  const only = (user: string) => stack.onlyApplication(user);
  const expectSchedulesMatch = (application: Application) => schedulesMatch(stack, application);

  /** Opens an application for `user`; returns it and its reply address. */
  async function open(user: string, raw = confirmation) {
    const { application, replyTo } = await stack.open(user, from(raw, user));
    expect(replyTo).toMatch(/^interviews\+[a-z0-9]+\.[a-z0-9_-]+@followup\.example\.com$/);
    return { application, replyTo };
  }

  beforeAll(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });

  it.each(['stop', 'close', 'cancel', 'unsubscribe'])(
    '%s closes the application, cancels its schedules, and a second one changes nothing',
    async (verb) => {
      stack.clock.set(BASE);
      const user = someone();
      const { application, replyTo } = await open(user);
      expect(await stack.schedulesOf(application)).not.toEqual([]);

      await send(reply(verb, user), user, replyTo);
      const closed = await only(user);
      expect(closed.status).toBe('CLOSED');
      expect(closed.milestones.every((m) => m.state === 'CANCELLED')).toBe(true);
      expect(await stack.schedulesOf(closed)).toEqual([]);
      const confirmation = await lastMail(user);
      expect(confirmation?.subject).toMatch(/^Stopped: Harborview Labs/);
      expect(confirmation?.text).toMatch(/First follow-up/);

      await send(reply(verb, user), user, replyTo);
      expect((await lastMail(user))?.subject).toMatch(/^Done: Already closed/);
      expect(stateOf(await only(user))).toEqual(stateOf(closed));
      expect(await mailsTo(user)).toHaveLength(3);
    },
  );

  it('pause holds every schedule, resume brings them back; each said twice acts once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);

    await send(reply('pause', user), user, replyTo);
    const paused = await only(user);
    expect(paused.status).toBe('PAUSED');
    expect(await stack.schedulesOf(paused)).toEqual([]);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Paused/);

    await send(reply('Pause please', user), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(paused));
    expect((await lastMail(user))?.subject).toMatch(/^Done: Already paused/);

    await send(reply('resume', user), user, replyTo);
    const resumed = await only(user);
    expect(resumed.status).toBe('OPEN');
    expect(resumed.milestones.map((m) => m.due)).toEqual(application.milestones.map((m) => m.due));
    await expectSchedulesMatch(resumed);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Resumed/);

    await send(reply('resume', user), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(resumed));
    expect((await lastMail(user))?.subject).toMatch(/^Done: Not paused/);
  });

  // Two mails can be handled in another order than the user wrote them (a first delivery that
  // failed comes again later; mail from two devices crosses): each mail's Date decides which is
  // the later request. The clock moves between them, so their Dates differ. SES's receipt time
  // is the same on every retry of its event, however late (a throttled event waits in Lambda's
  // queue for hours): the Date is believed within 15 minutes of that receipt.
  it.each([
    { retried: 'a minute', lateMs: 60_000 },
    { retried: 'half an hour', lateMs: 30 * 60_000 },
  ])(
    'a pause written before a later resume, retried $retried after it, does not pause again',
    async ({ lateMs }) => {
      stack.clock.set(BASE);
      const user = someone();
      const { replyTo } = await open(user);
      await send(reply('pause', user), user, replyTo);
      stack.clock.advance(60_000);
      const second = reply('pause', user);
      const receivedAt = stack.clock.now();
      stack.clock.advance(60_000);
      await send(reply('resume', user), user, replyTo);
      const resumed = await only(user);
      expect(resumed.status).toBe('OPEN');
      stack.clock.advance(lateMs);
      await stack.send(second, { from: user, to: replyTo, receivedAt });
      expect(stateOf(await only(user))).toEqual(stateOf(resumed));
      expect((await lastMail(user))?.subject).toMatch(
        /^Done: Not paused: you replied resume after writing this/,
      );
    },
  );

  it('a pause whose first delivery failed, handled after a later resume while open, does not pause', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    const pause = reply('pause', user);
    stack.clock.advance(60_000);
    expect(await send(reply('resume', user), user, replyTo)).toBe('unchanged');
    expect((await lastMail(user))?.subject).toMatch(/^Done: Not paused/);
    const resumed = await only(user);
    stack.clock.advance(60_000);
    await send(pause, user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(resumed));
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Not paused: you replied resume after writing this/,
    );
  });

  it('a resume written before a later pause, handled after it, does not resume', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await send(reply('pause', user), user, replyTo);
    stack.clock.advance(60_000);
    const resume = reply('resume', user);
    stack.clock.advance(60_000);
    await send(reply('pause', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Already paused/);
    const paused = await only(user);
    stack.clock.advance(60_000);
    await send(resume, user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(paused));
    expect(await stack.schedulesOf(paused)).toEqual([]);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Still paused: you paused again after writing this/,
    );
  });

  it('snooze moves every pending draft past the date', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await send(reply('snooze 12d', user), user, replyTo);
    const snoozed = await only(user);
    const wake = BASE.getTime() + 12 * DAY - 60_000;
    for (const milestone of snoozed.milestones.filter((m) => m.state === 'PENDING')) {
      expect(Date.parse(milestone.due)).toBeGreaterThanOrEqual(wake);
    }
    await expectSchedulesMatch(snoozed);
    const mail = await lastMail(user);
    expect(mail?.subject).toMatch(/^Done: Snoozed until Sun, Dec 13/);
    expect(mail?.attachments.some((a) => a.filename === 'followup-plan.ics')).toBe(true);
  });

  it('a snooze whose answer was refused: the retry moves nothing again, and answers it with the plan', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    const snooze = reply('snooze 12d', user);
    stack.mailer.failNext('refused');
    // Saved and scheduled, then the answer is refused: the delivery fails, and is retried.
    await expect(send(snooze, user, replyTo)).rejects.toThrow();
    const snoozed = await only(user);
    stack.clock.advance(60_000);

    expect(await send(snooze, user, replyTo)).toBe('unchanged');
    expect((await only(user)).milestones).toEqual(snoozed.milestones);
    const mail = await lastMail(user);
    expect(mail?.subject).toMatch(
      /^Done: Snoozed until Sun, Dec 13.*\(Done when this message first came\.\)/,
    );
    expect(mail?.subject).not.toMatch(/Nothing changed/);
    expect(mail?.attachments.some((a) => a.filename === 'followup-plan.ics')).toBe(true);
  });

  it('a command mail delivered again after its answer went out is not answered twice', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    // Every try at marking the pause done fails, and no invocation time is left to try again.
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    const pause = reply('pause', user);
    try {
      await stack.send(pause, { from: user, to: replyTo }, { timeLeftMs: () => 0 });
    } finally {
      stack.store.completeMessage = markDone;
    }
    const paused = await only(user);
    // SES delivers it again once its lease is over: it acts no more, and its answer is out.
    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    expect(await send(pause, user, replyTo)).toBe('unchanged');
    expect(stateOf(await only(user))).toEqual(stateOf(paused));
    const answers = (await mailsTo(user)).filter((m) => m.subject?.startsWith('Done: '));
    expect(answers.map((m) => m.subject)).toEqual([expect.stringMatching(/^Done: Paused\./)]);
  });

  it('heard back stops the follow-ups at once, keeps the thank-you and the close-out', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await send(reply('heard back', user), user, replyTo);
    const heard = await only(user);
    expect(heard.status).toBe('OPEN');
    const states = Object.fromEntries(heard.milestones.map((m) => [m.kind, m.state]));
    expect(states).toEqual({
      'thank-you': 'PENDING',
      'follow-up-1': 'CANCELLED',
      'follow-up-2': 'CANCELLED',
      // The application still ends: heard back is no reason to keep it open forever.
      'close-out': 'PENDING',
    });
    await expectSchedulesMatch(heard);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Noted: they answered/);

    await send(reply('they replied', user), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(heard));
    expect((await lastMail(user))?.subject).toMatch(/^Done: Already noted/);

    // After the policy's wait the close-out ends the application.
    const closeOut = heard.milestones.find((m) => m.kind === 'close-out');
    stack.clock.set(new Date(Date.parse(closeOut?.due ?? '') + 60_000));
    await stack.fireDue();
    expect((await only(user)).status).toBe('CLOSED');
  });

  it('notes:, update:, time: and interviewer: change what later drafts say and when', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);

    await send(reply('notes: we discussed their Kafka migration', user), user, replyTo);
    await send(reply('update: I passed the CKA exam', user), user, replyTo);
    await send(reply('notes: we discussed their Kafka migration', user), user, replyTo);
    const noted = await only(user);
    expect(noted.notes).toEqual([
      'we discussed their Kafka migration',
      'update: I passed the CKA exam',
    ]);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Already noted/);

    await send(reply('time: Dec 11 2026 10am ET', user), user, replyTo);
    const moved = await only(user);
    expect(moved.interviews[0]?.start).toBe('2026-12-11T10:00:00-05:00');
    const thankYou = moved.milestones.find((m) => m.kind === 'thank-you');
    expect(thankYou?.due.startsWith('2026-12-11')).toBe(true);
    expect(thankYou?.due).not.toBe(application.milestones[0]?.due);
    await expectSchedulesMatch(moved);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Interview time set to Fri, Dec 11/);

    await send(
      reply('interviewer: Sam Ortiz <sam.ortiz@harborviewlabs.example>', user),
      user,
      replyTo,
    );
    const withSam = await only(user);
    expect(withSam.interviews[0]?.interviewers.map((p) => p.email)).toEqual([
      'dana.lee@harborviewlabs.example',
      'sam.ortiz@harborviewlabs.example',
    ]);
    expect(withSam.milestones.filter((m) => m.kind === 'thank-you')).toHaveLength(2);
    await expectSchedulesMatch(withSam);
  });

  it('settings: set timezone and set hours move every pending draft', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);

    await send(reply('set timezone Europe/Berlin', user), user, INTAKE);
    const berlin = await only(user);
    expect(berlin.timezone).toBe('Europe/Berlin');
    expect(berlin.milestones.every((m) => m.timezone === 'Europe/Berlin')).toBe(true);
    await expectSchedulesMatch(berlin);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Your time zone is now Europe\/Berlin/);

    await send(reply('set hours 10-16', user), user, replyTo);
    const hours = await only(user);
    for (const milestone of hours.milestones.filter((m) => m.state === 'PENDING')) {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(milestone.due));
      expect(local >= '10:00' && local < '16:00', `${milestone.kind} at ${local}`).toBe(true);
    }
    await expectSchedulesMatch(hours);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Drafts now arrive between 10:00 and 16:00/,
    );

    await send(reply('set hours 10-16', user), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(hours));
    expect((await lastMail(user))?.subject).toMatch(/already arrive/);
  });

  it('set locale: every later mail writes dates as that locale does; a draft stays English', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await send(reply('status', user), user, INTAKE);
    expect((await lastMail(user))?.text).toMatch(
      /Thank-you note to Dana Lee: Thu, Dec 10, \d+:\d\d [AP]M ET/,
    );

    await send(reply('set locale en-GB', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Dates and times are now written for en-GB/,
    );
    const before = await only(user);
    await send(reply('set locale en_GB', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/already written for en-GB/);
    await send(reply('set locale Klingon', user), user, replyTo);
    expect((await lastMail(user))?.text).toMatch(/"Klingon" is not a locale/);
    expect(stateOf(await only(user))).toEqual(stateOf(before));

    await send(reply('status', user), user, INTAKE);
    expect((await lastMail(user))?.text).toMatch(
      /Thank-you note to Dana Lee: Thu 10 Dec, \d\d:\d\d (?:EST|ET)/,
    );
    await stack.advance(10 * DAY);
    const draft = (await mailsTo(user)).find((mail) => mail.subject?.startsWith('Ready to send'));
    expect(draft?.text).toMatch(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} Dec, \d\d:\d\d /);
    expect(draft?.text).not.toMatch(/\b(?:Dec|Jan) \d{1,2}, \d{1,2}:\d\d [AP]M/);
    expect(draft?.text).toMatch(/Thank you/);
  });

  it('status lists every open application with its next date; help and unknown words get help', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await open(user, confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'));
    await send(reply('status', user), user, INTAKE);
    const status = await lastMail(user);
    expect(status?.subject).toBe('Status: 2 open applications');
    expect(status?.text).toMatch(/Harborview Labs, Frontend Engineer/);
    expect(status?.text).toMatch(/Harborview Labs, Platform Engineer/);
    expect(status?.text).toMatch(/Thank-you note to Dana Lee: Thu, Dec 10/);

    await send(reply('help', user), user, INTAKE);
    expect((await lastMail(user))?.subject).toBe('How to use followup');
    const before = await stack.applications(user);
    await send(reply('could you maybe do the thing', user), user, replyTo);
    expect((await lastMail(user))?.subject).toBe('How to use followup');
    expect(await stack.applications(user)).toEqual(before);
  });

  it('a command to the bare intake asks which application, and `stop 2` closes that one', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const first = await open(user);
    stack.clock.set(new Date(BASE.getTime() + 60_000));
    const second = await open(
      user,
      confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'),
    );

    await send(reply('stop', user), user, INTAKE);
    const question = await lastMail(user);
    expect(question?.replyTo?.[0]?.address).toBe(INTAKE);
    expect(question?.text).toMatch(/1\) Harborview Labs, Frontend Engineer \(next: thank-you note/);
    expect(question?.text).toMatch(/2\) Harborview Labs, Platform Engineer/);
    expect(question?.text).toMatch(/stop 1/);
    expect((await stack.applications(user)).map((a) => a.status)).toEqual(['OPEN', 'OPEN']);

    await send(reply('stop 2', user), user, INTAKE);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === second.application.id)?.status).toBe('CLOSED');
    expect(after.find((a) => a.id === first.application.id)?.status).toBe('OPEN');
    expect((await lastMail(user))?.subject).toBe('Stopped: Harborview Labs, Platform Engineer');
    expect(await stack.schedulesOf(second.application)).toEqual([]);

    // A number that was never on the list acts on nothing and asks again.
    await send(reply('pause 7', user), user, INTAKE);
    expect((await lastMail(user))?.text).toMatch(/There is no number 7 in the list I sent/);
    expect((await stack.applications(user)).map((a) => a.status).sort()).toEqual([
      'CLOSED',
      'OPEN',
    ]);
  });

  /** Handled, but every try at marking it done fails: SES delivers it again after its lease. */
  const sendNeverMarkedDone = async (raw: string, user: string, to = INTAKE) => {
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    try {
      return await stack.send(raw, { from: user, to }, { timeLeftMs: () => 0 });
    } finally {
      stack.store.completeMessage = markDone;
    }
  };

  it('a setting delivered again after a later one changes nothing, and its answer out, sends none', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    const tokyo = reply('set timezone Asia/Tokyo', user);
    await sendNeverMarkedDone(tokyo, user);
    expect((await only(user)).timezone).toBe('Asia/Tokyo');
    await send(reply('set timezone Europe/Berlin', user), user);
    const berlin = await only(user);
    expect(berlin.timezone).toBe('Europe/Berlin');

    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    await send(tokyo, user);
    expect(stateOf(await only(user))).toEqual(stateOf(berlin));
    // Its answer went out the first time: none again.
    const zoneAnswers = (await mailsTo(user)).filter((m) =>
      /Your time zone is now/.test(m.text ?? ''),
    );
    expect(zoneAnswers.map((m) => /Asia\/Tokyo/.test(m.text ?? ''))).toEqual([true, false]);
  });

  it('a setting or digest mail whose answer was refused is answered when retried, then no more', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    for (const [command, answer] of [
      ['set timezone Asia/Tokyo', /Your time zone is now Asia\/Tokyo/],
      ['digest on', /Weekly digest on/],
    ] as const) {
      const mail = reply(command, user);
      stack.mailer.failNext('refused');
      await expect(send(mail, user)).rejects.toThrow();
      // Retried, it is answered, and every try at marking it done fails.
      stack.clock.advance(60_000);
      await sendNeverMarkedDone(mail, user);
      expect((await lastMail(user))?.text).toMatch(answer);
      expect((await lastMail(user))?.text).toMatch(/\(Done when this message first came\.\)/);
      // Its answer out, SES delivers it again after its lease: it is answered no more.
      const count = (await mailsTo(user)).length;
      stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
      await send(mail, user);
      expect((await mailsTo(user)).length).toBe(count);
    }
    // The schedules are the whole stack's: later tests count its digests.
    await send(reply('digest off', user), user);
  });

  it('a command to the bare intake delivered again acts where it first did, whatever is open by then', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const first = await open(user);
    const pause = reply('pause', user);
    expect(await sendNeverMarkedDone(pause, user)).toBe('application-changed');
    expect((await only(user)).status).toBe('PAUSED');
    // Meanwhile the user stops that one and forwards another: it is now the only open one.
    await send(reply('stop', user), user, first.replyTo);
    stack.clock.advance(60_000);
    const second = await open(
      user,
      confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'),
    );

    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    expect(await send(pause, user, INTAKE)).toBe('unchanged');
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === second.application.id)?.status).toBe('OPEN');
    expect(after.find((a) => a.id === first.application.id)?.status).toBe('CLOSED');
    await expectSchedulesMatch(second.application);
  });

  it('a command to the bare intake in reply to one of our mails acts on that application', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user, confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'));
    const { application } = await open(user);
    const ourId = (await lastMail(user))?.messageId ?? '';
    expect(ourId).toMatch(/^<.+@followup\.example\.com>$/);
    const answer = reply('pause', user)
      .replace(/^In-Reply-To: .*$/m, `In-Reply-To: ${ourId}`)
      .replace(/^References: .*$/m, `References: ${ourId}`);
    await send(answer, user, INTAKE);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === application.id)?.status).toBe('PAUSED');
    expect(after.filter((a) => a.status === 'OPEN')).toHaveLength(1);
    expect((await lastMail(user))?.subject).toBe(
      'Done: Paused. Nothing will be sent until you reply resume. (Harborview Labs, Frontend Engineer)',
    );
  });

  it('sent marks the draft the user sent on, once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);
    const thankYou = application.milestones.find((m) => m.kind === 'thank-you');
    stack.clock.set(new Date(Date.parse(thankYou?.due ?? '') - HOUR));
    await stack.advance(2 * HOUR);
    expect((await lastMail(user))?.subject).toMatch(/^Ready to send: thank-you note/);

    await send(reply('sent', user), user, replyTo);
    const marked = await only(user);
    expect(marked.milestones.find((m) => m.kind === 'thank-you')?.userSentAt).toBeDefined();
    expect(marked.milestones.find((m) => m.kind === 'thank-you')?.sending).toBeUndefined();
    expect((await lastMail(user))?.subject).toMatch(/^Done: Noted: you sent it/);
    await send(reply('I sent it', user), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(marked));
    expect((await lastMail(user))?.subject).toMatch(/^Done: Already noted/);
  });

  it('the weekly digest: on, arrives on Monday with the status, plans the next, off', async () => {
    stack.clock.set(BASE);
    const user = someone();
    await open(user);
    const digests = async () =>
      (await stack.scheduleNames()).filter((n) => n.startsWith('digest-'));
    const before = await digests();

    await send(reply('digest on', user), user, INTAKE);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Weekly digest on: .* The first comes Mon, Dec 7, 9:30 AM ET/,
    );
    const [first, ...others] = (await digests()).filter((n) => !before.includes(n));
    expect(others).toEqual([]);
    expect(first).toMatch(/^digest-[0-9a-f]{12}-20261207$/);

    // Monday 7 Dec, 09:30 in New York is 14:30 UTC.
    stack.clock.set(new Date('2026-12-07T14:00:00Z'));
    await stack.advance(HOUR);
    const digest = await lastMail(user);
    expect(digest?.subject).toBe('Status: 1 open application');
    expect(digest?.text).toMatch(/Harborview Labs, Frontend Engineer/);
    const next = (await digests()).filter((n) => !before.includes(n));
    expect(next).toEqual([first?.replace('20261207', '20261214')]);

    // The fired one again (a Scheduler retry): nothing.
    const count = (await mailsTo(user)).length;
    const outcome = await stack.fire({
      userId: user,
      applicationId: 'digest',
      milestoneId: first?.slice('digest-'.length) ?? '',
    });
    expect(outcome).toBe('not-pending');
    expect(await mailsTo(user)).toHaveLength(count);

    await send(reply('digest off', user), user, INTAKE);
    expect((await digests()).filter((n) => !before.includes(n))).toEqual([]);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Weekly digest off/);
  });

  it('forget deletes everything only after the confirmation reply, and only once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    // Every raw message stored before this test is someone else's.
    const othersRawMail = stack.rawMail.keys();
    const { application } = await open(user);
    await open(user, confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'));
    await send(reply('digest on', user), user, INTAKE);

    await send(reply('forget', user), user, INTAKE);
    const request = await lastMail(user);
    const confirmTo = request?.replyTo?.[0]?.address ?? '';
    expect(confirmTo).toMatch(
      /^interviews\+forget-[a-z2-7]+\.[a-z0-9_-]{16}@followup\.example\.com$/,
    );
    expect(request?.text).toMatch(/reply forget to this mail within 24 hours/);
    expect(await stack.applications(user)).toHaveLength(2);

    // A second forget is the same request, with the same confirmation address.
    await send(reply('forget', user), user, INTAKE);
    expect((await lastMail(user))?.replyTo?.[0]?.address).toBe(confirmTo);

    // Anything but a confirmation deletes nothing ("forget it" means never mind).
    await send(reply('no wait', user), user, confirmTo);
    await send(reply('forget it', user), user, confirmTo);
    // Nor does a guess at the word: `frget` is asked about, never confirmed.
    await send(reply('frget', user), user, confirmTo);
    expect(await stack.applications(user)).toHaveLength(2);

    expect(stack.rawMail.keys().length).toBeGreaterThan(othersRawMail.length + 6);
    await send(reply('forget', user), user, confirmTo);
    expect(await stack.applications(user)).toEqual([]);
    // Their raw mail is gone at once, the confirmation too; everyone else's stays.
    expect(stack.rawMail.keys()).toEqual(othersRawMail);
    expect(await stack.store.rawMailOf(user)).toEqual([]);
    expect(await stack.schedulesOf(application)).toEqual([]);
    expect((await stack.scheduleNames()).filter((n) => n.startsWith('digest-'))).toEqual([]);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Deleted: 2 applications/);
    // Nothing of the user is left: no application, no profile (the store contract proves that
    // deleteUser empties the user's whole DynamoDB partition).
    expect(await stack.store.getProfile(user)).toBeUndefined();

    // The confirmation was used: replaying it deletes nothing more and says so.
    await open(user);
    await send(reply('forget', user), user, confirmTo);
    expect(await stack.applications(user)).toHaveLength(1);
    expect((await lastMail(user))?.subject).toMatch(/no longer valid/);
  });
});
