// Who may speak: only allowed senders whose mail passed SES's checks are ever acted on. Anyone
// else is dropped silently — no reply, so no backscatter.
import type { FromMailbox } from './from-header.ts';

export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface MailVerdicts {
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
  spam: VerdictStatus;
  virus: VerdictStatus;
}

export type SenderJudgement =
  | { accepted: true; userId: string }
  | {
      accepted: false;
      reason:
        | 'spam-or-virus'
        | 'not-authenticated'
        | 'not-allowed'
        | 'no-sender'
        | 'several-senders';
    };

/** The domain of an address, lower-cased; null when there is none (a bounce's empty `<>`). */
function domainOf(address: string): string | null {
  const bare = address.trim().replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  const domain = at >= 0 ? bare.slice(at + 1).toLowerCase() : '';
  return domain.length > 0 ? domain : null;
}

/**
 * SPF vouches for the envelope sender (Return-Path) only, and DKIM for whichever domain signed,
 * so either one counts for the From address only when it is aligned with it. DMARC PASS is that
 * alignment checked by SES; without a DMARC record (GRAY) we check SPF's alignment ourselves: the
 * envelope sender's domain must be the From domain. BATV's `prvs=…=` rewrites the local part
 * only, so comparing domains needs no stripping; mail re-sent through another domain (SRS) is
 * refused, which is the safe side.
 */
function isAligned(fromAddress: string, verdicts: MailVerdicts, envelopeSender: string): boolean {
  if (verdicts.dmarc === 'PASS') return true;
  if (verdicts.spf !== 'PASS') return false;
  const envelopeDomain = domainOf(envelopeSender);
  return envelopeDomain !== null && envelopeDomain === domainOf(fromAddress);
}

/**
 * @param from every From mailbox of the message (core/from-header's `fromMailboxes`). Exactly one
 *   may speak: mail from two mailboxes, or with two From headers, is never attributed to either,
 *   since DMARC may have vouched for one while we would act for the other.
 * @param envelopeSender the SMTP MAIL FROM SES checked SPF against (its event's `mail.source`).
 */
export function judgeSender(
  from: readonly FromMailbox[],
  verdicts: MailVerdicts,
  allowedSenders: readonly string[],
  envelopeSender: string | null | undefined,
): SenderJudgement {
  if (verdicts.spam === 'FAIL' || verdicts.virus === 'FAIL') {
    return { accepted: false, reason: 'spam-or-virus' };
  }
  const [only, ...others] = from;
  if (!only) return { accepted: false, reason: 'no-sender' };
  if (others.length > 0) return { accepted: false, reason: 'several-senders' };
  const sender = only.email.trim().toLowerCase();
  if (!allowedSenders.includes(sender)) return { accepted: false, reason: 'not-allowed' };
  if (verdicts.dmarc === 'FAIL' || !isAligned(sender, verdicts, envelopeSender ?? '')) {
    return { accepted: false, reason: 'not-authenticated' };
  }
  return { accepted: true, userId: sender };
}
