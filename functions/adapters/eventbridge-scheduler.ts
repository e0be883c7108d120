// Scheduler adapter (EventBridge Scheduler): one one-time schedule per milestone, named after the
// milestone so that creating it twice is harmless. DynamoDB stays the source of truth; the
// milestone handler re-checks the milestone's state before it sends anything.
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { MilestoneRef } from '../core/model.ts';
import { scheduleAt } from '../core/planning/format.ts';
import type { MilestoneScheduler, ScheduledMilestone } from '../core/ports.ts';

export interface SchedulerTarget {
  groupName: string;
  milestoneFunctionArn: string;
  roleArn: string;
  deadLetterArn: string | undefined;
}

/** `<application>-<milestone>`: names are unique per group, [0-9a-zA-Z-_.]+, at most 64 chars. */
export function scheduleName(ref: MilestoneRef): string {
  return `${ref.applicationId}-${ref.milestoneId}`;
}

export function createEventBridgeScheduler(
  client: SchedulerClient,
  target: SchedulerTarget,
): MilestoneScheduler {
  const request = (milestone: ScheduledMilestone) => ({
    Name: scheduleName(milestone.ref),
    GroupName: target.groupName,
    ScheduleExpression: scheduleAt(milestone.due, milestone.timezone),
    ScheduleExpressionTimezone: milestone.timezone,
    FlexibleTimeWindow: { Mode: 'OFF' as const },
    ActionAfterCompletion: 'DELETE' as const,
    State: 'ENABLED' as const,
    Description: `followup milestone ${milestone.ref.milestoneId}`,
    Target: {
      Arn: target.milestoneFunctionArn,
      RoleArn: target.roleArn,
      Input: JSON.stringify(milestone.ref),
      RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 24 * 60 * 60 },
      ...(target.deadLetterArn ? { DeadLetterConfig: { Arn: target.deadLetterArn } } : {}),
    },
  });

  return {
    async upsert(milestone) {
      try {
        await client.send(new CreateScheduleCommand(request(milestone)));
      } catch (error) {
        // The name is the milestone's: a conflict means it exists, so move it to the due time.
        if (!(error instanceof ConflictException)) throw error;
        await client.send(new UpdateScheduleCommand(request(milestone)));
      }
    },

    async cancel(ref) {
      try {
        await client.send(
          new DeleteScheduleCommand({ Name: scheduleName(ref), GroupName: target.groupName }),
        );
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
    },
  };
}
