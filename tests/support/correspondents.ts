// Test support: the users a suite writes as, and real mail made into their new messages.
import { LOCAL_INTAKE_ADDRESS } from '../../local/defaults.ts';

export const INTAKE = LOCAL_INTAKE_ADDRESS;

/**
 * `count` users `<prefix>N@example.net`, all allowed (`allowed` is FOLLOWUP_ALLOWED_SENDERS);
 * `someone()` hands out the next unused one, so the tests of one suite never share mail or data.
 */
export function testUsers(prefix: string, count: number, first: string[] = []) {
  const all = [
    ...first,
    ...Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@example.net`),
  ];
  let next = first.length;
  return { all, allowed: all.join(','), someone: () => all[next++] ?? 'nobody@example.net' };
}

/** A real mail made a new message from `from`: its sender, Message-ID and, given one, its Date. */
export function asNewMessage(
  raw: string,
  message: { from: string; messageId: string; date?: Date },
): string {
  const mail = raw
    .replace(/^From: .*$/m, `From: ${message.from}`)
    .replace(/^Message-I[dD]: <[^>]+>/m, `Message-ID: <${message.messageId}>`);
  return message.date ? mail.replace(/^Date: .*$/m, `Date: ${message.date.toUTCString()}`) : mail;
}

/**
 * Makes real mail into numbered new messages (`<prefix>-N@<domain>`) from a suite's users; dated
 * by `now` when given, so that the reader takes them as written at the clock's time.
 */
export function newMessages(prefix: string, now?: () => Date) {
  const [label, domain] = prefix.split('@');
  let sent = 0;
  return (raw: string, user: string) =>
    asNewMessage(raw, {
      from: user,
      messageId: `${label}-${++sent}@${domain ?? 'mail.example'}`,
      ...(now ? { date: now() } : {}),
    });
}
