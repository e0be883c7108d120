// A handled message whose completion fails on every try is delivered again once its lease is over
// (SES delivers at least once): what its first handling did and said is not done or said again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_LEASE_MS } from '../../functions/core/use-cases/handle-inbound-mail.ts';
import { asNewMessage, DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USERS = { yes: 'yes@example.net' };
const MINUTE = 60_000;

describe('a redelivery after the lease', () => {
  let stack: TestStack;
  let confirmation: string;
  let stopReply: string;
  let sent = 0;

  const faults = () => {
    if (!stack.faults) throw new Error('the stack runs without its fault proxies');
    return stack.faults;
  };
  const newMessage = (raw: string, from: string) =>
    asNewMessage(raw, {
      from,
      date: stack.clock.now(),
      messageId: `lease-${++sent}-${Date.now()}@example.net`,
    });
  const open = async (user: string) => {
    await stack.send(newMessage(confirmation, user), { from: user });
    return (await stack.mailTo(user)).at(-1)?.replyTo?.[0]?.address ?? '';
  };
  /** Sends `raw` with every write marking it done failing, then again once its lease is over. */
  const twiceAfterLease = async (raw: string, envelope: { from: string; to: string }) => {
    faults().dynamodb.set([
      { kind: 'server-error', operations: ['PutItem'], bodyIncludes: '"DONE"' },
    ]);
    await stack.send(raw, envelope);
    faults().dynamodb.heal();
    const first = (await stack.mailTo(envelope.from)).length;
    stack.clock.advance(MESSAGE_LEASE_MS + MINUTE);
    await stack.send(raw, envelope);
    return { first, after: (await stack.mailTo(envelope.from)).length };
  };

  beforeAll(async () => {
    stack = await startTestStack(
      { FOLLOWUP_ALLOWED_SENDERS: Object.values(USERS).join(',') },
      { faults: { seed: 14 } },
    );
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    stopReply = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a yes that confirmed a stop is not answered "nothing to confirm"', {
    timeout: 120_000,
  }, async () => {
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const to = await open(USERS.yes);
    await stack.send(newMessage(stopReply.replaceAll('Stop.', 'stpo'), USERS.yes), {
      from: USERS.yes,
      to,
    });
    expect((await stack.mailTo(USERS.yes)).at(-1)?.subject).toMatch(/stop/i);
    const yes = newMessage(stopReply.replaceAll('Stop.', 'yes'), USERS.yes);
    const { first, after } = await twiceAfterLease(yes, { from: USERS.yes, to });
    expect((await stack.onlyApplication(USERS.yes)).status).toBe('CLOSED');
    const subjects = (await stack.mailTo(USERS.yes)).map((mail) => mail.subject);
    expect(subjects.slice(first), JSON.stringify(subjects)).toEqual([]);
    expect(after).toBe(first);
  });
});
