// What one forwarded confirmation asks of the services, counted at the local stack: each item is
// read at most once (the user's profile once; the application, created first, read only where
// the plan's schedules must be checked against a newer version), each written once per step.
// Counts, not times: `npm run bench` times them (bench/intake-requests.ts, one by one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountedRequest, createRequestCounter } from '../../local/services/request-counter.ts';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

describe('one forwarded confirmation, counted at the local services', () => {
  const counter = createRequestCounter();
  let stack: TestStack;
  let counts: CountedRequest[];

  const count = (operation: string, item?: string) =>
    counts
      .filter(
        (entry) => entry.operation === operation && (item === undefined || entry.item === item),
      )
      .reduce((sum, entry) => sum + entry.count, 0);

  beforeAll(async () => {
    stack = await startTestStack({}, { requestCounter: counter });
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    counter.reset();
    expect(await stack.send(await readFixture('mail/confirmation-simple.eml'))).toMatch(/^250/);
    counts = counter.counts();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('opens the application and acknowledges it', async () => {
    const application = await stack.onlyApplication(USER);
    expect(count('CreateSchedule')).toBe(application.milestones.length);
    expect(count('SendEmail')).toBe(1);
  });

  it("reads the user's profile once and the application only to check for a newer version", () => {
    expect(count('GetItem', 'PROFILE')).toBe(1);
    expect(count('GetItem', 'APP')).toBe(1);
  });

  it('writes the application when created and when the acknowledgment joins its thread', () => {
    expect(count('PutItem', 'APP')).toBe(2);
    expect(count('PutItem', 'MSG')).toBe(2);
    expect(count('PutItem', 'RAW')).toBe(1);
  });
});
