// Working days around public holidays: plans across US Thanksgiving, Christmas and New Year, UK
// Boxing Day and German holidays keep every follow-up and close-out off holidays and weekends.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../functions/core/model.ts';
import {
  InvalidPolicyError,
  InvalidSettingError,
  PlanningError,
} from '../../../functions/core/planning/errors.ts';
import {
  countryOfZone,
  type Holidays,
  holidayOn,
  NO_HOLIDAYS,
  parseRegion,
} from '../../../functions/core/planning/holidays.ts';
import { holidaysFor } from '../../../functions/core/planning/load-holidays.ts';
import { type PlannedMilestone, planMilestones } from '../../../functions/core/planning/plan.ts';
import {
  applyPolicyOverride,
  defaultPolicy,
  parsePolicy,
  parseSettingCommand,
} from '../../../functions/core/planning/policy.ts';
import { planTimeline } from '../../../local/plan.ts';
import { EVERY_COUNTRY } from '../../support/holidays.ts';

const FIXTURE = '../../fixtures/mail/confirmation-simple.eml';

function interview(start: string, zone: string): Interview {
  const begin = DateTime.fromISO(start, { zone });
  return {
    id: 'i1',
    company: 'Acme',
    role: 'Engineer',
    start: begin.toISO(),
    end: begin.plus({ hours: 1 }).toISO(),
    timezone: zone,
    interviewers: [{ name: 'Dana Lee', email: 'dana@acme.example' }],
    format: 'video',
    decisionBy: null,
  };
}

function planIn(start: string, zone: string, policy = defaultPolicy): PlannedMilestone[] {
  return planMilestones({
    interview: interview(start, zone),
    policy,
    holidays: EVERY_COUNTRY,
    userTimezone: zone,
    now: DateTime.fromISO(start, { zone }).minus({ days: 7 }).toJSDate(),
  });
}

const nudges = (plan: PlannedMilestone[]) => plan.filter((m) => m.kind !== 'thank-you');
const localDays = (plan: PlannedMilestone[], zone: string) =>
  nudges(plan).map((m) => DateTime.fromISO(m.due, { zone }).toFormat('ccc yyyy-MM-dd'));

/** Every follow-up and close-out is on a weekday that is no public holiday in `country`. */
function expectWorkingDays(plan: PlannedMilestone[], zone: string, country: string) {
  const region = parseRegion(country);
  for (const milestone of nudges(plan)) {
    const day = DateTime.fromISO(milestone.due, { zone });
    expect(day.weekday, `${milestone.kind} on ${day.toISODate()}`).toBeLessThanOrEqual(5);
    expect(
      holidayOn(day, region, EVERY_COUNTRY),
      `${milestone.kind} on ${day.toISODate()}`,
    ).toBeNull();
  }
}

describe('the README demo: the confirmation of a New York interview on Thu 10 Dec 2026', () => {
  const zone = 'America/New_York';
  const timeline = async () => {
    const raw = await readFile(resolve(import.meta.dirname, FIXTURE));
    return planTimeline(raw, { userTimezone: zone, now: new Date('2026-12-01T09:00:00-05:00') });
  };

  it('no longer plans the second follow-up on Christmas Day nor the close-out on New Year', async () => {
    const { milestones } = await timeline();
    const days = milestones.map((m) =>
      DateTime.fromISO(m.due, { zone }).toFormat('ccc yyyy-MM-dd'),
    );
    // Before holidays counted: Thu 10 Dec, Fri 18 Dec, Fri 25 Dec (Christmas), Fri 1 Jan.
    expect(days).toEqual(['Thu 2026-12-10', 'Fri 2026-12-18', 'Mon 2026-12-28', 'Mon 2027-01-04']);
  });

  it('says which holiday a date moved past', async () => {
    const { milestones } = await timeline();
    expect(Object.fromEntries(milestones.map((m) => [m.milestone, m.movedFor]))).toEqual({
      'thank-you': [],
      'follow-up-1': [],
      'follow-up-2': ['Christmas Day'],
      // 7 days after Mon 28 Dec is Mon 4 Jan: New Year's Day is no longer in the way.
      'close-out': [],
    });
  });
});

describe('plans across holidays keep off holidays and weekends', () => {
  it('US Thanksgiving: a follow-up due Thu 26 Nov comes Fri 27 Nov', () => {
    const zone = 'America/Chicago';
    const plan = planIn('2026-11-19T10:00:00', zone);
    expect(localDays(plan, zone)[0]).toBe('Fri 2026-11-27');
    expect(nudges(plan)[0]?.movedFor).toEqual(['Thanksgiving Day']);
    expectWorkingDays(plan, zone, 'US');
  });

  it('US New Year: a close-out due Fri 1 Jan comes Mon 4 Jan', () => {
    const zone = 'America/Los_Angeles';
    const policy = parsePolicy({ closeOut: { afterLastFollowUpDays: 8 } });
    const plan = planIn('2026-12-10T10:00:00', zone, policy);
    expect(localDays(plan, zone)).toEqual(['Thu 2026-12-17', 'Thu 2026-12-24', 'Mon 2027-01-04']);
    expect(nudges(plan)[2]?.movedFor).toEqual(["New Year's Day"]);
    expectWorkingDays(plan, zone, 'US');
  });

  it('UK: Christmas and Boxing Day (substitute Mon 28 Dec 2026) are skipped', () => {
    const zone = 'Europe/London';
    const plan = planIn('2026-12-11T10:00:00', zone);
    expect(localDays(plan, zone)).toEqual(['Fri 2026-12-18', 'Tue 2026-12-29', 'Tue 2027-01-05']);
    expect(nudges(plan)[1]?.movedFor).toEqual(['Christmas Day', 'Boxing Day (substitute day)']);
    expectWorkingDays(plan, zone, 'GB');
  });

  it('Germany: Christmas, the 2nd day of Christmas and New Year are skipped', () => {
    const zone = 'Europe/Berlin';
    const plan = planIn('2026-12-17T10:00:00', zone);
    // 7 days after Thu 17 Dec is Thu 24 Dec (a working day); then Thu 31 Dec; close-out Thu 7 Jan.
    expectWorkingDays(plan, zone, 'DE');
    const boxing = planIn('2026-12-18T10:00:00', zone);
    expect(localDays(boxing, zone)).toEqual(['Mon 2026-12-28', 'Mon 2027-01-04', 'Mon 2027-01-11']);
    expect(nudges(boxing)[0]?.movedFor).toEqual(['Christmas Day']);
    expectWorkingDays(boxing, zone, 'DE');
  });

  it('a region counts: Epiphany (6 Jan) is off in Bavaria, not in Berlin', () => {
    const zone = 'Europe/Berlin';
    const bavaria = parsePolicy({ country: 'DE-BY' });
    const start = '2026-12-23T10:00:00';
    expect(localDays(planIn(start, zone), zone)[1]).toBe('Wed 2027-01-06');
    expect(localDays(planIn(start, zone, bavaria), zone)[1]).toBe('Thu 2027-01-07');
  });

  it('US-NY: Election Day is off in New York, so a set country moves the date', () => {
    const zone = 'America/New_York';
    const ny = applyPolicyOverride(defaultPolicy, 'set country US-NY');
    expect(ny.country).toBe('US-NY');
    const start = '2026-10-27T10:00:00';
    expect(localDays(planIn(start, zone), zone)[0]).toBe('Tue 2026-11-03');
    expect(localDays(planIn(start, zone, ny), zone)[0]).toBe('Wed 2026-11-04');
  });
});

describe('the holidays a plan is handed', () => {
  const start = '2026-12-10T10:00:00';
  const plan = (zone: string, holidays: Holidays, policy = defaultPolicy) =>
    planMilestones({
      interview: interview(start, zone),
      policy,
      holidays,
      userTimezone: zone,
      now: DateTime.fromISO(start, { zone }).minus({ days: 7 }).toJSDate(),
    });

  it('are the table of the user’s country, as the edge loads it: the same plan as with every table', async () => {
    const zone = 'America/New_York';
    const ny = applyPolicyOverride(defaultPolicy, 'set country US-NY');
    expect(Object.keys(await holidaysFor(null, zone))).toEqual(['US']);
    expect(plan(zone, await holidaysFor(null, zone))).toEqual(plan(zone, EVERY_COUNTRY));
    expect(plan(zone, await holidaysFor(ny.country, zone), ny)).toEqual(
      plan(zone, EVERY_COUNTRY, ny),
    );
    // `set country` wins over the zone.
    expect(Object.keys(await holidaysFor('DE-BY', zone))).toEqual(['DE']);
  });

  it('are none in a zone no country lists, and a plan there needs none', async () => {
    expect(await holidaysFor(null, 'UTC')).toEqual({});
    expect(plan('UTC', NO_HOLIDAYS)).toEqual(plan('UTC', EVERY_COUNTRY));
  });

  it('without the table of the user’s country, planning refuses rather than plan over a holiday', () => {
    expect(() => plan('America/New_York', NO_HOLIDAYS)).toThrow(PlanningError);
    expect(() => plan('America/New_York', { DE: EVERY_COUNTRY.DE } as Holidays)).toThrow(
      /holidays of US were not loaded/,
    );
  });
});

describe('regions', () => {
  it('defaults from the zone: its most populous city’s country', () => {
    expect(countryOfZone('America/New_York')).toBe('US');
    expect(countryOfZone('Europe/London')).toBe('GB');
    expect(countryOfZone('Europe/Berlin')).toBe('DE');
    expect(countryOfZone('Asia/Kolkata')).toBe('IN');
    expect(countryOfZone('UTC')).toBeNull();
  });

  it('reads codes as people type them, and refuses unknown ones', () => {
    expect(parseRegion('us-ny')).toEqual({ country: 'US', state: 'NY' });
    expect(parseRegion('GB')).toEqual({ country: 'GB', state: null });
    expect(parseRegion('de by')).toEqual({ country: 'DE', state: 'BY' });
    expect(parseRegion('XX')).toBeNull();
    expect(parseRegion('US-ZZ')).toBeNull();
    expect(parseRegion('United States')).toBeNull();
  });

  it('`set country` is a setting; a bad code gets a clear answer', () => {
    expect(parseSettingCommand('set country us-ny')).toEqual({ kind: 'country', country: 'US-NY' });
    expect(parseSettingCommand('set region: GB')).toEqual({ kind: 'country', country: 'GB' });
    expect(() => parseSettingCommand('set country Narnia')).toThrow(InvalidSettingError);
    expect(() => parseSettingCommand('set country Narnia')).toThrow(/US-NY/);
    expect(() => parsePolicy({ country: 'ZZ' })).toThrow(InvalidPolicyError);
  });

  it('a zone without a country keeps weekends only', () => {
    const plan = planIn('2026-12-18T14:00:00', 'UTC');
    expect(localDays(plan, 'UTC')).toEqual(['Fri 2026-12-25', 'Fri 2027-01-01', 'Fri 2027-01-08']);
  });
});
