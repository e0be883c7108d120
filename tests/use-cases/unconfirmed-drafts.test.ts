// A draft whose send may or may not have gone out (the mail service's answer was lost), through the
// milestone and inbound use-cases on in-memory ports: it is never sent again on its own, the user
// is told once (a refused notice is retried, and the doctor fires one no retry could send),
// `status` lists it, and a `notes:` reply brings an unconfirmed thank-you again (a re-draft is sent
// at most once too). `resend` brings any of them again as a copy, once, by the draft's own outbox
// rules: a redelivered `resend` sends no second, a refused copy is retried, a lost one is told.
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTICE_REFUSALS_BOUND } from '../../functions/core/application.ts';
import type { Logger } from '../../functions/core/logger.ts';
import type { Application } from '../../functions/core/model.ts';
import { runDoctor } from '../../functions/core/use-cases/doctor.ts';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { ASYNC_RETRY_DELAYS_MS } from '../../local/lambda-async.ts';
import { newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('unconfirmed', 20, []);
const MINUTE = 60_000;

describe('a draft that may not have arrived', () => {
  let stack: MemoryStack;
  let user: string;
  let replyTo: string;
  let application: Application;
  const from = newMessages('unconfirmed@mail.gmail.example', () => stack.clock.now());
  const subjects = async (prefix: string) =>
    (await stack.mailTo(user))
      .map((mail) => mail.subject ?? '')
      .filter((subject) => subject.startsWith(prefix));
  const thankYou = async () => {
    const found = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'thank-you',
    );
    if (!found) throw new Error('no thank-you milestone');
    return found;
  };
  /** A new reply from the user holding `command`, answering the mail `inReplyTo` names. */
  const replyMail = async (command: string, inReplyTo?: string) => {
    const template = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    const answering = inReplyTo
      ? template.replace(/^(In-Reply-To|References): .*$/gm, `$1: <${inReplyTo}>`)
      : template;
    return from(answering.replaceAll('Stop.', command), user);
  };
  const deliver = (mail: string) => stack.send(mail, { from: user, to: replyTo });
  const reply = async (command: string, inReplyTo?: string) =>
    deliver(await replyMail(command, inReplyTo));
  /** The Message-ID of the last mail to the user whose subject starts with `prefix`. */
  const idOfLast = async (prefix: string) => {
    const mail = (await stack.mailTo(user)).filter((m) => m.subject?.startsWith(prefix)).at(-1);
    if (!mail?.messageId) throw new Error(`no mail ${prefix}`);
    return mail.messageId.replace(/^<|>$/g, '');
  };
  /** Fires the thank-you with the mail service's answer lost: the user gets its notice. */
  const thankYouInDoubt = async () => {
    const due = Date.parse((await thankYou()).due);
    stack.mailer.failNext('answer-lost');
    await stack.advance(due - stack.clock.now().getTime() + MINUTE);
    expect(await subjects('Did it arrive? Thank-you note')).toHaveLength(1);
  };

  beforeEach(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    user = users.someone();
    const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    ({ application, replyTo } = await stack.open(user, from(confirmation, user)));
  });

  it('is sent at most once, and the user is told once; status lists it', async () => {
    const due = Date.parse((await thankYou()).due);
    stack.mailer.failNext('answer-lost');
    await stack.advance(due - stack.clock.now().getTime() + MINUTE);

    // The mail service kept it (its answer was lost): one draft, one notice, no retry.
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    const told = (await stack.mailTo(user)).filter((m) => m.subject?.startsWith('Did it arrive?'));
    expect(told.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Did it arrive\? Thank-you note to Dana Lee \(Harborview Labs/),
    ]);
    expect(told[0]?.text).toMatch(/I mailed you this draft \w{3}, Dec \d+, .* ET, but/);
    expect(told[0]?.text).toContain('reply notes: with anything the note should mention');
    expect(await thankYou()).toMatchObject({ state: 'SENT', unconfirmed: { told: true } });

    // A late or duplicate firing sends nothing more.
    const ref = { userId: user, applicationId: application.id, milestoneId: (await thankYou()).id };
    expect(await stack.fire(ref)).toBe('not-pending');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect(await subjects('Did it arrive?')).toHaveLength(1);

    await reply('status');
    expect((await stack.lastMailTo(user))?.text).toMatch(
      /Thank-you note to Dana Lee: mailed to you .* ET, but its delivery could not be confirmed/,
    );

    // The way back the notice offers: a note brings the thank-you again, with it.
    await reply('notes: we discussed their Kafka migration');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);

    // A re-draft whose answer is lost is not sent again either: the note (answered first) is done.
    stack.mailer.failNext('delivered', 'answer-lost');
    await reply('notes: we discussed their move to Rust');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(3);
    expect(await subjects('Done: Noted')).toHaveLength(2);
  });

  it("two firings owing the same notice (a retry and the doctor's) tell it once", async () => {
    const milestone = await thankYou();
    const ref = { userId: user, applicationId: application.id, milestoneId: milestone.id };
    stack.clock.set(new Date(Date.parse(milestone.due) + MINUTE));
    // The draft's answer is lost and its notice refused: the notice is owed.
    stack.mailer.failNext('answer-lost', 'refused');
    await expect(stack.fire(ref)).rejects.toThrow(/refused/);
    expect(await thankYou()).toMatchObject({ unconfirmed: { told: false } });

    const outcomes = await Promise.all([stack.fire(ref), stack.fire(ref)]);
    expect(outcomes).toEqual(['unconfirmed', 'unconfirmed']);
    expect(await subjects('Did it arrive?')).toHaveLength(1);
    expect(await thankYou()).toMatchObject({ unconfirmed: { told: true } });
    expect(await stack.fire(ref)).toBe('not-pending');
    expect(await subjects('Did it arrive?')).toHaveLength(1);
  });

  it('a notice refused for good (a suppressed address) is given up after a bound, and said so', async () => {
    const warnings: { message: string; fields: unknown }[] = [];
    const logger: Logger = {
      info() {},
      warn: (message, fields) => warnings.push({ message, fields }),
      error() {},
    };
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed }, { logger });
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    ({ application, replyTo } = await stack.open(user, from(confirmation, user)));
    const milestone = await thankYou();
    const ref = { userId: user, applicationId: application.id, milestoneId: milestone.id };
    stack.clock.set(new Date(Date.parse(milestone.due) + MINUTE));
    stack.mailer.failNext('answer-lost', 'refused');
    await expect(stack.fire(ref)).rejects.toThrow(/refused/);
    stack.mailer.refuseAll(true);
    const daily: string[][] = [];
    for (let day = 0; day < 5; day++) {
      const { repaired } = await runDoctor(stack.deps);
      daily.push(repaired['notice-owed'] ?? []);
      // The doctor's firing, then Lambda's two retries of it.
      await stack.advance(MINUTE);
      for (const wait of ASYNC_RETRY_DELAYS_MS) await stack.advance(wait);
      await stack.advance(24 * 60 * MINUTE);
    }
    // Every attempt counts (each firing makes three): the doctor fires it on a day or two while
    // the bound allows, then never.
    const firingDays = daily.filter((ids) => ids.length > 0).length;
    expect(firingDays).toBeGreaterThan(0);
    expect(firingDays).toBeLessThan(3);
    expect(daily.at(-1)).toEqual([]);
    expect(await thankYou()).toMatchObject({ unconfirmed: { told: false } });
    expect(await subjects('Did it arrive?')).toEqual([]);
    const gaveUp = warnings.filter((w) => w.message.includes('notice given up'));
    expect(gaveUp).toEqual([
      {
        message: expect.any(String),
        fields: {
          applicationId: application.id,
          milestoneId: milestone.id,
          count: NOTICE_REFUSALS_BOUND,
        },
      },
    ]);
  });

  it('a draft out whose settle write fails once is settled by a retry: no false notice', async () => {
    const milestone = await thankYou();
    const ref = { userId: user, applicationId: application.id, milestoneId: milestone.id };
    stack.clock.set(new Date(Date.parse(milestone.due) + MINUTE));
    // The table fails the first write after the draft went out (the write marking it out).
    const { store } = stack.deps;
    const save = store.save.bind(store);
    const mailsBefore = stack.mailer.sent().length;
    let failed = 0;
    store.save = async (next) => {
      if (stack.mailer.sent().length > mailsBefore && failed === 0) {
        failed += 1;
        throw new Error('the table is unavailable');
      }
      return save(next);
    };
    expect(await stack.fire(ref)).toBe('sent');
    expect(failed).toBe(1);
    expect((await thankYou()).sending).toBeUndefined();

    stack.clock.set(new Date(stack.clock.now().getTime() + 10 * MINUTE));
    const { repaired } = await runDoctor(stack.deps);
    expect([repaired['stuck-send'], repaired['notice-owed']]).toEqual([undefined, undefined]);
    await stack.advance(MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect(await subjects('Did it arrive?')).toEqual([]);
  });

  it('a refused draft whose release write fails once is released by a retry: sent later', async () => {
    const milestone = await thankYou();
    const ref = { userId: user, applicationId: application.id, milestoneId: milestone.id };
    stack.clock.set(new Date(Date.parse(milestone.due) + MINUTE));
    // The mail service refuses the draft, and the table fails the write that gives the claim back.
    stack.mailer.failNext('refused');
    const { store } = stack.deps;
    const save = store.save.bind(store);
    let failed = 0;
    store.save = async (next) => {
      const held = next.milestones.find((m) => m.id === milestone.id);
      if (held?.state === 'PENDING' && failed === 0) {
        failed += 1;
        throw new Error('the table is unavailable');
      }
      return save(next);
    };
    await expect(stack.fire(ref)).rejects.toThrow();
    expect(failed).toBe(1);
    // Given back, not held: the next firing sends it.
    expect((await thankYou()).state).toBe('PENDING');
    store.save = save;
    expect(await stack.fire(ref)).toBe('sent');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
  });

  it('a notice refused is told by the retry; one no retry could send, by the doctor', async () => {
    const due = Date.parse((await thankYou()).due);
    // The draft's answer is lost; its notice is refused, then told by Lambda's retry.
    stack.mailer.failNext('answer-lost', 'refused');
    await stack.advance(due - stack.clock.now().getTime() + MINUTE);
    expect(await subjects('Did it arrive?')).toHaveLength(0);
    await stack.advance(ASYNC_RETRY_DELAYS_MS[0]);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect(await subjects('Did it arrive?')).toHaveLength(1);
    expect(await thankYou()).toMatchObject({ unconfirmed: { told: true } });

    // The follow-up's notice is refused by every retry: the doctor fires it once more.
    const followUp = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'follow-up-1',
    );
    if (!followUp) throw new Error('no follow-up');
    stack.mailer.failNext('answer-lost', 'refused', 'refused', 'refused');
    await stack.advance(Date.parse(followUp.due) - stack.clock.now().getTime() + MINUTE);
    for (const wait of ASYNC_RETRY_DELAYS_MS) await stack.advance(wait);
    expect(await subjects('Did it arrive?')).toHaveLength(1);
    expect((await runDoctor(stack.deps)).repaired).toEqual({
      'notice-owed': [`${application.id}/${followUp.id}`],
    });
    await stack.advance(2 * MINUTE);
    const told = (await stack.mailTo(user)).filter((m) => m.subject?.startsWith('Did it arrive?'));
    expect(told.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Did it arrive\? Thank-you note/),
      expect.stringMatching(/^Did it arrive\? First follow-up/),
    ]);
    expect(told[1]?.text).toContain('reply resend to this mail: it comes again, once');
    expect(await subjects('Ready to send: first follow-up')).toHaveLength(1);
    expect((await runDoctor(stack.deps)).repaired).toEqual({});
  });
  it('resend, in reply to the notice, mails it again once as a copy; redelivered, no second', async () => {
    await thankYouInDoubt();
    expect((await stack.lastMailTo(user))?.text).toContain('reply resend to this mail');
    const resend = await replyMail('resend', await idOfLast('Did it arrive?'));
    expect(await deliver(resend)).toBe('application-changed');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Sending your thank-you note to Dana Lee again: it comes in a minute or two, marked as a copy/,
    );
    // SES delivers inbound mail at least once: the same mail again acts no more.
    expect(await deliver(resend)).toBe('duplicate');
    // Another resend before the copy is out: it is on its way already.
    await reply('please resend the draft');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: A copy of your thank-you note to Dana Lee is already on its way/,
    );

    await stack.advance(2 * MINUTE);
    const drafts = (await stack.mailTo(user)).filter((m) =>
      m.subject?.startsWith('Ready to send: thank-you'),
    );
    expect(drafts.map((m) => m.subject)).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(
        /^Ready to send: thank-you note to Dana Lee \(.*\) \(sent again at your request\)$/,
      ),
    ]);
    expect(drafts[1]?.text).toMatch(
      /Sent again at your request: the one I mailed you \w{3}, Dec \d+, .* ET may not have arrived\./,
    );
    expect(await thankYou()).toMatchObject({ state: 'SENT' });
    expect((await thankYou()).unconfirmed).toBeUndefined();
    expect((await thankYou()).sending).toBeUndefined();

    // Out, nothing is in doubt: later firings, redeliveries and resends send nothing more.
    await stack.advance(10 * MINUTE);
    expect(await deliver(resend)).toBe('duplicate');
    await reply('resend', await idOfLast('Did it arrive?'));
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Nothing to resend: that draft, the thank-you note to Dana Lee, was mailed to you/,
    );
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    // A `sent` replying to the copy names the thank-you.
    await reply('sent', await idOfLast('Ready to send: thank-you'));
    expect((await thankYou()).userSentAt).toBeDefined();
  });

  it('a notes: re-draft of a thank-you in doubt, once out, settles the doubt', async () => {
    await thankYouInDoubt();
    const notice = await idOfLast('Did it arrive?');
    await reply('notes: we discussed their Kafka migration');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect((await thankYou()).unconfirmed).toBeUndefined();

    // The user has it: status offers no resend, and a resend (to the notice too) sends nothing.
    await reply('status');
    expect((await stack.lastMailTo(user))?.text).not.toContain('could not be confirmed');
    await reply('resend', notice);
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Nothing to resend: that draft, the thank-you note to Dana Lee, was mailed to you/,
    );
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect((await runDoctor(stack.deps)).repaired).toEqual({});
  });

  it('a re-draft whose own answer is lost leaves the thank-you in doubt', async () => {
    await thankYouInDoubt();
    // The note's answer goes out; the re-draft's answer is lost.
    stack.mailer.failNext('delivered', 'answer-lost');
    await reply('notes: we discussed their Kafka migration');
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect(await thankYou()).toMatchObject({ unconfirmed: { told: true } });
    await reply('status');
    expect((await stack.lastMailTo(user))?.text).toContain('reply resend for a copy');
  });

  it('resend with nothing in doubt says what was mailed, and sends no draft', async () => {
    await reply('resend');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Nothing to resend: no draft of this application has been mailed to you yet\. Nothing changed\./,
    );
    const due = Date.parse((await thankYou()).due);
    await stack.advance(due - stack.clock.now().getTime() + MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);

    await reply('It never arrived, can you send it again?');
    const answer = await stack.lastMailTo(user);
    expect(answer?.subject).toMatch(
      /^Done: Nothing to resend: your last draft, the thank-you note to Dana Lee, was mailed to you \w{3}, Dec \d+, .* ET, and the mail service took it/,
    );
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect(await thankYou()).toMatchObject({ state: 'SENT' });
    expect((await thankYou()).unconfirmed).toBeUndefined();
  });

  it('a copy follows the outbox rules: refused, it is retried; its answer lost, it is told, not sent twice', async () => {
    await thankYouInDoubt();
    await reply('resend');
    // The copy's first send is refused (certainly not out): Lambda's retry sends it, once.
    stack.mailer.failNext('refused');
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect((await thankYou()).unconfirmed?.resend).toBeDefined();
    await stack.advance(ASYNC_RETRY_DELAYS_MS[0]);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect((await thankYou()).unconfirmed).toBeUndefined();

    // The follow-up in doubt too, and a copy of it whose answer is lost: told, not sent again.
    const followUp = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'follow-up-1',
    );
    if (!followUp) throw new Error('no follow-up');
    stack.mailer.failNext('answer-lost');
    await stack.advance(Date.parse(followUp.due) - stack.clock.now().getTime() + MINUTE);
    await reply('send it again', await idOfLast('Did it arrive? First follow-up'));
    expect((await stack.lastMailTo(user))?.subject).toMatch(/^Done: Sending your first follow-up/);
    stack.mailer.failNext('answer-lost');
    await stack.advance(2 * MINUTE);
    for (const wait of ASYNC_RETRY_DELAYS_MS) await stack.advance(wait);
    expect(await subjects('Ready to send: first follow-up')).toHaveLength(2);
    expect(await subjects('Did it arrive? First follow-up')).toHaveLength(2);
    const doubted = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.id === followUp.id,
    );
    expect(doubted).toMatchObject({ state: 'SENT', unconfirmed: { told: true } });
    expect(doubted?.unconfirmed?.resend).toBeUndefined();
    expect((await runDoctor(stack.deps)).repaired).toEqual({});
    expect(await subjects('Ready to send: first follow-up')).toHaveLength(2);
  });

  it('a copy whose schedule was lost is fired by the doctor; a stop before it is out cancels it', async () => {
    await thankYouInDoubt();
    await reply('resend');
    const milestone = await thankYou();
    await stack.scheduler.cancel({
      userId: user,
      applicationId: application.id,
      milestoneId: milestone.id,
    });
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect((await runDoctor(stack.deps)).repaired).toEqual({
      'copy-owed': [`${application.id}/${milestone.id}`],
    });
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect((await runDoctor(stack.deps)).repaired).toEqual({});

    // Another in doubt, a copy asked for, then stop: nothing more comes.
    const followUp = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'follow-up-1',
    );
    if (!followUp) throw new Error('no follow-up');
    stack.mailer.failNext('answer-lost');
    await stack.advance(Date.parse(followUp.due) - stack.clock.now().getTime() + MINUTE);
    await reply('resend');
    await reply('stop');
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: first follow-up')).toHaveLength(1);
    const stopped = await stack.onlyApplication(user);
    expect(stopped.status).toBe('CLOSED');
    expect(stopped.milestones.find((m) => m.id === followUp.id)?.unconfirmed).toEqual({
      told: true,
      noticeIds: expect.any(Array),
    });
  });

  it('resend, then pause: the copy waits with the application and comes once after resume', async () => {
    await thankYouInDoubt();
    await reply('resend', await idOfLast('Did it arrive?'));
    await reply('pause');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Paused\. Nothing will be sent until you reply resume/,
    );
    await stack.advance(2 * 24 * 60 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect((await runDoctor(stack.deps)).repaired).toEqual({});
    await reply('status');
    expect((await stack.lastMailTo(user))?.text).toMatch(
      /Thank-you note to Dana Lee: mailed to you .*; a copy comes when you reply resume/,
    );

    await reply('resume');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Resumed: the pending drafts are planned again, and the copy you asked for comes now/,
    );
    await stack.advance(10 * MINUTE);
    const drafts = await subjects('Ready to send: thank-you');
    expect(drafts).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
    expect((await thankYou()).unconfirmed).toBeUndefined();
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
  });

  it('status, paused again while the copy resume let go is being mailed: on its way, not waiting', async () => {
    await thankYouInDoubt();
    await reply('resend', await idOfLast('Did it arrive?'));
    await reply('pause');
    await reply('resume');

    // The copy's firing mails it; meanwhile the user pauses again, then asks for the status.
    let pauseSaved: () => void = () => {};
    const saved = new Promise<void>((resolve) => {
      pauseSaved = resolve;
    });
    const save = stack.store.save.bind(stack.store);
    stack.store.save = async (next) => {
      await save(next);
      if (next.status === 'PAUSED') pauseSaved();
    };
    const send = stack.mailer.send.bind(stack.mailer);
    let pausing: Promise<unknown> | undefined;
    let status: string | undefined;
    stack.mailer.send = async (mail) => {
      if (
        !pausing &&
        Buffer.from(mail.raw).toString('utf8').includes('sent again at your request')
      ) {
        pausing = reply('pause');
        await saved;
        await reply('status');
        status = (await stack.lastMailTo(user))?.text;
      }
      return send(mail);
    };
    await stack.advance(2 * MINUTE);
    await pausing;

    expect(status).toMatch(/Thank-you note to Dana Lee: mailed to you .*; a copy is on its way/);
    expect(status).not.toContain('a copy comes when you reply resume');
    expect(await subjects('Ready to send: thank-you')).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
    expect((await stack.onlyApplication(user)).status).toBe('PAUSED');
  });

  it('paused, a resend still comes at once: the user asked after pausing', async () => {
    await thankYouInDoubt();
    await reply('resend');
    await reply('pause');
    // Asked again while paused: it comes now, and the answer says so.
    await reply('resend');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Sending your thank-you note to Dana Lee again: it comes in a minute or two/,
    );
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(2);
    expect((await stack.onlyApplication(user)).status).toBe('PAUSED');
  });

  it('a pause handled again after its lease (never marked done) holds no copy asked for after it', async () => {
    await thankYouInDoubt();
    // Every try at marking the pause done fails, and no invocation time is left to try again.
    const markDone = stack.store.completeMessage;
    stack.store.completeMessage = async () => {
      throw new Error('the store is unavailable');
    };
    const pause = await replyMail('pause');
    expect(await stack.send(pause, { from: user, to: replyTo }, { timeLeftMs: () => 0 })).toBe(
      'application-changed',
    );
    stack.store.completeMessage = markDone;
    // Paused, the user asks for the copy: it comes at once.
    await reply('resend', await idOfLast('Did it arrive?'));

    // SES delivers the pause again once its lease is over, before the copy's schedule fires.
    stack.clock.advance(MESSAGE_LEASE_MS + MINUTE);
    expect(await deliver(pause)).toBe('unchanged');
    // Its answer went out the first time: none again.
    expect(await subjects('Done: Paused')).toHaveLength(1);
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
  });

  // Two requests can be handled in another order than the user wrote them (a first delivery that
  // failed is delivered again later, or mail from two devices crosses): each mail's own Date
  // decides which came first. The clock moves between them, so the two Dates differ.
  it('a pause written before a resend but handled after it holds no copy: it comes at once', async () => {
    await thankYouInDoubt();
    const notice = await idOfLast('Did it arrive?');
    const pause = await replyMail('pause');
    stack.clock.advance(MINUTE);
    await reply('resend', notice);
    // The pause's first delivery failed; SES delivers it again now.
    stack.clock.advance(MINUTE);
    expect(await deliver(pause)).toBe('application-changed');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Paused\. Nothing will be sent until you reply resume, but the copy you asked for after this message/,
    );
    await stack.advance(2 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
    expect((await stack.onlyApplication(user)).status).toBe('PAUSED');
  });

  it('a resend written before a pause but handled after it waits for resume, as the pause said', async () => {
    await thankYouInDoubt();
    const resend = await replyMail('resend', await idOfLast('Did it arrive?'));
    stack.clock.advance(MINUTE);
    await reply('pause');
    stack.clock.advance(MINUTE);
    expect(await deliver(resend)).toBe('application-changed');
    expect((await stack.lastMailTo(user))?.subject).toMatch(
      /^Done: Your thank-you note to Dana Lee comes again when you reply resume/,
    );
    await stack.advance(2 * 24 * 60 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    await reply('resume');
    await stack.advance(10 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
  });

  it('resend, pause, then stop: the copy waiting never comes', async () => {
    await thankYouInDoubt();
    await reply('resend');
    await reply('pause');
    await reply('stop');
    await stack.advance(2 * 24 * 60 * MINUTE);
    expect(await subjects('Ready to send: thank-you')).toHaveLength(1);
    expect((await thankYou()).unconfirmed?.resend).toBeUndefined();
  });

  it('the close-out of a closed application comes again too', async () => {
    const closeOut = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'close-out',
    );
    if (!closeOut) throw new Error('no close-out');
    await stack.advance(Date.parse(closeOut.due) - stack.clock.now().getTime() - 60 * MINUTE);
    stack.mailer.failNext('answer-lost');
    await stack.advance(61 * MINUTE);
    expect((await stack.onlyApplication(user)).status).toBe('CLOSED');
    const notice = await stack.lastMailTo(user);
    expect(notice?.subject).toMatch(/^Did it arrive\? Close-out/);
    expect(notice?.text).toContain('Nothing else is lost: the application is closed, as planned.');
    await reply('resend', await idOfLast('Did it arrive?'));
    await stack.advance(2 * MINUTE);
    const closed = (await stack.mailTo(user)).filter((m) => m.subject?.startsWith('Closed:'));
    expect(closed.map((m) => m.subject)).toEqual([
      expect.not.stringContaining('sent again'),
      expect.stringMatching(/\(sent again at your request\)$/),
    ]);
    expect((await stack.onlyApplication(user)).status).toBe('CLOSED');
  });
});
