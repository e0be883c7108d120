// Many users on one deployment, through the inbound use-case on in-memory ports: admins set at
// deploy time allow and revoke users by mail, without a redeploy. Each change is confirmed to the
// admin; a new user is welcomed; a revoked one's schedules stop, their applications close (and so
// carry the retention TTL), and their mail is ignored. Redeliveries act once.
import { beforeAll, describe, expect, it } from 'vitest';
import { closedExpiry } from '../../functions/core/application.ts';
import { encodeFilterToken, replyAddress } from '../../functions/core/reply-token.ts';
import { INTAKE, newMessages } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';

const ADMIN = 'coach@example.org';
const DEPLOYED = 'alex.rivera@example.net';

describe('admins manage who may use followup', () => {
  let stack: MemoryStack;
  let confirmation: string;
  let client = 0;
  /** A client of their own per test, not allowed yet. */
  const newClient = () => `client${++client}@example.net`;
  const from = newMessages('users@mail.example', () => stack.clock.now());

  /** A plain mail from `user` to the intake whose first line is `text`. */
  const plain = (user: string, text: string, headers = '') =>
    from(
      [
        `From: ${user}`,
        `To: ${INTAKE}`,
        'Subject: followup',
        'Message-ID: <placeholder@mail.example>',
        'Date: Tue, 01 Dec 2026 12:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        ...(headers ? [headers] : []),
        '',
        text,
        '',
      ].join('\r\n'),
      user,
    );
  const send = (raw: string, user: string) => stack.send(raw, { from: user, to: INTAKE });
  const admin = async (text: string) => {
    expect(await send(plain(ADMIN, text), ADMIN)).toBe('answered');
    return stack.lastMailTo(ADMIN);
  };
  const forwardConfirmation = (user: string) => send(from(confirmation, user), user);

  beforeAll(async () => {
    stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: DEPLOYED, FOLLOWUP_ADMINS: ADMIN });
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
  });

  it('allow: a stranger becomes a user, welcomed; the admin is told and sees the list', async () => {
    const user = newClient();
    expect(await forwardConfirmation(user)).toBe('ignored');
    expect(await stack.mailTo(user)).toEqual([]);

    const answer = await admin(`allow ${user.toUpperCase()}`);
    expect(answer?.subject).toBe(`Done: allowed ${user}`);
    expect(answer?.text).toContain(
      `Allowed ${user}: their forwards and replies count from now on.`,
    );
    expect(answer?.text).toContain('I mailed them a welcome');
    expect(answer?.text).toContain(`${ADMIN}: admin, set at deploy time`);
    expect(answer?.text).toContain(`${DEPLOYED}: set at deploy time`);
    expect(answer?.text).toContain(`${user}: allowed by ${ADMIN} on 2026-12-01 (UTC)`);
    const [welcome, ...more] = await stack.mailTo(user);
    expect(more).toEqual([]);
    expect(welcome?.subject).toBe('Welcome to followup: how to use it');
    expect(welcome?.text).toContain('Forward an interview confirmation to me');
    // The new user's help is everyone's: no admin commands in it.
    expect(welcome?.text).not.toMatch(/allow |revoke |For admins/);
    expect(await stack.store.getAllowedUser(user)).toMatchObject({ welcomed: true });

    expect(await forwardConfirmation(user)).toBe('application-opened');
  });

  it('allow twice, or the same mail delivered twice: one entry, one welcome', async () => {
    const user = newClient();
    const mail = plain(ADMIN, `allow ${user}`);
    expect(await send(mail, ADMIN)).toBe('answered');
    expect(await send(mail, ADMIN)).toBe('duplicate');
    const again = await admin(`allow ${user}`);
    expect(again?.subject).toBe(`Done: ${user} was already allowed`);
    expect(again?.text).toContain('nothing changed');
    expect(await stack.mailTo(user)).toHaveLength(1);
    const entries = (await stack.store.listAllowedUsers()).filter((u) => u.address === user);
    expect(entries).toHaveLength(1);
  });

  it('a welcome that cannot be sent (SES sandbox) leaves the user allowed; allow again resends it', async () => {
    const user = newClient();
    const mailer = stack.deps.mailer;
    stack.deps.mailer = {
      ...mailer,
      send: (mail) =>
        mail.to === user
          ? Promise.reject(new Error('Email address is not verified'))
          : mailer.send(mail),
    };
    try {
      const answer = await admin(`allow ${user}`);
      expect(answer?.text).toContain('The welcome mail could not be sent');
    } finally {
      stack.deps.mailer = mailer;
    }
    expect(await stack.store.getAllowedUser(user)).toMatchObject({ welcomed: false });
    expect(await forwardConfirmation(user)).toBe('application-opened');
    const again = await admin(`allow ${user}`);
    expect(again?.text).toContain('was already allowed: nothing changed. I mailed them a welcome');
    expect((await stack.mailTo(user)).map((m) => m.subject)).toContain(
      'Welcome to followup: how to use it',
    );
    expect(await stack.store.getAllowedUser(user)).toMatchObject({ welcomed: true });
  });

  it('revoke: their schedules stop, applications close with the retention TTL, their mail is ignored', async () => {
    const user = newClient();
    await admin(`allow ${user}`);
    const { application } = await stack.open(user, from(confirmation, user));
    expect(await send(plain(user, 'digest on'), user)).toBe('answered');
    expect(await stack.schedulesOf(application)).not.toEqual([]);
    const digestSchedules = async () =>
      (await stack.scheduleNames()).filter((name) => !name.startsWith(`${application.id}-`));
    const before = await digestSchedules();

    const answer = await admin(`revoke ${user}`);
    expect(answer?.subject).toBe(`Done: revoked ${user}`);
    expect(answer?.text).toContain('1 open application closed, every pending draft cancelled');
    expect(answer?.text).not.toContain(`${user}: allowed by`);
    const closed = await stack.onlyApplication(user);
    expect(closed.status).toBe('CLOSED');
    expect(closed.milestones.every((m) => m.state !== 'PENDING')).toBe(true);
    expect(closed.expiresAt).toBeGreaterThan(stack.clock.now().getTime() / 1000);
    expect(await stack.schedulesOf(closed)).toEqual([]);
    // The digest's schedule went too; nobody else's did.
    expect((await digestSchedules()).length).toBe(before.length - 1);
    const profile = await stack.store.getProfile(user);
    expect(profile?.digest ?? null).toBeNull();
    // Their settings go with their closed applications.
    expect(profile?.expiresAt).toBe(closedExpiry(stack.clock.now().toISOString()));
    expect(closed.expiresAt).toBe(profile?.expiresAt);
    expect(await stack.store.getAllowedUser(user)).toBeUndefined();

    const mailsBefore = (await stack.mailTo(user)).length;
    expect(await send(plain(user, 'status'), user)).toBe('ignored');
    expect(await forwardConfirmation(user)).toBe('ignored');
    expect(await stack.mailTo(user)).toHaveLength(mailsBefore);

    const again = await admin(`revoke ${user}`);
    expect(again?.subject).toBe(`Done: ${user} was not allowed`);

    // Allowed again before it expired: their settings are kept for good again.
    await admin(`allow ${user}`);
    expect((await stack.store.getProfile(user))?.expiresAt ?? null).toBeNull();
  });

  it('an allowed client’s filter address works; once revoked, it is refused', async () => {
    const user = newClient();
    const filterAddress = replyAddress(
      INTAKE,
      encodeFilterToken(user, stack.deps.settings.replySecret),
    );
    // Gmail's forwarding envelope: `<account>+caf_=<forward-to, @ as =>@<account's domain>`.
    const [local, domain] = user.split('@');
    const gmailEnvelope = `${local}+caf_=${filterAddress.replace('@', '=')}@${domain}`;
    const rejection = (await readFixture('filter/gmail-filtered-rejection.eml')).toString('utf8');
    const filtered = () => stack.send(rejection, { from: gmailEnvelope, to: filterAddress });

    expect(await filtered()).toBe('ignored');
    await admin(`allow ${user}`);
    expect(await filtered()).toBe('filtered-unmatched');
    await admin(`revoke ${user}`);
    expect(await filtered()).toBe('ignored');
  });

  it('deploy-time addresses stay as deployed; bad or own addresses change nothing', async () => {
    const revoke = await admin(`revoke ${DEPLOYED}`);
    expect(revoke?.subject).toBe(`Done: ${DEPLOYED} is set at deploy time`);
    expect(revoke?.text).toContain('remove it there and redeploy');
    expect(await send(plain(DEPLOYED, 'status'), DEPLOYED)).toBe('answered');

    const own = await admin('allow someone@followup.example.com');
    expect(own?.subject).toBe("Done: someone@followup.example.com is followup's own");

    const users = await admin('users');
    expect(users?.subject).toBe('Done: users');
    expect(users?.text).toMatch(/Who may use followup \(\d+ addresses\):/);
    expect(await stack.store.getAllowedUser('someone@followup.example.com')).toBeUndefined();
  });

  it('only an admin, authenticated, acts; admin commands show only in an admin’s help', async () => {
    const user = newClient();
    // A user who is no admin: their help, which names no admin command; nothing allowed.
    expect(await send(plain(DEPLOYED, `allow ${user}`), DEPLOYED)).toBe('answered');
    const help = await stack.lastMailTo(DEPLOYED);
    expect(help?.subject).toBe('How to use followup');
    expect(help?.text).not.toMatch(/For admins|allow dana|revoke dana/);
    // The admin's own address, forged: DMARC fails, nothing is done or answered.
    const forged = plain(ADMIN, `allow ${user}`, 'X-Followup-Test-Verdicts: dmarc=fail spf=fail');
    const answered = (await stack.mailTo(ADMIN)).length;
    expect(await send(forged, ADMIN)).toBe('ignored');
    expect(await stack.mailTo(ADMIN)).toHaveLength(answered);
    expect(await stack.store.getAllowedUser(user)).toBeUndefined();
    expect(await stack.mailTo(user)).toEqual([]);

    const adminHelp = await admin('help');
    expect(adminHelp?.text).toContain('For admins: who may use followup:');
    expect(adminHelp?.text).toMatch(/allow dana@mail\.example\s+let this address use followup/);
  });
});
