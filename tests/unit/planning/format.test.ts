// formatLocal: how mails and the CLI show a time, never without its zone; scheduleAt: how the
// Scheduler gets it.
import { describe, expect, it } from 'vitest';
import { PlanningError } from '../../../functions/core/planning/errors.ts';
import {
  formatLocal,
  formatLocalRange,
  localeOfZone,
  parseLocale,
  scheduleAt,
  writtenIn,
} from '../../../functions/core/planning/format.ts';

describe('formatLocal', () => {
  it.each([
    // The locale defaults to that of the zone's country: en-US in New York, en-GB in London.
    ['2026-12-11T19:45:00Z', 'America/New_York', 'Fri, Dec 11, 2:45 PM ET'],
    ['2026-04-14T18:45:00Z', 'America/Los_Angeles', 'Tue, Apr 14, 11:45 AM PT'],
    ['2026-12-11T14:45:00Z', 'Europe/London', 'Fri 11 Dec, 14:45 GMT'],
    ['2026-04-14T08:05:00Z', 'Europe/London', 'Tue 14 Apr, 09:05 BST'],
    // A European zone's name changes with the season: never "CET" in summer.
    ['2026-04-14T18:45:00Z', 'Europe/Berlin', 'Tue, 14 Apr, 20:45 CEST'],
    ['2026-01-14T18:45:00Z', 'Europe/Berlin', 'Wed, 14 Jan, 19:45 CET'],
    ['2026-04-14T18:45:00Z', 'Asia/Kolkata', 'Wed, 15 Apr, 12:15 am IST'],
    // Without an abbreviation, the zone's name in words, never a bare offset when words exist.
    ['2026-04-14T18:45:00Z', 'Pacific/Tongatapu', 'Wed, 15 Apr, 7:45 am Tonga Time'],
    ['2026-04-14T18:45:00Z', 'Asia/Tokyo', 'Wed, Apr 15, 03:45 Japan Time'],
    ['2026-04-14T18:45:00Z', 'UTC', 'Tue 14 Apr, 18:45 UTC'],
  ])('%s in %s -> %s', (iso, zone, expected) => {
    expect(formatLocal(iso, zone)).toBe(expected);
  });

  it('writes en-US and en-GB as people there write them, whatever the zone', () => {
    const instant = '2026-12-11T19:45:00Z';
    expect(formatLocal(instant, 'America/New_York', 'en-US')).toBe('Fri, Dec 11, 2:45 PM ET');
    expect(formatLocal(instant, 'America/New_York', 'en-GB')).toBe('Fri 11 Dec, 14:45 EST');
    expect(formatLocal(instant, 'Europe/London', 'en-US')).toBe('Fri, Dec 11, 7:45 PM GMT');
    expect(formatLocal(instant, 'Europe/London', 'en-GB')).toBe('Fri 11 Dec, 19:45 GMT');
  });

  it('keeps the templates’ language: a de-DE locale changes the order, not the words', () => {
    expect(formatLocal('2026-12-11T13:45:00Z', 'Europe/Berlin', 'de-DE')).toBe(
      'Fri, 11 Dec, 14:45 CET',
    );
  });

  it('shows the wall clock on both sides of a DST change', () => {
    expect(formatLocal('2026-03-09T09:30:00-04:00', 'America/New_York')).toBe(
      'Mon, Mar 9, 9:30 AM ET',
    );
    expect(formatLocal('2026-10-26T09:30:00+01:00', 'Europe/Berlin', 'en-GB')).toBe(
      'Mon 26 Oct, 09:30 CET',
    );
  });

  it('refuses what it cannot show truthfully', () => {
    expect(() => formatLocal('next Tuesday', 'UTC')).toThrow(PlanningError);
    expect(() => formatLocal('2026-04-14T18:45:00Z', 'Mars/Olympus')).toThrow(PlanningError);
  });
});

describe('locales', () => {
  it('default from the zone, and read as people type them', () => {
    expect(localeOfZone('America/New_York')).toBe('en-US');
    expect(localeOfZone('Europe/London')).toBe('en-GB');
    expect(localeOfZone('Europe/Berlin')).toBe('en-DE');
    expect(parseLocale('en_us')).toBe('en-US');
    expect(parseLocale('de-DE')).toBe('de-DE');
    expect(parseLocale('English')).toBeNull();
  });

  it("inside a user's scope every time is written in their locale; outside it, in the zone's", async () => {
    const instant = '2026-12-11T14:45:00-05:00';
    expect(formatLocal(instant, 'America/New_York')).toBe('Fri, Dec 11, 2:45 PM ET');
    const inside = await writtenIn('en-GB', async () => {
      await Promise.resolve(); // the scope holds across awaits
      return formatLocal(instant, 'America/New_York');
    });
    expect(inside).toBe('Fri 11 Dec, 14:45 EST');
    // de-DE: in the templates' English, day first and a 24-hour clock as in Germany.
    expect(writtenIn('de-DE', () => formatLocal(instant, 'Europe/London'))).toBe(
      'Fri, 11 Dec, 19:45 GMT',
    );
    expect(formatLocal(instant, 'America/New_York')).toBe('Fri, Dec 11, 2:45 PM ET');
  });

  it('a range shares its zone, and its date within a day', () => {
    expect(
      formatLocalRange(
        '2026-12-10T14:00:00-05:00',
        '2026-12-10T14:45:00-05:00',
        'America/New_York',
      ),
    ).toBe('Thu, Dec 10, 2:00 PM–2:45 PM ET');
    expect(
      formatLocalRange('2026-12-10T14:00:00Z', '2026-12-10T14:45:00Z', 'Europe/London', 'en-GB'),
    ).toBe('Thu 10 Dec, 14:00–14:45 GMT');
  });
});

describe('scheduleAt', () => {
  it('writes the wall time in the schedule zone, whatever offset the due time carries', () => {
    expect(scheduleAt('2026-04-21T09:30:00-04:00', 'America/New_York')).toBe(
      'at(2026-04-21T09:30:00)',
    );
    expect(scheduleAt('2026-04-21T13:30:00Z', 'Asia/Kolkata')).toBe('at(2026-04-21T19:00:00)');
    expect(scheduleAt('2026-03-09T09:30:00-04:00', 'America/New_York')).toBe(
      'at(2026-03-09T09:30:00)',
    );
    expect(() => scheduleAt('2026-04-21T09:30:00Z', 'Nowhere/Land')).toThrow(PlanningError);
  });
});
