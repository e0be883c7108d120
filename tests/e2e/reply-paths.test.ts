// The replies' paths end to end, one case each, through the real local stack (SMTP intake,
// DynamoDB Local, the Scheduler emulator, the milestone Lambda, aws-ses-v2-local); every other
// case of these use-cases runs on the in-memory ports in tests/use-cases.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleAt } from '../../functions/core/planning/index.ts';
import { invoke } from '../../local/lambda.ts';
import { INTAKE, newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK as BASE, HOUR, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const users = testUsers('path', 4);
const local = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

describe('reply paths through the real stack', () => {
  let stack: TestStack;
  let confirmation: string;
  let replyTemplate: string;
  const from = newMessages('path@mail.gmail.example', () => stack.clock.now());
  const reply = (line: string, user: string) => from(replyTemplate.replaceAll('Stop.', line), user);
  const send = (raw: string, user: string, to = INTAKE) => stack.send(raw, { from: user, to });
  const lastMail = async (user: string) => (await stack.mailTo(user)).at(-1);

  async function open(user: string) {
    expect(await send(from(confirmation, user), user)).toMatch(/^250/);
    const application = await stack.onlyApplication(user);
    return { application, replyTo: (await lastMail(user))?.replyTo?.[0]?.address ?? '' };
  }

  beforeAll(async () => {
    stack = await startTestStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a forwarded rejection, matched by the employer domain, closes and cancels every schedule', async () => {
    stack.clock.set(BASE);
    const user = users.someone();
    await open(user);
    stack.clock.set(new Date('2026-12-16T16:31:00Z'));
    await stack.fireDue();
    const rejection = (await readFixture('replies/rejection-harborview.eml')).toString('utf8');
    expect(await send(from(rejection, user), user)).toMatch(/^250/);
    const closed = await stack.onlyApplication(user);
    expect(closed.status).toBe('CLOSED');
    expect(closed.milestones.filter((m) => m.state === 'PENDING')).toEqual([]);
    expect(await stack.schedulesOf(closed)).toEqual([]);
    expect((await lastMail(user))?.subject).toBe(
      'Ready to send: a gracious reply to Harborview Labs (Frontend Engineer)',
    );
  });

  it('set timezone moves every schedule: the expression and zone the Scheduler holds', async () => {
    stack.clock.set(BASE);
    const user = users.someone();
    await open(user);
    expect(await send(reply('set timezone Europe/Berlin', user), user)).toMatch(/^250/);
    const berlin = await stack.onlyApplication(user);
    const scheduler = new SchedulerClient({ ...local, endpoint: stack.endpoints.scheduler });
    const pending = berlin.milestones.filter((m) => m.state === 'PENDING');
    expect(await stack.schedulesOf(berlin)).toEqual(
      pending.map((m) => `${berlin.id}-${m.id}`).sort(),
    );
    for (const milestone of pending) {
      const schedule = await scheduler.send(
        new GetScheduleCommand({ GroupName: 'followup', Name: `${berlin.id}-${milestone.id}` }),
      );
      expect(schedule.ScheduleExpression).toBe(scheduleAt(milestone.due, 'Europe/Berlin'));
      expect(schedule.ScheduleExpressionTimezone).toBe('Europe/Berlin');
    }
  });

  it('the weekly digest fires through the Scheduler and the milestone function, once', async () => {
    stack.clock.set(BASE);
    const user = users.someone();
    await open(user);
    const digests = async () =>
      (await stack.scheduleNames()).filter((n) => n.startsWith('digest-'));
    const before = await digests();
    await send(reply('digest on', user), user);
    const [first] = (await digests()).filter((n) => !before.includes(n));
    expect(first).toMatch(/^digest-[0-9a-f]{12}-20261207$/);

    // Monday 7 Dec, 09:30 in New York is 14:30 UTC.
    stack.clock.set(new Date('2026-12-07T14:00:00Z'));
    await stack.advance(HOUR);
    expect((await lastMail(user))?.subject).toBe('Status: 1 open application');
    expect((await digests()).filter((n) => !before.includes(n))).toEqual([
      first?.replace('20261207', '20261214'),
    ]);
    // The Scheduler's retry of the fired one, through the Lambda entry point: nothing.
    const milestone = stack.handlers.milestone;
    const count = (await stack.mailTo(user)).length;
    expect(
      await invoke(milestone, 'followup-milestone', {
        userId: user,
        applicationId: 'digest',
        milestoneId: first?.slice('digest-'.length),
      }),
    ).toEqual({ outcome: 'not-pending' });
    expect(await stack.mailTo(user)).toHaveLength(count);
  });

  it('a confirmed forget empties the user’s DynamoDB partition and their schedules', async () => {
    stack.clock.set(BASE);
    const user = users.someone();
    const { application } = await open(user);
    await send(reply('forget', user), user);
    const confirmTo = (await lastMail(user))?.replyTo?.[0]?.address ?? '';
    expect(confirmTo).toMatch(/^interviews\+forget-/);
    await send(reply('forget', user), user, confirmTo);
    expect(await stack.applications(user)).toEqual([]);
    expect(await stack.schedulesOf(application)).toEqual([]);
    const documents = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...local, endpoint: stack.endpoints.dynamodb }),
    );
    const items = await documents.send(
      new QueryCommand({
        TableName: stack.config.FOLLOWUP_TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `USER#${user}` },
      }),
    );
    expect(items.Items).toEqual([]);
  });
});
