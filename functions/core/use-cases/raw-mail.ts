// Use-cases -> the user's raw mail in S3: each message of an allowed user is recorded with them as
// it is accepted (SES names the object by its message id alone), so that `forget` deletes it at
// once instead of leaving it to the bucket's 30-day expiry.
import { RAW_MAIL_RETENTION_DAYS } from '../application.ts';
import type { ApplicationStore, Clock, RawMailStore } from '../ports.ts';

/** The record outlives the object by a day: the bucket's lifecycle rule deletes that first. */
const RAW_MAIL_RECORD_MS = (RAW_MAIL_RETENTION_DAYS + 1) * 24 * 60 * 60 * 1000;

export interface RawMailDeps {
  store: ApplicationStore;
  rawMail: RawMailStore;
  rawMailPrefix: string;
  clock: Clock;
}

/** Records the message SES stored as `sesMessageId` as the user's. */
export async function recordRawMail(deps: RawMailDeps, userId: string, sesMessageId: string) {
  const expiresAt = new Date(deps.clock.now().getTime() + RAW_MAIL_RECORD_MS);
  await deps.store.recordRawMail(userId, `${deps.rawMailPrefix}${sesMessageId}`, expiresAt);
}

/** Deletes every raw message recorded as the user's; returns how many. */
export async function deleteRawMailOf(deps: RawMailDeps, userId: string): Promise<number> {
  const keys = await deps.store.rawMailOf(userId);
  for (const key of keys) await deps.rawMail.delete(key);
  return keys.length;
}
