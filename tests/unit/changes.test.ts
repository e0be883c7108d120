import { describe, expect, it } from 'vitest';
import * as changes from '../../functions/core/changes.ts';
import { defaultPolicy } from '../../functions/core/planning/index.ts';
import {
  CATCH_UP_DELAY_MS,
  fireTime,
  schedulesOf,
} from '../../functions/core/use-cases/change-application.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import { acmeReading, openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const ctx = {
  policy: defaultPolicy,
  holidays: EVERY_COUNTRY,
  userTimezone: 'America/New_York',
  now,
};
const opened = openAcme(now, 'm1@example.net');
const secondRound = { ...acmeReading, start: '2026-12-17T10:00:00-05:00', end: null };

describe('plan changes', () => {
  it('a next round reopens a closed application, so its drafts go out and it does not expire', () => {
    const { application: closed } = changes.close(opened, now);
    expect(closed.expiresAt).toBeDefined();
    const { application } = changes.addNextRound(closed, secondRound, ctx);
    expect(application.status).toBe('OPEN');
    expect(application.closedAt).toBeUndefined();
    // Open again: kept 180 days after its last milestone, not 30 after the close.
    const lastDue = Math.max(...application.milestones.map((m) => Date.parse(m.due) / 1000));
    expect(application.expiresAt).toBe(Math.floor(lastDue) + 180 * 86_400);
    expect(application.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(schedulesOf(application).upsert.map((m) => m.id)).toContain('i2-thank-you-1');
  });

  it('a next round keeps a paused application paused', () => {
    const { application: paused } = changes.pause(opened, now);
    expect(changes.addNextRound(paused, secondRound, ctx).application.status).toBe('PAUSED');
  });

  it('reconciles schedules from scratch: pending of an open application, none of a closed one', () => {
    expect(schedulesOf(opened)).toEqual({ upsert: opened.milestones, cancel: [] });
    const { application: closed } = changes.close(opened, now);
    expect(schedulesOf(closed).upsert).toEqual([]);
    expect(schedulesOf(closed).cancel.map((m) => m.id)).toEqual(opened.milestones.map((m) => m.id));
    const { application: paused } = changes.pause(opened, now);
    expect(schedulesOf(paused)).toEqual({ upsert: [], cancel: opened.milestones });
  });

  it('schedules a pending milestone already due to fire now, never in the past', () => {
    const due = opened.milestones[0]?.due ?? '';
    const before = new Date(Date.parse(due) - 1);
    expect(fireTime(due, before)).toBe(due);
    // Its firings failed into the dead-letter queue: still PENDING, so it is scheduled again.
    const later = new Date(Date.parse(due) + 3 * 86_400_000 + 1);
    expect(schedulesOf(opened).upsert).toContain(opened.milestones[0]);
    const fires = Date.parse(fireTime(due, later));
    expect(fires).toBeGreaterThan(later.getTime());
    expect(fires).toBeLessThanOrEqual(later.getTime() + CATCH_UP_DELAY_MS + 1000);
    expect(fires % 1000).toBe(0);
  });
});
