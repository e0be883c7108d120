// Use-cases -> who may use followup: the addresses set at deploy time (allowedSenders, admins)
// and those admins allowed by mail, kept in the table so that a coaching team lets clients in and
// out without a redeploy. The sender check asks here; admin commands are decided in
// admin-decisions.ts and their effects applied here.
import { closedExpiry } from '../application.ts';
import * as changes from '../changes.ts';
import type { FromMailbox } from '../from-header.ts';
import { describeError } from '../logger.ts';
import type { RosterLine } from '../mail/index.ts';
import type { ApplicationStore } from '../ports.ts';
import {
  type AdminEffect,
  type AdminFacts,
  adminWording,
  decideAdminCommand,
  type Roster,
} from './admin-decisions.ts';
import { type ChangeDeps, changeApplication } from './change-application.ts';
import type { CommandOutcome } from './command-decisions.ts';
import type { Settings } from './deps.ts';
import { setDigest } from './digest.ts';
import { inUserLocale, updateProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

type UsersDeps = { store: ApplicationStore; settings: Settings };

const isAdmin = (settings: Settings, address: string) =>
  settings.admins.includes(address.trim().toLowerCase());

/** The help mail: an admin's lists the admin commands too. */
export async function sendHelp(deps: ChangeDeps, userId: string): Promise<void> {
  const admin = isAdmin(deps.settings, userId);
  await tellUser(deps, userId, null, (context) => deps.renderer.help({ context, admin }));
}

/** The deploy-time users: admins use followup too. */
const deployTimeUsers = (settings: Settings) => [
  ...new Set([...settings.allowedSenders, ...settings.admins]),
];

/**
 * The allowed senders to judge a message's From against: the deploy-time ones, and its one From
 * address when an admin allowed it (one GetItem, only for a From the deployment does not name).
 */
export async function sendersToJudge(
  deps: UsersDeps,
  from: readonly FromMailbox[],
): Promise<string[]> {
  const known = deployTimeUsers(deps.settings);
  const [only, ...others] = from;
  if (!only || others.length > 0 || known.includes(only.email)) return known;
  return (await deps.store.getAllowedUser(only.email)) ? [...known, only.email] : known;
}

/** Everyone who may use followup (a filter address names no user: its owner is among these). */
export async function everyUser(deps: UsersDeps): Promise<string[]> {
  const allowed = await deps.store.listAllowedUsers();
  return [...new Set([...deployTimeUsers(deps.settings), ...allowed.map((user) => user.address)])];
}

async function rosterOf(deps: UsersDeps): Promise<Roster> {
  return {
    deployTime: deps.settings.allowedSenders,
    admins: deps.settings.admins,
    allowed: await deps.store.listAllowedUsers(),
  };
}

function rosterLines(roster: Roster): RosterLine[] {
  return [
    ...roster.admins.map((address) => ({ address, how: 'admin, set at deploy time' })),
    ...roster.deployTime
      .filter((address) => !roster.admins.includes(address))
      .map((address) => ({ address, how: 'set at deploy time' })),
    ...roster.allowed.map((user) => ({
      address: user.address,
      how: `allowed by ${user.allowedBy} on ${user.allowedAt.slice(0, 10)} (UTC)`,
    })),
  ];
}

/**
 * `allow`, `revoke`, `users`: acted on only from a deploy-time admin (whose mail passed the same
 * checks as anyone's); from anyone else it is no command they know, so they get their help.
 */
export async function runAdminCommand(
  message: { userId: string; command: { verb: 'allow' | 'revoke' | 'users'; arg: string | null } },
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { userId } = message;
  if (!isAdmin(deps.settings, userId)) {
    deps.logger.warn('admin command ignored', { reason: 'not-an-admin' });
    await sendHelp(deps, userId);
    return 'answered';
  }
  const decision = decideAdminCommand(message.command, await rosterOf(deps), {
    admin: userId,
    now: deps.clock.now(),
    ourAddresses: [deps.settings.intakeAddress, deps.settings.fromAddress],
  });
  const facts: AdminFacts = { closed: 0, welcomed: false };
  for (const effect of decision.effects) await applyAdminEffect(effect, facts, deps);
  const { headline, summary } = adminWording(decision.answer, facts);
  const users = rosterLines(await rosterOf(deps));
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.roster({ headline, summary, users, context }),
  );
  deps.logger.info('admin command handled', { outcome: decision.answer.said, count: facts.closed });
  return 'answered';
}

async function applyAdminEffect(effect: AdminEffect, facts: AdminFacts, deps: ChangeDeps) {
  switch (effect.kind) {
    case 'allow':
      await deps.store.putAllowedUser(effect.user);
      // Allowed again within the retention of a revoke: their settings stay.
      await updateProfile(deps.store, effect.user.address, deps.clock.now(), (profile) => ({
        patch: profile?.expiresAt ? { expiresAt: null } : null,
        result: undefined,
      }));
      return;
    case 'welcome':
      try {
        // Written as the new user reads dates, not as the admin does.
        await inUserLocale(deps, effect.user.address, () =>
          tellUser(deps, effect.user.address, null, (context) =>
            deps.renderer.help({ context, welcome: true }),
          ),
        );
      } catch (error) {
        // In the SES sandbox an unverified address cannot be mailed: the user is allowed all
        // the same, and the admin is told (a second `allow` tries the welcome again).
        deps.logger.warn('welcome mail not sent', describeError(error));
        return;
      }
      await deps.store.putAllowedUser({ ...effect.user, welcomed: true });
      facts.welcomed = true;
      return;
    case 'revoke':
      facts.closed = await closeEverything(deps, effect.address);
      await deps.store.deleteAllowedUser(effect.address);
      // A forward accepted while the first pass ran may have opened one more: close it too.
      facts.closed += await closeEverything(deps, effect.address);
      return;
  }
}

/**
 * A revoked user's open (and paused) applications close: their pending milestones are cancelled
 * and their schedules deleted, and a closed application carries the TTL that deletes it after the
 * usual retention. Pausing would keep them, and their data, for good. The digest stops too, and
 * their profile takes the retention of a closed application.
 */
async function closeEverything(deps: ChangeDeps, userId: string): Promise<number> {
  const now = deps.clock.now();
  let closed = 0;
  for (const application of await deps.store.listByUser(userId)) {
    if (application.status === 'CLOSED') continue;
    const applied = await changeApplication(
      deps,
      { userId, applicationId: application.id },
      (current) => changes.close(current, now),
    );
    if (applied?.application.status === 'CLOSED') closed += 1;
  }
  await setDigest(deps, userId, false, false);
  await updateProfile(deps.store, userId, now, (profile) => ({
    patch: profile ? { expiresAt: closedExpiry(now.toISOString()) } : null,
    result: undefined,
  }));
  return closed;
}
