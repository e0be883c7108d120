// Inbound use-case -> what the Reading does not carry yet: the user's own first line read for the
// forms the reader has no verb for (`stop 2`, a bare `2`, `set hours 8-19`, `digest on`), and the
// original message inside a forward (its sender, subject and Message-IDs) to match employer
// replies. Built on the reader's own MIME and forward parsing; never throws.
import { createHash } from 'node:crypto';
import { parseCommand } from '../understand/command.ts';
import { unwrapForwards } from '../understand/forward.ts';
import { ownText } from '../understand/index.ts';
import { type Mailbox, parseMail } from '../understand/mime.ts';

export interface OriginalMessage {
  sender: Mailbox | null;
  /** Without Fwd:/Re: prefixes. */
  subject: string;
  /** Message-ID, In-Reply-To and References of the mail and of an attached original. */
  threadIds: string[];
  /** Stable for one employer message however often it is forwarded: sender, subject, text. */
  fingerprint: string;
}

export interface InboundText {
  /** The first line of the user's own words, quoted text and signatures removed. */
  ownLine: string | null;
  original: OriginalMessage;
}

const PREFIXES = /^(?:\s*(?:re|aw|sv|antw|fwd?|fw|tr|wg)\s*:\s*)+/i;

function firstLine(text: string): string | null {
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/^[\s*_>•-]+|[\s*_]+$/g, '').trim();
    if (trimmed) return trimmed.slice(0, 500);
  }
  return null;
}

export async function readInboundText(raw: Uint8Array | string): Promise<InboundText> {
  try {
    const mail = await parseMail(raw);
    const threadIds = [mail.messageId, mail.inReplyTo, ...mail.references];
    let sender = mail.from;
    let subject = mail.subject;
    let body = mail.text;
    const attached = mail.attachedMessages[0];
    if (attached) {
      const inner = await parseMail(attached);
      threadIds.push(inner.messageId, inner.inReplyTo, ...inner.references);
      sender = inner.from;
      subject = inner.subject;
      body = inner.text;
    } else {
      const unwrapped = unwrapForwards(mail.text);
      const original = unwrapped.levels.at(-1);
      if (original) {
        sender = original.from;
        subject = original.subject ?? subject;
        body = unwrapped.body;
      }
    }
    subject = subject.replace(PREFIXES, '').trim();
    const fingerprint = createHash('sha256')
      .update(
        `${sender?.email ?? ''}\n${subject}\n${body.replace(/\s+/g, ' ').trim().slice(0, 4000)}`,
      )
      .digest('hex')
      .slice(0, 32);
    return {
      ownLine: firstLine(ownText(mail.text)),
      original: {
        sender,
        subject,
        threadIds: threadIds.filter((id): id is string => !!id),
        fingerprint,
      },
    };
  } catch {
    return {
      ownLine: null,
      original: { sender: null, subject: '', threadIds: [], fingerprint: '' },
    };
  }
}

export type OwnWords =
  /** `2`: the answer to "which application?" about a forwarded reply. */
  | { kind: 'pick'; number: number }
  /** `stop 2`, `notes 2: …`, `snooze 2 3d`, `set hours 8-19`, `digest on`. */
  | { kind: 'command'; command: { verb: string; arg: string | null }; number: number | null };

// Verbs that take a number: the words the reader knows for each, before the argument.
const NUMBERED_HEADS =
  /^(?:stop|close|cancel|unsubscribe|end|pause|hold|resume|unpause|continue|restart|sent|done|heard back|got a reply|they replied|snooze|notes?|context|update|time|interviewers?|linkedin|linked in)$/;
const COLON_HEADS = /^(?:notes?|context|update|time|interviewers?)$/;

/** A snooze argument, as opposed to "snooze 3 days" whose number is the duration. */
const SNOOZE_ARG = /^(?:\d|tomorrow\b)/i;

export function readOwnWords(line: string | null): OwnWords | null {
  if (!line) return null;
  const text = line
    .replace(/^(?:(?:please|pls|ok|okay)\b[\s,!.:-]*)+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
  const pick = /^(?:#|no\.?\s*|number\s+)?(\d{1,2})[.)]?$/i.exec(text);
  if (pick?.[1]) return { kind: 'pick', number: Number(pick[1]) };

  const hours = /^set\s+(?:my\s+)?(?:waking\s+)?hours\b\s*(?:to\s+)?[:=]?\s*(.*)$/i.exec(text);
  if (hours)
    return { kind: 'command', command: { verb: 'hours', arg: hours[1] ?? '' }, number: null };
  const digest = /^(?:weekly\s+)?digest(?:\s+(on|off|weekly|yes|no|stop))?$/i.exec(text);
  if (digest) {
    const off = /^(?:off|no|stop)$/i.test(digest[1] ?? '');
    return { kind: 'command', command: { verb: 'digest', arg: off ? 'off' : 'on' }, number: null };
  }

  const numbered =
    /^([a-z][a-z ]*?)\s+(?:#|no\.?\s*|number\s+)?(\d{1,2})(?:\s*[:\-–]\s*(.*)|\s+(.+))?$/i.exec(
      text,
    );
  if (!numbered?.[1] || !numbered[2]) return null;
  const head = numbered[1].toLowerCase().replace(/\s+/g, ' ');
  if (!NUMBERED_HEADS.test(head)) return null;
  const colonArg = numbered[3]?.trim();
  const spaceArg = numbered[4]?.trim();
  if (head === 'snooze' && spaceArg !== undefined && !SNOOZE_ARG.test(spaceArg)) return null;
  if (head === 'snooze' && spaceArg === undefined && colonArg === undefined) return null;
  const rest = colonArg ?? spaceArg;
  const rebuilt = rest ? (COLON_HEADS.test(head) ? `${head}: ${rest}` : `${head} ${rest}`) : head;
  const command = parseCommand(rebuilt);
  if (!command) return null;
  return { kind: 'command', command, number: Number(numbered[2]) };
}
