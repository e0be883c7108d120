// Who may speak: strangers, spoofed senders and forged reply tokens change nothing and get no
// reply; a malformed SES event is dropped instead of retried forever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../local/lambda.ts';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const USER = 'alex.rivera@example.net';

function withHeader(raw: Buffer, header: string): string {
  return `${header}\r\n${raw.toString('utf8')}`;
}

function fromStranger(raw: Buffer): string {
  return raw.toString('utf8').replace(/^From:.*$/m, 'From: Mallory <mallory@evil.example>');
}

describe('inbound mail that must not be acted on', () => {
  let stack: TestStack;
  let confirmation: Buffer;
  beforeAll(async () => {
    stack = await startTestStack();
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    confirmation = await readFixture('mail/confirmation-simple.eml');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('ignores a stranger, without a reply', async () => {
    await stack.send(fromStranger(confirmation), { from: 'mallory@evil.example' });
    expect(await stack.mail()).toHaveLength(0);
    expect(await stack.applications('mallory@evil.example')).toEqual([]);
  });

  it('ignores an allowed sender whose SPF and DKIM failed', async () => {
    const spoofed = withHeader(confirmation, 'X-Followup-Test-Verdicts: spf=FAIL dkim=FAIL');
    await stack.send(spoofed);
    expect(await stack.mail()).toHaveLength(0);
    expect(await stack.applications(USER)).toEqual([]);
  });

  it('ignores a DMARC failure and a spam verdict', async () => {
    await stack.send(withHeader(confirmation, 'X-Followup-Test-Verdicts: dmarc=FAIL'));
    await stack.send(withHeader(confirmation, 'X-Followup-Test-Verdicts: spam=FAIL'));
    expect(await stack.mail()).toHaveLength(0);
  });

  it('ignores an allowed From whose SPF passed for another domain, without DMARC', async () => {
    // Anyone's own server passes SPF for its own MAIL FROM; the From header is free text.
    const unaligned = withHeader(confirmation, 'X-Followup-Test-Verdicts: dmarc=GRAY');
    await stack.send(unaligned, { from: 'bounces@mallory.example' });
    expect(await stack.mail()).toHaveLength(0);
    expect(await stack.applications(USER)).toEqual([]);
  });

  it('ignores commands to a forged or altered reply address', async () => {
    await stack.send(confirmation);
    const [acknowledgment] = await stack.mail();
    const replyTo = acknowledgment?.replyTo?.[0]?.address ?? '';
    expect(replyTo).toContain('+');
    const stop = await readFixture('replies/stop-gmail.eml');
    const altered = replyTo.replace(
      /\+([a-z0-9]+)\./,
      (_m, id: string) => `+${id.split('').reverse().join('')}.`,
    );
    await stack.send(stop, { from: USER, to: altered });
    await stack.send(stop, {
      from: USER,
      to: 'interviews+abc.0123456789abcdef@followup.example.com',
    });
    expect(await stack.mail()).toHaveLength(1);
    const [application] = await stack.applications(USER);
    expect(application?.status).toBe('OPEN');
  });

  it('answers the same confirmation delivered twice only once', async () => {
    const before = (await stack.mail()).length;
    await stack.send(confirmation);
    expect(await stack.mail()).toHaveLength(before);
    expect(await stack.applications(USER)).toHaveLength(1);
  });

  // DMARC vouches for one From domain; SES may pass it for the user's while a stranger's mailbox
  // stands beside it. Such mail is never attributed to either mailbox, whatever the order.
  it('never acts on mail with more than one From, even when DMARC passed', async () => {
    const [acknowledgment] = await stack.mail();
    const replyTo = acknowledgment?.replyTo?.[0]?.address ?? '';
    const before = (await stack.mail()).length;
    const stop = withHeader(
      await readFixture('replies/stop-gmail.eml'),
      'X-Followup-Test-Verdicts: dmarc=PASS',
    );
    const userLine = /^From:.*$/m.exec(stop)?.[0] ?? '';
    const mallory = 'Mallory <mallory@evil.example>';
    const variants = [
      stop.replace(userLine, `${userLine}\r\nFrom: ${mallory}`),
      stop.replace(userLine, `From: ${mallory}\r\n${userLine}`),
      stop.replace(userLine, `${userLine}, ${mallory}`),
      stop.replace(userLine, `From: ${mallory},\r\n ${userLine.slice('From: '.length)}`),
    ];
    for (const variant of variants) await stack.send(variant, { from: USER, to: replyTo });
    const twice = withHeader(confirmation, `From: ${mallory}`).replace('Message-ID: <', '$&two-');
    await stack.send(twice);
    expect(await stack.mail()).toHaveLength(before);
    const applications = await stack.applications(USER);
    expect(applications.map((application) => application.status)).toEqual(['OPEN']);

    // The same stop with its one From does act: the variants above were refused for their From.
    await stack.send(stop, { from: USER, to: replyTo });
    const [stopped] = await stack.applications(USER);
    expect(stopped?.status).toBe('CLOSED');
  });

  it('drops a malformed SES event instead of failing into retries', async () => {
    const inbound = stack.handlers.inbound;
    await expect(
      invoke(inbound, 'followup-inbound', { Records: [{ nope: true }] }),
    ).resolves.toEqual({ dropped: true });
  });
});
