// Examples of changes to a stored plan (issue 4, "Changes"): reschedule, next round, a stated date,
// out-of-office, snooze, resume, new settings, cancellation. Ids stay, pending milestones move.
import { describe, expect, it } from 'vitest';
import type { Interview, MilestoneState } from '../../../functions/core/model.ts';
import { planMilestones } from '../../../functions/core/planning/plan.ts';
import { applyPolicyOverride, defaultPolicy } from '../../../functions/core/planning/policy.ts';
import {
  cancelPlan,
  type MilestoneRecord,
  type PlanChange,
  type PlanContext,
  parseSnoozeUntil,
  refreshPlan,
  replanAfterDate,
  replanAfterNextRound,
  replanAfterReschedule,
  snoozePlan,
  toMilestoneRecords,
} from '../../../functions/core/planning/replan.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

const NEW_YORK = 'America/New_York';
const dana = { name: 'Dana Lee', email: 'dana@acme.example' };
const sam = { name: 'Sam Ortiz', email: null };

const firstRound: Interview = {
  id: 'i1',
  company: 'Acme',
  role: 'Platform Engineer',
  start: '2026-04-14T10:00:00-04:00',
  end: '2026-04-14T11:00:00-04:00',
  timezone: NEW_YORK,
  interviewers: [dana, sam],
  format: 'video',
  decisionBy: null,
};

const at = (iso: string, overrides: Partial<PlanContext> = {}): PlanContext => ({
  policy: defaultPolicy,
  holidays: EVERY_COUNTRY,
  userTimezone: NEW_YORK,
  now: new Date(iso),
  ...overrides,
});

/** The stored plan of the first round as planned on 2026-04-10; `sent` ids are marked SENT. */
function stored(...sent: string[]): MilestoneRecord[] {
  const plan = planMilestones({ interview: firstRound, ...at('2026-04-10T12:00:00Z') });
  return toMilestoneRecords(plan, 'i1', NEW_YORK).map((milestone) =>
    sent.includes(milestone.id) ? { ...milestone, state: 'SENT' as MilestoneState } : milestone,
  );
}

const THANK_YOUS = ['i1-thank-you-1', 'i1-thank-you-2'];
const dues = (milestones: MilestoneRecord[]) =>
  Object.fromEntries(milestones.map((m) => [m.id, `${m.state} ${m.due}`]));
const ids = (list: MilestoneRecord[]) => list.map((m) => m.id);
const summary = (change: PlanChange) => ({
  moved: ids(change.moved),
  added: ids(change.added),
  removed: ids(change.removed),
});

describe('replanAfterReschedule', () => {
  it('moves every pending milestone to the new time, keeping ids', () => {
    const moved = { start: '2026-04-16T14:00:00-04:00', end: '2026-04-16T15:00:00-04:00' };
    const change = replanAfterReschedule(
      stored(),
      { ...firstRound, ...moved },
      at('2026-04-13T12:00:00Z'),
    );
    expect(summary(change)).toEqual({ moved: ids(stored()), added: [], removed: [] });
    expect(dues(change.milestones)).toEqual({
      'i1-thank-you-1': 'PENDING 2026-04-16T17:00:00-04:00',
      'i1-thank-you-2': 'PENDING 2026-04-16T17:00:00-04:00',
      'i1-follow-up-1': 'PENDING 2026-04-23T09:30:00-04:00',
      'i1-follow-up-2': 'PENDING 2026-04-30T09:30:00-04:00',
      'i1-close-out': 'PENDING 2026-05-07T09:30:00-04:00',
    });
    expect(change.milestones[0]?.sendBy).toBe('2026-04-17T15:00:00-04:00');
  });

  it('skips the thank-you of an interviewer who left the panel and adds one for a newcomer', () => {
    const priya = { name: 'Priya Nair', email: 'priya@acme.example' };
    const fewer = replanAfterReschedule(
      stored(),
      { ...firstRound, interviewers: [dana] },
      at('2026-04-13T12:00:00Z'),
    );
    expect(summary(fewer)).toEqual({ moved: [], added: [], removed: ['i1-thank-you-2'] });
    const more = replanAfterReschedule(
      stored(),
      { ...firstRound, interviewers: [dana, sam, priya] },
      at('2026-04-13T12:00:00Z'),
    );
    expect(summary(more)).toEqual({ moved: [], added: ['i1-thank-you-3'], removed: [] });
    expect(more.added[0]).toMatchObject({
      interviewer: priya,
      state: 'PENDING',
      interviewId: 'i1',
    });
  });

  it('parks everything while the new time is unknown, and brings it back once it is known', () => {
    const unknown = replanAfterReschedule(
      stored(),
      { ...firstRound, start: null, end: null },
      at('2026-04-13T12:00:00Z'),
    );
    expect(summary(unknown)).toEqual({ moved: [], added: [], removed: ids(stored()) });
    expect(new Set(unknown.milestones.map((m) => m.state))).toEqual(new Set(['SKIPPED']));
    const known = replanAfterReschedule(
      unknown.milestones,
      { ...firstRound, start: '2026-04-20T10:00:00-04:00', end: '2026-04-20T11:00:00-04:00' },
      at('2026-04-15T12:00:00Z'),
    );
    expect(summary(known)).toEqual({ moved: [], added: ids(stored()), removed: [] });
    expect(known.milestones.find((m) => m.id === 'i1-follow-up-1')?.due).toBe(
      '2026-04-27T09:30:00-04:00',
    );
  });

  it('leaves sent milestones alone', () => {
    const before = stored(...THANK_YOUS);
    const change = replanAfterReschedule(
      before,
      { ...firstRound, decisionBy: '2026-04-24' },
      at('2026-04-15T12:00:00Z'),
    );
    expect(change.milestones.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(summary(change).moved).toEqual(['i1-follow-up-1', 'i1-follow-up-2', 'i1-close-out']);
    expect(dues(change.milestones)['i1-follow-up-1']).toBe('PENDING 2026-04-27T09:30:00-04:00');
  });
});

describe('replanAfterNextRound', () => {
  it('retires the first round follow-ups and plans the new round from its own interview', () => {
    const secondRound: Interview = {
      ...firstRound,
      id: 'i2',
      start: '2026-04-27T10:00:00-04:00',
      end: '2026-04-27T11:00:00-04:00',
      interviewers: [{ name: 'Kenji Sato', email: 'kenji@acme.example' }],
    };
    const change = replanAfterNextRound(
      stored(...THANK_YOUS),
      secondRound,
      at('2026-04-20T16:00:00Z'),
    );
    expect(summary(change)).toEqual({
      moved: [],
      added: ['i2-thank-you-1', 'i2-follow-up-1', 'i2-follow-up-2', 'i2-close-out'],
      removed: ['i1-follow-up-1', 'i1-follow-up-2', 'i1-close-out'],
    });
    expect(change.removed.map((m) => m.state)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED']);
    expect(change.added.map((m) => m.due)).toEqual([
      '2026-04-27T13:00:00-04:00',
      '2026-05-04T09:30:00-04:00',
      '2026-05-11T09:30:00-04:00',
      '2026-05-18T09:30:00-04:00',
    ]);
  });
});

describe('a next round whose time becomes unknown and then known again', () => {
  it('brings back its own follow-ups, not the retired first-round ones', () => {
    const secondRound: Interview = {
      ...firstRound,
      id: 'i2',
      start: '2026-04-27T10:00:00-04:00',
      end: '2026-04-27T11:00:00-04:00',
    };
    const invited = replanAfterNextRound(
      stored(...THANK_YOUS, 'i1-follow-up-1'),
      secondRound,
      at('2026-04-22T16:00:00Z'),
    );
    const unknown = replanAfterReschedule(
      invited.milestones,
      { ...secondRound, start: null, end: null },
      at('2026-04-23T16:00:00Z'),
    );
    expect(unknown.milestones.filter((m) => m.state === 'PENDING')).toEqual([]);
    const known = replanAfterReschedule(
      unknown.milestones,
      { ...secondRound, start: '2026-04-29T10:00:00-04:00', end: '2026-04-29T11:00:00-04:00' },
      at('2026-04-24T16:00:00Z'),
    );
    expect(known.added.map((m) => [m.id, m.due])).toEqual([
      ['i2-thank-you-1', '2026-04-29T13:00:00-04:00'],
      ['i2-thank-you-2', '2026-04-29T13:00:00-04:00'],
      ['i2-follow-up-1', '2026-05-06T09:30:00-04:00'],
      ['i2-follow-up-2', '2026-05-13T09:30:00-04:00'],
      ['i2-close-out', '2026-05-20T09:30:00-04:00'],
    ]);
    const firstRoundStates = known.milestones
      .filter((m) => m.interviewId === 'i1')
      .map((m) => m.state);
    expect(firstRoundStates).toEqual(['SENT', 'SENT', 'SENT', 'SKIPPED', 'SKIPPED']);
  });
});

describe('replanAfterDate', () => {
  it('neutral reply "we decide by Friday 24th": the follow-ups move after it, keeping spacing', () => {
    const change = replanAfterDate(
      stored(...THANK_YOUS),
      { date: '2026-04-24', zone: NEW_YORK },
      at('2026-04-16T14:00:00Z'),
    );
    expect(summary(change).moved).toEqual(['i1-follow-up-1', 'i1-follow-up-2', 'i1-close-out']);
    expect(change.moved.map((m) => m.due)).toEqual([
      '2026-04-27T09:30:00-04:00',
      '2026-05-04T09:30:00-04:00',
      '2026-05-11T09:30:00-04:00',
    ]);
  });

  it('a date before the planned follow-up moves nothing', () => {
    const change = replanAfterDate(
      stored(...THANK_YOUS),
      { date: '2026-04-16', zone: NEW_YORK },
      at('2026-04-16T14:00:00Z'),
    );
    expect(summary(change)).toEqual({ moved: [], added: [], removed: [] });
  });

  it('out-of-office until Friday 1 May: the next nudge comes Monday, the close-out a week later', () => {
    const change = replanAfterDate(
      stored(...THANK_YOUS, 'i1-follow-up-1'),
      { date: '2026-05-01', zone: NEW_YORK },
      at('2026-04-22T14:00:00Z'),
    );
    expect(change.moved.map((m) => [m.id, m.due])).toEqual([
      ['i1-follow-up-2', '2026-05-04T09:30:00-04:00'],
      ['i1-close-out', '2026-05-11T09:30:00-04:00'],
    ]);
  });

  it('with only the close-out left, gives the employer the close-out period after the date', () => {
    const change = replanAfterDate(
      stored(...THANK_YOUS, 'i1-follow-up-1', 'i1-follow-up-2'),
      { date: '2026-05-08', zone: NEW_YORK },
      at('2026-04-29T14:00:00Z'),
    );
    expect(change.moved.map((m) => [m.id, m.due])).toEqual([
      ['i1-close-out', '2026-05-18T09:30:00-04:00'],
    ]);
  });
});

describe('snoozePlan', () => {
  it('snooze 3d: the next follow-up comes in three days, the rest keep their spacing', () => {
    const ctx = at('2026-04-20T10:00:00-04:00');
    const until = parseSnoozeUntil('snooze 3d', ctx);
    expect(until).toBe('2026-04-23T10:00:00-04:00');
    const change = snoozePlan(stored(...THANK_YOUS), until ?? '', ctx);
    expect(change.moved.map((m) => [m.id, m.due])).toEqual([
      ['i1-follow-up-1', '2026-04-23T10:00:00-04:00'],
      ['i1-follow-up-2', '2026-04-30T10:00:00-04:00'],
      ['i1-close-out', '2026-05-07T10:00:00-04:00'],
    ]);
  });

  it('a snooze ending on a Saturday night wakes the follow-up on Monday morning', () => {
    const change = snoozePlan(
      stored(...THANK_YOUS),
      new Date('2026-04-25T22:00:00-04:00'),
      at('2026-04-20T14:00:00Z'),
    );
    expect(change.moved[0]).toMatchObject({
      id: 'i1-follow-up-1',
      due: '2026-04-27T08:00:00-04:00',
    });
  });

  it('skips thank-yous snoozed past their send-by and leaves later follow-ups alone', () => {
    const change = snoozePlan(stored(), '2026-04-15T12:00:00-04:00', at('2026-04-14T16:00:00Z'));
    expect(summary(change)).toEqual({ moved: [], added: [], removed: THANK_YOUS });
  });
});

describe('refreshPlan', () => {
  it('after a pause: what fell due comes at once, the rest is pushed to keep its spacing', () => {
    const change = refreshPlan(stored(...THANK_YOUS), at('2026-04-30T15:00:00-04:00'));
    expect(change.moved.map((m) => [m.id, m.due])).toEqual([
      ['i1-follow-up-1', '2026-04-30T15:01:00-04:00'],
      ['i1-follow-up-2', '2026-05-07T15:01:00-04:00'],
      ['i1-close-out', '2026-05-14T15:01:00-04:00'],
    ]);
  });

  it('set timezone Europe/Berlin: same instants, written in the new zone', () => {
    const change = refreshPlan(
      stored(),
      at('2026-04-10T12:00:00Z', { userTimezone: 'Europe/Berlin' }),
    );
    expect(summary(change).moved).toEqual(ids(stored()));
    for (const [before, after] of stored().map((m, i) => [m, change.milestones[i]] as const)) {
      expect(Date.parse(after?.due ?? '')).toBe(Date.parse(before.due));
      expect(after?.timezone).toBe('Europe/Berlin');
    }
    expect(change.milestones[2]?.due).toBe('2026-04-21T15:30:00+02:00');
  });

  it('set hours 10-19: a 09:30 follow-up moves to 10:00, an afternoon thank-you stays', () => {
    const policy = applyPolicyOverride(defaultPolicy, 'set hours 10-19');
    const change = refreshPlan(stored(), at('2026-04-10T12:00:00Z', { policy }));
    expect(change.moved.map((m) => [m.id, m.due])).toEqual([
      ['i1-follow-up-1', '2026-04-21T10:00:00-04:00'],
      ['i1-follow-up-2', '2026-04-28T10:00:00-04:00'],
      ['i1-close-out', '2026-05-05T10:00:00-04:00'],
    ]);
  });

  it('moves nothing when nothing needs it', () => {
    expect(summary(refreshPlan(stored(), at('2026-04-10T12:00:00Z')))).toEqual({
      moved: [],
      added: [],
      removed: [],
    });
  });
});

describe('cancelPlan', () => {
  it('cancels every pending milestone and leaves the sent ones', () => {
    const change = cancelPlan(stored(...THANK_YOUS));
    expect(summary(change)).toEqual({
      moved: [],
      added: [],
      removed: ['i1-follow-up-1', 'i1-follow-up-2', 'i1-close-out'],
    });
    expect(change.milestones.map((m) => m.state)).toEqual([
      'SENT',
      'SENT',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
  });
});

describe('parseSnoozeUntil', () => {
  const ctx = at('2026-04-20T10:00:00-04:00');
  it.each([
    ['3d', '2026-04-23T10:00:00-04:00'],
    ['snooze 3 days', '2026-04-23T10:00:00-04:00'],
    ['12h', '2026-04-20T22:00:00-04:00'],
    ['2w', '2026-05-04T10:00:00-04:00'],
    ['1 week', '2026-04-27T10:00:00-04:00'],
    ['tomorrow', '2026-04-21T09:30:00-04:00'],
    ['until 2026-05-04', '2026-05-04T09:30:00-04:00'],
  ])('%s -> %s', (text, expected) => {
    expect(parseSnoozeUntil(text, ctx)).toBe(expected);
  });

  it.each(['soon', '0d', '2026-04-01', '2026-13-45', ''])('%s -> null', (text) => {
    expect(parseSnoozeUntil(text, ctx)).toBeNull();
  });

  it('keeps days as calendar days across a DST change', () => {
    expect(parseSnoozeUntil('3d', at('2026-03-06T09:30:00-05:00'))).toBe(
      '2026-03-09T09:30:00-04:00',
    );
  });
});
