// Property tests of the re-planning functions: whatever change hits a stored plan (reschedule,
// next round, stated date, snooze, resume or new settings), pending milestones stay valid and in
// order, ids stay stable, sent ones are untouched, and the change lists match the new states.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Interview, MilestoneKind } from '../../../functions/core/model.ts';
import { planMilestones } from '../../../functions/core/planning/plan.ts';
import {
  type MilestoneRecord,
  type PlanChange,
  type PlanContext,
  refreshPlan,
  replanAfterDate,
  replanAfterNextRound,
  replanAfterReschedule,
  snoozePlan,
  toMilestoneRecords,
} from '../../../functions/core/planning/replan.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';
import {
  expectBusinessDay,
  expectInWakingHours,
  expectUserOffset,
  interviewArb,
  nowAround,
  policyArb,
  zoneArb,
} from './arbitraries.ts';

const RUNS = { numRuns: 200 };
const DAY = 86_400_000;
const KIND_RANK: Record<MilestoneKind, number> = {
  'thank-you': 0,
  'follow-up-1': 1,
  'follow-up-2': 2,
  'close-out': 3,
};

/** A stored plan, its first `sent` milestones SENT, and a later context (maybe a new zone/policy). */
const storedArb = fc
  .record({
    interview: interviewArb,
    policy: policyArb,
    holidays: fc.constant(EVERY_COUNTRY),
    userTimezone: zoneArb,
  })
  .chain((scenario) => nowAround(scenario.interview).map((now) => ({ ...scenario, now })))
  .chain((scenario) => {
    const plan = planMilestones(scenario);
    const records = toMilestoneRecords(plan, scenario.interview.id, scenario.userTimezone);
    return fc
      .record({
        sent: fc.integer({ min: 0, max: records.length }),
        later: fc.integer({ min: 0, max: 20 * DAY }),
        policy: fc.oneof(fc.constant(scenario.policy), policyArb),
        userTimezone: fc.oneof(fc.constant(scenario.userTimezone), zoneArb),
      })
      .map(({ sent, later, policy, userTimezone }) => {
        const milestones = records.map((m, index) =>
          index < sent ? { ...m, state: 'SENT' as const } : m,
        );
        const lastSent = milestones[sent - 1];
        const since = Math.max(scenario.now.getTime(), lastSent ? Date.parse(lastSent.due) : 0);
        const ctx: PlanContext = {
          policy,
          holidays: EVERY_COUNTRY,
          userTimezone,
          now: new Date(since + later),
        };
        return { interview: scenario.interview, milestones, ctx };
      });
  });

const millis = (iso: string) => Date.parse(iso);

function expectValidChange(before: MilestoneRecord[], change: PlanChange, ctx: PlanContext): void {
  const after = change.milestones;
  expect(after.slice(0, before.length).map((m) => m.id)).toEqual(before.map((m) => m.id));
  expect(new Set(after.map((m) => m.id)).size).toBe(after.length);
  before.forEach((old, index) => {
    if (old.state !== 'PENDING' && after[index]?.state === old.state) {
      expect(after[index]).toEqual(old);
    }
  });

  for (const milestone of after.filter((m) => m.state === 'PENDING')) {
    expect(millis(milestone.due)).toBeGreaterThan(ctx.now.getTime());
    expect(millis(milestone.due) % 60_000).toBe(0);
    expect(milestone.timezone).toBe(ctx.userTimezone);
    expectUserOffset(milestone.due, ctx.userTimezone);
    expectInWakingHours(milestone.due, ctx.userTimezone, ctx.policy);
    if (milestone.kind.startsWith('follow-up')) {
      expectBusinessDay(milestone.due, ctx.userTimezone, ctx.policy);
    }
    if (milestone.kind === 'thank-you' && milestone.sendBy) {
      expect(millis(milestone.due)).toBeLessThan(millis(milestone.sendBy));
    }
  }

  for (const interviewId of new Set(after.map((m) => m.interviewId))) {
    const chain = after
      .filter((m) => m.interviewId === interviewId && (m.state === 'PENDING' || m.state === 'SENT'))
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    chain.slice(1).forEach((milestone, index) => {
      const previous = chain[index];
      if (!previous || previous.kind === milestone.kind) return;
      expect(millis(milestone.due), `${previous.id} before ${milestone.id}`).toBeGreaterThan(
        millis(previous.due),
      );
    });
  }

  const previous = new Map(before.map((m) => [m.id, m]));
  const expected = { moved: [] as string[], added: [] as string[], removed: [] as string[] };
  for (const milestone of after) {
    const old = previous.get(milestone.id);
    const wasPending = old?.state === 'PENDING';
    const isPending = milestone.state === 'PENDING';
    if (!wasPending && isPending) expected.added.push(milestone.id);
    if (wasPending && !isPending) expected.removed.push(milestone.id);
    if (
      old &&
      wasPending &&
      isPending &&
      (millis(old.due) !== millis(milestone.due) || old.timezone !== milestone.timezone)
    ) {
      expected.moved.push(milestone.id);
    }
  }
  expect({
    moved: change.moved.map((m) => m.id),
    added: change.added.map((m) => m.id),
    removed: change.removed.map((m) => m.id),
  }).toEqual(expected);
}

/** Pending before and after: the "never earlier" changes only push milestones later. */
function expectNothingEarlier(before: MilestoneRecord[], change: PlanChange): void {
  before.forEach((old, index) => {
    const now = change.milestones[index];
    if (old.state === 'PENDING' && now?.state === 'PENDING') {
      expect(millis(now.due)).toBeGreaterThanOrEqual(millis(old.due));
    }
  });
}

describe('re-planning a stored plan, for any plan, change, zone, policy and now', () => {
  it('snooze: nothing pending comes before the snooze ends, and nothing earlier than before', () => {
    fc.assert(
      fc.property(storedArb, fc.integer({ min: 0, max: 30 * DAY }), (stored, span) => {
        const until = new Date(stored.ctx.now.getTime() + span);
        const change = snoozePlan(stored.milestones, until, stored.ctx);
        expectValidChange(stored.milestones, change, stored.ctx);
        expectNothingEarlier(stored.milestones, change);
        stored.milestones.forEach((old, index) => {
          const now = change.milestones[index];
          if (old.state === 'PENDING' && now?.state === 'PENDING') {
            expect(millis(now.due)).toBeGreaterThanOrEqual(until.getTime());
          }
        });
      }),
      RUNS,
    );
  });

  it('stated date: every pending nudge comes after the date is over in its zone', () => {
    fc.assert(
      fc.property(storedArb, fc.integer({ min: -5, max: 30 }), zoneArb, (stored, days, zone) => {
        const date = DateTime.fromJSDate(stored.ctx.now, { zone }).plus({ days }).toISODate();
        const change = replanAfterDate(stored.milestones, { date: date ?? '', zone }, stored.ctx);
        expectValidChange(stored.milestones, change, stored.ctx);
        expectNothingEarlier(stored.milestones, change);
        const over = DateTime.fromISO(date ?? '', { zone })
          .plus({ days: 1 })
          .startOf('day');
        for (const milestone of change.milestones) {
          if (milestone.state === 'PENDING' && milestone.kind !== 'thank-you') {
            expect(millis(milestone.due)).toBeGreaterThanOrEqual(over.toMillis());
          }
        }
      }),
      RUNS,
    );
  });

  it('resume or new settings: everything pending is valid again, nothing earlier than before', () => {
    fc.assert(
      fc.property(storedArb, (stored) => {
        const change = refreshPlan(stored.milestones, stored.ctx);
        expectValidChange(stored.milestones, change, stored.ctx);
        expectNothingEarlier(stored.milestones, change);
        // A second refresh finds nothing left to do.
        const again = refreshPlan(change.milestones, stored.ctx);
        expect(again.moved.length + again.added.length + again.removed.length).toBe(0);
      }),
      RUNS,
    );
  });

  it('reschedule: pending milestones follow the new plan; ids never duplicate', () => {
    fc.assert(
      fc.property(storedArb, fc.integer({ min: -3 * DAY, max: 14 * DAY }), (stored, shift) => {
        const moved = (iso: string | null) =>
          iso === null
            ? null
            : (DateTime.fromMillis(millis(iso) + shift, {
                zone: stored.interview.timezone,
              }).toISO() ?? '');
        const interview: Interview = {
          ...stored.interview,
          start: moved(stored.interview.start),
          end: moved(stored.interview.end),
        };
        const change = replanAfterReschedule(stored.milestones, interview, stored.ctx);
        expectValidChange(stored.milestones, change, stored.ctx);
        if (stored.milestones.every((m) => m.state === 'PENDING')) {
          const fresh = planMilestones({ interview, ...stored.ctx });
          const pending = change.milestones.filter((m) => m.state === 'PENDING');
          const byId = (list: { id: string; due: string }[]) =>
            Object.fromEntries(list.map((m) => [m.id, m.due]));
          expect(byId(pending)).toEqual(byId(fresh));
        }
      }),
      RUNS,
    );
  });

  it('next round: earlier rounds stop nudging, the new round is planned in full', () => {
    fc.assert(
      fc.property(
        storedArb,
        interviewArb,
        fc.integer({ min: DAY / 24, max: 14 * DAY }),
        (stored, next, ahead) => {
          const start = DateTime.fromMillis(stored.ctx.now.getTime() + ahead, {
            zone: next.timezone,
          });
          const interview: Interview = {
            ...next,
            id: 'round-next',
            start: start.toISO(),
            end: start.plus({ hours: 1 }).toISO(),
          };
          const change = replanAfterNextRound(stored.milestones, interview, stored.ctx);
          expectValidChange(stored.milestones, change, stored.ctx);
          const earlierNudges = change.milestones.filter(
            (m) => m.interviewId !== 'round-next' && m.kind !== 'thank-you',
          );
          for (const milestone of earlierNudges) expect(milestone.state).not.toBe('PENDING');
          const fresh = planMilestones({ interview, ...stored.ctx });
          expect(change.added.map((m) => m.id)).toEqual(fresh.map((m) => m.id));
        },
      ),
      RUNS,
    );
  });
});
