// Lambda entry point: EventBridge Scheduler target input -> validated (zod/mini) -> fireMilestone;
// deployed a second time as the doctor function (its own timeout), which runs the daily doctor
// (runDoctor) within the time its invocation has left.
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { entryPoint } from './commons/middleware.ts';
import { createRuntime, type Runtime } from './commons/runtime.ts';
import { DOCTOR_EVENT } from './config.ts';
import { runDoctor } from './core/use-cases/doctor.ts';
import { fireMilestone, type MilestoneRef } from './core/use-cases/fire-milestone.ts';

const milestoneRefSchema = z.object({
  userId: z.string().check(z.minLength(3), z.maxLength(320)),
  applicationId: z.string().check(z.regex(/^[a-z0-9]{1,40}$/)),
  milestoneId: z.string().check(z.regex(/^[\w.-]{1,50}$/)),
}) satisfies z.ZodMiniType<MilestoneRef>;

const doctorSchema = z.strictObject({ followup: z.literal(DOCTOR_EVENT.followup) });

const eventSchema = z.union([doctorSchema, milestoneRefSchema]);

/** Some repairs failed: the invocation fails, so it is retried and, in the end, alarms. */
class DoctorRepairError extends Error {
  override name = 'DoctorRepairError';
}

async function run(event: z.infer<typeof eventSchema>, runtime: Runtime, context: Context) {
  const budget = { timeLeftMs: () => context.getRemainingTimeInMillis() };
  if (!('followup' in event)) return { outcome: await fireMilestone(event, runtime, budget) };
  const report = await runDoctor(runtime, budget);
  if (report.failed.length) {
    throw new DoctorRepairError(
      `${report.failed.length} repairs failed: ${report.failed.join(' ')}`,
    );
  }
  return { outcome: 'doctor', report };
}

/** The handler over `runtime`: Lambda's is made once per container, at its cold start. */
export function milestoneHandler(runtime: Runtime) {
  return entryPoint(runtime, eventSchema, run);
}

export const handler = milestoneHandler(createRuntime());
