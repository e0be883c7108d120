// formatLocal: how mails and the CLI show a time, never without its zone; scheduleAt: how the
// Scheduler gets it.
import { describe, expect, it } from 'vitest';
import { PlanningError } from '../../../functions/core/planning/errors.ts';
import { formatLocal, scheduleAt } from '../../../functions/core/planning/format.ts';

describe('formatLocal', () => {
  it.each([
    [
      '2026-04-14T18:45:00Z',
      'America/Los_Angeles',
      'Tue 14 Apr 2026, 11:45 (America/Los_Angeles, PDT)',
    ],
    [
      '2026-04-14T11:45:00-07:00',
      'America/New_York',
      'Tue 14 Apr 2026, 14:45 (America/New_York, EDT)',
    ],
    ['2026-03-02T14:30:00Z', 'America/New_York', 'Mon 2 Mar 2026, 09:30 (America/New_York, EST)'],
    ['2026-04-14T18:45:00Z', 'Europe/Berlin', 'Tue 14 Apr 2026, 20:45 (Europe/Berlin, CEST)'],
    ['2026-01-14T18:45:00Z', 'Europe/Berlin', 'Wed 14 Jan 2026, 19:45 (Europe/Berlin, CET)'],
    ['2026-04-14T18:45:00Z', 'Asia/Kolkata', 'Wed 15 Apr 2026, 00:15 (Asia/Kolkata, IST)'],
    [
      '2026-04-14T18:45:00Z',
      'Pacific/Tongatapu',
      'Wed 15 Apr 2026, 07:45 (Pacific/Tongatapu, UTC+13)',
    ],
    [
      '2026-04-14T18:45:00Z',
      'America/Sao_Paulo',
      'Tue 14 Apr 2026, 15:45 (America/Sao_Paulo, UTC-3)',
    ],
    ['2026-04-14T18:45:00Z', 'Asia/Kathmandu', 'Wed 15 Apr 2026, 00:30 (Asia/Kathmandu, UTC+5:45)'],
    ['2026-04-14T18:45:00Z', 'UTC', 'Tue 14 Apr 2026, 18:45 (UTC)'],
  ])('%s in %s -> %s', (iso, zone, expected) => {
    expect(formatLocal(iso, zone)).toBe(expected);
  });

  it('shows the wall clock on both sides of a DST change', () => {
    expect(formatLocal('2026-03-09T09:30:00-04:00', 'America/New_York')).toBe(
      'Mon 9 Mar 2026, 09:30 (America/New_York, EDT)',
    );
    expect(formatLocal('2026-10-26T09:30:00+01:00', 'Europe/Berlin')).toBe(
      'Mon 26 Oct 2026, 09:30 (Europe/Berlin, CET)',
    );
  });

  it('refuses what it cannot show truthfully', () => {
    expect(() => formatLocal('next Tuesday', 'UTC')).toThrow(PlanningError);
    expect(() => formatLocal('2026-04-14T18:45:00Z', 'Mars/Olympus')).toThrow(PlanningError);
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
