// Inbound use-case -> effects of an employer's mail on the plan: a confirmation opens an
// application (created once, however often delivered), schedules its milestones and acknowledges
// it; a reschedule or cancellation changes the plan of the application it matched, as decided in
// inbound-decisions.ts.
import { applicationIdFor, contactOf, openApplication } from '../application.ts';
import { ConcurrentUpdateError } from '../errors.ts';
import type { Application } from '../model.ts';
import type { InterviewReading } from '../reading.ts';
import { type ChangeDeps, syncToLatest } from './change-application.ts';
import { runDecision } from './effects.ts';
import { decidePlanChange, type Routed, threadIdsOf } from './inbound-decisions.ts';
import { planContextFor } from './plan-context.ts';
import { tellUser } from './tell-user.ts';

/** A reschedule moves every pending milestone; a cancellation cancels them and closes. */
export async function changePlan(
  message: Routed,
  application: Application,
  deps: ChangeDeps,
): Promise<'application-closed' | 'application-changed' | 'ignored'> {
  const { reading, userId } = message;
  const ctx = await planContextFor(deps, userId, deps.clock.now(), message.profile);
  const done = await runDecision(deps, { userId, applicationId: application.id }, (current) =>
    decidePlanChange(current, reading, message.messageId, ctx),
  );
  return done?.outcome ?? 'ignored';
}

export async function openFromConfirmation(
  message: Routed,
  interviewReading: InterviewReading,
  deps: ChangeDeps,
  moreThreadIds: string[] = [],
): Promise<'application-opened'> {
  const { store, clock } = deps;
  const id = applicationIdFor(message.userId, message.messageId);
  const now = clock.now();
  const ctx = await planContextFor(deps, message.userId, now, message.profile);

  // Created first, read only when it exists already: a new confirmation (the common case) costs
  // no read. Found, this confirmation is a redelivery: its acknowledgment is not mailed again once
  // it went out, nor after the user closed or paused the application (they answered it, so they
  // had it).
  let application = openApplication({
    id,
    userId: message.userId,
    reading: interviewReading,
    userTimezone: ctx.userTimezone,
    policy: ctx.policy,
    holidays: ctx.holidays,
    now,
    threadMessageIds: [
      ...new Set([
        message.messageId,
        ...threadIdsOf(message.envelope, message.reading),
        ...moreThreadIds,
      ]),
    ],
    userName: message.envelope.from?.name ?? null,
    contact: contactOf(message.reading.original?.from, message.userId),
  });
  let acknowledged = false;
  try {
    await store.create(application);
  } catch (error) {
    if (!(error instanceof ConcurrentUpdateError)) throw error;
    const found = await store.get(message.userId, id);
    if (!found) throw error;
    application = found;
    acknowledged = found.acknowledgedAt !== undefined || found.status !== 'OPEN';
  }

  const opened = application;
  // When found, not created (a redelivery), a command may have paused or moved it since: the
  // schedules follow what it is now.
  await syncToLatest(deps, opened);
  const interview = opened.interviews[0];
  if (!interview) throw new Error(`application ${opened.id} has no interview`);
  if (acknowledged) return 'application-opened';
  const missing = [...(message.reading.missing ?? [])];
  if (!interview.start && !missing.includes('interview time')) missing.push('interview time');
  await tellUser(
    deps,
    message.userId,
    opened,
    (context) =>
      deps.renderer.acknowledgment({
        application: opened,
        interview,
        missing,
        reading: message.reading,
        context,
      }),
    { record: { acknowledgedAt: now.toISOString() }, stored: true },
  );
  return 'application-opened';
}
