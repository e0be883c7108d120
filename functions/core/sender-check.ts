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

export function judgeSender(
  fromAddress: string | null | undefined,
  verdicts: MailVerdicts,
  allowedSenders: readonly string[],
): SenderJudgement {
  if (verdicts.spam === 'FAIL' || verdicts.virus === 'FAIL') {
    return { accepted: false, reason: 'spam-or-virus' };
  }
  if (!fromAddress) return { accepted: false, reason: 'no-sender' };
  const sender = fromAddress.trim().toLowerCase();
  if (!allowedSenders.includes(sender)) return { accepted: false, reason: 'not-allowed' };
  const authenticated = verdicts.spf === 'PASS' || verdicts.dkim === 'PASS';
  if (!authenticated || verdicts.dmarc === 'FAIL') {
    return { accepted: false, reason: 'not-authenticated' };
  }
  return { accepted: true, userId: sender };
}
