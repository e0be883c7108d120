// The doctor's decision alone: store state, schedules and now in, repairs out.
import { describe, expect, it } from 'vitest';
import { claimMilestone } from '../../functions/core/application.ts';
import type { Application } from '../../functions/core/model.ts';
import type { ScheduledMilestone } from '../../functions/core/ports.ts';
import { decideRepairs } from '../../functions/core/use-cases/doctor-decisions.ts';
import { openAcme } from '../support/samples.ts';

const now = new Date('2026-12-01T12:00:00Z');
const scheduleOf = (application: Application, index: number): ScheduledMilestone => {
  const m = application.milestones[index];
  if (!m) throw new Error(`no milestone ${index}`);
  return {
    ref: { userId: application.userId, applicationId: application.id, milestoneId: m.id },
    due: m.due,
    timezone: m.timezone,
  };
};
const decide = (applications: Application[], schedules: ScheduledMilestone[], at = now) =>
  decideRepairs({ applications, profiles: [], schedules, defaultTimezone: 'UTC' }, at);

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

  it('deletes a schedule whose application or profile is not there: a digest of a user with it off', () => {
    const digest: ScheduledMilestone = {
      ref: { userId: 'd@example.net', applicationId: 'digest', milestoneId: 'abc-20261207' },
      due: '2026-12-07T09:00:00-05:00',
      timezone: 'America/New_York',
    };
    expect(decide([], [digest])).toEqual([{ kind: 'delete', ref: digest.ref, reason: 'orphan' }]);
  });
});
