// What an older mail or an older decision must not do once a newer one has acted, through the
// real local services: a command that changes nothing keeps the application's expiry; a note
// written before another but handled after it (its first delivery failed) does not lead the drafts;
// an older decision's schedule that lands last and fires early leaves the milestone scheduled.
import { SchedulerClient, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { MILESTONE_FUNCTION_ARN } from '../../local/stack.ts';
import { asNewMessage, DAY, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USERS = {
  expiry: 'expiry@example.net',
  notes: 'notes@example.net',
  schedule: 'schedule@example.net',
};
const MINUTE = 60_000;

describe('older mail and older decisions do not overrule newer ones', () => {
  let stack: TestStack;
  let confirmation: string;
  let stopReply: string;
  let sent = 0;

  /** A new mail from `user`, written `date` (now by default). */
  const newMessage = (raw: string, user: string, date = stack.clock.now()) =>
    asNewMessage(raw, { from: user, date, messageId: `stale-${++sent}-${Date.now()}@example.net` });
  /** The user forwards the confirmation; the acknowledgment's reply address. */
  const open = async (user: string) => {
    await stack.send(newMessage(confirmation, user), { from: user });
    return (await stack.mailTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
  };
  const reply = (user: string, to: string, text: string, date?: Date) =>
    stack.send(newMessage(stopReply.replaceAll('Stop.', text), user, date), { from: user, to });

  beforeAll(async () => {
    stack = await startTestStack({ FOLLOWUP_ALLOWED_SENDERS: Object.values(USERS).join(',') });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    stopReply = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a command that changes nothing keeps the expiry: only a change pushes it back', async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = USERS.expiry;
    const to = await open(user);
    await reply(user, to, 'notes: we discussed their Kafka migration');
    await reply(user, to, 'pause');
    const paused = await stack.onlyApplication(user);
    expect(paused.status).toBe('PAUSED');

    // Past every milestone's due time, paused: the expiry counts from the pause.
    await stack.advance(90 * DAY);
    await reply(user, to, 'pause');
    await reply(user, to, 'notes: we discussed their Kafka migration');
    const answer = (await stack.mailTo(user)).at(-1);
    expect(answer?.text).toContain('Already noted. Nothing changed.');
    const after = await stack.onlyApplication(user);
    expect(after.version).toBeGreaterThan(paused.version);
    // Before, the no-op's record (and its answer's) pushed the expiry back by 90 days.
    expect(after.expiresAt).toBe(paused.expiresAt);

    // A change does push it back.
    await reply(user, to, 'notes: they asked about on-call');
    expect((await stack.onlyApplication(user)).expiresAt).toBeGreaterThan(paused.expiresAt ?? 0);
  });

  it('a note written before another but handled after it neither leads the drafts nor re-drafts', async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = USERS.notes;
    const to = await open(user);
    const thankYou = (await stack.onlyApplication(user)).milestones.find(
      (m) => m.kind === 'thank-you',
    );
    await stack.advance(Date.parse(thankYou?.due ?? '') - stack.clock.now().getTime() + MINUTE);
    const thankYous = async () =>
      (await stack.mailTo(user)).filter((mail) =>
        mail.subject?.startsWith('Ready to send: thank-you note'),
      );
    expect(await thankYous()).toHaveLength(1);

    const older = new Date(stack.clock.now().getTime() - 5 * MINUTE);
    await reply(user, to, 'notes: we discussed their Kafka migration');
    expect(await thankYous()).toHaveLength(2);
    await reply(user, to, 'notes: we talked about the team offsite', older);

    // Before, the older note became the latest: the thank-you came a third time, with it.
    expect(await thankYous()).toHaveLength(2);
    expect((await stack.onlyApplication(user)).notes).toEqual([
      'we talked about the team offsite',
      'we discussed their Kafka migration',
    ]);
  });

  it('a schedule an older decision wrote last fires early: the milestone is scheduled again at its time', async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = USERS.schedule;
    const to = await open(user);
    const followUpOf = (application: Application) => {
      const milestone = application.milestones.find((m) => m.kind === 'follow-up-1');
      if (!milestone) throw new Error('no first follow-up');
      return milestone;
    };
    const opened = await stack.onlyApplication(user);
    const planned = followUpOf(opened).due;
    await reply(user, to, 'snooze 20 days');
    const snoozed = followUpOf(await stack.onlyApplication(user)).due;
    expect(Date.parse(snoozed)).toBeGreaterThan(Date.parse(planned));

    // The opening's write of the follow-up's schedule lands after the snooze's (the Scheduler has
    // no conditional write), at the time planned before the snooze.
    const scheduler = new SchedulerClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.scheduler,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const ref = { userId: user, applicationId: opened.id, milestoneId: followUpOf(opened).id };
    await scheduler.send(
      new UpdateScheduleCommand({
        Name: `${ref.applicationId}-${ref.milestoneId}`,
        GroupName: 'followup',
        ScheduleExpression: `at(${new Date(planned).toISOString().slice(0, 19)})`,
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: MILESTONE_FUNCTION_ARN,
          RoleArn: 'arn:aws:iam::000000000000:role/followup-scheduler',
          Input: JSON.stringify(ref),
        },
      }),
    );
    await stack.advance(Date.parse(planned) - stack.clock.now().getTime() + MINUTE);
    const followUps = async () =>
      (await stack.mailTo(user)).filter((mail) =>
        mail.subject?.startsWith('Ready to send: first follow-up'),
      );
    expect(await followUps()).toHaveLength(0);
    // Before, the early firing sent nothing and left no schedule: the draft waited for the doctor.
    expect(await stack.schedulesOf(opened)).toContain(`${ref.applicationId}-${ref.milestoneId}`);
    await stack.advance(Date.parse(snoozed) - stack.clock.now().getTime() + MINUTE);
    expect(await followUps()).toHaveLength(1);
  });
});
