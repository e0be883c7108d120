// Filter forwarding's pure decisions: filter tokens, Gmail's forwarding envelope, whose a filtered
// mail is, SES's DKIM result, a forwarding confirmation, and what the filter catches.
import { describe, expect, it } from 'vitest';
import {
  attributeFilteredMail,
  type ConfirmationFacts,
  employerSenderOf,
  gmailForwardingEnvelope,
  recogniseForwardingConfirmation,
  sesDkimPassed,
} from '../../functions/core/filter-forwarding.ts';
import type { Application, Interview } from '../../functions/core/model.ts';
import {
  encodeFilterToken,
  encodeForgetToken,
  encodeReplyToken,
  filterTokenOwner,
  replyAddress,
  verifyForgetToken,
  verifyReplyToken,
} from '../../functions/core/reply-token.ts';
import type { MailVerdicts } from '../../functions/core/sender-check.ts';

const SECRET = 'a-secret-of-at-least-thirty-two-characters!';
const SAM = 'sam.okafor@gmail.com';
const PRIYA = 'priya.n@example.org';
const INTAKE = 'interviews@followup.example.com';
const deployment = {
  intakeAddress: INTAKE,
  fromAddress: INTAKE,
  allowedSenders: [SAM, PRIYA],
  secret: SECRET,
};
const filterOf = (user: string) => replyAddress(INTAKE, encodeFilterToken(user, SECRET));
const caf = (account: string, to: string) => {
  const [local, domain] = account.split('@');
  return `${local}+caf_=${to.replace('@', '=')}@${domain}`;
};
const pass: MailVerdicts = {
  spf: 'PASS',
  dkim: 'PASS',
  dmarc: 'GRAY',
  spam: 'PASS',
  virus: 'PASS',
};
const jamie = [{ name: 'Jamie Chen', email: 'jamie.chen@harborviewlabs.example' }];

describe('filter tokens', () => {
  it('name their owner among the allowed senders, and nobody for an altered one', () => {
    const token = encodeFilterToken(SAM, SECRET);
    expect(token).toMatch(/^f-[a-z0-9_-]{16}$/);
    expect(filterTokenOwner(token, [PRIYA, SAM], SECRET)).toBe(SAM);
    expect(filterTokenOwner(token.toUpperCase(), [PRIYA, SAM], SECRET)).toBe(SAM);
    expect(filterTokenOwner(token, [PRIYA], SECRET)).toBeNull();
    expect(filterTokenOwner(token, [SAM], `${SECRET}x`)).toBeNull();
    const altered = `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`;
    expect(filterTokenOwner(altered, [SAM], SECRET)).toBeNull();
  });

  it('never pass for reply or forget tokens, nor they for filter tokens', () => {
    const filter = encodeFilterToken(SAM, SECRET);
    expect(verifyReplyToken(filter, SAM, SECRET)).toBeNull();
    expect(verifyForgetToken(filter, SAM, SECRET)).toBeNull();
    const reply = encodeReplyToken({ applicationId: 'abc123', userId: SAM }, SECRET);
    expect(filterTokenOwner(reply, [SAM], SECRET)).toBeNull();
    expect(filterTokenOwner(encodeForgetToken('nonce1234', SAM, SECRET), [SAM], SECRET)).toBeNull();
  });
});

describe("Gmail's forwarding envelope", () => {
  it('gives the account and the address it forwarded to', () => {
    expect(gmailForwardingEnvelope(caf(SAM, 'interviews+f-abc@followup.example.com'))).toEqual({
      account: SAM,
      forwardedTo: 'interviews+f-abc@followup.example.com',
    });
    expect(gmailForwardingEnvelope('sam.okafor@gmail.com')).toBeNull();
    expect(
      gmailForwardingEnvelope('SRS0=Ab1c=TT=harborviewlabs.example=jamie@outlook.com'),
    ).toBeNull();
  });
});

describe('whose a filtered mail is', () => {
  const to = filterOf(SAM);
  const facts = (envelopeSender: string, verdicts = pass, from = jamie) => ({
    recipients: [to],
    envelopeSender,
    verdicts,
    from,
  });

  it('is nobody’s question for mail that is not to a filter address', () => {
    expect(
      attributeFilteredMail({ ...facts(caf(SAM, to)), recipients: [INTAKE] }, deployment),
    ).toBeNull();
  });

  it("is the owner's when their own Gmail forwarded it there with SPF PASS", () => {
    expect(attributeFilteredMail(facts(caf(SAM, to)), deployment)).toEqual({
      attributed: true,
      userId: SAM,
      via: 'gmail',
      filterAddress: to,
    });
  });

  it("is the owner's when the owner forwarded it as themselves (an Outlook rule's Forward to)", () => {
    const own = [{ name: 'Sam', email: SAM }];
    const verdicts: MailVerdicts = { ...pass, dmarc: 'PASS' };
    expect(attributeFilteredMail(facts(SAM, verdicts, own), deployment)).toMatchObject({
      attributed: true,
      via: 'own-forward',
    });
  });

  it('is refused for every forgery', () => {
    const refused = (input: ReturnType<typeof facts>) =>
      attributeFilteredMail(input, deployment) as { attributed: boolean; reason?: string };
    expect(refused(facts(caf(SAM, to), { ...pass, spf: 'FAIL' })).reason).toBe(
      'not-forwarded-by-owner',
    );
    expect(refused(facts(caf('sam.okafor@evil.example', to))).reason).toBe(
      'not-forwarded-by-owner',
    );
    expect(refused(facts(caf(PRIYA, to))).reason).toBe('not-forwarded-by-owner');
    expect(refused(facts(caf(SAM, filterOf(PRIYA)))).reason).toBe('not-forwarded-by-owner');
    // An Outlook.com redirect: SPF passes for outlook.com, but the SRS address names Jamie, not Sam.
    expect(
      refused(facts('SRS0=x1Yz=TT=harborviewlabs.example=jamie.chen@outlook.com')).reason,
    ).toBe('not-forwarded-by-owner');
    expect(refused(facts(caf(SAM, to), { ...pass, spam: 'FAIL' })).reason).toBe('spam-or-virus');
    const wrong = {
      ...facts(caf(SAM, to)),
      recipients: ['interviews+f-0123456789abcdef@followup.example.com'],
    };
    expect(refused(wrong).reason).toBe('invalid-filter-token');
    const ours = facts(caf(SAM, to), pass, [{ name: 'followup', email: INTAKE }]);
    expect(refused(ours).reason).toBe('our-own-mail');
  });
});

describe("SES's DKIM result", () => {
  it('counts only a pass for the domain, in SES’s own Authentication-Results', () => {
    const ses =
      'amazonses.com; spf=pass (spfCheck: …) smtp.mailfrom=x@google.com; dkim=pass header.i=@google.com; dmarc=pass header.from=google.com;';
    expect(sesDkimPassed(ses, 'google.com')).toBe(true);
    expect(
      sesDkimPassed(ses.replace('header.i=@google.com', 'header.d=google.com'), 'google.com'),
    ).toBe(true);
    expect(
      sesDkimPassed(
        ses.replace('header.i=@google.com;', 'header.i=@google.com.evil.example;'),
        'google.com',
      ),
    ).toBe(false);
    expect(sesDkimPassed(ses.replace('dkim=pass', 'dkim=fail'), 'google.com')).toBe(false);
    expect(sesDkimPassed(ses.replace('amazonses.com', 'mx.evil.example'), 'google.com')).toBe(
      false,
    );
    expect(sesDkimPassed(null, 'google.com')).toBe(false);
  });
});

describe('a forwarding confirmation', () => {
  const to = filterOf(SAM);
  const text = `${SAM} has requested to automatically forward mail to your email\naddress ${to}.\nConfirmation code: 739184562\n\nhttps://mail-settings.google.com/mail/vf-%5BAB%5D-xyz\n`;
  const facts: ConfirmationFacts = {
    recipients: [to],
    envelopeSender: 'forwarding-noreply@google.com',
    verdicts: { ...pass, dmarc: 'PASS' },
    from: [{ name: 'Gmail Team', email: 'forwarding-noreply@google.com' }],
    authenticationResults:
      'amazonses.com; spf=pass; dkim=pass header.i=@google.com; dmarc=pass header.from=google.com;',
    subject: `(#739184562) Gmail Forwarding Confirmation - Receive Mail from ${SAM}`,
    text,
  };

  it('gives the requester, the code and the link', () => {
    expect(recogniseForwardingConfirmation(facts, deployment)).toEqual({
      provider: 'Gmail',
      userId: SAM,
      code: '739184562',
      link: 'https://mail-settings.google.com/mail/vf-%5BAB%5D-xyz',
      forwardTo: to,
      notTheFilterAddress: false,
    });
  });

  it('is nothing when the names disagree, the link is elsewhere, or the address is not theirs', () => {
    const other = { ...facts, subject: facts.subject.replace(SAM, PRIYA) };
    expect(recogniseForwardingConfirmation(other, deployment)).toBeNull();
    const elsewhere = {
      ...facts,
      subject: 'Gmail Forwarding Confirmation',
      text: text
        .replace('Confirmation code: 739184562', '')
        .replace('mail-settings.google.com', 'mail-settings.google.com.evil.example'),
    };
    expect(recogniseForwardingConfirmation(elsewhere, deployment)).toBeNull();
    const priyas = { ...facts, recipients: [filterOf(PRIYA)] };
    expect(recogniseForwardingConfirmation(priyas, deployment)).toBeNull();
    const replyAddressOf = {
      ...facts,
      recipients: ['interviews+abc.0123456789abcdef@followup.example.com'],
    };
    expect(recogniseForwardingConfirmation(replyAddressOf, deployment)?.notTheFilterAddress).toBe(
      true,
    );
  });
});

describe('what the filter catches', () => {
  const interview = (people: Array<string | null>): Interview => ({
    id: 'i1',
    company: 'Acme',
    role: null,
    start: null,
    end: null,
    timezone: 'UTC',
    interviewers: people.slice(1).map((email) => ({ name: 'Someone', email })),
    format: null,
    decisionBy: null,
    contact: people[0] ? { name: 'Recruiter', email: people[0] } : null,
  });
  const application = (people: Array<string | null>) =>
    ({ userId: SAM, interviews: [interview(people)] }) as unknown as Application;

  it("is the employer's domain, never an ATS's or a mailbox provider's", () => {
    expect(
      employerSenderOf(application(['no-reply@greenhouse-mail.io', 'dana@acme.example'])),
    ).toBe('@acme.example');
    expect(employerSenderOf(application(['jo.recruits@gmail.com']))).toBe('jo.recruits@gmail.com');
    expect(employerSenderOf(application([null, SAM]))).toBeNull();
    expect(employerSenderOf(application(['no-reply@greenhouse-mail.io']))).toBeNull();
  });
});
