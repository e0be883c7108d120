// Who may speak: only allowed senders whose mail passed SES's checks are ever acted on. Anyone
// else is dropped silently — no reply, so no backscatter.

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
      reason: 'spam-or-virus' | 'not-authenticated' | 'not-allowed' | 'no-sender';
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
 * @param envelopeSender the SMTP MAIL FROM SES checked SPF against (its event's `mail.source`).
 */
export function judgeSender(
  fromAddress: string | null | undefined,
  verdicts: MailVerdicts,
  allowedSenders: readonly string[],
  envelopeSender: string | null | undefined,
): SenderJudgement {
  if (verdicts.spam === 'FAIL' || verdicts.virus === 'FAIL') {
    return { accepted: false, reason: 'spam-or-virus' };
  }
  if (!fromAddress) return { accepted: false, reason: 'no-sender' };
  const sender = fromAddress.trim().toLowerCase();
  if (!allowedSenders.includes(sender)) return { accepted: false, reason: 'not-allowed' };
  if (verdicts.dmarc === 'FAIL' || !isAligned(sender, verdicts, envelopeSender ?? '')) {
    return { accepted: false, reason: 'not-authenticated' };
  }
  return { accepted: true, userId: sender };
}
