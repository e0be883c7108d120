// The key a Message-ID is remembered by: the sender picks the id, so what keeps one keeps its
// fixed-length digest instead (the store's de-duplication records, an application's command mails).
import { createHash } from 'node:crypto';

export const messageKey = (messageId: string): string =>
  createHash('sha256').update(messageId).digest('hex');
