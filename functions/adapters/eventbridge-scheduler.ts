// Scheduler adapter (EventBridge Scheduler): one one-time schedule per milestone, named after the
// milestone so that creating it twice is harmless. DynamoDB stays the source of truth; the
// milestone handler re-checks the milestone's state before it sends anything.
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  type GetScheduleCommandOutput,
  ListSchedulesCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { MilestoneRef } from '../core/model.ts';
import { dueOfScheduleAt, scheduleAt } from '../core/planning/format.ts';
import type { MilestoneScheduler, ScheduledMilestone } from '../core/ports.ts';

export interface SchedulerTarget {
  groupName: string;
  milestoneFunctionArn: string;
  roleArn: string;
  deadLetterArn: string | undefined;
}

/** `<application>-<milestone>`: names are unique per group, [0-9a-zA-Z-_.]+, at most 64 chars. */
export function scheduleName(ref: Pick<MilestoneRef, 'applicationId' | 'milestoneId'>): string {
  return `${ref.applicationId}-${ref.milestoneId}`;
}

/** A target input that names a milestone (the digest's too); anything else is not ours to judge. */
function milestoneRefIn(input: string | undefined): MilestoneRef | null {
  try {
    const ref = JSON.parse(input ?? '') as Record<string, unknown>;
    const { userId, applicationId, milestoneId } = ref;
    return typeof userId === 'string' &&
      typeof applicationId === 'string' &&
      typeof milestoneId === 'string'
      ? { userId, applicationId, milestoneId }
      : null;
  } catch {
    return null;
  }
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

    nameOf: scheduleName,

    async *listNames() {
      let NextToken: string | undefined;
      do {
        const page = await client.send(
          new ListSchedulesCommand({ GroupName: target.groupName, NextToken, MaxResults: 100 }),
        );
        yield (page.Schedules ?? []).flatMap((schedule) =>
          schedule.Name
            ? [
                {
                  name: schedule.Name,
                  // Not given: the oldest, so the doctor reads its time.
                  modifiedAt: (schedule.LastModificationDate ?? new Date(0)).toISOString(),
                },
              ]
            : [],
        );
        NextToken = page.NextToken;
      } while (NextToken);
    },

    async describe(Name) {
      let found: GetScheduleCommandOutput;
      try {
        found = await client.send(new GetScheduleCommand({ Name, GroupName: target.groupName }));
      } catch (error) {
        // Fired and deleted since it was listed.
        if (error instanceof ResourceNotFoundException) return undefined;
        throw error;
      }
      const ref = milestoneRefIn(found.Target?.Input);
      const timezone = found.ScheduleExpressionTimezone ?? 'UTC';
      const due = dueOfScheduleAt(found.ScheduleExpression ?? '', timezone);
      return ref && due && scheduleName(ref) === Name ? { ref, due, timezone } : undefined;
    },
  };
}
