// Use-cases -> drafts in flight: a stop, pause or employer reply that lands while a milestone's
// draft is being mailed waits for that mail to be out before it confirms, so the user never gets
// a draft after being told nothing more will come.
import { setTimeout as sleep } from 'node:timers/promises';
import { SEND_LEASE_MS } from '../application.ts';
import type { Application, Milestone } from '../model.ts';
import type { CommonDeps } from './deps.ts';

const POLL_MS = 25;

export function sendsInFlight(application: Application, now: Date): Milestone[] {
  return application.milestones.filter(
    (m) =>
      m.state === 'SENT' &&
      m.sending === true &&
      now.getTime() - Date.parse(m.sentAt ?? '') < SEND_LEASE_MS,
  );
}

/**
 * The application once no draft of it is being mailed any more (re-read from the store), or as
 * it is when nothing was in flight. Bounded by the lease, in real time as well as on the clock.
 */
export async function afterSendsInFlight(
  deps: CommonDeps,
  application: Application,
): Promise<Application> {
  let current = application;
  const deadline = Date.now() + SEND_LEASE_MS;
  while (sendsInFlight(current, deps.clock.now()).length > 0) {
    if (Date.now() > deadline) {
      deps.logger.warn('a draft stayed in flight past its lease', { applicationId: current.id });
      return current;
    }
    await sleep(POLL_MS);
    const latest = await deps.store.get(current.userId, current.id);
    if (!latest) return current;
    current = latest;
  }
  return current;
}
