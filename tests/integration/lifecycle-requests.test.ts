// What one application's lifecycle (forward -> thank-you -> follow-ups -> close-out) asks of AWS,
// counted at the local services: one write per state change, one schedule call per milestone
// change, no scans. No command is sent here: each saves once, changed or not, to record that its
// mail was acted on. Counts, not times: `npm run bench` prices them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { type CountedRequest, createRequestCounter } from '../../local/services/request-counter.ts';
import { DAY, readFixture } from '../support/fixtures.ts';

const MINUTE = 60_000;

import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';
const DYNAMODB_WRITES = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactWriteItems',
];
const SCHEDULE_CALLS = ['CreateSchedule', 'UpdateSchedule', 'DeleteSchedule'];

describe('one application lifecycle, counted at the local services', () => {
  const counter = createRequestCounter();
  let stack: TestStack;
  let counts: CountedRequest[];
  let application: Application;

  const total = (match: (entry: CountedRequest) => boolean) =>
    counts.filter(match).reduce((sum, entry) => sum + entry.count, 0);

  beforeAll(async () => {
    stack = await startTestStack({}, { requestCounter: counter });
    counter.reset();
    const confirmation = await readFixture('mail/confirmation-simple.eml');
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    expect(await stack.send(confirmation)).toMatch(/^250/);
    // Days apart, as in life: each draft comes due alone (drafts fired together would contend
    // for the application, and a conflict's retry is a write of its own).
    const planned = await stack.onlyApplication(USER);
    const dues = planned.milestones.map((milestone) => Date.parse(milestone.due)).sort();
    for (const due of dues) {
      stack.clock.set(new Date(due + MINUTE));
      await stack.fireDue();
    }
    // A week on, nothing else fires (a closed application then expires 30 days after closing).
    await stack.advance(7 * DAY);
    counts = counter.counts();
    application = await stack.onlyApplication(USER);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('mails every draft, each fired once by its schedule', async () => {
    const drafts = application.milestones.filter((milestone) => milestone.state === 'SENT');
    expect(drafts.map((milestone) => milestone.kind)).toEqual(
      expect.arrayContaining(['thank-you', 'follow-up-1', 'close-out']),
    );
    expect(application.milestones.every((milestone) => milestone.state === 'SENT')).toBe(true);
    expect(total((e) => e.operation === 'ScheduledInvocation')).toBe(drafts.length);
    expect(total((e) => e.service === 'lambda' && e.item === 'followup-milestone')).toBe(
      drafts.length,
    );
    // The acknowledgment and one mail per draft.
    expect(total((e) => e.operation === 'SendEmail')).toBe(drafts.length + 1);
  });

  it('writes the application once per state change and the message record once per step', () => {
    const applicationWrites = total(
      (e) => e.service === 'dynamodb' && DYNAMODB_WRITES.includes(e.operation) && e.item === 'APP',
    );
    expect(applicationWrites).toBeGreaterThan(0);
    expect(applicationWrites).toBeLessThanOrEqual(application.version);
    // The forward's idempotency record: claimed in progress, then done.
    const messageWrites = total(
      (e) => e.service === 'dynamodb' && DYNAMODB_WRITES.includes(e.operation) && e.item === 'MSG',
    );
    expect(messageWrites).toBeLessThanOrEqual(2);
    // The forward's raw mail, recorded with its user so that `forget` can delete it at once.
    const rawMailWrites = total(
      (e) => e.service === 'dynamodb' && DYNAMODB_WRITES.includes(e.operation) && e.item === 'RAW',
    );
    expect(rawMailWrites).toBe(1);
    const otherWrites = counts.filter(
      (e) =>
        e.service === 'dynamodb' &&
        DYNAMODB_WRITES.includes(e.operation) &&
        !['APP', 'MSG', 'RAW'].includes(e.item ?? ''),
    );
    expect(otherWrites).toEqual([]);
  });

  it('reads the application once per step that must read it, not before each write', () => {
    const drafts = application.milestones.filter((milestone) => milestone.state === 'SENT');
    // The forward: once, for a newer version before the acknowledgment. Each draft: once, for its
    // claim; its handed mark and its record of the send are decided on the version it stored.
    expect(
      total((e) => e.service === 'dynamodb' && e.operation === 'GetItem' && e.item === 'APP'),
    ).toBe(1 + drafts.length);
    // The user's profile: once per invocation, for the locale (and the forward's plan).
    expect(
      total((e) => e.service === 'dynamodb' && e.operation === 'GetItem' && e.item === 'PROFILE'),
    ).toBe(1 + drafts.length);
  });

  it('calls the Scheduler once per milestone change and never scans', () => {
    expect(total((e) => SCHEDULE_CALLS.includes(e.operation))).toBeLessThanOrEqual(
      application.milestones.length,
    );
    expect(total((e) => e.operation === 'CreateSchedule')).toBe(application.milestones.length);
    expect(counts.filter((e) => e.operation === 'Scan' || e.operation.startsWith('List'))).toEqual(
      [],
    );
  });
});
