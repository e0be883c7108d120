// Reading composed mail back the way a mail client would: postal-mime over the raw bytes.
import PostalMime, { type Email } from 'postal-mime';

export async function parseMail(raw: Uint8Array): Promise<Email> {
  return PostalMime.parse(raw);
}

export function header(email: Email, key: string): string[] {
  return email.headers
    .filter((entry) => entry.key === key.toLowerCase())
    .map((entry) => entry.value);
}

export function addressesOf(list: Email['to']): string[] {
  return (list ?? []).flatMap((entry) =>
    entry.address ? [entry.address] : (entry.group ?? []).map((member) => member.address),
  );
}

/** The `.eml` draft attached to a draft mail, parsed. */
export async function attachedDraft(email: Email): Promise<{ filename: string; draft: Email }> {
  const attachment = email.attachments.find((entry) => entry.filename?.endsWith('.eml'));
  if (!attachment) throw new Error('no .eml attachment');
  const content =
    typeof attachment.content === 'string'
      ? new TextEncoder().encode(attachment.content)
      : new Uint8Array(attachment.content as ArrayBuffer);
  return { filename: attachment.filename ?? '', draft: await PostalMime.parse(content) };
}

/** The draft as the text part shows it, between the two rulers. */
export function draftInText(text: string): string {
  const parts = text.split(/^-{72}$/m);
  if (parts.length < 3) throw new Error('no draft between rulers in the text part');
  return (parts[1] ?? '').trim();
}

/** Header block of the raw message, unfolded, for checks no parser would normalise away. */
export function rawHeaderBlock(raw: Uint8Array): string {
  const text = Buffer.from(raw).toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  return text.slice(0, end === -1 ? text.length : end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text an HTML attribute or text node stands for. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every href in the HTML, decoded. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}
