// Test support -> in-memory ApplicationStore: the DynamoDB adapter's contract (conditional writes
// on `version`, case-blind user keys, leases that a later attempt takes over once they ran out)
// in a Map, proven equal to it by tests/contracts/store.contract.ts.
import { ConcurrentUpdateError } from '../../../functions/core/errors.ts';
import type { AllowedUser, Application, UserProfile } from '../../../functions/core/model.ts';
import type { ApplicationStore } from '../../../functions/core/ports.ts';

type MessageRecord =
  | { status: 'CLAIMED' }
  | { status: 'IN_PROGRESS'; leaseUntil: number }
  | { status: 'DONE' };

/** A copy as DynamoDB keeps it: no shared references, undefined members dropped. */
function stored<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface MemoryStore extends ApplicationStore {
  /** Every application of every user, for tests that look across users. */
  all(): Application[];
}

export function createMemoryStore(): MemoryStore {
  // user (lower case) -> application id -> application; the profile apart.
  const applications = new Map<string, Map<string, Application>>();
  const profiles = new Map<string, UserProfile>();
  const messages = new Map<string, MessageRecord>();
  // Message-ID -> the application its command acted on (null: none); apart, as releases keep it.
  const routes = new Map<string, string | null>();
  // address (lower case) -> the admin's entry.
  const roster = new Map<string, AllowedUser>();
  // user (lower case) -> raw-mail keys recorded for them.
  const rawMail = new Map<string, Set<string>>();

  const userKey = (userId: string) => userId.toLowerCase();
  const ofUser = (userId: string) => {
    const key = userKey(userId);
    let mine = applications.get(key);
    if (!mine) {
      mine = new Map();
      applications.set(key, mine);
    }
    return mine;
  };

  return {
    all: () => [...applications.values()].flatMap((mine) => [...mine.values()].map(stored)),

    async get(userId, applicationId) {
      const application = applications.get(userKey(userId))?.get(applicationId);
      return application && stored(application);
    },

    async listByUser(userId) {
      const mine = applications.get(userKey(userId));
      // In key order, as a DynamoDB Query on the user's partition returns them.
      return [...(mine?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)).map(stored);
    },

    async create(application) {
      const mine = ofUser(application.userId);
      if (mine.has(application.id)) {
        throw new ConcurrentUpdateError(`application ${application.id} already exists`);
      }
      mine.set(application.id, stored(application));
    },

    async save(application) {
      const mine = ofUser(application.userId);
      if (mine.get(application.id)?.version !== application.version - 1) {
        throw new ConcurrentUpdateError(`application ${application.id} changed meanwhile`);
      }
      mine.set(application.id, stored(application));
    },

    async getProfile(userId) {
      const profile = profiles.get(userKey(userId));
      return profile && stored(profile);
    },

    async saveProfile(profile) {
      const version = profile.version ?? 1;
      const current = profiles.get(userKey(profile.userId));
      const fits =
        version === 1 ? current?.version === undefined : current?.version === version - 1;
      if (!fits) throw new ConcurrentUpdateError('the profile changed meanwhile');
      profiles.set(userKey(profile.userId), stored({ ...profile, version }));
    },

    async deleteUser(userId) {
      const count = applications.get(userKey(userId))?.size ?? 0;
      applications.delete(userKey(userId));
      profiles.delete(userKey(userId));
      rawMail.delete(userKey(userId));
      return count;
    },

    async getAllowedUser(address) {
      const user = roster.get(userKey(address));
      return user && stored(user);
    },

    async putAllowedUser(user) {
      const address = userKey(user.address);
      roster.set(address, stored({ ...user, address }));
    },

    async deleteAllowedUser(address) {
      roster.delete(userKey(address));
    },

    async listAllowedUsers() {
      // In key order, as the Query on the roster's partition returns them.
      return [...roster.values()].sort((a, b) => (a.address < b.address ? -1 : 1)).map(stored);
    },

    async recordRawMail(userId, key) {
      rawMail.set(userKey(userId), new Set([...(rawMail.get(userKey(userId)) ?? []), key]));
    },

    async rawMailOf(userId) {
      return [...(rawMail.get(userKey(userId)) ?? [])].sort();
    },

    async claimMessage(messageId) {
      if (messages.has(messageId)) return false;
      messages.set(messageId, { status: 'CLAIMED' });
      return true;
    },

    async leaseMessage(messageId, lease) {
      const record = messages.get(messageId);
      if (!record || (record.status === 'IN_PROGRESS' && record.leaseUntil < lease.now.getTime())) {
        messages.set(messageId, { status: 'IN_PROGRESS', leaseUntil: lease.leaseUntil.getTime() });
        return 'claimed';
      }
      // DONE, or a one-shot claim: handled.
      return record.status === 'IN_PROGRESS' ? 'in-progress' : 'done';
    },

    async completeMessage(messageId) {
      messages.set(messageId, { status: 'DONE' });
    },

    async releaseMessage(messageId) {
      messages.delete(messageId);
    },

    async routeMessage(messageId, applicationId) {
      if (!routes.has(messageId)) routes.set(messageId, applicationId);
      return routes.get(messageId) ?? null;
    },
  };
}
