// Race: `stop` lands while the milestone's draft is being sent. Whichever wins, the user never
// gets a draft after the stop's confirmation, and nothing comes later.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { invoke, type LambdaHandler } from '../../local/lambda.ts';
import { DAY, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';
const ROUNDS = 20;
/** Milliseconds the firing starts after the stop, in the even rounds. */
const FIRING_LEADS = [0, 15, 30, 60, 500];

// Twenty rounds through the whole stack in one test: its time follows the machine's load more than
// the default bound allows for; a hang still fails.
describe('stop while a draft is being sent', { timeout: 120_000 }, () => {
  let stack: TestStack;

  let milestone: LambdaHandler;

  beforeAll(async () => {
    stack = await startTestStack();
    milestone = stack.handlers.milestone;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it(`never mails a draft after the stop's confirmation (${ROUNDS} rounds)`, async () => {
    const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    const stop = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));

    // One application per round, opened five at a time.
    for (let batch = 0; batch < ROUNDS; batch += 5) {
      await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          stack.send(
            confirmation.replace(
              /^Message-ID: <[^>]+>/m,
              `Message-ID: <race-${batch + i}@mail.example>`,
            ),
          ),
        ),
      );
    }
    const applications = await stack.applications(USER);
    expect(applications).toHaveLength(ROUNDS);
    const replyToOf = new Map(
      (await stack.mail()).map((mail) => {
        const address = mail.replyTo?.[0]?.address ?? '';
        return [/\+([a-z0-9]+)\./.exec(address)?.[1] ?? '', address];
      }),
    );
    const thankYouOf = (application: Application) =>
      application.milestones.find((m) => m.kind === 'thank-you');
    // Four minutes before the thank-yous are due: a direct firing may claim them (five minutes
    // of tolerance), the Scheduler emulator's own tick does not fire them behind the test's back.
    const due = Date.parse(thankYouOf(applications[0] as Application)?.due ?? '');
    stack.clock.set(new Date(due - 4 * 60_000));

    const outcomes = { draftFirst: 0, stopFirst: 0 };
    for (const [round, application] of applications.entries()) {
      const replyTo = replyToOf.get(application.id) ?? '';
      const thankYou = thankYouOf(application);
      if (!thankYou || !replyTo) throw new Error('no thank-you or reply address');
      const seen = (await stack.mail()).length;

      // The firing and the stop start a few milliseconds apart, either one first; now and then
      // the firing comes well after, when the stop has surely closed the application.
      const firingLead =
        round % 2 === 0 ? (FIRING_LEADS[(round / 2) % FIRING_LEADS.length] ?? 0) : 0;
      const stopLead = round % 2 === 1 ? (round % 4) * 5 : 0;
      await Promise.all([
        sleep(firingLead).then(() =>
          invoke(milestone, 'followup-milestone', {
            userId: USER,
            applicationId: application.id,
            milestoneId: thankYou.id,
          }),
        ),
        sleep(stopLead).then(() =>
          stack.send(
            stop.replace(/^Message-ID: <[^>]+>/m, `Message-ID: <race-stop-${round}@mail.example>`),
            { from: USER, to: replyTo },
          ),
        ),
      ]);

      const subjects = (await stack.mail()).slice(seen).map((mail) => mail.subject ?? '');
      const confirmed = subjects.findIndex((s) => s.startsWith('Stopped:'));
      const drafts = subjects
        .map((s, i) => (s.startsWith('Ready to send: thank-you') ? i : -1))
        .filter((i) => i >= 0);
      expect(confirmed, subjects.join(' | ')).toBeGreaterThanOrEqual(0);
      expect(drafts.length).toBeLessThanOrEqual(1);
      for (const draft of drafts) expect(draft, subjects.join(' | ')).toBeLessThan(confirmed);
      if (drafts.length > 0) outcomes.draftFirst++;
      else outcomes.stopFirst++;

      const closed = (await stack.applications(USER)).find((a) => a.id === application.id);
      expect(closed?.status).toBe('CLOSED');
      expect(closed?.milestones.some((m) => m.state === 'PENDING' || m.sending)).toBe(false);
    }

    // Nothing of any of them comes later.
    const total = (await stack.mail()).length;
    await stack.advance(60 * DAY);
    expect((await stack.mail()).length).toBe(total);
    expect(await stack.scheduleNames()).toEqual([]);
    // The stop won some rounds and the firing others: the race was really run.
    expect(outcomes.draftFirst, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.stopFirst, JSON.stringify(outcomes)).toBeGreaterThan(0);
  });
});
