// Who may speak, for replies: a stranger, a spoofed allowed sender, forged and altered tokens, a
// token of another user's application, and a reply with 5,000 quoted lines. None of them changes
// anything stored or scheduled, and none gets an answer (the legitimate user's own command above
// the quote aside).
import { beforeAll, describe, expect, it } from 'vitest';
import { INTAKE } from '../support/correspondents.ts';
import { readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const ALEX = 'alex.rivera@example.net';
const PRIYA = 'priya.n@example.org';
const MALLORY = 'mallory@evil.example';
const SPOOFED = 'X-Followup-Test-Verdicts: spf=FAIL dkim=FAIL';

describe('replies that must not be acted on', () => {
  let stack: MemoryStack;

  let replyTemplate: string;
  let rejection: string;
  let alexReplyTo: string;
  let alexForgetTo: string;
  let sent = 0;

  const from = (raw: string, who: string) =>
    raw
      .replace(/^From: .*$/m, `From: ${who}`)
      .replace(/^Message-ID: <[^>]+>/m, `Message-ID: <hostile-${++sent}@mail.example>`);
  const reply = (command: string, who: string) =>
    from(replyTemplate.replaceAll('Stop.', command), who);

  /** Everything stored for both users (applications and profiles), the schedules and the mail. */
  async function world() {
    const items = async (user: string) => ({
      applications: await stack.applications(user),
      profile: await stack.store.getProfile(user),
    });
    return {
      alex: await items(ALEX),
      priya: await items(PRIYA),
      mallory: await items(MALLORY),
      schedules: await stack.scheduleNames(),
      mail: (await stack.mail()).map((m) => `${m.to?.[0]?.address} ${m.subject}`),
    };
  }

  beforeAll(async () => {
    stack = startMemoryStack();
    stack.clock.set(new Date('2026-12-01T12:00:00Z'));
    replyTemplate = (await readFixture('replies/stop-gmail.eml')).toString('utf8');
    rejection = (await readFixture('replies/rejection-harborview.eml')).toString('utf8');
    const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    await stack.send(from(confirmation, ALEX), { from: ALEX });
    alexReplyTo = (await stack.mail()).at(-1)?.replyTo?.[0]?.address ?? '';
    await stack.send(from(confirmation, PRIYA), { from: PRIYA });
    await stack.send(reply('forget', ALEX), { from: ALEX, to: INTAKE });
    alexForgetTo = (await stack.mail()).at(-1)?.replyTo?.[0]?.address ?? '';
    expect(alexReplyTo).toMatch(/^interviews\+[a-z0-9]+\./);
    expect(alexForgetTo).toMatch(/^interviews\+forget-/);
    expect(await stack.applications(ALEX)).toHaveLength(1);
    expect(await stack.applications(PRIYA)).toHaveLength(1);
  });

  it('a stranger: a forwarded reply, a stop to a real reply address, a forget confirmation', async () => {
    const before = await world();
    await stack.send(from(rejection, MALLORY), { from: MALLORY, to: INTAKE });
    await stack.send(reply('stop', MALLORY), { from: MALLORY, to: alexReplyTo });
    await stack.send(reply('forget', MALLORY), { from: MALLORY, to: alexForgetTo });
    await stack.send(reply('status', MALLORY), { from: MALLORY, to: INTAKE });
    expect(await world()).toEqual(before);
  });

  it('an allowed sender whose SPF and DKIM failed', async () => {
    const before = await world();
    const spoof = (raw: string) => `${SPOOFED}\r\n${raw}`;
    await stack.send(spoof(reply('stop', ALEX)), { from: ALEX, to: alexReplyTo });
    await stack.send(spoof(from(rejection, ALEX)), { from: ALEX, to: INTAKE });
    await stack.send(spoof(reply('forget', ALEX)), { from: ALEX, to: alexForgetTo });
    expect(await world()).toEqual(before);
  });

  it('forged and altered reply tokens', async () => {
    const before = await world();
    const [local = '', domain = ''] = alexReplyTo.split('@');
    const [id = '', mac = ''] = local.replace('interviews+', '').split('.');
    const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith('a') ? 'b' : 'a'}`;
    const addresses = [
      `interviews+${id}.${flip(mac)}@${domain}`,
      `interviews+${flip(id)}.${mac}@${domain}`,
      `interviews+${id}@${domain}`,
      `interviews+abcdefghij.0123456789abcdef@${domain}`,
      alexForgetTo.replace(/\.([^.@]+)@/, (_m, m: string) => `.${flip(m)}@`),
    ];
    for (const to of addresses) {
      await stack.send(reply('stop', ALEX), { from: ALEX, to });
      await stack.send(from(rejection, ALEX), { from: ALEX, to });
    }
    await stack.send(reply('forget', ALEX), { from: ALEX, to: addresses[4] });
    expect(await world()).toEqual(before);
  });

  it("another user's application: its reply address and its forget confirmation", async () => {
    const before = await world();
    await stack.send(reply('stop', PRIYA), { from: PRIYA, to: alexReplyTo });
    await stack.send(reply('pause', PRIYA), { from: PRIYA, to: alexReplyTo });
    await stack.send(from(rejection, PRIYA), { from: PRIYA, to: alexReplyTo });
    await stack.send(reply('forget', PRIYA), { from: PRIYA, to: alexForgetTo });
    expect(await world()).toEqual(before);
  });

  it('5,000 quoted lines: commands in the quote are not read, and it stays fast', async () => {
    const quote = Array.from(
      { length: 5_000 },
      (_, i) => `> ${['stop', 'forget', 'stop 1', '2', 'digest on', 'set hours 1-2'][i % 6]} ${i}`,
    ).join('\n');
    const long = (command: string, who: string) =>
      reply(command, who).replace('> Ready to send: thank-you note.', `${quote}\n> Ready to send.`);

    // A stranger's: nothing.
    const before = await world();
    await stack.send(long('stop', MALLORY), { from: MALLORY, to: alexReplyTo });
    expect(await world()).toEqual(before);

    // Only quoted lines, from the user: nothing stored or scheduled changes.
    const quotedOnly = long('', ALEX).replace(/\r?\n\r?\nThanks!/, '');
    await stack.send(quotedOnly, { from: ALEX, to: alexReplyTo });
    const after = await world();
    expect({ ...after, mail: [] }).toEqual({ ...before, mail: [] });

    // The user's own `pause` above the quote: paused, and nothing from the quote. No timed
    // assertion (a busy machine is no bug): a reader that backtracks on the quote fails by the
    // test's timeout.
    await stack.send(long('pause', ALEX), { from: ALEX, to: alexReplyTo });
    const [application] = await stack.applications(ALEX);
    expect(application?.status).toBe('PAUSED');
    expect(application?.milestones.every((m) => m.state === 'PENDING')).toBe(true);
    const paused = await world();
    expect(paused.priya).toEqual(before.priya);
    expect(paused.mail.slice(after.mail.length)).toEqual([
      expect.stringMatching(new RegExp(`^${ALEX} Done: Paused`)),
    ]);
    expect(paused.schedules.filter((name) => name.startsWith(`${application?.id}-`))).toEqual([]);
  });
});
