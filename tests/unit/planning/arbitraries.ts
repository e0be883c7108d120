// Shared generators and checks for the planning tests: random interviews, zones, policies and
// "now", and the etiquette invariants every plan must keep.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import type { Interview, Person } from '../../../functions/core/model.ts';
import { clockMinutes, type Policy, parsePolicy } from '../../../functions/core/planning/policy.ts';

/** UTC+5:30, UTC-3, UTC+13 (and +12/+13 with DST), both DST rule sets of 2026, and UTC. */
export const ZONES = [
  'Asia/Kolkata',
  'America/Sao_Paulo',
  'Pacific/Auckland',
  'Pacific/Tongatapu',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'UTC',
] as const;

/** The 2026 DST changes: US 03-08 and 11-01, EU 03-29 and 10-25. */
export const DST_CHANGES_2026 = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25'];

const DAY = 86_400_000;
const YEAR_START = Date.parse('2026-01-01T00:00:00Z');
const YEAR_END = Date.parse('2026-12-31T00:00:00Z');

export const zoneArb = fc.constantFrom(...ZONES);

/** Instants in 2026, half of them within three weeks of a DST change so plans straddle it. */
export const instantArb = fc.oneof(
  fc.integer({ min: YEAR_START, max: YEAR_END }),
  fc
    .tuple(fc.constantFrom(...DST_CHANGES_2026), fc.integer({ min: -21 * DAY, max: 7 * DAY }))
    .map(([day, offset]) => Date.parse(`${day}T12:00:00Z`) + offset),
);

const NAMES = ['Dana Lee', 'Sam Ortiz', 'Priya Nair', 'dana lee', 'Kenji Sato'];
export const personArb: fc.Arbitrary<Person> = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.option(fc.constantFrom('dana@acme.example', 'sam@acme.example', 'hr@acme.example'), {
    nil: null,
  }),
});

export const interviewArb: fc.Arbitrary<Interview> = fc
  .record({
    id: fc.constantFrom('i1', 'i2', 'round-2', 'x'.repeat(40), 'not safe/ünïcode id'),
    start: instantArb,
    minutes: fc.option(fc.integer({ min: 15, max: 240 }), { nil: null }),
    timezone: zoneArb,
    interviewers: fc.array(personArb, { maxLength: 4 }),
    decisionDays: fc.option(fc.integer({ min: -3, max: 21 }), { nil: null }),
  })
  .map(({ id, start, minutes, timezone, interviewers, decisionDays }) => {
    const begin = DateTime.fromMillis(start, { zone: timezone });
    return {
      id,
      company: 'Acme',
      role: 'Engineer',
      start: begin.toISO() ?? '',
      end: minutes === null ? null : (begin.plus({ minutes }).toISO() ?? ''),
      timezone,
      interviewers,
      format: 'video' as const,
      decisionBy: decisionDays === null ? null : begin.plus({ days: decisionDays }).toISODate(),
    };
  });

const clockText = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Valid policies, built through parsePolicy so the generator cannot drift from its schema. */
export const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    wakingStart: fc.integer({ min: 0, max: 92 }).map((quarter) => quarter * 15),
    wakingLength: fc.integer({ min: 4, max: 96 }).map((quarters) => quarters * 15),
    businessDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    delayMinutes: fc.integer({ min: 0, max: 720 }),
    sendByHours: fc.integer({ min: 13, max: 72 }),
    lateExtraHours: fc.integer({ min: 0, max: 96 }),
    count: fc.integer({ min: 0, max: 2 }),
    firstAfterDays: fc.integer({ min: 1, max: 14 }),
    timeOfDay: fc.integer({ min: 0, max: 95 }).map((quarter) => quarter * 15),
    spacingDays: fc.integer({ min: 1, max: 14 }),
    closeOutDays: fc.integer({ min: 1, max: 14 }),
  })
  .map((draw) =>
    parsePolicy({
      thankYou: {
        delayMinutes: draw.delayMinutes,
        sendByHours: draw.sendByHours,
        lateForwardHours: Math.min(168, draw.sendByHours + draw.lateExtraHours),
      },
      wakingHours: {
        start: clockText(draw.wakingStart),
        end: clockText(Math.min(1440, draw.wakingStart + draw.wakingLength)),
      },
      businessDays: draw.businessDays,
      followUps: {
        count: draw.count,
        firstAfterDays: draw.firstAfterDays,
        timeOfDay: clockText(draw.timeOfDay),
        spacingDays: draw.spacingDays,
      },
      closeOut: { afterLastFollowUpDays: draw.closeOutDays },
    }),
  )
  // Keep the defaults in the mix: they are what most users get.
  .chain((policy) => fc.constantFrom(policy, parsePolicy({})));

/**
 * "Now" from a month before the interview to three weeks after it, a third of the time within
 * three days of it, where late forwards and the thank-you windows are decided.
 */
export const nowAround = (interview: Interview) =>
  fc
    .oneof(
      { arbitrary: fc.integer({ min: -30 * DAY, max: 21 * DAY }), weight: 2 },
      { arbitrary: fc.integer({ min: -DAY / 4, max: 3 * DAY }), weight: 1 },
    )
    .map((offset) => new Date(Date.parse(interview.start ?? '') + offset));

export function local(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone);
}

export function expectInWakingHours(iso: string, zone: string, policy: Policy): void {
  const at = local(iso, zone);
  const minute = at.hour * 60 + at.minute;
  expect(minute, `${iso} in ${zone}`).toBeGreaterThanOrEqual(
    clockMinutes(policy.wakingHours.start),
  );
  expect(minute, `${iso} in ${zone}`).toBeLessThan(clockMinutes(policy.wakingHours.end));
}

export function expectBusinessDay(iso: string, zone: string, policy: Policy): void {
  expect(policy.businessDays, `${iso} in ${zone}`).toContain(local(iso, zone).weekday);
}

/** The due text carries the offset the user's zone has at that instant. */
export function expectUserOffset(iso: string, zone: string): void {
  const written = DateTime.fromISO(iso, { setZone: true });
  expect(written.offset, `${iso} in ${zone}`).toBe(written.setZone(zone).offset);
}

/** The follow-up clock as the planner must apply it: inside waking hours, else their start. */
export function expectedNudgeClock(policy: Policy): number {
  const wanted = clockMinutes(policy.followUps.timeOfDay);
  const start = clockMinutes(policy.wakingHours.start);
  return wanted >= start && wanted < clockMinutes(policy.wakingHours.end) ? wanted : start;
}

/** True when `minute` does not exist on that local day (a DST gap), so luxon moved it forward. */
export function clockSkipped(day: DateTime, minute: number): boolean {
  const at = day.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
  return at.hour * 60 + at.minute !== minute;
}
