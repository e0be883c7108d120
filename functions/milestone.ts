// Lambda entry point: EventBridge Scheduler target input -> validated (zod/mini) -> fireMilestone.
import middy from '@middy/core';
import * as z from 'zod/mini';
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
  userId: z.string().check(z.minLength(3), z.maxLength(320)),
  applicationId: z.string().check(z.regex(/^[a-z0-9]{1,40}$/)),
  milestoneId: z.string().check(z.regex(/^[\w.-]{1,50}$/)),
}) satisfies z.ZodMiniType<MilestoneRef>;

async function run(ref: MilestoneRef) {
  return { outcome: await fireMilestone(ref, runtime) };
}

export const handler = middy(run)
  .use(logInvocation(runtime.logger))
  .use(maskErrors(runtime.logger))
  .before(runtime.prepare)
  .use(validateEvent(milestoneRefSchema))
  .use(dropInvalidEvents(runtime.logger));
