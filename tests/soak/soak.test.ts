// A small soak in `npm test`: 12 applications through the local stack over 90 simulated days with
// faults on every service (tests/soak/soak.ts); none of their drafts lost or sent twice, and the
// store and the Scheduler agree throughout. `npm run soak` runs 2,000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { runSoak, soakUser } from './soak.ts';

const APPLICATIONS = 12;
const seed = Number(
  process.env.FOLLOWUP_PROPERTY_SEED ?? (process.env.CI ? 20261122 : Date.now() % 2 ** 31),
);

describe('soak', () => {
  let stack: TestStack;
  beforeAll(async () => {
    const users = Array.from({ length: APPLICATIONS }, (_, i) => soakUser(i));
    stack = await startTestStack(
      { FOLLOWUP_ALLOWED_SENDERS: users.join(',') },
      { faults: { seed }, inMemory: true },
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it(`${APPLICATIONS} applications over 90 days with faults: none lost, none twice, no mismatch`, {
    timeout: 900_000,
  }, async () => {
    const report = await runSoak(stack, { applications: APPLICATIONS, days: 90, seed });
    expect({ ...report, seed }).toMatchObject({
      duplicates: 0,
      lostMilestones: 0,
      stateMismatches: 0,
      deliveriesGivenUp: 0,
    });
    // It did something: drafts went out, and faults were met on the way.
    expect(report.draftsSent).toBeGreaterThan(APPLICATIONS);
    expect(report.faultsInjected).toBeGreaterThan(0);
  });
});
