// Message-IDs as threads compare them: the key of application matching (matching.ts) and of the
// user's sent copies (sent-drafts.ts). A module of its own because matching reads employer domains
// with the reader's code: the sent copies, and so the inbound gate's modules, need only the key.
// Pure.

/** See `Mailer.canonicalMessageId`: the mail service knows the forms of its own Message-IDs. */
export type CanonicalMessageId = (messageId: string) => string;

/**
 * How a Message-ID is compared: without brackets, case-folded, and in the mail service's one
 * form of it (a mail of ours may come back under another of its names).
 */
export function threadKey(id: string, canonical: CanonicalMessageId): string {
  return canonical(id.trim().replace(/^<|>$/g, '').toLowerCase());
}
