// `followup doctor` at scale on the local stack (DynamoDB Local, the Scheduler emulator, the doctor
// run through the control port as the daily schedule runs it): 500 open applications of 50
// users, 2,000 schedules, a few of them wrong. Counted on the wire: the schedules are listed a
// page of 100 at a time, and a time is read (GetSchedule) only where it may be wrong, so the
// requests grow with the repairs, not with the schedules. No time is measured.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import { createEventBridgeScheduler } from '../../functions/adapters/eventbridge-scheduler.ts';
import { applicationIdFor, openApplication, revise } from '../../functions/core/application.ts';
import type { Application } from '../../functions/core/model.ts';
import { defaultPolicy } from '../../functions/core/planning/policy.ts';
import type { ApplicationStore, MilestoneScheduler } from '../../functions/core/ports.ts';
import { createRequestCounter } from '../../local/services/request-counter.ts';
import { MILESTONE_FUNCTION_ARN } from '../../local/stack.ts';
import { DAY, DEC_1_2026_7AM_NEW_YORK } from '../support/fixtures.ts';
import { EVERY_COUNTRY } from '../support/holidays.ts';
import {
  createForeignSchedule,
  createStraySchedule,
  startTestStack,
  type TestStack,
} from '../support/local-stack.ts';
import { acmeReading } from '../support/samples.ts';

const USERS = 50;
const APPLICATIONS_PER_USER = 10;
const GROUP = 'followup';
const users = Array.from(
  { length: USERS },
  (_, i) => `user${String(i).padStart(3, '0')}@example.net`,
);

/** Runs `jobs` a few at a time: the emulator and DynamoDB Local share two cores with others. */
async function inBatches<T>(items: T[], job: (item: T) => Promise<unknown>, size = 16) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(job));
  }
}

describe('followup doctor at scale', () => {
  const counter = createRequestCounter();
  let stack: TestStack;
  let store: ApplicationStore;
  let scheduler: MilestoneScheduler;
  let client: SchedulerClient;
  const applications: Application[] = [];
  const ref = (application: Application, milestoneId: string) => ({
    userId: application.userId,
    applicationId: application.id,
    milestoneId,
  });

  beforeAll(async () => {
    stack = await startTestStack(
      { FOLLOWUP_ALLOWED_SENDERS: users.join(',') },
      { requestCounter: counter, inMemory: true },
    );
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    // Seeded straight into the services, past the counter: only the doctor is counted.
    store = createDynamoDbStore(
      new DynamoDBClient({ region: 'us-east-1', endpoint: stack.endpoints.dynamodb, credentials }),
      stack.config.FOLLOWUP_TABLE_NAME ?? '',
    );
    client = new SchedulerClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.scheduler,
      credentials,
    });
    scheduler = createEventBridgeScheduler(client, {
      groupName: GROUP,
      milestoneFunctionArn: MILESTONE_FUNCTION_ARN,
      roleArn: 'arn:aws:iam::000000000000:role/followup-scheduler',
      deadLetterArn: undefined,
    });
    for (const userId of users) {
      for (let n = 0; n < APPLICATIONS_PER_USER; n += 1) {
        const start = new Date(Date.parse(acmeReading.start ?? '') + n * DAY).toISOString();
        applications.push(
          openApplication({
            id: applicationIdFor(userId, `<seed-${n}@mail.example>`),
            userId,
            reading: { ...acmeReading, start, end: null },
            userTimezone: 'America/New_York',
            policy: defaultPolicy,
            holidays: EVERY_COUNTRY,
            now: DEC_1_2026_7AM_NEW_YORK,
            threadMessageIds: [],
          }),
        );
      }
    }
    await inBatches(applications, (application) => store.create(application));
    const milestones = applications.flatMap((application) =>
      application.milestones.map((m) => ({
        ref: ref(application, m.id),
        due: m.due,
        timezone: m.timezone,
      })),
    );
    await inBatches(milestones, (milestone) => scheduler.upsert(milestone));
  }, 600_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('repairs a few wrong schedules among 2,000 with a GetSchedule for each that may be wrong, not for each', async () => {
    const pick = (index: number) => applications[index * 53] as Application;
    const milestoneOf = (application: Application, index: number) =>
      application.milestones[index]?.id ?? '';
    const schedules = applications.reduce((sum, a) => sum + a.milestones.length, 0);
    expect(schedules).toBe(2_000);

    // Lost: three schedules deleted behind followup's back.
    const lost = [pick(0), pick(1), pick(2)].map((a) => ref(a, milestoneOf(a, 1)));
    for (const gone of lost) await scheduler.cancel(gone);
    // Orphans known by name: two milestones cancelled in the store, their deletes lost.
    stack.clock.set(new Date(DEC_1_2026_7AM_NEW_YORK.getTime() + 60_000));
    const cancelled = [pick(3), pick(4)];
    // Moved: two applications whose close-out was moved in the store, its Scheduler write lost.
    const moved = [pick(5), pick(6)];
    for (const application of [...cancelled, ...moved]) {
      const isMoved = moved.includes(application);
      await store.save(
        revise(application, stack.clock.now(), {
          milestones: application.milestones.map((m, i) =>
            i !== 3
              ? m
              : isMoved
                ? { ...m, due: new Date(Date.parse(m.due) + 2 * DAY).toISOString() }
                : { ...m, state: 'CANCELLED' },
          ),
        }),
      );
    }
    // Strays: two schedules of applications that are gone, one of a milestone that is.
    const stray = (applicationId: string, milestoneId: string) =>
      createStraySchedule(client, { userId: users[7] ?? '', applicationId, milestoneId });
    await stray('zzzzzzzzz1', 'm1');
    await stray('zzzzzzzzz2', 'm1');
    await stray(pick(8).id, 'm99');
    await createForeignSchedule(client);

    counter.reset();
    const report = await stack.doctor();
    const listed = schedules - lost.length + 3 + 1;
    expect(report.checked).toEqual({
      applications: USERS * APPLICATIONS_PER_USER,
      schedules: listed,
      // The two moved schedules, the three strays and the foreign one.
      timesRead: 2 + 3 + 1,
    });
    expect(report.unreached).toEqual({ users: 0, schedules: 0 });
    expect(report.failed).toEqual([]);
    const ids = (list: Array<{ applicationId: string; milestoneId: string }>) =>
      list.map((r) => `${r.applicationId}/${r.milestoneId}`).sort();
    expect({
      missing: report.repaired.missing?.sort(),
      wrongTime: report.repaired['wrong-time']?.sort(),
      orphan: report.repaired.orphan?.sort(),
    }).toEqual({
      missing: ids(lost),
      wrongTime: ids(moved.map((a) => ref(a, milestoneOf(a, 3)))),
      orphan: [
        ...ids(cancelled.map((a) => ref(a, milestoneOf(a, 3)))),
        `${pick(8).id}/m99`,
        'zzzzzzzzz1/m1',
        'zzzzzzzzz2/m1',
      ].sort(),
    });

    const requests = new Map(
      counter
        .counts()
        .filter((c) => c.service === 'scheduler')
        .map((c) => [c.operation, c.count]),
    );
    expect(Object.fromEntries(requests)).toEqual({
      ListSchedules: Math.ceil(listed / 100),
      GetSchedule: report.checked.timesRead,
      // Each repair: a create, or a create that conflicts and an update, or a delete.
      CreateSchedule: lost.length + moved.length,
      UpdateSchedule: moved.length,
      DeleteSchedule: cancelled.length + 3,
    });
    // One Query of each user's applications and one GetItem of their profile, plus the roster
    // and the strays' user read once more.
    const dynamodb = counter.counts().filter((c) => c.service === 'dynamodb');
    const queries = dynamodb
      .filter((c) => c.operation === 'Query')
      .reduce((n, c) => n + c.count, 0);
    expect(queries).toBeLessThanOrEqual(USERS + 3);
  }, 600_000);
});
