// The product's main job, played end to end through the real local stack: SMTP in, SES out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { understandMessage } from '../../functions/core/understand/index.ts';
import { DAY, HOUR, readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

describe('forward a confirmation, get the drafts, reply stop, hear nothing more', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('plays the whole timeline', async () => {
    const confirmation = await readFixture('mail/confirmation-simple.eml');
    const { reading } = await understandMessage(confirmation, { defaultTimezone: 'UTC' });
    const interviewStart = Date.parse(reading.interview?.start ?? '');
    expect(interviewStart).toBeGreaterThan(0);
    stack.clock.set(new Date(interviewStart - 3 * DAY));

    // Forward: the SMTP intake answers only once the inbound handler has finished.
    expect(await stack.send(confirmation)).toMatch(/^250/);
    const [acknowledgment, ...others] = await stack.mail();
    expect(others).toHaveLength(0);
    expect(acknowledgment?.to?.[0]?.address).toBe(USER);
    expect(acknowledgment?.subject).toContain(reading.interview?.company ?? '?');
    expect(acknowledgment?.text).toMatch(/thank-you/i);
    expect(acknowledgment?.attachments.map((a) => a.mimeType)).toContain('text/calendar');

    const [application] = await stack.applications(USER);
    expect(application?.status).toBe('OPEN');
    const scheduled = await stack.scheduleNames();
    expect(scheduled).toContain(`${application?.id}-i1-thank-you-1`);
    expect(scheduled).toContain(`${application?.id}-i1-follow-up-1`);
    const pending = application?.milestones.filter((m) => m.state === 'PENDING') ?? [];
    expect(scheduled).toEqual(pending.map((m) => `${application?.id}-${m.id}`).sort());

    // Nothing is due before the interview.
    await stack.advance(2 * DAY);
    expect(await stack.mail()).toHaveLength(1);

    // A day later the interview is over and the thank-you draft has come due.
    await stack.advance(DAY + 6 * HOUR);
    const afterInterview = await stack.mail();
    const draft = afterInterview.find((mail) =>
      mail.subject?.startsWith('Ready to send: thank-you'),
    );
    expect(draft, afterInterview.map((mail) => mail.subject).join(' | ')).toBeDefined();
    // Signed with the name the user forwards from, ready to send as it is.
    expect(draft?.text).toContain('Alex Rivera');
    expect(draft?.text).not.toContain('[your name]');
    const replyTo = draft?.replyTo?.[0]?.address ?? '';
    expect(replyTo).toMatch(/^interviews\+[a-z0-9]+\.[a-z0-9_-]+@followup\.example\.com$/);
    expect(await stack.scheduleNames()).not.toContain(`${application?.id}-i1-thank-you-1`);

    // Reply `stop` to the draft, with the quoted draft below it.
    const stop = await readFixture('replies/stop-gmail.eml');
    expect(await stack.send(stop, { from: USER, to: replyTo })).toMatch(/^250/);
    const afterStop = await stack.mail();
    expect(afterStop).toHaveLength(afterInterview.length + 1);
    expect(afterStop.at(-1)?.subject).toMatch(/closed|stopp/i);
    expect(await stack.scheduleNames()).toEqual([]);
    const [closed] = await stack.applications(USER);
    expect(closed?.status).toBe('CLOSED');
    expect(closed?.milestones.some((m) => m.state === 'PENDING')).toBe(false);
    expect(closed?.expiresAt).toBeGreaterThan(Date.now() / 1000);

    // Sixty days on: silence.
    const { fired } = await stack.advance(60 * DAY);
    expect(fired).toEqual([]);
    expect(await stack.mail()).toHaveLength(afterStop.length);
  });
});
