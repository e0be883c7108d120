// Reply addresses: every followup mail carries Reply-To `<intake local>+<token>@<domain>`. The
// token names the application and an HMAC over it with the deployment's secret, so nobody can
// forge commands for someone else's application.
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAC_LENGTH = 16;

export interface ReplyToken {
  applicationId: string;
  userId: string;
}

function mac(secret: string, applicationId: string, userId: string): string {
  return createHmac('sha256', secret)
    .update(`${applicationId}\n${userId.toLowerCase()}`)
    .digest('base64url')
    .slice(0, MAC_LENGTH)
    .toLowerCase();
}

/** `<applicationId>.<mac>`: lower-case so mail systems that fold case keep it valid. */
export function encodeReplyToken(token: ReplyToken, secret: string): string {
  return `${token.applicationId}.${mac(secret, token.applicationId, token.userId)}`;
}

/** The application a token names, if its MAC is valid for this user. */
export function verifyReplyToken(text: string, userId: string, secret: string): string | null {
  const match = /^([a-z0-9]{1,40})\.([a-z0-9_-]{16})$/.exec(text.toLowerCase());
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(secret, match[1], userId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

/**
 * A signed tag of its own kind, `<prefix><id>.<mac>`: the MAC input carries `<kind>:`, and no
 * application id has a `:`, so one kind can never pass for another or for a reply token.
 */
function encodeSigned(prefix: string, id: string, userId: string, secret: string): string {
  return `${prefix}${id}.${mac(secret, `${prefix.slice(0, -1)}:${id}`, userId)}`;
}

function verifySigned(
  prefix: string,
  idPattern: string,
  text: string,
  userId: string,
  secret: string,
): string | null {
  const match = new RegExp(`^${prefix}(${idPattern})\\.([a-z0-9_-]{16})$`).exec(text.toLowerCase());
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(secret, `${prefix.slice(0, -1)}:${match[1]}`, userId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

const FORGET_PREFIX = 'forget-';

/** The address a `forget` request's confirmation must be replied to: `forget-<nonce>.<mac>`. */
export function encodeForgetToken(nonce: string, userId: string, secret: string): string {
  return encodeSigned(FORGET_PREFIX, nonce, userId, secret);
}

/** The nonce of a forget token, if its MAC is valid for this user. */
export function verifyForgetToken(text: string, userId: string, secret: string): string | null {
  return verifySigned(FORGET_PREFIX, '[a-z0-9]{8,40}', text, userId, secret);
}

export const isForgetToken = (text: string) => text.toLowerCase().startsWith(FORGET_PREFIX);

const FILTER_PREFIX = 'f-';

/**
 * A user's filter address, where their mail provider forwards employer mail: `f-<mac>`. It names
 * no user (the address travels in forwarded headers); the owner is the allowed sender whose MAC
 * it is. The MAC input carries a `:`, so it can never pass for a reply or forget token.
 */
export function encodeFilterToken(userId: string, secret: string): string {
  return `${FILTER_PREFIX}${mac(secret, 'filter:', userId)}`;
}

export const isFilterToken = (text: string) => text.toLowerCase().startsWith(FILTER_PREFIX);

/** The allowed sender a filter token belongs to, if any. */
export function filterTokenOwner(
  text: string,
  users: readonly string[],
  secret: string,
): string | null {
  const match = /^f-([a-z0-9_-]{16})$/.exec(text.toLowerCase());
  if (!match?.[1]) return null;
  const given = Buffer.from(match[1]);
  for (const user of users) {
    const expected = Buffer.from(mac(secret, 'filter:', user));
    if (expected.length === given.length && timingSafeEqual(expected, given)) {
      return user.toLowerCase();
    }
  }
  return null;
}

const STOP_PREFIX = 'stop-';

/**
 * The List-Unsubscribe target, `stop-<id>.<mac>`: any mail the user sends to it means stop, for
 * the application it names (or for the reserved digest id, the weekly digest), whatever it says.
 */
export function encodeStopToken(id: string, userId: string, secret: string): string {
  return encodeSigned(STOP_PREFIX, id, userId, secret);
}

/** The application (or reserved) id a stop token names, if its MAC is valid for this user. */
export function verifyStopToken(text: string, userId: string, secret: string): string | null {
  return verifySigned(STOP_PREFIX, '[a-z0-9]{1,40}', text, userId, secret);
}

export const isStopToken = (text: string | null | undefined) =>
  !!text && text.toLowerCase().startsWith(STOP_PREFIX);

export function replyAddress(intakeAddress: string, token: string): string {
  const at = intakeAddress.lastIndexOf('@');
  return `${intakeAddress.slice(0, at)}+${token}${intakeAddress.slice(at)}`;
}

/** The `+tag` of an intake address, or null for the bare intake address or a foreign one. */
export function tagOf(recipient: string, intakeAddress: string): string | null | undefined {
  const [local = '', domain = ''] = recipient.toLowerCase().split('@');
  const [intakeLocal = '', intakeDomain = ''] = intakeAddress.toLowerCase().split('@');
  if (domain !== intakeDomain) return undefined;
  if (local === intakeLocal) return null;
  return local.startsWith(`${intakeLocal}+`) ? local.slice(intakeLocal.length + 1) : undefined;
}
