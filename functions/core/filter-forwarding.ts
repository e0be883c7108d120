// Filter forwarding, the pure decisions: whose a mail sent to a filter address is (only when the
// envelope shows the owner's own provider forwarded it), whether a mail is a provider's
// forwarding confirmation that an allowed user asked for, and the filter to create per employer.
import type { FromMailbox } from './from-header.ts';
import type { Application } from './model.ts';
import { filterTokenOwner, isFilterToken, tagOf } from './reply-token.ts';
import { judgeSender, type MailVerdicts } from './sender-check.ts';
import { isVendorDomain } from './understand/vendors.ts';

/** How a filtered mail was shown to be the owner's. */
export type ForwardedVia =
  /** Gmail (or Google Workspace) forwarding: envelope `owner+caf_=<filter address>@…`, SPF PASS. */
  | 'gmail'
  /** The owner's own authenticated forward (an Outlook rule's "Forward to" sends as the owner). */
  | 'own-forward';

export type FilterAttribution =
  | { attributed: true; userId: string; via: ForwardedVia; filterAddress: string }
  | {
      attributed: false;
      reason: 'invalid-filter-token' | 'spam-or-virus' | 'our-own-mail' | 'not-forwarded-by-owner';
    };

export interface FilteredMailFacts {
  /** The envelope recipients (SES's receipt.recipients). */
  recipients: readonly string[];
  /** The SMTP MAIL FROM SPF was checked against (SES's mail.source). */
  envelopeSender: string;
  verdicts: MailVerdicts;
  from: readonly FromMailbox[];
}

export interface Deployment {
  intakeAddress: string;
  /** The sender of our own mail. */
  fromAddress: string;
  allowedSenders: readonly string[];
  secret: string;
}

const lower = (text: string) => text.trim().toLowerCase();
const domainOf = (address: string) => lower(address.slice(address.lastIndexOf('@') + 1));

/** The first recipient that is one of our filter addresses, with its token; null: none is. */
export function filterRecipient(
  recipients: readonly string[],
  intakeAddress: string,
): { address: string; token: string } | null {
  for (const recipient of recipients) {
    const tag = tagOf(recipient, intakeAddress);
    if (tag && isFilterToken(tag)) return { address: lower(recipient), token: tag };
  }
  return null;
}

/**
 * Gmail's forwarding envelope: `<account local>+caf_=<forward-to, its @ written =>@<account
 * domain>` ("copy and forward"). The account and the address it forwarded to, or null.
 */
export function gmailForwardingEnvelope(
  envelopeSender: string,
): { account: string; forwardedTo: string } | null {
  const match = /^([^@+\s]+)\+caf_=([^@\s]+)=([^=@\s]+)@([^@\s]+)$/.exec(lower(envelopeSender));
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  return { account: `${match[1]}@${match[4]}`, forwardedTo: `${match[2]}@${match[3]}` };
}

/**
 * Mail to a filter address is its owner's only when the envelope shows the owner's provider
 * forwarded it to that very address: anyone can write to the address (it travels in forwarded
 * headers), but only Gmail can pass SPF for `owner+caf_=…@gmail.com`, and only the owner's
 * mail system can pass DMARC for mail from the owner. Null: the mail is not to a filter address.
 *
 * Outlook.com / Microsoft 365 redirects (SRS envelopes, ARC) are refused: the SRS address names
 * the original sender, not the mailbox that redirected, and SES reports no ARC verdict.
 */
export function attributeFilteredMail(
  facts: FilteredMailFacts,
  deployment: Deployment,
): FilterAttribution | null {
  const recipient = filterRecipient(facts.recipients, deployment.intakeAddress);
  if (!recipient) return null;
  const owner = filterTokenOwner(recipient.token, deployment.allowedSenders, deployment.secret);
  if (!owner) return { attributed: false, reason: 'invalid-filter-token' };
  const { verdicts } = facts;
  if (verdicts.spam === 'FAIL' || verdicts.virus === 'FAIL') {
    return { attributed: false, reason: 'spam-or-virus' };
  }
  // A filter that catches our own mail would send it round again with every answer to it.
  const ours = new Set([deployment.intakeAddress, deployment.fromAddress].map(domainOf));
  if (facts.from.some((mailbox) => ours.has(domainOf(mailbox.email)))) {
    return { attributed: false, reason: 'our-own-mail' };
  }
  const attributed = (via: ForwardedVia): FilterAttribution => ({
    attributed: true,
    userId: owner,
    via,
    filterAddress: recipient.address,
  });
  const gmail = gmailForwardingEnvelope(facts.envelopeSender);
  if (
    gmail &&
    verdicts.spf === 'PASS' &&
    gmail.account === owner &&
    gmail.forwardedTo === recipient.address
  ) {
    return attributed('gmail');
  }
  const own = judgeSender(facts.from, verdicts, [owner], facts.envelopeSender);
  if (own.accepted) return attributed('own-forward');
  return { attributed: false, reason: 'not-forwarded-by-owner' };
}

/** A provider whose forwarding must be confirmed from the receiving mailbox. */
interface ConfirmationSender {
  provider: string;
  address: string;
  /** The domain whose DKIM signature SES must have verified. */
  signingDomain: string;
  /** Hosts its confirmation links are on. */
  linkHosts: readonly string[];
}

const CONFIRMATION_SENDERS: readonly ConfirmationSender[] = [
  {
    provider: 'Gmail',
    address: 'forwarding-noreply@google.com',
    signingDomain: 'google.com',
    linkHosts: ['mail-settings.google.com', 'mail.google.com'],
  },
];

/** The mail claims to come from a provider's forwarding-confirmation address (to be verified). */
export function claimsConfirmationSender(from: readonly FromMailbox[]): boolean {
  return from.some((mailbox) =>
    CONFIRMATION_SENDERS.some((known) => known.address === mailbox.email),
  );
}

export interface ForwardingConfirmation {
  provider: string;
  /** The allowed user who asked to forward (lower-cased). */
  userId: string;
  code: string | null;
  link: string | null;
  /** The address the user asked to forward to: their filter address, or another of ours. */
  forwardTo: string;
  /** It was asked for another address than the user's filter address. */
  notTheFilterAddress: boolean;
}

export interface ConfirmationFacts extends FilteredMailFacts {
  /**
   * The topmost `Authentication-Results` header: SES prepends its own (`amazonses.com; …
   * dkim=pass header.i=@google.com`) to every mail it receives, above anything the sender wrote.
   */
  authenticationResults: string | null;
  subject: string;
  text: string;
}

/** SES's own Authentication-Results says a DKIM signature of this domain verified. */
export function sesDkimPassed(authenticationResults: string | null, domain: string): boolean {
  if (!authenticationResults) return false;
  const [authserv, ...results] = authenticationResults.split(';');
  if (lower(authserv ?? '') !== 'amazonses.com') return false;
  return results.some((result) => {
    const dkim = /^\s*dkim\s*=\s*pass\b(.*)$/is.exec(result);
    if (!dkim?.[1]) return false;
    const signer = /header\.(?:d=|i=[^@\s;]*@)([^\s;]+)/i.exec(dkim[1])?.[1];
    return signer !== undefined && lower(signer) === domain;
  });
}

const EMAIL = String.raw`[^\s@<>()"',;:]+@[a-z0-9.-]+\.[a-z]{2,}`;

/** Who asked, in the subject ("… Receive Mail from X") and the body ("X has requested …"). */
function requesterOf(subject: string, text: string): string | null {
  const named = [
    new RegExp(`Receive Mail from (${EMAIL})`, 'i').exec(subject)?.[1],
    new RegExp(`(${EMAIL}) has requested to automatically forward`, 'i').exec(text)?.[1],
  ]
    .filter((address): address is string => !!address)
    .map(lower);
  const [first, ...others] = named;
  // Two names that disagree: nobody is told someone else's code.
  return first && others.every((other) => other === first) ? first : null;
}

function confirmationLink(text: string, hosts: readonly string[]): string | null {
  for (const [url] of text.matchAll(/https:\/\/[^\s<>"')\]]+/g)) {
    try {
      const parsed = new URL(url);
      if (hosts.includes(parsed.hostname) && parsed.pathname.startsWith('/mail/vf-')) return url;
    } catch {
      // not a URL: keep looking
    }
  }
  return null;
}

/**
 * A provider's forwarding confirmation an allowed user asked for: from the provider's exact
 * address, DKIM-signed by the provider as SES verified it and DMARC PASS, naming an allowed user
 * as the requester, sent to one of our addresses (a filter address only its requester's). Null
 * for anything else, and for mail that merely looks like one.
 */
export function recogniseForwardingConfirmation(
  facts: ConfirmationFacts,
  deployment: Deployment,
): ForwardingConfirmation | null {
  const [only, ...others] = facts.from;
  const sender = CONFIRMATION_SENDERS.find((known) => known.address === only?.email);
  if (!sender || others.length > 0) return null;
  const { verdicts } = facts;
  if (verdicts.spam === 'FAIL' || verdicts.virus === 'FAIL') return null;
  if (verdicts.dkim !== 'PASS' || verdicts.dmarc !== 'PASS') return null;
  if (!sesDkimPassed(facts.authenticationResults, sender.signingDomain)) return null;
  const userId = requesterOf(facts.subject, facts.text);
  if (!userId || !deployment.allowedSenders.includes(userId)) return null;
  const ours = facts.recipients.map(lower).filter((recipient) => {
    return tagOf(recipient, deployment.intakeAddress) !== undefined;
  });
  const [forwardTo] = ours;
  if (!forwardTo) return null;
  const filter = filterRecipient(ours, deployment.intakeAddress);
  if (filter && filterTokenOwner(filter.token, [userId], deployment.secret) !== userId) return null;
  const code =
    /Confirmation code:?\s*(\d{4,12})\b/i.exec(facts.text)?.[1] ??
    /^\(#(\d{4,12})\)/.exec(facts.subject.trim())?.[1] ??
    null;
  const link = confirmationLink(facts.text, sender.linkHosts);
  if (!code && !link) return null;
  return {
    provider: sender.provider,
    userId,
    code,
    link,
    forwardTo: filter?.address ?? forwardTo,
    notTheFilterAddress: !filter,
  };
}

/** Mailbox providers: a filter on their whole domain would forward the user's personal mail. */
const MAILBOX_PROVIDERS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'fastmail.com',
]);

/** What to set up in the user's mailbox so that one employer's mail reaches followup. */
export interface FilterSetup {
  address: string;
  /** Whose mail the filter catches: `@acme.example`, or one address at a mailbox provider. */
  catches: string | null;
  /** Gmail's search for the filter: `from:(@acme.example)`. */
  gmailSearch: string | null;
}

/**
 * What the filter for an application catches: the domain of the people who wrote or interviewed
 * (never an ATS's shared domain, nor the user's own), or the one address of a recruiter writing
 * from a mailbox provider.
 */
export function employerSenderOf(application: Application): string | null {
  const own = application.userId.slice(application.userId.lastIndexOf('@') + 1).toLowerCase();
  const emails = application.interviews
    .flatMap((interview) => [interview.contact, ...interview.interviewers])
    .map((person) => lower(person?.email ?? ''))
    .filter((email) => email.includes('@'));
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (domain !== own && !isVendorDomain(domain) && !MAILBOX_PROVIDERS.has(domain)) {
      return `@${domain}`;
    }
  }
  const personal = emails.find((email) =>
    MAILBOX_PROVIDERS.has(email.slice(email.indexOf('@') + 1)),
  );
  return personal && personal !== lower(application.userId) ? personal : null;
}

export function filterSetupFor(address: string, application: Application | null): FilterSetup {
  const catches = application ? employerSenderOf(application) : null;
  return { address, catches, gmailSearch: catches ? `from:(${catches})` : null };
}
