// Examples of the etiquette table (DESIGN.md, "The etiquette rules") as plans: defaults, late
// forwards, stated decision dates, users far from the interview's zone and the 2026 DST changes.
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../functions/core/model.ts';
import { PlanningError } from '../../../functions/core/planning/errors.ts';
import {
  interviewKey,
  type PlanInput,
  type PlannedMilestone,
  planMilestones,
} from '../../../functions/core/planning/plan.ts';
import {
  applyPolicyOverride,
  defaultPolicy,
  parsePolicy,
} from '../../../functions/core/planning/policy.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

const dana = { name: 'Dana Lee', email: 'dana@acme.example' };
const sam = { name: 'Sam Ortiz', email: null };

function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'i1',
    company: 'Acme',
    role: 'Platform Engineer',
    start: '2026-04-14T10:00:00-04:00',
    end: '2026-04-14T11:00:00-04:00',
    timezone: 'America/New_York',
    interviewers: [dana, sam],
    format: 'video',
    decisionBy: null,
    ...overrides,
  };
}

function plan(overrides: Partial<Interview>, input: Partial<Omit<PlanInput, 'interview'>> = {}) {
  return planMilestones({
    interview: interview(overrides),
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    userTimezone: 'America/New_York',
    now: new Date('2026-04-10T12:00:00Z'),
    ...input,
  });
}

const table = (milestones: PlannedMilestone[]) =>
  milestones.map(({ id, due, sendBy }) => ({ id, due, sendBy }));
const dueOf = (milestones: PlannedMilestone[], id: string) =>
  milestones.find((milestone) => milestone.id === id)?.due;

describe('planMilestones with the default policy', () => {
  it('plans a thank-you per interviewer 2 h after the end, then two follow-ups and a close-out', () => {
    const milestones = plan({});
    expect(table(milestones)).toEqual([
      {
        id: 'i1-thank-you-1',
        due: '2026-04-14T13:00:00-04:00',
        sendBy: '2026-04-15T11:00:00-04:00',
      },
      {
        id: 'i1-thank-you-2',
        due: '2026-04-14T13:00:00-04:00',
        sendBy: '2026-04-15T11:00:00-04:00',
      },
      { id: 'i1-follow-up-1', due: '2026-04-21T09:30:00-04:00', sendBy: null },
      { id: 'i1-follow-up-2', due: '2026-04-28T09:30:00-04:00', sendBy: null },
      { id: 'i1-close-out', due: '2026-05-05T09:30:00-04:00', sendBy: null },
    ]);
    expect(milestones.map((m) => m.interviewer)).toEqual([dana, sam, null, null, null]);
  });

  it('writes one thank-you for "the interviewer" when none is known, and one per person', () => {
    const unknown = plan({ interviewers: [] }).filter((m) => m.kind === 'thank-you');
    expect(unknown.map((m) => [m.id, m.interviewer])).toEqual([['i1-thank-you-1', null]]);
    const repeated = plan({ interviewers: [dana, { ...dana, name: 'Dana' }, sam, { ...sam }] });
    expect(repeated.filter((m) => m.kind === 'thank-you')).toHaveLength(2);
  });

  it('assumes a one-hour interview when the end is missing', () => {
    expect(dueOf(plan({ end: null }), 'i1-thank-you-1')).toBe('2026-04-14T13:00:00-04:00');
    expect(dueOf(plan({ end: null, start: '2026-04-14T14:15:00-04:00' }), 'i1-thank-you-1')).toBe(
      '2026-04-14T17:15:00-04:00',
    );
  });

  it('moves an evening thank-you to the next morning, still before its send-by', () => {
    const milestones = plan({
      start: '2026-04-14T18:30:00-04:00',
      end: '2026-04-14T19:30:00-04:00',
    });
    expect(table(milestones)[0]).toEqual({
      id: 'i1-thank-you-1',
      due: '2026-04-15T08:00:00-04:00',
      sendBy: '2026-04-15T19:30:00-04:00',
    });
  });

  it('plans nothing while the start is unknown', () => {
    expect(plan({ start: null, end: null })).toEqual([]);
  });

  it('rejects a zone that is not IANA', () => {
    expect(() => plan({}, { userTimezone: 'Mars/Olympus' })).toThrow(PlanningError);
    expect(() => plan({ timezone: '+02:00' })).toThrow(PlanningError);
  });
});

describe('a confirmation forwarded late', () => {
  it('at +30 h still gets its thank-yous at once, with the 48 h send-by', () => {
    const milestones = plan({}, { now: new Date('2026-04-15T17:00:00-04:00') });
    expect(table(milestones).slice(0, 2)).toEqual([
      {
        id: 'i1-thank-you-1',
        due: '2026-04-15T17:01:00-04:00',
        sendBy: '2026-04-16T11:00:00-04:00',
      },
      {
        id: 'i1-thank-you-2',
        due: '2026-04-15T17:01:00-04:00',
        sendBy: '2026-04-16T11:00:00-04:00',
      },
    ]);
    expect(dueOf(milestones, 'i1-follow-up-1')).toBe('2026-04-21T09:30:00-04:00');
  });

  it('at night, within 48 h, waits for the morning', () => {
    const milestones = plan({}, { now: new Date('2026-04-16T03:00:00-04:00') });
    expect(dueOf(milestones, 'i1-thank-you-1')).toBe('2026-04-16T08:00:00-04:00');
  });

  it('at +60 h goes straight to the follow-up plan', () => {
    const milestones = plan({}, { now: new Date('2026-04-16T23:00:00-04:00') });
    expect(table(milestones)).toEqual([
      { id: 'i1-follow-up-1', due: '2026-04-21T09:30:00-04:00', sendBy: null },
      { id: 'i1-follow-up-2', due: '2026-04-28T09:30:00-04:00', sendBy: null },
      { id: 'i1-close-out', due: '2026-05-05T09:30:00-04:00', sendBy: null },
    ]);
  });

  it('weeks later starts the follow-ups at the next business-day slot, never in the past', () => {
    const milestones = plan({}, { now: new Date('2026-05-08T16:00:00-04:00') });
    expect(table(milestones).map((m) => m.due)).toEqual([
      '2026-05-11T09:30:00-04:00',
      '2026-05-18T09:30:00-04:00',
      // Memorial Day (Mon 25 May) is a US public holiday: the close-out comes the day after.
      '2026-05-26T09:30:00-04:00',
    ]);
  });
});

describe('the employer stated a decision date', () => {
  it('on a Friday: the first follow-up comes Monday at 09:30', () => {
    const milestones = plan({ decisionBy: '2026-04-17' });
    expect(nudgeDues(milestones)).toEqual([
      '2026-04-20T09:30:00-04:00',
      '2026-04-27T09:30:00-04:00',
      '2026-05-04T09:30:00-04:00',
    ]);
  });

  it('is over only when it is over in the employer zone', () => {
    // Thursday in Los Angeles lasts until Friday 19:00 in Auckland: not Friday 09:30 there.
    const laInterview = {
      start: '2026-04-14T10:00:00-07:00',
      end: '2026-04-14T11:00:00-07:00',
      timezone: 'America/Los_Angeles',
    };
    const thursday = plan(
      { ...laInterview, decisionBy: '2026-04-16' },
      { userTimezone: 'Pacific/Auckland' },
    );
    expect(dueOf(thursday, 'i1-follow-up-1')).toBe('2026-04-20T09:30:00+12:00');
    const monday = plan(
      { ...laInterview, decisionBy: '2026-04-13' },
      { userTimezone: 'Pacific/Auckland' },
    );
    // A date already past when the interview ends leaves the 24 h send-by as the only floor.
    expect(dueOf(monday, 'i1-follow-up-1')).toBe('2026-04-16T09:30:00+12:00');
  });
});

const nudgeDues = (milestones: PlannedMilestone[]) =>
  milestones.filter((m) => m.kind !== 'thank-you').map((m) => m.due);

describe('a user far from the interview zone', () => {
  const laInterview = {
    start: '2026-04-14T10:00:00-07:00',
    end: '2026-04-14T11:00:00-07:00',
    timezone: 'America/Los_Angeles',
  };

  it('in Kolkata (UTC+5:30) gets the thank-you at 08:00 their time, not at 01:30', () => {
    const milestones = plan(laInterview, { userTimezone: 'Asia/Kolkata' });
    expect(table(milestones)[0]).toEqual({
      id: 'i1-thank-you-1',
      due: '2026-04-15T08:00:00+05:30',
      sendBy: '2026-04-15T23:30:00+05:30',
    });
    expect(nudgeDues(milestones)[0]).toBe('2026-04-21T09:30:00+05:30');
  });

  it('in Tonga (UTC+13) and São Paulo (UTC-3) gets local waking-hour times', () => {
    const tonga = plan(
      { start: '2026-04-14T16:00:00-04:00', end: '2026-04-14T17:00:00-04:00' },
      { userTimezone: 'Pacific/Tongatapu' },
    );
    expect(table(tonga)[0]?.due).toBe('2026-04-15T12:00:00+13:00');
    expect(table(tonga)[0]?.sendBy).toBe('2026-04-16T10:00:00+13:00');
    expect(nudgeDues(tonga)[0]).toBe('2026-04-22T09:30:00+13:00');

    const saoPaulo = plan(
      {
        start: '2026-04-14T09:00:00+02:00',
        end: '2026-04-14T10:00:00+02:00',
        timezone: 'Europe/Berlin',
      },
      { userTimezone: 'America/Sao_Paulo' },
    );
    expect(table(saoPaulo)[0]?.due).toBe('2026-04-14T08:00:00-03:00');
    expect(table(saoPaulo)[0]?.sendBy).toBe('2026-04-15T05:00:00-03:00');
  });
});

describe('the 2026 DST changes', () => {
  it('US 03-08: a follow-up at 09:30 stays 09:30 after clocks spring forward', () => {
    const milestones = plan(
      { start: '2026-03-02T10:00:00-05:00', end: '2026-03-02T11:00:00-05:00' },
      { now: new Date('2026-02-25T12:00:00Z') },
    );
    expect(dueOf(milestones, 'i1-thank-you-1')).toBe('2026-03-02T13:00:00-05:00');
    expect(dueOf(milestones, 'i1-follow-up-1')).toBe('2026-03-09T09:30:00-04:00');
    expect(new Date(dueOf(milestones, 'i1-follow-up-1') ?? '').toISOString()).toBe(
      '2026-03-09T13:30:00.000Z',
    );
  });

  it('US 03-08: the send-by is 24 elapsed hours even when the night loses one', () => {
    const milestones = plan(
      { start: '2026-03-07T21:00:00-05:00', end: '2026-03-07T22:00:00-05:00' },
      { now: new Date('2026-03-01T12:00:00Z') },
    );
    expect(table(milestones)[0]).toEqual({
      id: 'i1-thank-you-1',
      due: '2026-03-08T08:00:00-04:00',
      sendBy: '2026-03-08T23:00:00-04:00',
    });
  });

  it('US 11-01: 09:30 stays 09:30 after clocks fall back', () => {
    const milestones = plan(
      { start: '2026-10-26T10:00:00-04:00', end: '2026-10-26T11:00:00-04:00' },
      { now: new Date('2026-10-20T12:00:00Z') },
    );
    expect(nudgeDues(milestones)).toEqual([
      '2026-11-02T09:30:00-05:00',
      '2026-11-09T09:30:00-05:00',
      '2026-11-16T09:30:00-05:00',
    ]);
  });

  it('EU 03-29 and 10-25: a Berlin user keeps 09:30 on both sides', () => {
    const berlin = { userTimezone: 'Europe/Berlin' };
    const spring = plan(
      {
        start: '2026-03-23T10:00:00+01:00',
        end: '2026-03-23T11:00:00+01:00',
        timezone: 'Europe/Berlin',
      },
      { ...berlin, now: new Date('2026-03-20T12:00:00Z') },
    );
    expect(dueOf(spring, 'i1-follow-up-1')).toBe('2026-03-30T09:30:00+02:00');
    const autumn = plan(
      {
        start: '2026-10-19T10:00:00+02:00',
        end: '2026-10-19T11:00:00+02:00',
        timezone: 'Europe/Berlin',
      },
      { ...berlin, now: new Date('2026-10-10T12:00:00Z') },
    );
    expect(dueOf(autumn, 'i1-follow-up-1')).toBe('2026-10-26T09:30:00+01:00');
  });

  it('between the US and EU changes, a Berlin user of a New York interview keeps 09:30 Berlin time', () => {
    const milestones = plan(
      { start: '2026-03-16T10:00:00-04:00', end: '2026-03-16T11:00:00-04:00' },
      { userTimezone: 'Europe/Berlin', now: new Date('2026-03-10T12:00:00Z') },
    );
    expect(dueOf(milestones, 'i1-thank-you-1')).toBe('2026-03-16T18:00:00+01:00');
    expect(nudgeDues(milestones)).toEqual([
      '2026-03-23T09:30:00+01:00',
      '2026-03-30T09:30:00+02:00',
      // Easter Monday (6 April) is a public holiday in Germany, the Berlin user's country.
      '2026-04-07T09:30:00+02:00',
    ]);
  });
});

describe('policy variations', () => {
  it('user hours 10-19 move the 09:30 follow-up to 10:00 and a late thank-you to the morning', () => {
    const policy = applyPolicyOverride(defaultPolicy, 'set hours 10-19');
    const milestones = plan(
      { start: '2026-04-14T17:00:00-04:00', end: '2026-04-14T18:00:00-04:00' },
      { policy },
    );
    expect(dueOf(milestones, 'i1-thank-you-1')).toBe('2026-04-15T10:00:00-04:00');
    expect(dueOf(milestones, 'i1-follow-up-1')).toBe('2026-04-21T10:00:00-04:00');
  });

  it('a Sunday-to-Thursday week keeps follow-ups off Friday and Saturday', () => {
    const policy = parsePolicy({ businessDays: ['sun', 'mon', 'tue', 'wed', 'thu'] });
    // Friday's interview: 7 days later is Friday again, so the follow-up waits for Sunday.
    const milestones = plan(
      { start: '2026-04-17T10:00:00-04:00', end: '2026-04-17T11:00:00-04:00' },
      { policy },
    );
    expect(dueOf(milestones, 'i1-follow-up-1')).toBe('2026-04-26T09:30:00-04:00');
    expect(dueOf(milestones, 'i1-follow-up-2')).toBe('2026-05-03T09:30:00-04:00');
  });

  it('fewer follow-ups still close out', () => {
    const one = plan({}, { policy: parsePolicy({ followUps: { count: 1 } }) });
    expect(one.filter((m) => m.kind !== 'thank-you').map((m) => [m.id, m.due])).toEqual([
      ['i1-follow-up-1', '2026-04-21T09:30:00-04:00'],
      ['i1-close-out', '2026-04-28T09:30:00-04:00'],
    ]);
    const none = plan({}, { policy: parsePolicy({ followUps: { count: 0 } }) });
    expect(none.filter((m) => m.kind !== 'thank-you').map((m) => [m.id, m.due])).toEqual([
      ['i1-close-out', '2026-04-21T09:30:00-04:00'],
    ]);
  });
});

describe('milestone ids', () => {
  it('are the interview id and the kind, short enough for a 64-character schedule name', () => {
    const long = 'r'.repeat(40);
    const ids = plan({ id: long }).map((m) => m.id);
    expect(ids).toEqual([
      `${long}-thank-you-1`,
      `${long}-thank-you-2`,
      `${long}-follow-up-1`,
      `${long}-follow-up-2`,
      `${long}-close-out`,
    ]);
    for (const id of ids) expect(`a1b2c3d4e5-${id}`.length).toBeLessThanOrEqual(64);
  });

  it('use a stable short key for interview ids a schedule name cannot hold', () => {
    const unsafe = 'interview 42/ünï';
    const key = interviewKey(unsafe);
    expect(key).toMatch(/^[0-9A-Za-z_.-]{1,40}$/);
    expect(interviewKey(unsafe)).toBe(key);
    expect(interviewKey('interview 43/ünï')).not.toBe(key);
    expect(interviewKey('r'.repeat(41))).toHaveLength(13);
    expect(plan({ id: unsafe })[0]?.id).toBe(`${key}-thank-you-1`);
  });
});
