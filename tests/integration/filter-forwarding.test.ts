// Filter forwarding over SMTP, through the real local stack: Gmail's forwarding confirmation is
// relayed to the user who asked (never confirmed by followup); an employer's rejection that the
// user's Gmail forwarded to their filter address closes the application with the draft mailed to
// the user, never to the employer; forged forwards and confirmations change nothing, unanswered;
// a filtered newsletter is one line of the weekly digest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../functions/core/model.ts';
import { readFixture } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';
import { expectClosedByRejection } from '../support/schedules.ts';

const SAM = 'sam.okafor@gmail.com';
const PRIYA = 'priya.n@example.org';
const INTAKE = 'interviews@followup.example.com';
/** Tue 1 Dec 2026, 07:00 in New York: the interview is on Thu 10 Dec, 14:00. */
const BASE = new Date('2026-12-01T12:00:00Z');
const FILTER = /interviews\+f-[a-z0-9_-]{16}@followup\.example\.com/;

/** Gmail's forwarding envelope sender: `<account>+caf_=<forward-to with @ as =>@<domain>`. */
function cafOf(account: string, forwardTo: string): string {
  const [local, domain] = account.split('@');
  return `${local}+caf_=${forwardTo.replace('@', '=')}@${domain}`;
}

describe('filter forwarding', () => {
  let stack: TestStack;
  let samFilter = '';
  let priyaFilter = '';
  let rejection = '';

  const fixture = async (name: string, address = samFilter) =>
    (await readFixture(`filter/${name}`)).toString('utf8').replaceAll('FILTER_ADDRESS', address);

  const states = (application: Application) =>
    application.milestones.map((m) => `${m.id}:${m.state}`);

  /** Every mail followup sent went to one of our users: nothing to an employer or to Google. */
  async function expectOnlyUsersMailed() {
    const recipients = (await stack.mail()).flatMap((m) => m.to?.map((to) => to.address) ?? []);
    expect(new Set(recipients)).toEqual(new Set([SAM, PRIYA]));
  }

  beforeAll(async () => {
    stack = await startTestStack({ FOLLOWUP_ALLOWED_SENDERS: `${SAM},${PRIYA}` });
    stack.clock.set(BASE);
    const confirmation = (await readFixture('mail/confirmation-simple.eml'))
      .toString('utf8')
      .replace(/^From: Alex Rivera <alex\.rivera@example\.net>/m, `From: Sam Okafor <${SAM}>`)
      .replace(/^Return-Path: .*$/m, `Return-Path: <${SAM}>`);
    await stack.send(confirmation, { from: SAM, to: INTAKE });
    await stack.send('From: priya.n@example.org\r\nSubject: filter\r\n\r\nfilter\r\n', {
      from: PRIYA,
      to: INTAKE,
    });
    samFilter = FILTER.exec((await stack.mailTo(SAM))[0]?.text ?? '')?.[0] ?? '';
    priyaFilter = FILTER.exec((await stack.mailTo(PRIYA))[0]?.text ?? '')?.[0] ?? '';
    rejection = await fixture('gmail-filtered-rejection.eml');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows each user their own filter address, and the exact filter for this employer', async () => {
    expect(samFilter).toMatch(FILTER);
    expect(priyaFilter).toMatch(FILTER);
    expect(priyaFilter).not.toBe(samFilter);
    const [acknowledgment] = await stack.mailTo(SAM);
    expect(acknowledgment?.text).toContain('from:(@harborviewlabs.example)');
    expect(acknowledgment?.text).toContain(`Forward it to ${samFilter}`);
    expect(acknowledgment?.text).toMatch(
      /Rules → Add new rule\. Condition: From .*@harborviewlabs/,
    );
    expect(acknowledgment?.html).toContain(samFilter);
    const [filterMail] = await stack.mailTo(PRIYA);
    expect(filterMail?.subject).toBe(`Your filter address: ${priyaFilter}`);
  });

  it("relays Gmail's forwarding confirmation to the user who asked for it, and only that", async () => {
    const before = (await stack.mail()).length;
    const confirmation = await fixture('gmail-forwarding-confirmation.eml');
    await stack.send(confirmation, { from: 'forwarding-noreply@google.com', to: samFilter });
    const sent = (await stack.mail()).slice(before);
    expect(sent.map((m) => m.to?.[0]?.address)).toEqual([SAM]);
    const [relayed] = sent;
    expect(relayed?.subject).toBe('Confirm Gmail forwarding: code 739184562');
    expect(relayed?.text).toContain('Confirmation code: 739184562');
    expect(relayed?.text).toContain(
      'Link: https://mail-settings.google.com/mail/vf-%5BANGjdJ8kQ2xF0pVbT3mZr7YwLc5sH1nE%5D-Kd93jf0aLq2mNx8vB4tR6yU1oZ',
    );
    expect(relayed?.text).toContain('I did not confirm it: only you can.');
    expect(relayed?.text).toContain('from:(@harborviewlabs.example)');
    // Sent to the bare intake instead, it is still relayed, with a word about the right address.
    await stack.send(confirmation.replaceAll(samFilter, INTAKE).replace('<0000', '<0001'), {
      from: 'forwarding-noreply@google.com',
      to: INTAKE,
    });
    expect((await stack.mail()).at(-1)?.text).toContain(`Add ${samFilter} instead.`);
  });

  it('ignores confirmations that are not verifiably Gmail’s, or not asked for by that user', async () => {
    const before = (await stack.mail()).length;
    const genuine = await fixture('gmail-forwarding-confirmation.eml');
    let n = 0;
    const variant = (raw: string) => raw.replace('<0000', `<f${++n}`);
    const forgeries: Array<[string, string]> = [
      // Signed, but by someone else's domain: SES's DKIM pass is not Google's.
      [variant(genuine.replace('d=google.com;', 'd=evil.example;')), samFilter],
      [variant(`X-Followup-Test-Verdicts: dkim=FAIL\r\n${genuine}`), samFilter],
      [variant(`X-Followup-Test-Verdicts: dmarc=FAIL\r\n${genuine}`), samFilter],
      // A stranger asking: nobody is told a code for them.
      [variant(genuine.replaceAll(SAM, 'mallory@gmail.com')), samFilter],
      // Sam's request, sent to Priya's filter address.
      [variant(genuine.replaceAll(samFilter, priyaFilter)), priyaFilter],
    ];
    for (const [raw, to] of forgeries) {
      await stack.send(raw, { from: 'forwarding-noreply@google.com', to });
    }
    // A lookalike sender whose own SPF and DKIM pass.
    await stack.send(
      variant(genuine.replace('forwarding-noreply@google.com', 'forwarding-noreply@google.co')),
      { from: 'forwarding-noreply@google.co', to: samFilter },
    );
    expect(await stack.mail()).toHaveLength(before);
  });

  it('forged filter forwards do nothing and get no mail', async () => {
    const before = (await stack.mail()).length;
    const application = await stack.onlyApplication(SAM);
    const altered = samFilter.replace(/\+f-(.)/, (_m, c: string) => `+f-${c === 'a' ? 'b' : 'a'}`);
    let n = 0;
    const variant = (raw: string) => raw.replace('<CAJc7', `<forged${++n}`);
    const forgeries: Array<[string, { from: string; to: string }]> = [
      // Another envelope domain: anyone's server passes SPF for its own domain.
      [variant(rejection), { from: cafOf('sam.okafor@evil.example', samFilter), to: samFilter }],
      // Gmail's form, but SPF failed: not Gmail that sent it.
      [
        variant(`X-Followup-Test-Verdicts: spf=FAIL\r\n${rejection}`),
        { from: cafOf(SAM, samFilter), to: samFilter },
      ],
      // A wrong token.
      [
        variant(rejection.replaceAll(samFilter, altered)),
        { from: cafOf(SAM, altered), to: altered },
      ],
      // Another user's token: Priya's address, Sam's forwarding; Priya's forwarding to Sam's.
      [
        variant(rejection.replaceAll(samFilter, priyaFilter)),
        { from: cafOf(SAM, priyaFilter), to: priyaFilter },
      ],
      [variant(rejection), { from: cafOf(PRIYA, samFilter), to: samFilter }],
      // Sam's Gmail forwarding to some other address, replayed to the filter address.
      [variant(rejection), { from: cafOf(SAM, 'sam@elsewhere.example'), to: samFilter }],
      // An Outlook.com redirect: SPF passes for outlook.com, but its SRS envelope names the
      // employer, not the mailbox that redirected, so it could be anyone's.
      [
        variant(`X-MS-Exchange-Inbox-Rules-Loop: ${SAM}\r\n${rejection}`),
        { from: 'SRS0=x1Yz=TT=harborviewlabs.example=jamie.chen@outlook.com', to: samFilter },
      ],
      // The employer writing to the filter address directly.
      [variant(rejection), { from: 'jamie.chen@harborviewlabs.example', to: samFilter }],
    ];
    for (const [raw, envelope] of forgeries) await stack.send(raw, envelope);
    expect(await stack.mail()).toHaveLength(before);
    const after = await stack.onlyApplication(SAM);
    expect(after.status).toBe('OPEN');
    expect(states(after)).toEqual(states(application));
    expect(await stack.applications(PRIYA)).toEqual([]);
  });

  it('a filtered newsletter changes nothing and is one line of the weekly digest', async () => {
    const application = await stack.onlyApplication(SAM);
    await stack.send('From: sam.okafor@gmail.com\r\nSubject: digest\r\n\r\ndigest on\r\n', {
      from: SAM,
      to: INTAKE,
    });
    const before = (await stack.mail()).length;
    const newsletter = await fixture('gmail-filtered-newsletter.eml');
    await stack.send(newsletter, { from: cafOf(SAM, samFilter), to: samFilter });
    expect(await stack.mail()).toHaveLength(before);
    expect(states(await stack.onlyApplication(SAM))).toEqual(states(application));

    // Monday 7 Dec, 09:30 in New York: the digest, with its one line.
    stack.clock.set(new Date('2026-12-07T14:31:00Z'));
    await stack.fireDue();
    const digest = (await stack.mailTo(SAM)).at(-1);
    expect(digest?.subject).toMatch(/^Status: 1 open application/);
    expect(digest?.text).toContain(
      'Your filter forwarded 1 mail from harborviewlabs.example that matched none of your applications: nothing changed.',
    );

    // Told once: the next Monday's digest has no such line.
    stack.clock.set(new Date('2026-12-14T14:31:00Z'));
    await stack.fireDue();
    const next = (await stack.mailTo(SAM)).filter((m) => m.subject?.startsWith('Status:')).at(-1);
    expect(next?.messageId).not.toBe(digest?.messageId);
    expect(next?.text).not.toContain('Your filter forwarded');
  });

  it('a filtered rejection cancels the nudges; the gracious draft goes to the user, nothing to the employer', async () => {
    stack.clock.set(new Date('2026-12-16T16:31:00Z'));
    await stack.fireDue();
    const before = (await stack.mailTo(SAM)).length;
    await stack.send(rejection, { from: cafOf(SAM, samFilter), to: samFilter });

    await expectClosedByRejection(stack, await stack.onlyApplication(SAM));
    const sent = (await stack.mailTo(SAM)).slice(before);
    expect(sent.map((m) => m.subject)).toEqual([
      'Ready to send: a gracious reply to Harborview Labs (Frontend Engineer)',
    ]);
    expect(sent[0]?.text).toMatch(/Jamie Chen <jamie\.chen@harborviewlabs\.example>/);
    await expectOnlyUsersMailed();

    // SES delivering the same message again: handled once.
    const count = (await stack.mail()).length;
    await stack.send(rejection, { from: cafOf(SAM, samFilter), to: samFilter });
    expect(await stack.mail()).toHaveLength(count);
  });

  it("an Outlook rule's Forward to (sent as the user) is the user's too", async () => {
    stack.clock.set(BASE);
    const confirmation = (await readFixture('mail/confirmation-simple.eml'))
      .toString('utf8')
      .replace(/^From: Alex Rivera <alex\.rivera@example\.net>/m, `From: Priya N <${PRIYA}>`)
      .replace(/^Message-ID: <CAHv2k9Q/m, 'Message-ID: <priya-');
    await stack.send(confirmation, { from: PRIYA, to: INTAKE });
    stack.clock.set(new Date('2026-12-16T16:31:00Z'));
    await stack.fireDue();
    const before = (await stack.mailTo(PRIYA)).length;
    const forwarded = await fixture('outlook-rule-forwarded-rejection.eml', priyaFilter);
    await stack.send(forwarded, { from: PRIYA, to: priyaFilter });

    await expectClosedByRejection(stack, await stack.onlyApplication(PRIYA));
    expect((await stack.mailTo(PRIYA)).slice(before).map((m) => m.subject)).toEqual([
      'Ready to send: a gracious reply to Harborview Labs (Frontend Engineer)',
    ]);
    await expectOnlyUsersMailed();
  });

  it('mail from a filter is never read as a command', async () => {
    const before = (await stack.mail()).length;
    const stop = rejection.replace('<CAJc7', '<stop-cmd').replace(/Hi Sam,[\s\S]*$/, 'forget\r\n');
    await stack.send(stop, { from: cafOf(SAM, samFilter), to: samFilter });
    expect(await stack.mail()).toHaveLength(before);
    expect(await stack.applications(SAM)).toHaveLength(1);
  });

  it('a filtered reschedule moves the interview, and nothing goes to the employer', async () => {
    const employer = 'Noor Haddad <noor.haddad@kelpwave.example>';
    const forward = [
      `From: Sam Okafor <${SAM}>`,
      `To: ${INTAKE}`,
      'Subject: Fwd: Interview - Data Engineer',
      'Date: Wed, 16 Dec 2026 12:00:00 -0500',
      'Message-ID: <sam-kelpwave-confirmation@example.com>',
      '',
      '---------- Forwarded message ---------',
      `From: ${employer}`,
      'Date: Wed, Dec 16, 2026 at 11:00 AM',
      'Subject: Interview - Data Engineer',
      `To: Sam Okafor <${SAM}>`,
      '',
      'Hi Sam, confirming your video interview for the Data Engineer role at Kelpwave on',
      'Tuesday, January 5, 2027 at 2:00 PM ET with Noor Haddad.',
      '',
    ].join('\r\n');
    await stack.send(forward, { from: SAM, to: INTAKE });
    const opened = (await stack.applications(SAM)).find((a) => a.status === 'OPEN');
    expect(opened?.interviews[0]?.start).toBe('2027-01-05T14:00:00-05:00');

    const before = (await stack.mail()).length;
    const moved = [
      `From: ${employer}`,
      `To: Sam Okafor <${SAM}>`,
      'Subject: Rescheduled: Interview - Data Engineer',
      'Date: Thu, 17 Dec 2026 09:00:00 -0500',
      'Message-ID: <kelpwave-reschedule@mail.kelpwave.example>',
      '',
      'Hi Sam, apologies, but we need to reschedule your interview. The new time is',
      'Thursday, January 7, 2027 at 3:00 PM ET, same Zoom link.',
      '',
    ].join('\r\n');
    await stack.send(moved, { from: cafOf(SAM, samFilter), to: samFilter });

    const after = (await stack.applications(SAM)).find((a) => a.id === opened?.id);
    expect(after?.interviews.at(-1)?.start).toBe('2027-01-07T15:00:00-05:00');
    expect((await stack.mail()).length).toBeGreaterThan(before);
    await expectOnlyUsersMailed();
  });
});
