// The headers hands-free sending rests on, as mailContext addresses them and a client reads them:
// Bcc of the application's signed address in the `.eml` draft and the mailto: link (and nowhere in
// the mail itself), List-Unsubscribe to a signed stop address on every mail, and what status says
// of the drafts the user sent.
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import { defaultPolicy } from '../../../functions/core/planning/policy.ts';
import {
  encodeReplyToken,
  encodeStopToken,
  replyAddress,
} from '../../../functions/core/reply-token.ts';
import { mailContext, type Settings } from '../../../functions/core/use-cases/deps.ts';
import { applicationFixture, interviewFixture } from './fixtures.ts';
import { addressesOf, attachedDraft, header, parseMail } from './mime.ts';

const INTAKE = 'interviews@followup.example.com';
const settings: Settings = {
  allowedSenders: ['sam.doe@example.com'],
  admins: [],
  intakeAddress: INTAKE,
  fromAddress: `followup <${INTAKE}>`,
  defaultTimezone: 'America/New_York',
  replySecret: 'a-test-secret-that-is-long-enough-1234',
  policy: defaultPolicy,
};
const renderer = createMailRenderer({});
const application = applicationFixture();
const user = application.userId;
const now = new Date('2026-04-14T20:45:00Z');
const signed = replyAddress(
  INTAKE,
  encodeReplyToken({ applicationId: application.id, userId: user }, settings.replySecret),
);
const stopOf = (id: string) =>
  `<mailto:${replyAddress(INTAKE, encodeStopToken(id, user, settings.replySecret))}?subject=stop>`;

describe('sent-copy and unsubscribe headers', () => {
  it("a draft carries the application's address in Bcc of its .eml and mailto:, not of the mail", async () => {
    const milestone = application.milestones.find((m) => m.kind === 'thank-you');
    if (!milestone) throw new Error('no thank-you in the fixture');
    const mail = await renderer.draft({
      application,
      milestone,
      interview: interviewFixture(),
      context: mailContext(settings, user, application, now),
    });
    const email = await parseMail(mail.raw);
    expect(header(email, 'bcc')).toEqual([]);
    expect(addressesOf(email.replyTo)).toEqual([signed]);
    const { draft } = await attachedDraft(email);
    expect(addressesOf(draft.bcc)).toEqual([signed]);
    expect(header(draft, 'x-unsent')).toEqual(['1']);
    const mailto = new URL(/mailto:[^\s"]+/.exec(mail.text)?.[0] ?? '');
    expect(mailto.searchParams.get('bcc')).toBe(signed);
    expect(mail.text).toContain(`Bcc:     ${signed}`);
    expect(email.html).toContain('Keep followup in Bcc');
    expect(mail.draft).toEqual({ to: 'dana@acme.example', subject: draft.subject });
    expect(header(email, 'list-unsubscribe')).toEqual([stopOf(application.id)]);
    expect(header(email, 'list-unsubscribe-post')).toEqual([]);
  });

  it("mail about no application names the weekly digest's stop address", async () => {
    const mail = await renderer.help({ context: mailContext(settings, user, null, now) });
    expect(header(await parseMail(mail.raw), 'list-unsubscribe')).toEqual([stopOf('digest')]);
    expect(mail.draft).toBeUndefined();
  });

  it('status lists the drafts the user sent, with when', async () => {
    const sent = {
      ...application,
      milestones: application.milestones.map((m) =>
        m.kind === 'thank-you'
          ? { ...m, state: 'SENT' as const, userSentAt: '2026-04-15T14:05:00.000Z' }
          : m,
      ),
    };
    const mail = await renderer.status({
      applications: [sent],
      context: mailContext(settings, user, null, now),
    });
    expect(mail.text).toMatch(
      /^ {2}- Thank-you note to Dana Lee: sent by you, Wed, Apr 15, 10:05 AM ET$/m,
    );
    expect(mail.html).toContain(
      'Thank-you note to Dana Lee: sent by you, Wed, Apr 15, 10:05 AM ET',
    );
  });
});
