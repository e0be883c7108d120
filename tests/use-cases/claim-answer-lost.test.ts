// A milestone's claim stored while its answer was lost, and another write to the application
// landing before the store client's retry: the retry's condition fails against that other write,
// so it reads as a concurrent change. The firing still knows the claim as its own (`claimId`) and
// sends the draft, once. Before, it took the claim for another firing's and sent nothing; the
// draft waited, held, for the doctor. In-memory ports (the same store contract as DynamoDB's).
import { describe, expect, it } from 'vitest';
import { revise } from '../../functions/core/application.ts';
import { ConcurrentUpdateError } from '../../functions/core/errors.ts';
import type { Application } from '../../functions/core/model.ts';
import { newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { pastThankYou, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('claim-lost', 2, []);

describe('a claim whose answer was lost', () => {
  it("is still the firing's own after a concurrent write: the draft goes out once", async () => {
    const stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
    stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
    const user = users.someone();
    const from = newMessages('claim-lost@mail.gmail.example', () => stack.clock.now());
    const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    await stack.open(user, from(confirmation, user));

    const save = stack.store.save.bind(stack.store);
    let interfered = 0;
    stack.store.save = async (application: Application) => {
      const claiming = application.milestones.some((m) => m.sending && !m.handedAt);
      if (!claiming || interfered > 0) return save(application);
      interfered += 1;
      await save(application); // stored...
      // ...another write lands before the retry (a note, say)...
      const stored = await stack.store.get(application.userId, application.id);
      if (stored) await save(revise(stored, stack.clock.now(), { notes: ['a note'] }));
      // ...and the retry's condition fails against it.
      throw new ConcurrentUpdateError('changed meanwhile');
    };

    const { thankYou, drafts } = await pastThankYou(stack, user);

    expect(interfered).toBe(1);
    expect(drafts).toHaveLength(1);
    const after = (await stack.onlyApplication(user)).milestones.find((m) => m.id === thankYou?.id);
    expect(after).toMatchObject({ state: 'SENT' });
    expect(after?.sending).toBeUndefined();
    expect(after?.claimId).toBeUndefined();
  });
});
