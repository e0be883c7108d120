// Changes to the plan, on the in-memory ports: after every change the schedules match the
// stored pending milestones, and drafts arrive at the new times, never at the old ones.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { scheduleAt } from '../../functions/core/planning/index.ts';
import { DAY, HOUR, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const USER = 'alex.rivera@example.net';

describe('changes to the plan', () => {
  let stack: MemoryStack;
  let stopReply: string;

  /** The user's reply to followup mail, first line `command`, quoted text below; a new Message-ID. */
  let replies = 0;
  const reply = (command: string) =>
    stopReply
      .replaceAll('Stop.', command)
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <reply-${++replies}@mail.gmail.example>`);

  async function application(): Promise<Application> {
    const [only, ...others] = await stack.applications(USER);
    expect(others).toHaveLength(0);
    if (!only) throw new Error('no application');
    return only;
  }

  /** Every pending milestone has exactly one schedule, at its due time in its zone. */
  async function expectSchedulesMatch(app: Application) {
    const pending = app.milestones.filter((m) => m.state === 'PENDING');
    const names = app.status === 'OPEN' ? pending.map((m) => `${app.id}-${m.id}`).sort() : [];
    expect(await stack.scheduleNames()).toEqual(names);
    for (const milestone of app.status === 'OPEN' ? pending : []) {
      const schedule = stack.scheduler.get(`${app.id}-${milestone.id}`);
      expect(schedule?.expression).toBe(scheduleAt(milestone.due, milestone.timezone));
      expect(schedule?.timezone).toBe(milestone.timezone);
    }
  }

  const subjects = async (from = 0) => (await stack.mail()).slice(from).map((m) => m.subject ?? '');

  beforeAll(async () => {
    stack = startMemoryStack();
    stopReply = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });

  it('reschedule, snooze, pause, resume and cancellation keep schedules and drafts in step', async () => {
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
    const opened = await application();
    await expectSchedulesMatch(opened);
    const oldThankYou = opened.milestones.find((m) => m.kind === 'thank-you');
    expect(oldThankYou?.due.startsWith('2026-12-10')).toBe(true);

    // The interview moves from Thu 10 Dec to Tue 15 Dec, 11:00 ET.
    await stack.advance(3 * DAY);
    let seen = (await stack.mail()).length;
    await stack.send(await readFixture('changes/reschedule-harborview.eml'));
    const moved = await application();
    expect(moved.interviews[0]?.start).toBe('2026-12-15T11:00:00-05:00');
    const newThankYou = moved.milestones.find((m) => m.id === oldThankYou?.id);
    expect(newThankYou?.due.startsWith('2026-12-15')).toBe(true);
    expect(moved.milestones.map((m) => m.id)).toEqual(opened.milestones.map((m) => m.id));
    await expectSchedulesMatch(moved);
    expect(await subjects(seen)).toHaveLength(1);
    seen += 1;

    // Past the old thank-you time: nothing. Past the new one: the draft.
    stack.clock.set(new Date(Date.parse(oldThankYou?.due ?? '') + 6 * HOUR));
    expect((await stack.advance(0)).fired).toEqual([]);
    expect(await subjects(seen)).toEqual([]);
    stack.clock.set(new Date(Date.parse(newThankYou?.due ?? '') - HOUR));
    await stack.advance(2 * HOUR);
    const [draftSubject] = await subjects(seen);
    expect(draftSubject).toMatch(/^Ready to send: thank-you/);
    const draft = (await stack.mail()).at(-1);
    const replyTo = draft?.replyTo?.[0]?.address ?? '';
    seen += 1;

    // Snooze 10 days: nothing pending comes before then.
    const beforeSnooze = await application();
    await stack.send(reply('snooze 10d'), { from: USER, to: replyTo });
    const snoozed = await application();
    const wake = stack.clock.now().getTime() + 10 * DAY - 60_000;
    for (const m of snoozed.milestones.filter((m) => m.state === 'PENDING')) {
      expect(Date.parse(m.due)).toBeGreaterThanOrEqual(wake);
    }
    expect(snoozed.milestones.find((m) => m.kind === 'follow-up-1')?.due).not.toBe(
      beforeSnooze.milestones.find((m) => m.kind === 'follow-up-1')?.due,
    );
    await expectSchedulesMatch(snoozed);
    expect(await subjects(seen)).toEqual([expect.stringMatching(/^Done/)]);
    seen += 1;

    // Pause: no schedules while paused, however long; resume brings them back in the future.
    await stack.send(reply('pause'), { from: USER, to: replyTo });
    const paused = await application();
    expect(paused.status).toBe('PAUSED');
    await expectSchedulesMatch(paused);
    await stack.advance(30 * DAY);
    expect(await subjects(seen)).toEqual([expect.stringMatching(/^Done/)]);
    seen += 1;
    await stack.send(reply('resume'), { from: USER, to: replyTo });
    const resumed = await application();
    expect(resumed.status).toBe('OPEN');
    for (const m of resumed.milestones.filter((m) => m.state === 'PENDING')) {
      expect(Date.parse(m.due)).toBeGreaterThan(stack.clock.now().getTime());
    }
    await expectSchedulesMatch(resumed);
    seen += 1;

    // The employer cancels: everything pending is cancelled, the user is told, silence after.
    await stack.send(await readFixture('changes/cancellation-harborview.eml'));
    const cancelled = await application();
    expect(cancelled.status).toBe('CLOSED');
    expect(cancelled.milestones.some((m) => m.state === 'PENDING')).toBe(false);
    await expectSchedulesMatch(cancelled);
    expect(await subjects(seen)).toEqual([expect.stringMatching(/cancel/i)]);
    seen += 1;
    await stack.advance(90 * DAY);
    expect(await subjects(seen)).toEqual([]);
  });
});
