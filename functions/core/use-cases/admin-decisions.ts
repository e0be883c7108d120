// Use-cases -> admin commands, decided: `allow ADDRESS`, `revoke ADDRESS` and `users` from a
// deploy-time admin, as pure functions from the roster and the command to the effects to apply
// (users.ts runs them) and what the admin is told. Deploy-time addresses are the deployment's:
// only a redeploy changes them.
import { CLOSED_RETENTION_DAYS } from '../application.ts';
import type { AllowedUser } from '../model.ts';

/** Who may use followup: the deploy-time addresses, then those admins allowed (the table). */
export interface Roster {
  /** `allowedSenders`, lower-cased. */
  deployTime: readonly string[];
  admins: readonly string[];
  allowed: readonly AllowedUser[];
}

export type AdminEffect =
  /** Writes the roster entry. */
  | { kind: 'allow'; user: AllowedUser }
  /** Mails the new user the welcome (the help), then marks the entry welcomed. */
  | { kind: 'welcome'; user: AllowedUser }
  /**
   * Closes the user's applications (pending drafts cancelled, schedules deleted), turns their
   * digest off, then removes the entry: last, so that a redelivery after a crash does it all again.
   */
  | { kind: 'revoke'; address: string };

/** What the admin is told, before the facts only the effects learn (how many closed). */
export type AdminAnswer =
  | { said: 'allowed'; address: string }
  | { said: 'already-allowed'; address: string; welcome: boolean }
  | { said: 'revoked'; address: string }
  | { said: 'not-allowed'; address: string }
  | { said: 'deploy-time'; address: string; verb: 'allow' | 'revoke' }
  | { said: 'not-an-address'; verb: 'allow' | 'revoke' }
  | { said: 'ours'; address: string }
  | { said: 'users' };

export interface AdminDecision {
  effects: AdminEffect[];
  answer: AdminAnswer;
}

const ADDRESS = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:.]+$/;

/** `<Dana@Mail.example>` -> `dana@mail.example`; null when it is no mail address. */
export function addressArgument(arg: string | null): string | null {
  const bare = (arg ?? '').trim().replace(/^<|>$/g, '').toLowerCase();
  return ADDRESS.test(bare) ? bare : null;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

export function decideAdminCommand(
  command: { verb: 'allow' | 'revoke' | 'users'; arg: string | null },
  roster: Roster,
  context: { admin: string; now: Date; ourAddresses: readonly string[] },
): AdminDecision {
  const { verb } = command;
  if (verb === 'users') return { effects: [], answer: { said: 'users' } };
  const address = addressArgument(command.arg);
  if (!address) return { effects: [], answer: { said: 'not-an-address', verb } };
  // Our own addresses as a user would answer our own mail: a loop, never a client.
  if (context.ourAddresses.some((ours) => domainOf(ours) === domainOf(address))) {
    return { effects: [], answer: { said: 'ours', address } };
  }
  if (roster.deployTime.includes(address) || roster.admins.includes(address)) {
    return { effects: [], answer: { said: 'deploy-time', address, verb } };
  }
  const entry = roster.allowed.find((user) => user.address === address);
  if (verb === 'revoke') {
    return entry
      ? { effects: [{ kind: 'revoke', address }], answer: { said: 'revoked', address } }
      : { effects: [], answer: { said: 'not-allowed', address } };
  }
  if (entry) {
    // Allowed, but the welcome never went out (it failed, or a crash came between): again.
    return entry.welcomed
      ? { effects: [], answer: { said: 'already-allowed', address, welcome: false } }
      : {
          effects: [{ kind: 'welcome', user: entry }],
          answer: { said: 'already-allowed', address, welcome: true },
        };
  }
  const user: AllowedUser = {
    address,
    allowedBy: context.admin.toLowerCase(),
    allowedAt: context.now.toISOString(),
    welcomed: false,
  };
  return {
    effects: [
      { kind: 'allow', user },
      { kind: 'welcome', user },
    ],
    answer: { said: 'allowed', address },
  };
}

/** What the effects found out: applications closed by a revoke; whether the welcome went. */
export interface AdminFacts {
  closed: number;
  welcomed: boolean;
}

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** The answer's subject line and its sentence. */
export function adminWording(
  answer: AdminAnswer,
  facts: AdminFacts,
): { headline: string; summary: string } {
  const welcome = facts.welcomed
    ? 'I mailed them a welcome with the commands.'
    : 'The welcome mail could not be sent (in the SES sandbox, verify their address first); allow them again to resend it.';
  switch (answer.said) {
    case 'allowed':
      return {
        headline: `allowed ${answer.address}`,
        summary: `Allowed ${answer.address}: their forwards and replies count from now on. ${welcome}`,
      };
    case 'already-allowed':
      return {
        headline: `${answer.address} was already allowed`,
        summary: `${answer.address} was already allowed: nothing changed.${answer.welcome ? ` ${welcome}` : ''}`,
      };
    case 'revoked':
      return {
        headline: `revoked ${answer.address}`,
        summary: `Revoked ${answer.address}: their mail is ignored from now on. ${plural(facts.closed, 'open application')} closed, every pending draft cancelled; closed applications are deleted after the usual retention (${CLOSED_RETENTION_DAYS} days).`,
      };
    case 'not-allowed':
      return {
        headline: `${answer.address} was not allowed`,
        summary: `${answer.address} was not on the list: nothing changed.`,
      };
    case 'deploy-time':
      return {
        headline: `${answer.address} is set at deploy time`,
        summary: `${answer.address} is set at deploy time (allowedSenders or admins): ${answer.verb === 'allow' ? 'already allowed, nothing changed' : 'remove it there and redeploy; nothing changed'}.`,
      };
    case 'not-an-address':
      return {
        headline: `${answer.verb} needs an address`,
        summary: `Nothing changed: write ${answer.verb} and one mail address, e.g. ${answer.verb} dana@mail.example.`,
      };
    case 'ours':
      return {
        headline: `${answer.address} is followup's own`,
        summary: `${answer.address} is in followup's own domain: it cannot be a user. Nothing changed.`,
      };
    case 'users':
      return { headline: 'users', summary: 'Everyone who may use followup:' };
  }
}
