// The MilestoneScheduler contract against the EventBridge adapter on our Scheduler emulator
// (local/scheduler-emulator), and against the in-memory scheduler the use-case tests run on.
import {
  CreateScheduleGroupCommand,
  ListSchedulesCommand,
  SchedulerClient,
} from '@aws-sdk/client-scheduler';
import { createEventBridgeScheduler } from '../../functions/adapters/eventbridge-scheduler.ts';
import type { MilestoneRef } from '../../functions/core/model.ts';
import { startSchedulerEmulator } from '../../local/scheduler-emulator/index.ts';
import { MILESTONE_FUNCTION_ARN } from '../../local/stack.ts';
import { createSettableClock } from '../support/in-memory/clock.ts';
import { createMemoryScheduler } from '../support/in-memory/scheduler.ts';
import { describeSchedulerContract, recordingTarget } from './scheduler.contract.ts';

const GROUP = 'followup';

describeSchedulerContract('EventBridge adapter on the Scheduler emulator', async () => {
  const clock = createSettableClock();
  const target = recordingTarget();
  const emulator = await startSchedulerEmulator({
    port: 0,
    clock,
    tickMs: 0,
    retryBackoffMs: () => 0,
    invoke: (invocation) => target.invoke(JSON.parse(invocation.input ?? '{}') as MilestoneRef),
  });
  const client = new SchedulerClient({
    region: 'us-east-1',
    endpoint: emulator.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await client.send(new CreateScheduleGroupCommand({ Name: GROUP }));
  const scheduler = createEventBridgeScheduler(client, {
    groupName: GROUP,
    milestoneFunctionArn: MILESTONE_FUNCTION_ARN,
    roleArn: 'arn:aws:iam::000000000000:role/followup-scheduler',
    deadLetterArn: 'arn:aws:sqs:us-east-1:000000000000:followup-schedule-dlq',
  });
  return {
    ...target,
    scheduler,
    clock,
    async names() {
      const listed = await client.send(new ListSchedulesCommand({ GroupName: GROUP }));
      return (listed.Schedules ?? []).map((schedule) => schedule.Name ?? '').sort();
    },
    async fireDue() {
      await emulator.fireDue();
    },
    close: () => emulator.close(),
  };
});

describeSchedulerContract('in memory', async () => {
  const clock = createSettableClock();
  const target = recordingTarget();
  const scheduler = createMemoryScheduler({ clock, invoke: target.invoke });
  return {
    ...target,
    scheduler,
    clock,
    names: async () => scheduler.names(),
    async fireDue() {
      await scheduler.fireDue();
    },
    close: async () => {},
  };
});
