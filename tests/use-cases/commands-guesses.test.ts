// Replies that only look like commands, on the in-memory ports: a quoted header block is
// nothing of the user's; a typo or a stop in plain words is asked about and acted on only after
// `yes`; `remove interviewer:`; corrections answering "I could not read this" complete that
// forward; with one open application, a command to the bare intake acts on it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { INTAKE, newMessages, testUsers } from '../support/correspondents.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import { expectSchedulesMatch as schedulesMatch } from '../support/schedules.ts';

const users = testUsers('guess', 16);
/** The confirmations' interviews are a week or more after. */
const BASE = DEC_1_2026_7AM_NEW_YORK;

describe('replies that only look like commands', () => {
  let stack: MemoryStack;
  let confirmation: string;
  let replyTemplate: string;
  const someone = users.someone;
  const newMessage = newMessages('guess@mail.example', () => stack.clock.now());
  const fixture = async (name: string) => (await readFixture(name)).toString('utf8');

  /** A real mail as a new message from `user`, now, answering our mail `inReplyTo` if given. */
  const from = (raw: string, user: string, inReplyTo?: string) => {
    const mail = newMessage(raw, user);
    return inReplyTo
      ? mail.replace(/^(In-Reply-To|References): .*$/gm, `$1: ${inReplyTo}`)
      : mail.replace(/^(In-Reply-To|References): .*\n/gm, '');
  };

  /** A Gmail reply whose first line is `line`. */
  const reply = (line: string, user: string, inReplyTo?: string) =>
    from(replyTemplate.replaceAll('Stop.', line), user, inReplyTo);

  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });

  const lastMail = (user: string) => stack.lastMailTo(user);

  const stateOf = ({ status, milestones, interviews }: Application) => ({
    status,
    milestones,
    interviews,
  });

  const only = (user: string) => stack.onlyApplication(user);

  const expectSchedulesMatch = (application: Application) => schedulesMatch(stack, application);

  /** Opens an application; returns it, its reply address and the acknowledgment's Message-ID. */
  async function open(user: string, raw = confirmation) {
    const { application, acknowledgment: ack } = await stack.open(user, from(raw, user));
    return {
      application,
      replyTo: ack?.replyTo?.[0]?.address ?? '',
      ackId: ack?.messageId ?? '',
    };
  }

  beforeAll(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = await fixture('mail/confirmation-simple.eml');
    replyTemplate = await fixture('replies/stop-gmail.eml');
  });

  it('an empty Outlook.com reply whose quote starts with Date: moves nothing and opens nothing', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo, ackId } = await open(user);
    const outlook = await fixture('replies/outlook-com-html-empty-date-first.eml');

    await send(from(outlook, user, ackId), user, replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(application));
    expect((await lastMail(user))?.subject).toBe('How to use followup');

    // To the bare intake, in reply to the acknowledgment: still nothing, and no new application.
    await send(from(outlook, user, ackId), user, INTAKE);
    expect(stateOf(await only(user))).toEqual(stateOf(application));
    expect((await lastMail(user))?.subject).toBe('How to use followup');
    await expectSchedulesMatch(await only(user));
  });

  it('a typo is asked about, changes nothing, and `yes` applies it once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo, ackId } = await open(user);

    await send(
      from(await fixture('replies/apple-mail-typo-snooze.eml'), user, ackId),
      user,
      replyTo,
    );
    const question = await lastMail(user);
    // "snoze 2w" is asked about as the command it reads as, its argument spelled out.
    expect(question?.subject).toBe(
      'Did you mean: snooze 14 days? (Harborview Labs, Frontend Engineer)',
    );
    expect(question?.text).toMatch(/Reply yes to this mail and I will do it/);
    expect(question?.replyTo?.[0]?.address).toBe(replyTo);
    expect(stateOf(await only(user))).toEqual(stateOf(application));

    await send(reply('Yes', user, question?.messageId), user, replyTo);
    const snoozed = await only(user);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Snoozed until Tue, Dec 15/);
    for (const milestone of snoozed.milestones.filter((m) => m.state === 'PENDING')) {
      expect(Date.parse(milestone.due)).toBeGreaterThanOrEqual(BASE.getTime() + 14 * DAY - 60_000);
    }
    await expectSchedulesMatch(snoozed);

    // The suggestion was used: a second yes acts on nothing and says so.
    await send(reply('yes', user), user, replyTo);
    expect((await lastMail(user))?.subject).toBe('Yes to what? Nothing changed');
    expect(stateOf(await only(user))).toEqual(stateOf(snoozed));
  });

  it('a suggested note, once its yes has acted, leaves no text on the profile; that yes again does nothing', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    const note = 'we discussed their Kafka migration';
    await send(reply(`ntoes: ${note}`, user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Did you mean: notes: /);
    expect((await stack.store.getProfile(user))?.suggestion).toMatchObject({
      command: `notes: ${note}`,
    });

    // Marking the yes done fails on every try, so it is delivered again after its lease.
    const yes = reply('yes', user);
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    await send(yes, user, replyTo).catch(() => undefined);
    stack.store.completeMessage = markDone;
    expect((await only(user)).notes).toEqual([note]);
    const mailed = (await stack.mailTo(user)).length;
    // The note lives with its application (and its retention) only: the used suggestion is
    // cleared, and only the yes's key is kept, for its redelivery.
    const profile = await stack.store.getProfile(user);
    expect(profile?.suggestion).toBeNull();
    expect(profile?.yesDone).toEqual([
      { key: expect.stringMatching(/^[0-9a-f]{64}$/), confirmed: true },
    ]);

    stack.clock.advance(MESSAGE_LEASE_MS + 60_000);
    await send(yes, user, replyTo);
    expect((await stack.mailTo(user)).length).toBe(mailed);
    expect((await only(user)).notes).toEqual([note]);
    // Another yes finds nothing waiting.
    await send(reply('yes', user), user, replyTo);
    expect((await lastMail(user))?.subject).toBe('Yes to what? Nothing changed');
  });

  it('a yes delivered again after a newer question confirms nothing: only the question it answered', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const x = await open(user);
    const y = await open(user, confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'));
    await send(reply('stpo', user), user, x.replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Did you mean: stop\?.*Frontend/);

    // Marking the yes done fails on every try, so it is delivered again after its lease.
    const yes = reply('yes', user);
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    await send(yes, user, x.replyTo).catch(() => undefined);
    stack.store.completeMessage = markDone;
    expect((await stack.store.get(user, x.application.id))?.status).toBe('CLOSED');

    stack.clock.advance(60_000);
    await send(reply('stpo', user), user, y.replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Did you mean: stop\?.*Platform/);
    const mailed = (await stack.mailTo(user)).length;

    stack.clock.advance(MESSAGE_LEASE_MS);
    await send(yes, user, x.replyTo);
    // Before, it confirmed the newer question: Y closed and a second "Stopped" went out.
    expect((await stack.store.get(user, y.application.id))?.status).toBe('OPEN');
    expect((await stack.mailTo(user)).length).toBe(mailed);
    // The user's own yes to it still does.
    await send(reply('yes', user), user, y.replyTo);
    expect((await stack.store.get(user, y.application.id))?.status).toBe('CLOSED');
  });

  it('clearing the used suggestion fails: the yes is done all the same, its answer mailed once', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo } = await open(user);
    await send(reply('stpo', user), user, replyTo);
    const save = stack.store.saveProfile;
    stack.store.saveProfile = async (profile) => {
      if (profile.suggestion === null) throw new Error('the store is unavailable');
      return save.call(stack.store, profile);
    };
    const yes = reply('yes', user);
    // Before, the failure went up, and the retry would answer again.
    await send(yes, user, replyTo);
    stack.store.saveProfile = save;
    expect((await only(user)).status).toBe('CLOSED');
    const mailed = (await stack.mailTo(user)).length;
    expect((await lastMail(user))?.subject).toMatch(/^Stopped: /);
    await send(yes, user, replyTo);
    expect((await stack.mailTo(user)).length).toBe(mailed);
  });

  it('a stop in plain words is asked about; `yes` closes the application', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo, ackId } = await open(user);
    const gmail = (await fixture('replies/gmail-plain-words-stop.eml')).replaceAll(
      'interviews+placeholder@followup.example.com',
      replyTo,
    );

    await send(from(gmail, user, ackId), user, replyTo);
    expect((await lastMail(user))?.subject).toBe(
      'Did you mean: stop? (Harborview Labs, Frontend Engineer)',
    );
    expect((await only(user)).status).toBe('OPEN');
    expect(await stack.schedulesOf(application)).not.toEqual([]);

    await send(reply('yes please', user), user, replyTo);
    const closed = await only(user);
    expect(closed.status).toBe('CLOSED');
    expect(await stack.schedulesOf(closed)).toEqual([]);
    expect((await lastMail(user))?.subject).toBe('Stopped: Harborview Labs, Frontend Engineer');
  });

  it('a `yes` with nothing waiting, or after the question expired, changes nothing', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { application, replyTo } = await open(user);

    await send(reply('yes', user), user, replyTo);
    expect((await lastMail(user))?.subject).toBe('Yes to what? Nothing changed');
    expect((await lastMail(user))?.text).toMatch(/No question of mine is waiting for an answer/);

    await send(reply('stpo', user), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Did you mean: stop\?/);
    stack.clock.set(new Date(BASE.getTime() + 8 * DAY));
    await send(reply('yes', user), user, replyTo);
    expect((await lastMail(user))?.subject).toBe('Yes to what? Nothing changed');
    expect((await only(user)).status).toBe('OPEN');
    expect(stateOf(await only(user)).interviews).toEqual(application.interviews);
  });

  it('remove interviewer: the wrongly read one goes with its thank-you; the answer says who remains', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo, ackId } = await open(user);
    await send(
      reply('interviewer: Sam Ortiz <sam.ortiz@harborviewlabs.example>', user),
      user,
      replyTo,
    );
    const withSam = await only(user);
    expect(
      withSam.milestones.filter((m) => m.kind === 'thank-you' && m.state === 'PENDING'),
    ).toHaveLength(2);

    const thunderbird = await fixture('replies/thunderbird-remove-interviewer.eml');
    await send(from(thunderbird, user, ackId), user, replyTo);
    const without = await only(user);
    expect(without.interviews[0]?.interviewers.map((p) => p.name)).toEqual(['Dana Lee']);
    const thankYous = without.milestones.filter(
      (m) => m.kind === 'thank-you' && m.state === 'PENDING',
    );
    expect(thankYous.map((m) => m.interviewer?.name)).toEqual(['Dana Lee']);
    await expectSchedulesMatch(without);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Removed Sam Ortiz\. Interviewers now: Dana Lee\./,
    );

    await send(from(thunderbird, user, ackId), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: Sam Ortiz is not one of the interviewers, so nothing changed\. Interviewers now: Dana Lee\./,
    );
    expect(stateOf(await only(user))).toEqual(stateOf(without));
  });

  it('corrections in reply to "I could not read this" complete that forward, not another application', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const harborview = await open(user);

    await send(from(await fixture('unreadable/fernhill-itinerary-pdf.eml'), user), user);
    const unreadable = await lastMail(user);
    expect(unreadable?.subject).toMatch(/^I could not find/);
    expect(await stack.applications(user)).toHaveLength(1);

    // An answer that cannot be read leaves the forward waiting, and the other application alone.
    await send(reply('time: sometime soon', user, unreadable?.messageId), user, INTAKE);
    expect((await lastMail(user))?.subject).toMatch(
      /^Done: I could not use "sometime soon", so nothing is scheduled yet\. .*time: Tue 14 Apr 3pm ET/,
    );
    expect(await stack.applications(user)).toEqual([harborview.application]);

    // A misspelt correction is only a guess: asked about, it completes nothing yet.
    await send(reply('compnay: Fernhill Robotics', user, unreadable?.messageId), user, INTAKE);
    expect((await lastMail(user))?.subject).toMatch(/^Did you mean: company: Fernhill Robotics\?/);
    expect(await stack.applications(user)).toEqual([harborview.application]);

    const german = await fixture('replies/outlook-de-corrections.eml');
    await send(from(german, user, unreadable?.messageId), user, INTAKE);
    const applications = await stack.applications(user);
    expect(applications).toHaveLength(2);
    expect(
      stateOf(applications.find((a) => a.id === harborview.application.id) as Application),
    ).toEqual(stateOf(harborview.application));
    const fernhill = applications.find((a) => a.id !== harborview.application.id);
    expect(fernhill?.company).toBe('Fernhill Robotics');
    expect(fernhill?.interviews[0]?.start).toBe('2026-12-09T15:00:00-05:00');
    expect(fernhill?.interviews[0]?.timezone).toBe('America/New_York');
    if (!fernhill) throw new Error('no application opened');
    await expectSchedulesMatch(fernhill);
    const ack = await lastMail(user);
    expect(ack?.subject).toBe('Got it, with a question: interview with Fernhill Robotics');
    expect(ack?.text).toMatch(/Wed, Dec 9, 3:00 PM/);

    // A later answer to the same "could not read" mail acts on the application it opened.
    await send(reply('role: Staff Engineer', user, unreadable?.messageId), user, INTAKE);
    const named = (await stack.applications(user)).find((a) => a.id === fernhill.id);
    expect(named?.role).toBe('Staff Engineer');
    expect((await lastMail(user))?.subject).toMatch(/^Done: Role set to Staff Engineer/);
  });

  it('a snooze in words: a greeting and a question around it, a weekday, a number word', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const { replyTo, ackId } = await open(user);
    const gmail = await fixture('replies/gmail-greeting-snooze-question.eml');
    await send(from(gmail, user, ackId), user, replyTo);
    expect((await lastMail(user))?.subject).toMatch(/^Done: Snoozed until Tue, Dec 15/);

    stack.clock.set(BASE);
    const other = someone();
    const second = await open(other);
    await send(reply('Could you hold off until Monday?', other), other, second.replyTo);
    expect((await lastMail(other))?.subject).toMatch(/^Done: Nothing was due before Mon, Dec 7/);
    await send(reply('Please push these back a couple of weeks', other), other, second.replyTo);
    expect((await lastMail(other))?.subject).toMatch(/^Done: Snoozed until Tue, Dec 15/);
    await expectSchedulesMatch(await only(other));
  });

  it('with one open application, a command to the bare intake acts on it directly', async () => {
    stack.clock.set(BASE);
    const user = someone();
    const first = await open(user);
    await send(reply('stop', user), user, first.replyTo);
    stack.clock.set(new Date(BASE.getTime() + 60_000));
    const second = await open(
      user,
      confirmation.replaceAll('Frontend Engineer', 'Platform Engineer'),
    );

    await send(reply('pause', user), user, INTAKE);
    const after = await stack.applications(user);
    expect(after.find((a) => a.id === second.application.id)?.status).toBe('PAUSED');
    expect(after.find((a) => a.id === first.application.id)?.status).toBe('CLOSED');
    expect((await lastMail(user))?.subject).toBe(
      'Done: Paused. Nothing will be sent until you reply resume. (Harborview Labs, Platform Engineer)',
    );
  });
});
