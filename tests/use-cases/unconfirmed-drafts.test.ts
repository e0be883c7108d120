// A draft whose send may or may not have gone out (the mail service's answer was lost), through the
// milestone and inbound use-cases on in-memory ports: it is never sent again, the user is told once
// (a refused notice is retried, and the doctor fires one no retry could send), `status` lists it,
// and a `notes:` reply brings an unconfirmed thank-you again (a re-draft is sent at most once too).
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTICE_REFUSALS_BOUND } from '../../functions/core/application.ts';
import type { Logger } from '../../functions/core/logger.ts';
import type { Application } from '../../functions/core/model.ts';
import { runDoctor } from '../../functions/core/use-cases/doctor.ts';
import { ASYNC_RETRY_DELAYS_MS } from '../../local/lambda-async.ts';
import { newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('unconfirmed', 8, []);
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
  const reply = async (command: string) => {
    const template = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    await stack.send(from(template.replaceAll('Stop.', command), user), {
      from: user,
      to: replyTo,
    });
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
    expect(told[1]?.text).toContain('there is no command to have it sent again');
    expect(await subjects('Ready to send: first follow-up')).toHaveLength(1);
    expect((await runDoctor(stack.deps)).repaired).toEqual({});
  });
});
