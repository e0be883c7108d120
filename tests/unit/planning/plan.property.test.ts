// Property tests of planMilestones over random interviews, zones, policies and "now": the etiquette
// invariants hold for every plan, including across the 2026 DST changes.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { MilestoneKind } from '../../../functions/core/model.ts';
import { holidaysFor } from '../../../functions/core/planning/load-holidays.ts';
import { type PlannedMilestone, planMilestones } from '../../../functions/core/planning/plan.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';
import {
  clockSkipped,
  expectBusinessDay,
  expectedNudgeClock,
  expectInWakingHours,
  expectUserOffset,
  interviewArb,
  local,
  nowAround,
  policyArb,
  zoneArb,
} from './arbitraries.ts';

const RUNS = { numRuns: 200 };
const KIND_RANK: Record<MilestoneKind, number> = {
  'thank-you': 0,
  'follow-up-1': 1,
  'follow-up-2': 2,
  'close-out': 3,
};

const scenarioArb = fc
  .record({
    interview: interviewArb,
    policy: policyArb,
    holidays: fc.constant(EVERY_COUNTRY),
    userTimezone: zoneArb,
  })
  .chain((scenario) => nowAround(scenario.interview).map((now) => ({ ...scenario, now })));

const millis = (iso: string) => Date.parse(iso);
const nudges = (plan: PlannedMilestone[]) => plan.filter((m) => m.kind !== 'thank-you');

describe('planMilestones, for any interview, zone, policy and now', () => {
  it('is deterministic and names schedules safely', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = planMilestones(input);
        expect(planMilestones(input)).toEqual(plan);
        expect(new Set(plan.map((m) => m.id)).size).toBe(plan.length);
        for (const milestone of plan) {
          expect(milestone.id).toMatch(/^[0-9A-Za-z_.-]+$/);
          expect(`abcdefghij-${milestone.id}`.length).toBeLessThanOrEqual(64);
        }
      }),
      RUNS,
    );
  });

  it('puts every milestone in the future, inside waking hours, in the user zone offset', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        for (const milestone of planMilestones(input)) {
          expect(millis(milestone.due)).toBeGreaterThan(input.now.getTime());
          expect(millis(milestone.due) % 60_000).toBe(0);
          expectInWakingHours(milestone.due, input.userTimezone, input.policy);
          expectUserOffset(milestone.due, input.userTimezone);
          if (milestone.kind.startsWith('follow-up')) {
            expectBusinessDay(milestone.due, input.userTimezone, input.policy);
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps the milestones in order: thank-yous, follow-up 1, follow-up 2, close-out', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const plan = planMilestones(input);
        const expectedNudges = [
          ...(input.policy.followUps.count >= 1 ? ['follow-up-1'] : []),
          ...(input.policy.followUps.count >= 2 ? ['follow-up-2'] : []),
          'close-out',
        ];
        expect(nudges(plan).map((m) => m.kind)).toEqual(expectedNudges);
        plan.slice(1).forEach((milestone, index) => {
          const previous = plan[index];
          if (!previous) return;
          expect(KIND_RANK[milestone.kind]).toBeGreaterThanOrEqual(KIND_RANK[previous.kind]);
          if (milestone.kind === previous.kind) {
            expect(milestone.due).toBe(previous.due);
          } else {
            expect(millis(milestone.due)).toBeGreaterThan(millis(previous.due));
          }
        });
      }),
      RUNS,
    );
  });

  it('delivers one thank-you per interviewer before its send-by, never before the interview ends', () => {
    fc.assert(
      fc.property(scenarioArb, ({ interview, policy, holidays, userTimezone, now }) => {
        const plan = planMilestones({ interview, policy, holidays, userTimezone, now });
        const thankYous = plan.filter((m) => m.kind === 'thank-you');
        const start = millis(interview.start ?? '');
        const end = interview.end ? millis(interview.end) : start + 3_600_000;
        const hour = 3_600_000;
        for (const thankYou of thankYous) {
          expect(thankYou.sendBy).not.toBeNull();
          const sendBy = millis(thankYou.sendBy ?? '');
          expect(millis(thankYou.due)).toBeLessThan(sendBy);
          expect(millis(thankYou.due)).toBeGreaterThanOrEqual(end);
          // Elapsed hours, whatever DST does to the wall clock in between.
          expect([
            end + policy.thankYou.sendByHours * hour,
            end + policy.thankYou.lateForwardHours * hour,
          ]).toContain(sendBy);
          expectUserOffset(thankYou.sendBy ?? '', userTimezone);
        }
        const people = new Set(
          interview.interviewers.map((p) => p.email ?? p.name.toLowerCase().replace(/\s+/g, ' ')),
        );
        // Every day has a waking window, so the next one is under 24 h away.
        if (now.getTime() <= end && policy.thankYou.lateForwardHours >= 24) {
          expect(thankYous.length).toBe(Math.max(1, people.size));
        }
        if (now.getTime() >= end + policy.thankYou.lateForwardHours * hour) {
          expect(thankYous).toEqual([]);
        }
        if (interview.interviewers.length === 0) {
          for (const thankYou of thankYous) expect(thankYou.interviewer).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('respects the stated timeline and the spacing, at the same local clock across DST', () => {
    fc.assert(
      fc.property(scenarioArb, ({ interview, policy, holidays, userTimezone, now }) => {
        const plan = planMilestones({ interview, policy, holidays, userTimezone, now });
        const [first, ...rest] = nudges(plan);
        if (!first) throw new Error('a plan always closes out');
        const firstAt = local(first.due, userTimezone);
        if (interview.decisionBy) {
          const over = DateTime.fromISO(interview.decisionBy, { zone: interview.timezone })
            .plus({ days: 1 })
            .startOf('day');
          expect(firstAt.toMillis()).toBeGreaterThanOrEqual(over.toMillis());
        } else {
          const start = millis(interview.start ?? '');
          const end = interview.end ? millis(interview.end) : start + 3_600_000;
          const endDay = DateTime.fromMillis(end, { zone: userTimezone }).startOf('day');
          const daysAfter = firstAt.startOf('day').diff(endDay, 'days').days;
          expect(Math.round(daysAfter)).toBeGreaterThanOrEqual(policy.followUps.firstAfterDays);
        }
        const thankYou = plan.find((m) => m.kind === 'thank-you');
        if (thankYou?.sendBy) {
          expect(firstAt.toMillis()).toBeGreaterThanOrEqual(millis(thankYou.sendBy));
        }
        const clock = expectedNudgeClock(policy);
        let previous = firstAt;
        for (const milestone of [first, ...rest]) {
          const at = local(milestone.due, userTimezone);
          if (!clockSkipped(at.startOf('day'), clock)) {
            expect(at.hour * 60 + at.minute, `${milestone.id} ${milestone.due}`).toBe(clock);
          }
          if (milestone !== first) {
            const gap =
              milestone.kind === 'close-out'
                ? policy.closeOut.afterLastFollowUpDays
                : policy.followUps.spacingDays;
            const days = Math.round(at.startOf('day').diff(previous.startOf('day'), 'days').days);
            expect(days).toBeGreaterThanOrEqual(gap);
          }
          previous = at;
        }
      }),
      RUNS,
    );
  });

  it('plans the same with the one table the edge loads as with every country’s', async () => {
    const withCountry = fc
      .tuple(scenarioArb, fc.constantFrom(null, 'US-NY', 'GB', 'DE-BY', 'AU-NSW', 'IN', 'JP'))
      .map(([scenario, country]) => ({ ...scenario, policy: { ...scenario.policy, country } }));
    await fc.assert(
      fc.asyncProperty(withCountry, async (input) => {
        const loaded = await holidaysFor(input.policy.country, input.userTimezone);
        expect(planMilestones({ ...input, holidays: loaded })).toEqual(planMilestones(input));
      }),
      RUNS,
    );
  });
});
