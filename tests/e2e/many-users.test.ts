// Many users end to end, through the real local stack (SMTP intake, DynamoDB Local, the Scheduler
// emulator, aws-ses-v2-local): an admin set at deploy time allows a client by mail, the client's
// forward plans real schedules, and a revoke deletes them and closes the application; from then on
// the client's mail is ignored. Every other case runs on the in-memory ports
// (tests/use-cases/users-admin.test.ts).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../functions/adapters/dynamodb-store.ts';
import type { ApplicationStore } from '../../functions/core/ports.ts';
import { INTAKE, newMessages } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK as BASE, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const ADMIN = 'coach@example.org';
const CLIENT = 'client@example.net';

describe('an admin lets a client in and out, over SMTP', () => {
  let stack: TestStack;
  let table: ApplicationStore;
  let confirmation: string;
  let replyTemplate: string;
  const from = newMessages('many@mail.gmail.example', () => stack.clock.now());
  const command = (line: string, user: string) =>
    from(replyTemplate.replaceAll('Stop.', line), user);
  const send = (raw: string, user: string) => stack.send(raw, { from: user, to: INTAKE });
  const lastMail = async (user: string) => (await stack.mailTo(user)).at(-1);

  beforeAll(async () => {
    stack = await startTestStack({
      FOLLOWUP_ALLOWED_SENDERS: 'alex.rivera@example.net',
      FOLLOWUP_ADMINS: ADMIN,
    });
    const client = new DynamoDBClient({
      region: 'us-east-1',
      endpoint: stack.endpoints.dynamodb,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    table = createDynamoDbStore(client, stack.config.FOLLOWUP_TABLE_NAME ?? '');
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('allow, forward, revoke: confirmations to the admin, schedules created and deleted', async () => {
    stack.clock.set(BASE);
    // Not allowed yet: accepted by SMTP, acted on by nobody, answered to nobody.
    expect(await send(from(confirmation, CLIENT), CLIENT)).toMatch(/^250/);
    expect(await stack.applications(CLIENT)).toEqual([]);
    expect(await stack.mailTo(CLIENT)).toEqual([]);

    expect(await send(command(`allow ${CLIENT}`, ADMIN), ADMIN)).toMatch(/^250/);
    expect((await lastMail(ADMIN))?.subject).toBe(`Done: allowed ${CLIENT}`);
    expect((await stack.mailTo(CLIENT)).map((mail) => mail.subject)).toEqual([
      'Welcome to followup: how to use it',
    ]);
    expect(await table.getAllowedUser(CLIENT)).toMatchObject({ allowedBy: ADMIN, welcomed: true });

    expect(await send(from(confirmation, CLIENT), CLIENT)).toMatch(/^250/);
    const application = await stack.onlyApplication(CLIENT);
    expect(await stack.schedulesOf(application)).not.toEqual([]);
    // `npx followup status` with no user lists everyone's, the clients admins allowed included.
    const everyone = await fetch(`${stack.endpoints.control}/applications`);
    const { applications } = (await everyone.json()) as { applications: Array<{ id: string }> };
    expect(applications.map((a) => a.id)).toContain(application.id);

    expect(await send(command(`revoke ${CLIENT}`, ADMIN), ADMIN)).toMatch(/^250/);
    const revoked = await lastMail(ADMIN);
    expect(revoked?.subject).toBe(`Done: revoked ${CLIENT}`);
    expect(revoked?.text).toContain('1 open application closed');
    const closed = await stack.onlyApplication(CLIENT);
    expect(closed.status).toBe('CLOSED');
    expect(closed.expiresAt).toBeGreaterThan(BASE.getTime() / 1000);
    expect(await stack.schedulesOf(closed)).toEqual([]);
    expect(await table.listAllowedUsers()).toEqual([]);

    const mails = (await stack.mailTo(CLIENT)).length;
    expect(await send(command('status', CLIENT), CLIENT)).toMatch(/^250/);
    expect(await stack.mailTo(CLIENT)).toHaveLength(mails);
  });
});
