// Which application an inbound message is about: named by its reply token, else by thread
// (Message-IDs we know), else by the company it names. Ambiguity is reported, never guessed.
import type { Application } from './model.ts';
import type { Reading } from './reading.ts';
import type { Envelope } from './understand/index.ts';

export type Match =
  | { kind: 'match'; application: Application; by: 'token' | 'thread' | 'company' }
  | { kind: 'ambiguous'; candidates: Application[] }
  | { kind: 'none' };

const normalized = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function matchApplication(
  applications: Application[],
  message: { applicationId: string | null; envelope: Envelope; reading: Reading },
): Match {
  if (message.applicationId) {
    const named = applications.find((a) => a.id === message.applicationId);
    return named ? { kind: 'match', application: named, by: 'token' } : { kind: 'none' };
  }
  const open = applications.filter((a) => a.status !== 'CLOSED');

  const threadIds = new Set(
    [message.envelope.inReplyTo, ...message.envelope.references].filter((id): id is string => !!id),
  );
  const byThread = open.filter((a) => a.threadMessageIds.some((id) => threadIds.has(id)));
  if (byThread.length === 1 && byThread[0]) {
    return { kind: 'match', application: byThread[0], by: 'thread' };
  }

  const company = normalized(message.reading.interview?.company);
  if (company) {
    const byCompany = open.filter((a) => normalized(a.company) === company);
    if (byCompany.length === 1 && byCompany[0]) {
      return { kind: 'match', application: byCompany[0], by: 'company' };
    }
    if (byCompany.length > 1) return { kind: 'ambiguous', candidates: byCompany };
  }
  if (byThread.length > 1) return { kind: 'ambiguous', candidates: byThread };
  return { kind: 'none' };
}
