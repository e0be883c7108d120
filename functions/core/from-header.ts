// Who a message says it is from: the one parse of its From header, shared by the local intake's
// verdicts, the sender check and the envelope the inbound use-case acts on. It reads the header
// section only, so the sender is judged before any full parse of the message.
import { addressParser } from 'postal-mime';

export interface FromMailbox {
  name: string | null;
  /** Lower-cased. */
  email: string;
}

/** Longest display name kept. */
const MAX_NAME_CHARS = 200;

/** Header sections beyond this are not read: postal-mime's own header cap. */
const MAX_HEADER_BYTES = 512 * 1024;

/** The raw header section: everything before the first empty line, at most MAX_HEADER_BYTES. */
function headerSection(raw: Uint8Array | string): string {
  const head =
    typeof raw === 'string'
      ? raw.slice(0, MAX_HEADER_BYTES)
      : new TextDecoder().decode(raw.subarray(0, Math.min(raw.byteLength, MAX_HEADER_BYTES)));
  const end = /\r?\n\r?\n/.exec(head);
  return end ? head.slice(0, end.index) : head;
}

/** Every header field's value named `name` (lower-case), unfolded, in order. */
function headerValues(section: string, name: string): string[] {
  const values: string[] = [];
  let current: { key: string; value: string } | null = null;
  const flush = () => {
    if (current?.key === name) values.push(current.value);
  };
  for (const line of section.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const field = /^([^\s:]+)[ \t]*:(.*)$/.exec(line);
    current = field
      ? { key: (field[1] ?? '').toLowerCase(), value: (field[2] ?? '').trim() }
      : null;
  }
  flush();
  return values;
}

/**
 * Every mailbox of every From header, in order. RFC 5322 allows one From header; a message with
 * two headers, or one header naming two mailboxes, gives more than one here, and the sender
 * check refuses it rather than picking one. Entries without an address (a bare display name, an
 * empty group) are no mailbox.
 */
export function fromMailboxes(raw: Uint8Array | string): FromMailbox[] {
  const mailboxes: FromMailbox[] = [];
  for (const value of headerValues(headerSection(raw), 'from')) {
    for (const entry of addressParser(value, { flatten: true })) {
      const email = entry.address?.trim().toLowerCase() ?? '';
      if (!email.includes('@')) continue;
      // A display name longer than any real one is cut: it is stored with the application.
      const name = entry.name?.trim().slice(0, MAX_NAME_CHARS).trimEnd() || null;
      mailboxes.push({ name, email });
    }
  }
  return mailboxes;
}
