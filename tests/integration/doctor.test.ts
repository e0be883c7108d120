// `followup doctor` on the whole local stack (DynamoDB Local, the Scheduler emulator, the milestone
// function run through the control port as the daily schedule runs it on AWS): a schedule deleted
// behind followup's back comes back at its milestone's time, an orphan goes, a schedule that fires
// something else is left alone, and a second run has nothing to do.
import {
  DeleteScheduleCommand,
  GetScheduleCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorSummary } from '../../local/cli.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import {
  createForeignSchedule,
  createStraySchedule,
  startTestStack,
  type TestStack,
} from '../support/local-stack.ts';
import { expectedSchedules } from '../support/schedules.ts';

const USER = 'alex.rivera@example.net';
const GROUP = 'followup';

describe('followup doctor on the local stack', () => {
  let stack: TestStack;
  let scheduler: SchedulerClient;
  const doctor = () => stack.doctor();

  beforeAll(async () => {
    stack = await startTestStack();
    scheduler = new SchedulerClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.scheduler,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    await stack.send(await readFixture('mail/confirmation-simple.eml'));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('re-creates a deleted schedule and deletes an orphan, leaving foreign schedules alone', async () => {
    const application = await stack.onlyApplication(USER);
    const expected = expectedSchedules(application);
    expect(await stack.scheduleNames()).toEqual(expected);
    const followUp = application.milestones.find((m) => m.kind === 'follow-up-1');
    if (!followUp) throw new Error('no follow-up milestone');
    const deleted = `${application.id}-${followUp.id}`;
    await scheduler.send(new DeleteScheduleCommand({ Name: deleted, GroupName: GROUP }));

    await createStraySchedule(scheduler, {
      userId: USER,
      applicationId: application.id,
      milestoneId: 'm99',
    });
    await createForeignSchedule(scheduler);

    const report = await doctor();
    // The stray and the foreign schedule are looked up; the others' times were set before they
    // were written, so are not read.
    expect(report.checked).toEqual({
      applications: 1,
      schedules: expected.length + 1,
      timesRead: 2,
    });
    expect(report.repaired).toEqual({
      missing: [`${application.id}/${followUp.id}`],
      orphan: [`${application.id}/m99`],
    });
    expect(report.failed).toEqual([]);
    expect(doctorSummary(report)).toContain(`orphan: 1 (${application.id}/m99)`);
    expect(await stack.scheduleNames()).toEqual([...expected, 'doctor-daily'].sort());
    const restored = await scheduler.send(
      new GetScheduleCommand({ Name: deleted, GroupName: GROUP }),
    );
    expect(restored.ScheduleExpressionTimezone).toBe(followUp.timezone);
    expect(JSON.parse(restored.Target?.Input ?? '{}')).toEqual({
      userId: USER,
      applicationId: application.id,
      milestoneId: followUp.id,
    });

    const again = await doctor();
    expect(again.repaired).toEqual({});
    expect(doctorSummary(again)).toContain('nothing to repair');
  });
});
