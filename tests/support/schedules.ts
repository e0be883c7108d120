// Test support: the schedules an application must have, whichever harness holds them.
import { expect } from 'vitest';
import type { Application } from '../../functions/core/model.ts';

/** One per pending milestone while it is open, by name (`<application>-<milestone>`), sorted. */
export function expectedSchedules(application: Application): string[] {
  if (application.status !== 'OPEN') return [];
  return application.milestones
    .filter((m) => m.state === 'PENDING')
    .map((m) => `${application.id}-${m.id}`)
    .sort();
}

/** Every pending milestone of an open application has its schedule, and nothing else has one. */
export async function expectSchedulesMatch(
  stack: { schedulesOf(application: Application): Promise<string[]> },
  application: Application,
) {
  expect(await stack.schedulesOf(application)).toEqual(expectedSchedules(application));
}

/** What an employer's rejection leaves: closed, every nudge after the thank-you cancelled, no schedule. */
export async function expectClosedByRejection(
  stack: { schedulesOf(application: Application): Promise<string[]> },
  closed: Application,
) {
  expect(closed.status).toBe('CLOSED');
  expect(closed.milestones.filter((m) => m.state === 'PENDING')).toEqual([]);
  expect(closed.milestones.filter((m) => m.kind !== 'thank-you').map((m) => m.state)).toEqual([
    'CANCELLED',
    'CANCELLED',
    'CANCELLED',
  ]);
  expect(await stack.schedulesOf(closed)).toEqual([]);
}
