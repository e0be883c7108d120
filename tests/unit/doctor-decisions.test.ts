// The doctor's decision alone: store state, schedules and now in, repairs out.
import { describe, expect, it } from 'vitest';
import { claimMilestone, revise } from '../../functions/core/application.ts';
import type { Application } from '../../functions/core/model.ts';
import type { ScheduledMilestone } from '../../functions/core/ports.ts';
import {
  type DoctorState,
  decideRepairs,
  timeChecks,
} from '../../functions/core/use-cases/doctor-decisions.ts';
import { openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const scheduleOf = (application: Application, index: number): ScheduledMilestone => {
  const m = application.milestones[index];
  if (!m) throw new Error(`no milestone ${index}`);
  return {
    ref: { userId: application.userId, applicationId: application.id, milestoneId: m.id },
    due: m.due,
    timezone: m.timezone,
  };
};
const nameOf = (ref: { applicationId: string; milestoneId: string }) =>
  `${ref.applicationId}-${ref.milestoneId}`;
/** The state the doctor builds: `schedules` listed as written at `writtenAt`, those it checks read. */
function stateOf(
  applications: Application[],
  schedules: ScheduledMilestone[],
  at: Date,
  writtenAt = at,
) {
  const listed = new Map(
    schedules.map((s) => [
      nameOf(s.ref),
      { name: nameOf(s.ref), modifiedAt: writtenAt.toISOString() },
    ]),
  );
  const state: DoctorState = {
    applications,
    profiles: [],
    listed,
    read: new Map(),
    nameOf,
    defaultTimezone: 'UTC',
  };
  const byName = new Map(schedules.map((s) => [nameOf(s.ref), s]));
  const checks = timeChecks(state, at);
  return { ...state, read: new Map(checks.map((name) => [name, byName.get(name)])) };
}
const decide = (
  applications: Application[],
  schedules: ScheduledMilestone[],
  at = now,
  writtenAt = at,
) => decideRepairs(stateOf(applications, schedules, at, writtenAt), at).repairs;

describe('doctor decisions', () => {
  it('wants nothing of a healthy plan, and every pending milestone of one that lost its schedules', () => {
    const application = openAcme(now, 'a@example.net');
    const all = application.milestones.map((_, i) => scheduleOf(application, i));
    expect(decide([application], all)).toEqual([]);
    expect(decide([application], []).map((r) => [r.kind, r.reason])).toEqual(
      application.milestones.map(() => ['schedule', 'missing']),
    );
  });

  it("deletes a paused plan's schedules: nothing fires while it is held", () => {
    const paused: Application = { ...openAcme(now, 'b@example.net'), status: 'PAUSED' };
    const repairs = decide([paused], [scheduleOf(paused, 0), scheduleOf(paused, 1)]);
    expect(repairs.map((r) => [r.kind, r.reason])).toEqual([
      ['delete', 'orphan'],
      ['delete', 'orphan'],
    ]);
  });

  it('leaves a draft being mailed alone, whatever its schedule', () => {
    const application = openAcme(now, 'c@example.net');
    const first = application.milestones[0];
    if (!first) throw new Error('no milestone');
    const at = new Date(Date.parse(first.due) + 1000);
    const claim = claimMilestone(application, first.id, at);
    if (!claim.claimed) throw new Error('not claimed');
    const others = claim.application.milestones
      .slice(1)
      .map((_, i) => scheduleOf(claim.application, i + 1));
    expect(decide([claim.application], [scheduleOf(claim.application, 0), ...others], at)).toEqual(
      [],
    );
    expect(decide([claim.application], others, at)).toEqual([]);
  });

  it('leaves to the run what no application or profile accounts for: a digest of a user with it off', () => {
    const digest: ScheduledMilestone = {
      ref: { userId: 'd@example.net', applicationId: 'digest', milestoneId: 'abc-20261207' },
      due: '2026-12-07T09:00:00-05:00',
      timezone: 'America/New_York',
    };
    const application = openAcme(now, 'd@example.net');
    const all = application.milestones.map((_, i) => scheduleOf(application, i));
    const state = stateOf([application], [digest, ...all], now);
    expect(decideRepairs(state, now)).toEqual({
      repairs: [],
      accounted: all.map((s) => nameOf(s.ref)),
    });
  });

  it("reads no schedule's time when it was written after its milestone was stored", () => {
    const application = openAcme(now, 'e@example.net');
    const all = application.milestones.map((_, i) => scheduleOf(application, i));
    expect(timeChecks(stateOf([application], all, now), now)).toEqual([]);
  });

  it('moves a schedule written before its milestone was moved, and reads only that time', () => {
    const application = openAcme(now, 'f@example.net');
    const all = application.milestones.map((_, i) => scheduleOf(application, i));
    const second = all[1];
    if (!second) throw new Error('too few milestones');
    // A change moved the second milestone by a day a minute later; its schedule's write failed.
    const later = new Date(now.getTime() + 60_000);
    const moved = revise(application, later, {
      milestones: application.milestones.map((m, i) =>
        i === 1 ? { ...m, due: new Date(Date.parse(m.due) + DAY).toISOString() } : m,
      ),
    });
    const state = stateOf([moved], all, later, now);
    expect(timeChecks(state, later)).toEqual([nameOf(second.ref)]);
    expect(decideRepairs(state, later).repairs).toEqual([
      { kind: 'schedule', milestone: scheduleOf(moved, 1), reason: 'wrong-time' },
    ]);
  });

  it('fires a draft that may not have arrived now, until the user is told; then wants nothing', () => {
    const application = openAcme(now, 'a@example.net');
    const thankYou = application.milestones[0];
    if (!thankYou) throw new Error('no thank-you');
    const at = new Date(Date.parse(thankYou.due) + DAY);
    const withNotice = (told: boolean) =>
      revise(application, at, {
        milestones: application.milestones.map((m) =>
          m.id === thankYou.id
            ? { ...m, state: 'SENT' as const, sentAt: thankYou.due, unconfirmed: { told } }
            : m,
        ),
      });
    const others = application.milestones.slice(1).map((_, i) => scheduleOf(application, i + 1));
    expect(decide([withNotice(false)], others, at)).toEqual([
      {
        kind: 'schedule',
        milestone: { ...scheduleOf(application, 0), due: expect.any(String) },
        reason: 'notice-owed',
      },
    ]);
    expect(decide([withNotice(true)], others, at)).toEqual([]);
  });
});
