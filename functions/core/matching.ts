// Which application an inbound message is about: named by its reply token, else by thread
// (Message-IDs we know), else by the employer's domain, the company it names, or its subject.
// Pure. Ambiguity is reported, never guessed: the use-case asks the user.
import type { Application } from './model.ts';
import { type CanonicalMessageId, threadKey } from './thread-key.ts';
import { organisationLabel } from './understand/details.ts';

export type MatchedBy = 'token' | 'thread' | 'domain' | 'company' | 'subject';

export type Match =
  | { kind: 'match'; application: Application; by: MatchedBy }
  | { kind: 'ambiguous'; candidates: Application[] }
  | { kind: 'none' };

/** What an inbound message tells about the application it concerns. */
export interface MatchClues {
  /** The application a verified reply token names. */
  applicationId: string | null;
  /** Message-ID, In-Reply-To and References of the message and of any original inside it. */
  threadIds: string[];
  /** Who wrote the original (the employer), when known. */
  senderEmail: string | null;
  /** The original's subject, without Fwd:/Re: prefixes. */
  subject: string;
  /** A company the reader found in the message. */
  company: string | null;
  /** The mail service's one form of each of its Message-IDs (`Mailer.canonicalMessageId`). */
  canonicalMessageId: CanonicalMessageId;
}

/** Lower-case letters and digits only: "Harborview Labs" and "harborview-labs" compare equal. */
const squeezed = (text: string | null | undefined) =>
  (text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');

const words = (text: string | null | undefined) =>
  ` ${(text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const domainOf = (email: string | null | undefined) => email?.split('@')[1]?.toLowerCase() ?? null;

/** The employer's address domain is one of the application's people's, or names its company. */
function fromEmployer(application: Application, senderEmail: string): boolean {
  const domain = domainOf(senderEmail);
  const label = organisationLabel(senderEmail);
  if (!domain || !label) return false;
  const people = application.interviews.flatMap((interview) => interview.interviewers);
  if (people.some((person) => domainOf(person.email) === domain)) return true;
  const company = squeezed(application.company);
  const name = squeezed(label);
  // "ridgeway" names "Ridgeway Capital"; a short label ("ab") names nothing.
  return company.length > 0 && name.length >= 4 && (company === name || company.startsWith(name));
}

/** The subject names the application's role or company, as whole words. */
function namedInSubject(application: Application, subject: string): boolean {
  const text = words(subject);
  const role = words(application.role).trim();
  const company = words(application.company).trim();
  return (
    (role.length >= 3 && text.includes(` ${role} `)) ||
    (company.length >= 3 && text.includes(` ${company} `))
  );
}

/** One candidate is a match; several ask the user; none passes to the next clue. */
function decide(candidates: Application[], by: MatchedBy): Match | undefined {
  const [only, ...others] = candidates;
  if (!only) return undefined;
  if (others.length === 0) return { kind: 'match', application: only, by };
  return { kind: 'ambiguous', candidates };
}

export function matchApplication(applications: Application[], clues: MatchClues): Match {
  if (clues.applicationId) {
    const named = applications.find((a) => a.id === clues.applicationId);
    return named ? { kind: 'match', application: named, by: 'token' } : { kind: 'none' };
  }

  // A thread is precise enough to find even a closed application (a rejection after a stop).
  const key = (id: string) => threadKey(id, clues.canonicalMessageId);
  const keys = new Set(clues.threadIds.map(key));
  // The user's sent drafts are kept on their milestones too: the thread list drops its oldest.
  const inThread = applications.filter(
    (a) =>
      a.threadMessageIds.some((id) => keys.has(key(id))) ||
      a.milestones.some((m) => m.sentCopy && keys.has(key(m.sentCopy.messageId))),
  );
  const openInThread = inThread.filter((a) => a.status !== 'CLOSED');
  const byThread = decide(openInThread.length > 0 ? openInThread : inThread, 'thread');
  if (byThread) return byThread;

  const open = applications.filter((a) => a.status !== 'CLOSED');
  const bySubject = (candidates: Application[]) =>
    candidates.filter((a) => namedInSubject(a, clues.subject));

  if (clues.senderEmail) {
    const sender = clues.senderEmail;
    const byDomain = open.filter((a) => fromEmployer(a, sender));
    // Two applications at one employer: the subject (the role) may still tell them apart.
    const narrowed = byDomain.length > 1 ? bySubject(byDomain) : byDomain;
    const decided = decide(narrowed.length > 0 ? narrowed : byDomain, 'domain');
    if (decided) return decided;
  }

  const company = squeezed(clues.company);
  if (company) {
    const byCompany = open.filter((a) => squeezed(a.company) === company);
    const narrowed = byCompany.length > 1 ? bySubject(byCompany) : byCompany;
    const decided = decide(narrowed.length > 0 ? narrowed : byCompany, 'company');
    if (decided) return decided;
  }

  return decide(bySubject(open), 'subject') ?? { kind: 'none' };
}
