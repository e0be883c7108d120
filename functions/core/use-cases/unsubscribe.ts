// Inbound use-case -> the mail client's unsubscribe button: any mail the user sends to a signed
// stop address (List-Unsubscribe) closes the application it names, or turns the weekly digest off
// for the digest's reserved id, whatever the mail says (often nothing, or "unsubscribe"). Nothing
// is mailed back: the button means "no more mail about this", and `status` shows the result.
import * as changes from '../changes.ts';
import { DIGEST_APPLICATION_ID } from '../model.ts';
import { type ChangeDeps, changeApplication } from './change-application.ts';
import { setDigest } from './digest.ts';

export type UnsubscribeOutcome = 'application-closed' | 'unchanged' | 'ignored';

export async function unsubscribe(
  deps: ChangeDeps,
  userId: string,
  id: string,
): Promise<UnsubscribeOutcome> {
  if (id === DIGEST_APPLICATION_ID) {
    await setDigest(deps, userId, false, false);
    return 'unchanged';
  }
  const now = deps.clock.now();
  let wasOpen = false;
  const result = await changeApplication(deps, { userId, applicationId: id }, (application) => {
    wasOpen = application.status !== 'CLOSED';
    return changes.close(application, now);
  });
  if (!result) {
    deps.logger.warn('unsubscribe for a missing application', { applicationId: id });
    return 'ignored';
  }
  deps.logger.info('application closed by unsubscribe', { applicationId: id });
  return wasOpen ? 'application-closed' : 'unchanged';
}
