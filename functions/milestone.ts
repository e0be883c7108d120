// Lambda entry point: EventBridge Scheduler target input -> zod-validated -> fireMilestone.
import middy from '@middy/core';
import { z } from 'zod';
import {
  dropInvalidEvents,
  logInvocation,
  maskErrors,
  validateEvent,
} from './commons/middleware.ts';
import { createRuntime } from './commons/runtime.ts';
import { fireMilestone, type MilestoneRef } from './core/use-cases/fire-milestone.ts';

const runtime = createRuntime();

const milestoneRefSchema = z.object({
  userId: z.string().min(3).max(320),
  applicationId: z.string().regex(/^[a-z0-9]{1,40}$/),
  milestoneId: z.string().regex(/^[\w.-]{1,50}$/),
}) satisfies z.ZodType<MilestoneRef>;

async function run(ref: MilestoneRef) {
  return { outcome: await fireMilestone(ref, runtime) };
}

export const handler = middy(run)
  .use(logInvocation(runtime.logger))
  .use(maskErrors(runtime.logger))
  .before(runtime.prepare)
  .use(validateEvent(milestoneRefSchema))
  .use(dropInvalidEvents(runtime.logger));
