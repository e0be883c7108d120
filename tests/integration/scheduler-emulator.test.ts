// The Scheduler emulator driven through the real @aws-sdk/client-scheduler: the requests the
// product sends are accepted, invalid ones get the service's typed errors, and due schedules fire
// on a controllable local clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  DeleteScheduleGroupCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListScheduleGroupsCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  ValidationException,
} from '@aws-sdk/client-scheduler';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type ScheduleInvocation,
  type SchedulerEmulator,
  type SchedulerEmulatorOptions,
  startSchedulerEmulator,
} from '../../local/scheduler-emulator/index.ts';

const lambdaArn = 'arn:aws:lambda:us-east-1:000000000000:function:followup-milestone';
const roleArn = 'arn:aws:iam::000000000000:role/followup-scheduler';
const queueArn = 'arn:aws:sqs:us-east-1:000000000000:followup-schedules-dlq';

class TestClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** One milestone schedule exactly as the product's scheduler adapter builds it. */
function milestoneSchedule(
  overrides: Partial<CreateScheduleCommandInput> = {},
): CreateScheduleCommandInput {
  return {
    Name: 'a1b2c3d4e5-i1-thank-you-1',
    GroupName: 'followup',
    ScheduleExpression: 'at(2026-04-14T14:45:00)',
    ScheduleExpressionTimezone: 'America/Los_Angeles',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    Target: {
      Arn: lambdaArn,
      RoleArn: roleArn,
      Input: JSON.stringify({ applicationId: 'a1b2c3d4e5', interviewId: 'i1', kind: 'thank-you' }),
      RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86400 },
      DeadLetterConfig: { Arn: queueArn },
    },
    ...overrides,
  };
}

function clientFor(emulator: SchedulerEmulator): SchedulerClient {
  return new SchedulerClient({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

interface Harness {
  emulator: SchedulerEmulator;
  client: SchedulerClient;
  clock: TestClock;
  invocations: ScheduleInvocation[];
}

async function startHarness(
  options: Partial<SchedulerEmulatorOptions> & { start?: string } = {},
): Promise<Harness> {
  const clock = new TestClock(new Date(options.start ?? '2026-04-14T12:00:00Z'));
  const invocations: ScheduleInvocation[] = [];
  const emulator = await startSchedulerEmulator({
    clock,
    tickMs: 0,
    retryBackoffMs: () => 1,
    invoke: async (target) => {
      invocations.push(target);
    },
    ...options,
  });
  const client = clientFor(emulator);
  await client.send(new CreateScheduleGroupCommand({ Name: 'followup' })).catch((error) => {
    if (!(error instanceof ConflictException)) throw error;
  });
  return { emulator, client, clock, invocations };
}

async function stopHarness(harness: Harness): Promise<void> {
  harness.client.destroy();
  await harness.emulator.close();
}

describe('Scheduler emulator API through the SDK', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await stopHarness(h);
  });

  it('accepts the milestone schedule the product sends and round-trips it', async () => {
    const input = milestoneSchedule({ Name: 'roundtrip-i1-thank-you-1' });
    const created = await h.client.send(new CreateScheduleCommand(input));
    expect(created.ScheduleArn).toBe(
      'arn:aws:scheduler:us-east-1:000000000000:schedule/followup/roundtrip-i1-thank-you-1',
    );

    const got = await h.client.send(
      new GetScheduleCommand({ Name: 'roundtrip-i1-thank-you-1', GroupName: 'followup' }),
    );
    expect(got).toMatchObject({
      Arn: created.ScheduleArn,
      Name: 'roundtrip-i1-thank-you-1',
      GroupName: 'followup',
      ScheduleExpression: 'at(2026-04-14T14:45:00)',
      ScheduleExpressionTimezone: 'America/Los_Angeles',
      State: 'ENABLED',
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: input.Target,
    });
    expect(got.CreationDate).toEqual(new Date('2026-04-14T12:00:00Z'));
    expect(got.LastModificationDate).toEqual(new Date('2026-04-14T12:00:00Z'));

    h.clock.advance(60_000);
    await h.client.send(
      new UpdateScheduleCommand({
        ...input,
        ScheduleExpression: 'at(2026-04-15T09:30:00)',
        Target: {
          ...input.Target,
          Input: '{"moved":true}',
        } as CreateScheduleCommandInput['Target'],
      }),
    );
    const updated = await h.client.send(
      new GetScheduleCommand({ Name: 'roundtrip-i1-thank-you-1', GroupName: 'followup' }),
    );
    expect(updated.ScheduleExpression).toBe('at(2026-04-15T09:30:00)');
    expect(updated.Target?.Input).toBe('{"moved":true}');
    expect(updated.CreationDate).toEqual(new Date('2026-04-14T12:00:00Z'));
    expect(updated.LastModificationDate).toEqual(new Date('2026-04-14T12:01:00Z'));

    const listed = await h.client.send(
      new ListSchedulesCommand({ GroupName: 'followup', NamePrefix: 'roundtrip-' }),
    );
    expect(listed.Schedules).toEqual([
      expect.objectContaining({
        Arn: created.ScheduleArn,
        Name: 'roundtrip-i1-thank-you-1',
        GroupName: 'followup',
        State: 'ENABLED',
        Target: { Arn: lambdaArn },
      }),
    ]);

    await h.client.send(
      new DeleteScheduleCommand({ Name: 'roundtrip-i1-thank-you-1', GroupName: 'followup' }),
    );
    await expect(
      h.client.send(
        new GetScheduleCommand({ Name: 'roundtrip-i1-thank-you-1', GroupName: 'followup' }),
      ),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('pages and filters ListSchedules', async () => {
    const names = ['page-a', 'page-b', 'page-c', 'page-d', 'page-e'];
    for (const Name of names) {
      await h.client.send(
        new CreateScheduleCommand(
          milestoneSchedule({ Name, State: Name === 'page-c' ? 'DISABLED' : 'ENABLED' }),
        ),
      );
    }
    await h.client.send(new CreateScheduleCommand(milestoneSchedule({ Name: 'other-a' })));

    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await h.client.send(
        new ListSchedulesCommand({
          GroupName: 'followup',
          NamePrefix: 'page-',
          MaxResults: 2,
          NextToken,
        }),
      );
      pages++;
      expect(page.Schedules?.length).toBeLessThanOrEqual(2);
      seen.push(...(page.Schedules ?? []).map((s) => s.Name ?? ''));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(seen).toEqual(names);

    const disabled = await h.client.send(
      new ListSchedulesCommand({ GroupName: 'followup', State: 'DISABLED' }),
    );
    expect(disabled.Schedules?.map((s) => s.Name)).toEqual(['page-c']);

    const elsewhere = await h.client.send(new ListSchedulesCommand({ GroupName: 'default' }));
    expect(elsewhere.Schedules).toEqual([]);

    await expect(
      h.client.send(new ListSchedulesCommand({ NextToken: 'not-a-token-we-issued' })),
    ).rejects.toBeInstanceOf(ValidationException);
    await expect(
      h.client.send(new ListSchedulesCommand({ GroupName: 'no-such-group' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  const invalid: [string, CreateScheduleCommandInput, RegExp][] = [
    ['a name with a slash', milestoneSchedule({ Name: 'a1b2/i1' }), /regular expression pattern/],
    [
      'a name over 64 characters',
      milestoneSchedule({ Name: 'n'.repeat(65) }),
      /less than or equal to 64/,
    ],
    [
      'a month 13',
      milestoneSchedule({ ScheduleExpression: 'at(2026-13-01T00:00:00)' }),
      /Invalid Schedule Expression/,
    ],
    [
      'at(tomorrow)',
      milestoneSchedule({ ScheduleExpression: 'at(tomorrow)' }),
      /Invalid Schedule Expression/,
    ],
    [
      'an ISO instant with a zone',
      milestoneSchedule({ ScheduleExpression: 'at(2026-04-14T14:45:00Z)' }),
      /Invalid Schedule Expression/,
    ],
    [
      'a missing FlexibleTimeWindow',
      milestoneSchedule({ FlexibleTimeWindow: undefined }),
      /'flexibleTimeWindow'.*must not be null/,
    ],
    [
      'an unknown time zone',
      milestoneSchedule({ ScheduleExpressionTimezone: 'Mars/Olympus_Mons' }),
      /Timezone/,
    ],
    [
      'a wrongly cased time zone',
      milestoneSchedule({ ScheduleExpressionTimezone: 'america/los_angeles' }),
      /Timezone/,
    ],
    [
      'an unknown window mode',
      milestoneSchedule({ FlexibleTimeWindow: { Mode: 'SOMETIMES' as 'OFF' } }),
      /enum value set: \[OFF, FLEXIBLE\]/,
    ],
    [
      'FLEXIBLE without a window',
      milestoneSchedule({ FlexibleTimeWindow: { Mode: 'FLEXIBLE' } }),
      /MaximumWindowInMinutes/,
    ],
    [
      'too many retries',
      milestoneSchedule({
        Target: {
          ...milestoneSchedule().Target,
          RetryPolicy: { MaximumRetryAttempts: 186 },
        } as CreateScheduleCommandInput['Target'],
      }),
      /'target.retryPolicy.maximumRetryAttempts'.*less than or equal to 185/,
    ],
    [
      'too short an event age',
      milestoneSchedule({
        Target: {
          ...milestoneSchedule().Target,
          RetryPolicy: { MaximumEventAgeInSeconds: 59 },
        } as CreateScheduleCommandInput['Target'],
      }),
      /greater than or equal to 60/,
    ],
    [
      'a role that is not an IAM role',
      milestoneSchedule({
        Target: {
          ...milestoneSchedule().Target,
          RoleArn: 'followup-role',
        } as CreateScheduleCommandInput['Target'],
      }),
      /'target.roleArn'/,
    ],
    [
      'a dead-letter target that is not SQS',
      milestoneSchedule({
        Target: {
          ...milestoneSchedule().Target,
          DeadLetterConfig: { Arn: lambdaArn },
        } as CreateScheduleCommandInput['Target'],
      }),
      /'target.deadLetterConfig.arn'/,
    ],
    [
      'an empty Input',
      milestoneSchedule({
        Target: {
          ...milestoneSchedule().Target,
          Input: '',
        } as CreateScheduleCommandInput['Target'],
      }),
      /'target.input'/,
    ],
    [
      'an unknown ActionAfterCompletion',
      milestoneSchedule({ ActionAfterCompletion: 'ARCHIVE' as 'DELETE' }),
      /enum value set: \[NONE, DELETE\]/,
    ],
    [
      'a bad cron',
      milestoneSchedule({ ScheduleExpression: 'cron(0 12 * * * *)' }),
      /Invalid Schedule Expression/,
    ],
    [
      'rate(0 minutes)',
      milestoneSchedule({ ScheduleExpression: 'rate(0 minutes)' }),
      /Invalid Schedule Expression/,
    ],
  ];

  it.each(invalid)('answers ValidationException (400) for %s', async (_, input, message) => {
    const failure = await h.client.send(new CreateScheduleCommand(input)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ValidationException);
    expect((failure as ValidationException).$metadata.httpStatusCode).toBe(400);
    expect((failure as ValidationException).message).toMatch(message);
  });

  it('accepts valid rate() and cron() expressions and a FLEXIBLE window', async () => {
    for (const [Name, ScheduleExpression] of [
      ['every-five-minutes', 'rate(5 minutes)'],
      ['weekday-mornings', 'cron(30 9 ? * MON-FRI *)'],
    ] as const) {
      await h.client.send(
        new CreateScheduleCommand(
          milestoneSchedule({
            Name,
            ScheduleExpression,
            FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
          }),
        ),
      );
    }
  });

  it('answers ConflictException (409) for an existing name, ResourceNotFound (404) for a missing one', async () => {
    await h.client.send(new CreateScheduleCommand(milestoneSchedule({ Name: 'twice' })));
    const conflict = await h.client
      .send(new CreateScheduleCommand(milestoneSchedule({ Name: 'twice' })))
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictException);
    expect((conflict as ConflictException).$metadata.httpStatusCode).toBe(409);

    for (const command of [
      new GetScheduleCommand({ Name: 'never-created', GroupName: 'followup' }),
      new DeleteScheduleCommand({ Name: 'never-created', GroupName: 'followup' }),
      new UpdateScheduleCommand({ ...milestoneSchedule({ Name: 'never-created' }) }),
      new CreateScheduleCommand(milestoneSchedule({ GroupName: 'no-such-group' })),
      new GetScheduleCommand({ Name: 'twice' }), // lives in followup, not in default
    ]) {
      const missing = await h.client.send(command as GetScheduleCommand).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ResourceNotFoundException);
      expect((missing as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
    }
  });

  it('replays the first answer when a ClientToken is reused for the same request', async () => {
    const input = milestoneSchedule({ Name: 'idempotent', ClientToken: 'token-1' });
    const first = await h.client.send(new CreateScheduleCommand(input));
    const again = await h.client.send(new CreateScheduleCommand(input));
    expect(again.ScheduleArn).toBe(first.ScheduleArn);
    await expect(
      h.client.send(
        new CreateScheduleCommand({ ...input, ScheduleExpression: 'at(2026-05-01T00:00:00)' }),
      ),
    ).rejects.toBeInstanceOf(ConflictException);
  });

  it('manages schedule groups; default always exists', async () => {
    const groups = await h.client.send(new ListScheduleGroupsCommand({}));
    expect(groups.ScheduleGroups?.map((g) => g.Name)).toEqual(['default', 'followup']);
    expect(groups.ScheduleGroups?.[0]).toMatchObject({
      Arn: 'arn:aws:scheduler:us-east-1:000000000000:schedule-group/default',
      State: 'ACTIVE',
    });

    await h.client.send(new CreateScheduleGroupCommand({ Name: 'short-lived' }));
    await expect(
      h.client.send(new CreateScheduleGroupCommand({ Name: 'short-lived' })),
    ).rejects.toBeInstanceOf(ConflictException);
    const group = await h.client.send(new GetScheduleGroupCommand({ Name: 'short-lived' }));
    expect(group.CreationDate).toBeInstanceOf(Date);
    await h.client.send(
      new CreateScheduleCommand(milestoneSchedule({ Name: 'in-group', GroupName: 'short-lived' })),
    );

    await h.client.send(new DeleteScheduleGroupCommand({ Name: 'short-lived' }));
    await expect(
      h.client.send(new GetScheduleGroupCommand({ Name: 'short-lived' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(
      h.client.send(new GetScheduleCommand({ Name: 'in-group', GroupName: 'short-lived' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(
      h.client.send(new DeleteScheduleGroupCommand({ Name: 'default' })),
    ).rejects.toBeInstanceOf(ValidationException);
  });
});

describe('Scheduler emulator firing on the local clock', () => {
  let h: Harness;
  afterEach(async () => {
    await stopHarness(h);
  });

  it('fires a due at() schedule once with Target.Input, then DELETE removes it', async () => {
    h = await startHarness();
    const input = milestoneSchedule();
    await h.client.send(new CreateScheduleCommand(input));

    h.clock.set('2026-04-14T21:44:59Z'); // 14:44:59 in Los Angeles (PDT)
    expect(await h.emulator.fireDue()).toEqual([]);
    expect(h.invocations).toEqual([]);

    h.clock.set('2026-04-14T21:45:00Z');
    const fired = await h.emulator.fireDue();
    expect(fired).toEqual([
      {
        scheduleName: 'a1b2c3d4e5-i1-thank-you-1',
        groupName: 'followup',
        scheduleArn:
          'arn:aws:scheduler:us-east-1:000000000000:schedule/followup/a1b2c3d4e5-i1-thank-you-1',
        scheduledTime: '2026-04-14T21:45:00.000Z',
        attempts: 1,
        outcome: 'invoked',
        afterCompletion: 'deleted',
      },
    ]);
    expect(h.invocations).toEqual([
      expect.objectContaining({
        arn: lambdaArn,
        input: input.Target?.Input,
        scheduleName: 'a1b2c3d4e5-i1-thank-you-1',
        groupName: 'followup',
        attempt: 1,
      }),
    ]);
    await expect(
      h.client.send(new GetScheduleCommand({ Name: input.Name, GroupName: 'followup' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);

    h.clock.advance(60 * 86_400_000);
    expect(await h.emulator.fireDue()).toEqual([]);
    expect(h.invocations).toHaveLength(1);
  });

  it('keeps an ActionAfterCompletion NONE schedule but never fires it again; skips DISABLED', async () => {
    h = await startHarness();
    await h.client.send(
      new CreateScheduleCommand(milestoneSchedule({ Name: 'kept', ActionAfterCompletion: 'NONE' })),
    );
    await h.client.send(
      new CreateScheduleCommand(milestoneSchedule({ Name: 'off', State: 'DISABLED' })),
    );
    h.clock.set('2026-04-15T00:00:00Z');
    expect((await h.emulator.fireDue()).map((r) => [r.scheduleName, r.afterCompletion])).toEqual([
      ['kept', 'kept'],
    ]);
    const kept = await h.client.send(
      new GetScheduleCommand({ Name: 'kept', GroupName: 'followup' }),
    );
    expect(kept.State).toBe('ENABLED');
    h.clock.advance(86_400_000);
    expect(await h.emulator.fireDue()).toEqual([]);
    expect(h.invocations.map((i) => i.scheduleName)).toEqual(['kept']);
  });

  it('reads at() in the schedule time zone across a DST change', async () => {
    h = await startHarness({ start: '2026-03-07T12:00:00Z' });
    // 03:30 on the night New York springs forward is EDT (UTC-4): 07:30Z, not 08:30Z.
    await h.client.send(
      new CreateScheduleCommand(
        milestoneSchedule({
          Name: 'after-spring-forward',
          ScheduleExpression: 'at(2026-03-08T03:30:00)',
          ScheduleExpressionTimezone: 'America/New_York',
        }),
      ),
    );
    // The evening before, still EST (UTC-5).
    await h.client.send(
      new CreateScheduleCommand(
        milestoneSchedule({
          Name: 'before-spring-forward',
          ScheduleExpression: 'at(2026-03-07T21:00:00)',
          ScheduleExpressionTimezone: 'America/New_York',
        }),
      ),
    );
    h.clock.set('2026-03-08T01:59:59Z');
    expect(await h.emulator.fireDue()).toEqual([]);
    h.clock.set('2026-03-08T02:00:00Z');
    expect((await h.emulator.fireDue()).map((r) => r.scheduledTime)).toEqual([
      '2026-03-08T02:00:00.000Z',
    ]);
    h.clock.set('2026-03-08T07:29:59Z');
    expect(await h.emulator.fireDue()).toEqual([]);
    h.clock.set('2026-03-08T07:30:00Z');
    expect((await h.emulator.fireDue()).map((r) => r.scheduledTime)).toEqual([
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('retries a failing target, then records a dead letter with the DeadLetterConfig Arn', async () => {
    let calls = 0;
    h = await startHarness({
      invoke: async () => {
        calls++;
        throw new Error('milestone handler is down');
      },
    });
    const input = milestoneSchedule();
    input.Target = {
      ...input.Target,
      RetryPolicy: { MaximumRetryAttempts: 3 },
    } as typeof input.Target;
    await h.client.send(new CreateScheduleCommand(input));
    h.clock.set('2026-04-15T00:00:00Z');

    const [fired] = await h.emulator.fireDue();
    expect(calls).toBe(4); // the first try and three retries
    expect(fired).toMatchObject({
      attempts: 4,
      outcome: 'dead-lettered',
      afterCompletion: 'deleted',
    });
    expect(h.emulator.deadLetters()).toEqual([
      expect.objectContaining({
        scheduleName: input.Name,
        groupName: 'followup',
        targetArn: lambdaArn,
        input: input.Target?.Input,
        deadLetterQueueArn: queueArn,
        scheduledTime: '2026-04-14T21:45:00.000Z',
        attempts: 4,
        exhaustedRetryCondition: 'MaximumRetryAttemptsExhausted',
        lastError: 'Error: milestone handler is down',
      }),
    ]);
    const overHttp = (await (
      await fetch(`${h.emulator.endpoint}/_emulator/dead-letters`)
    ).json()) as { DeadLetters: unknown[] };
    expect(overHttp.DeadLetters).toEqual(h.emulator.deadLetters());

    h.clock.advance(86_400_000);
    expect(await h.emulator.fireDue()).toEqual([]);
    expect(calls).toBe(4);
  });

  it('stops retrying once the event is older than MaximumEventAgeInSeconds on the local clock', async () => {
    let calls = 0;
    h = await startHarness({
      invoke: async () => {
        calls++;
        h.clock.advance(45_000);
        throw new Error('slow and failing');
      },
    });
    const input = milestoneSchedule();
    input.Target = {
      ...input.Target,
      RetryPolicy: { MaximumRetryAttempts: 100, MaximumEventAgeInSeconds: 60 },
    } as typeof input.Target;
    await h.client.send(new CreateScheduleCommand(input));
    h.clock.set('2026-04-15T00:00:00Z');
    const [fired] = await h.emulator.fireDue();
    expect(calls).toBe(2);
    expect(fired?.outcome).toBe('dead-lettered');
    expect(h.emulator.deadLetters()[0]?.exhaustedRetryCondition).toBe('MaximumEventAgeExhausted');
  });

  it('succeeds on a retry without a dead letter', async () => {
    let calls = 0;
    h = await startHarness({
      invoke: async () => {
        calls++;
        if (calls < 3) throw new Error('transient');
      },
    });
    await h.client.send(new CreateScheduleCommand(milestoneSchedule()));
    h.clock.set('2026-04-15T00:00:00Z');
    const [fired] = await h.emulator.fireDue();
    expect(fired).toMatchObject({ attempts: 3, outcome: 'invoked', afterCompletion: 'deleted' });
    expect(h.emulator.deadLetters()).toEqual([]);
  });

  it('fires a schedule once when fireDue runs concurrently, and both wait for it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    h = await startHarness({
      invoke: async () => {
        calls++;
        await gate;
      },
    });
    await h.client.send(new CreateScheduleCommand(milestoneSchedule()));
    h.clock.set('2026-04-15T00:00:00Z');

    let settled = 0;
    const runs = [h.emulator.fireDue(), h.emulator.fireDue(), h.emulator.fireDue()].map((p) =>
      p.then((reports) => {
        settled++;
        return reports;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(1);
    expect(settled).toBe(0);
    release();
    const reports = await Promise.all(runs);
    expect(calls).toBe(1);
    expect(reports.flat()).toHaveLength(1);
  });

  it('fills the context attributes the service substitutes in Input', async () => {
    h = await startHarness();
    const input = milestoneSchedule();
    input.Target = {
      ...input.Target,
      Input: '{"at":"<aws.scheduler.scheduled-time>","try":<aws.scheduler.attempt-number>}',
    } as typeof input.Target;
    await h.client.send(new CreateScheduleCommand(input));
    h.clock.set('2026-04-15T00:00:00Z');
    await h.emulator.fireDue();
    expect(h.invocations[0]?.input).toBe('{"at":"2026-04-14T21:45:00Z","try":1}');
  });

  it('fires from its background tick and over POST /_emulator/fire-due', async () => {
    h = await startHarness({ tickMs: 20 });
    await h.client.send(new CreateScheduleCommand(milestoneSchedule({ Name: 'by-tick' })));
    h.clock.set('2026-04-15T00:00:00Z');
    const deadline = Date.now() + 2000;
    while (h.invocations.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(h.invocations.map((i) => i.scheduleName)).toEqual(['by-tick']);

    await h.client.send(
      new CreateScheduleCommand(
        milestoneSchedule({ Name: 'by-http', ScheduleExpression: 'at(2026-04-14T00:00:00)' }),
      ),
    );
    const response = await fetch(`${h.emulator.endpoint}/_emulator/fire-due`, { method: 'POST' });
    const body = (await response.json()) as { Fired: { scheduleName: string }[] };
    // The tick may win the race for this one; either way it fires exactly once.
    await h.emulator.fireDue();
    expect(h.invocations.map((i) => i.scheduleName)).toEqual(['by-tick', 'by-http']);
    expect(body.Fired.every((r) => r.scheduleName === 'by-http')).toBe(true);
  });
});

describe('Scheduler emulator persistence', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'followup-scheduler-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps groups, schedules and dead letters across a restart', async () => {
    const dataFile = join(folder, 'scheduler.json');
    const first = await startHarness({
      dataFile,
      invoke: async () => {
        throw new Error('down');
      },
    });
    await first.client.send(new CreateScheduleCommand(milestoneSchedule({ Name: 'survives' })));
    await first.client.send(
      new CreateScheduleCommand(
        milestoneSchedule({
          Name: 'fails',
          ScheduleExpression: 'at(2026-04-14T04:00:00)',
          Target: {
            ...milestoneSchedule().Target,
            RetryPolicy: { MaximumRetryAttempts: 0 },
          } as CreateScheduleCommandInput['Target'],
        }),
      ),
    );
    await first.emulator.fireDue();
    await stopHarness(first);

    const second = await startHarness({ dataFile });
    try {
      const got = await second.client.send(
        new GetScheduleCommand({ Name: 'survives', GroupName: 'followup' }),
      );
      expect(got.ScheduleExpressionTimezone).toBe('America/Los_Angeles');
      expect(second.emulator.deadLetters().map((d) => d.scheduleName)).toEqual(['fails']);
      second.clock.set('2026-04-15T00:00:00Z');
      await second.emulator.fireDue();
      expect(second.invocations.map((i) => i.scheduleName)).toEqual(['survives']);
    } finally {
      await stopHarness(second);
    }
  });
});
