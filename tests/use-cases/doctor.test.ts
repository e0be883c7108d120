// `followup doctor` on the in-memory ports: the store's milestones against the schedules that
// exist. A lost schedule comes back at its due time (now, when that is past, and the draft goes
// out once), a moved one goes back to the milestone's time, a stuck send is told (not sent again), and
// schedules of nothing pending are deleted; a second run finds nothing, and says so by ids.
import { beforeEach, describe, expect, it } from 'vitest';
import { revise, SEND_LEASE_MS } from '../../functions/core/application.ts';
import type { Application, MilestoneRef } from '../../functions/core/model.ts';
import { DOCTOR_STEP_RESERVE_MS, runDoctor } from '../../functions/core/use-cases/doctor.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import { expectedSchedules } from '../support/schedules.ts';

const USER = 'alex.rivera@example.net';
const MINUTE = 60_000;

const refOf = (application: Application, milestoneId: string): MilestoneRef => ({
  userId: USER,
  applicationId: application.id,
  milestoneId,
});

describe('followup doctor', () => {
  let stack: MemoryStack;
  let application: Application;
  const doctor = () => runDoctor(stack.deps);
  const drafts = async () =>
    (await stack.mailTo(USER)).filter((mail) => mail.subject?.startsWith('Ready to send:'));
  const milestone = (kind: string) => {
    const found = application.milestones.find((m) => m.kind === kind);
    if (!found) throw new Error(`no ${kind} milestone`);
    return found;
  };

  beforeEach(async () => {
    stack = startMemoryStack();
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    ({ application } = await stack.open(
      USER,
      (await readFixture('mail/confirmation-simple.eml')).toString('utf8'),
    ));
  });

  it('finds nothing to repair in a healthy stack, and says what it checked', async () => {
    const report = await doctor();
    expect(report).toEqual({
      at: DEC_1_2026_7AM_NEW_YORK.toISOString(),
      checked: { applications: 1, schedules: 4, timesRead: 0 },
      repaired: {},
      failed: [],
      unreached: { users: 0, schedules: 0 },
    });
  });

  it('re-creates a lost schedule at its due time, and moves one left at an older time', async () => {
    const followUp = milestone('follow-up-1');
    const closeOut = milestone('close-out');
    await stack.scheduler.cancel(refOf(application, followUp.id));
    // A change moved the close-out in the store, and its Scheduler write failed.
    stack.clock.set(new Date(DEC_1_2026_7AM_NEW_YORK.getTime() + MINUTE));
    const movedDue = new Date(Date.parse(closeOut.due) + 3 * DAY).toISOString();
    const current = await stack.onlyApplication(USER);
    await stack.store.save(
      revise(current, stack.clock.now(), {
        milestones: current.milestones.map((m) =>
          m.id === closeOut.id ? { ...m, due: movedDue } : m,
        ),
      }),
    );

    const report = await doctor();
    expect(report.repaired).toEqual({
      missing: [`${application.id}/${followUp.id}`],
      'wrong-time': [`${application.id}/${closeOut.id}`],
    });
    // Only the schedule written before its milestone moved had its time read.
    expect(report.checked.timesRead).toBe(1);
    const listed = new Map(
      (await stack.scheduler.list()).map((s) => [s.ref.milestoneId, Date.parse(s.due)]),
    );
    expect(listed.get(followUp.id)).toBe(Date.parse(followUp.due));
    expect(listed.get(closeOut.id)).toBe(Date.parse(movedDue));
    expect((await doctor()).repaired).toEqual({});
  });

  it('stops cleanly when its time runs out, says what it left, and reaches it another day', async () => {
    const followUp = milestone('follow-up-1');
    await stack.scheduler.cancel(refOf(application, followUp.id));
    // Time for one user's step (the budget is asked before each), then none.
    const budgetOfOneUser = () => {
      let asked = 0;
      return { timeLeftMs: () => (asked++ === 0 ? DOCTOR_STEP_RESERVE_MS : 0) };
    };
    const repairedOn = async (day: number) => {
      stack.clock.set(new Date(DEC_1_2026_7AM_NEW_YORK.getTime() + day * DAY));
      const report = await runDoctor(stack.deps, budgetOfOneUser());
      // The other user's schedules are left unjudged with them.
      expect(report.unreached.users).toBe(1);
      expect(report.failed).toEqual([]);
      return report.repaired;
    };
    // Two users (alex and priya); the day decides who goes first, so two days reach both.
    const days = [await repairedOn(0), await repairedOn(1)];
    expect(days.filter((repaired) => Object.keys(repaired).length > 0)).toEqual([
      { missing: [`${application.id}/${followUp.id}`] },
    ]);
    expect(await stack.scheduleNames()).toEqual(expectedSchedules(application));
  });

  it('fires a past-due milestone that lost its schedule now, and its draft goes out once', async () => {
    const thankYou = milestone('thank-you');
    await stack.scheduler.cancel(refOf(application, thankYou.id));
    // Its firing was lost: the clock passes its due time with nothing to fire.
    stack.clock.set(new Date(Date.parse(thankYou.due) + 3 * DAY));
    expect(await stack.fireDue()).toEqual([]);
    expect(await drafts()).toHaveLength(0);

    const report = await doctor();
    expect(report.repaired).toEqual({ 'missing-past-due': [`${application.id}/${thankYou.id}`] });
    const [scheduled] = (await stack.scheduler.list()).filter(
      (s) => s.ref.milestoneId === thankYou.id,
    );
    // Within a minute of now, never in the past.
    expect(Date.parse(scheduled?.due ?? '') - stack.clock.now().getTime()).toBeGreaterThan(0);
    expect(Date.parse(scheduled?.due ?? '') - stack.clock.now().getTime()).toBeLessThanOrEqual(
      2 * MINUTE,
    );

    await stack.advance(2 * MINUTE);
    const sent = await drafts();
    expect(sent).toHaveLength(1);
    // The draft says it is late: best sent by the day after the interview.
    expect(sent[0]?.text).toContain('Send it as soon as you can');
    expect(
      (await stack.onlyApplication(USER)).milestones.find((m) => m.id === thankYou.id)?.state,
    ).toBe('SENT');
    expect((await doctor()).repaired).toEqual({});
  });

  it('fires a send stuck past its lease, which tells the user once and sends nothing again', async () => {
    const thankYou = milestone('thank-you');
    stack.clock.set(new Date(Date.parse(thankYou.due) + MINUTE));
    // A function claimed it, handed it to the mail service and died; its schedule completed.
    const stuckAt = stack.clock.now().toISOString();
    const current = await stack.onlyApplication(USER);
    await stack.store.save({
      ...current,
      version: current.version + 1,
      milestones: current.milestones.map((m) =>
        m.id === thankYou.id
          ? { ...m, state: 'SENT', sentAt: stuckAt, sending: true, handedAt: stuckAt }
          : m,
      ),
    });
    await stack.scheduler.cancel(refOf(application, thankYou.id));

    // Within its lease it is in flight: left alone.
    expect((await doctor()).repaired).toEqual({});
    stack.clock.set(new Date(Date.parse(stuckAt) + SEND_LEASE_MS));
    expect((await doctor()).repaired).toEqual({
      'stuck-send': [`${application.id}/${thankYou.id}`],
    });
    // Asked again before it fires: its schedule is there, nothing more to do.
    expect((await doctor()).repaired).toEqual({});

    await stack.advance(2 * MINUTE);
    expect(await drafts()).toHaveLength(0);
    const told = (await stack.mailTo(USER)).filter((m) => m.subject?.startsWith('Did it arrive?'));
    expect(told).toHaveLength(1);
    const after = await stack.onlyApplication(USER);
    expect(after.milestones.find((m) => m.id === thankYou.id)).toMatchObject({
      state: 'SENT',
      unconfirmed: { told: true },
    });
    expect(after.milestones.find((m) => m.id === thankYou.id)?.sending).toBeUndefined();
    expect((await doctor()).repaired).toEqual({});
  });

  it('deletes schedules of nothing pending: a cancelled milestone, a gone application', async () => {
    const replyTo = (await stack.lastMailTo(USER))?.replyTo?.[0]?.address ?? '';
    const stop = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    await stack.send(stop, { from: USER, to: replyTo });
    const closed = await stack.onlyApplication(USER);
    expect(closed.status).toBe('CLOSED');
    expect(await stack.scheduleNames()).toEqual([]);
    // The Scheduler was down when the stop deleted them: two stayed behind, and one of an
    // application that no longer exists.
    const leftBehind = closed.milestones.slice(1, 3);
    for (const m of leftBehind) {
      await stack.scheduler.upsert({ ref: refOf(closed, m.id), due: m.due, timezone: m.timezone });
    }
    const gone = { userId: 'priya.n@example.org', applicationId: 'zzzzzzzzzz', milestoneId: 'x1' };
    await stack.scheduler.upsert({ ref: gone, due: '2026-12-20T10:00:00-05:00', timezone: 'UTC' });

    const report = await doctor();
    expect(report.repaired).toEqual({
      orphan: [...leftBehind.map((m) => `${closed.id}/${m.id}`), 'zzzzzzzzzz/x1'],
    });
    expect(await stack.scheduleNames()).toEqual(expectedSchedules(closed));
  });

  it('keeps the weekly digest scheduled, and only its next firing', async () => {
    const digestOn = (await readFixture('replies/stop-gmail.eml'))
      .toString('utf8')
      .replaceAll('Stop.', 'digest on')
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <digest-on-1@mail.gmail.example>');
    await stack.send(digestOn, { from: USER, to: 'interviews@followup.example.com' });
    const digest = (await stack.scheduler.list()).find((s) => s.ref.applicationId === 'digest');
    if (!digest) throw new Error('digest on scheduled no digest');
    await stack.scheduler.cancel(digest.ref);
    const stale = { ...digest.ref, milestoneId: `${digest.ref.milestoneId.slice(0, 13)}20261109` };
    await stack.scheduler.upsert({ ...digest, ref: stale });

    const report = await doctor();
    expect(report.repaired).toEqual({
      missing: [`digest/${digest.ref.milestoneId}`],
      orphan: [`digest/${stale.milestoneId}`],
    });
    expect(await stack.scheduler.list()).toContainEqual(digest);
  });
});
