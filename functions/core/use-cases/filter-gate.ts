// Inbound use-case -> the filter gate, run before the sender check (judgeFilterGate below); what it
// lets through is handled by filtered-mail.ts once the reader has read it. Only a message that
// claims to be a forwarding confirmation is parsed here: the MIME parser loads for no other.
import {
  attributeFilteredMail,
  claimsConfirmationSender,
  type ForwardedVia,
  type ForwardingConfirmation,
  filterRecipient,
  recogniseForwardingConfirmation,
} from '../filter-forwarding.ts';
import type { FromMailbox } from '../from-header.ts';
import type { MailVerdicts } from '../sender-check.ts';
import type { Settings } from './deps.ts';
import type { Addressed } from './inbound-decisions.ts';

/** How mail that bypasses the From check was judged: by its envelope, or as a confirmation. */
export type FilterGate =
  | { kind: 'refused'; reason: string }
  | { kind: 'filtered'; userId: string; via: ForwardedVia }
  | { kind: 'confirmation'; userId: string; confirmation: ForwardingConfirmation };

/**
 * Before the sender check: mail to a filter address is judged by its envelope (its From is the
 * employer's), and a provider's forwarding confirmation by the provider's DKIM. Null: neither,
 * so the ordinary sender check applies.
 */
export async function judgeFilterGate(
  mail: {
    recipients: string[];
    envelopeSender: string;
    verdicts: MailVerdicts;
  },
  raw: Uint8Array,
  from: readonly FromMailbox[],
  settings: Settings,
  /** Everyone who may use followup; read only for mail one of these two paths may take. */
  users: () => Promise<readonly string[]>,
): Promise<FilterGate | null> {
  const claimsConfirmation = claimsConfirmationSender(from);
  if (!claimsConfirmation && !filterRecipient(mail.recipients, settings.intakeAddress)) return null;
  const facts = { ...mail, from };
  const deployment = {
    intakeAddress: settings.intakeAddress,
    fromAddress: settings.fromAddress,
    allowedSenders: await users(),
    secret: settings.replySecret,
  };
  if (claimsConfirmation) {
    // Only such a claim reads more than the header section here: the MIME parser loads for it.
    const { parseMail } = await import('../understand/mime.ts');
    const parsed = await parseMail(raw);
    const confirmation = recogniseForwardingConfirmation(
      {
        ...facts,
        authenticationResults: parsed.headers.get('authentication-results') ?? null,
        subject: parsed.subject,
        text: parsed.text || parsed.htmlText,
      },
      deployment,
    );
    return confirmation
      ? { kind: 'confirmation', userId: confirmation.userId, confirmation }
      : { kind: 'refused', reason: 'unverified-forwarding-confirmation' };
  }
  const attribution = attributeFilteredMail(facts, deployment);
  if (!attribution) return null;
  return attribution.attributed
    ? { kind: 'filtered', userId: attribution.userId, via: attribution.via }
    : { kind: 'refused', reason: attribution.reason };
}

/** Where mail let through by the filter gate goes: the filtered path, or the confirmation relay. */
export const gateAddressed = (gate: Exclude<FilterGate, { kind: 'refused' }>): Addressed =>
  gate.kind === 'filtered'
    ? { to: 'filter' }
    : { to: 'forwarding-confirmation', confirmation: gate.confirmation };
