// Writes decided on a version the handler holds (the firing's own claim, the application just
// created) lose to a newer version written meanwhile, and are decided again on it: nothing the
// other write did is lost, and nothing is mailed twice. A confirmation whose schedules were written
// only in part is completed by its redelivery, acknowledged once. (Adopted from the review of
// issue 13's performance round.)
import { describe, expect, it } from 'vitest';
import { revise } from '../../functions/core/application.ts';
import type { Application } from '../../functions/core/model.ts';
import { newMessages, testUsers } from '../support/correspondents.ts';
import { DEC_1_2026_7AM_NEW_YORK, readFixture } from '../support/fixtures.ts';
import { pastThankYou, startMemoryStack } from '../support/memory-stack.ts';

const users = testUsers('held', 4, []);

async function setup() {
  const stack = startMemoryStack({ FOLLOWUP_ALLOWED_SENDERS: users.allowed });
  stack.clock.set(DEC_1_2026_7AM_NEW_YORK);
  const user = users.someone();
  const from = newMessages('held@mail.gmail.example', () => stack.clock.now());
  const confirmation = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
  return { stack, user, from, confirmation };
}

describe('held copies losing to a newer version', () => {
  for (const when of ['hand', 'settle'] as const) {
    it(`a write landing before the firing's ${when} write is kept, the draft recorded once`, async () => {
      const { stack, user, from, confirmation } = await setup();
      await stack.open(user, from(confirmation, user));
      const save = stack.store.save.bind(stack.store);
      let interfered = 0;
      stack.store.save = async (application: Application) => {
        const m = application.milestones.find((x) => x.kind === 'thank-you');
        const isHand = !!(m?.sending && m.handedAt);
        const isSettle = m?.state === 'SENT' && !m.sending && (m.draft || m.sentAt);
        if (interfered === 0 && ((when === 'hand' && isHand) || (when === 'settle' && isSettle))) {
          interfered += 1;
          const stored = await stack.store.get(application.userId, application.id);
          if (stored) await save(revise(stored, stack.clock.now(), { notes: ['a note'] }));
        }
        return save(application);
      };
      const { thankYou, drafts } = await pastThankYou(stack, user);
      expect(interfered).toBe(1);
      expect(drafts).toHaveLength(1);
      const app = await stack.onlyApplication(user);
      expect(app.notes).toEqual(['a note']);
      const after = app.milestones.find((m) => m.id === thankYou?.id);
      expect(after).toMatchObject({ state: 'SENT' });
      expect(after?.sending).toBeUndefined();
      expect(after?.claimId).toBeUndefined();
    });
  }

  it('a write landing before the acknowledgment is remembered keeps both', async () => {
    const { stack, user, from, confirmation } = await setup();
    const save = stack.store.save.bind(stack.store);
    let interfered = 0;
    stack.store.save = async (application: Application) => {
      if (interfered === 0 && application.acknowledgedAt) {
        interfered += 1;
        const stored = await stack.store.get(application.userId, application.id);
        if (stored) await save(revise(stored, stack.clock.now(), { notes: ['a note'] }));
      }
      return save(application);
    };
    await stack.send(from(confirmation, user));
    expect(interfered).toBe(1);
    const app = await stack.onlyApplication(user);
    expect(app.notes).toEqual(['a note']);
    expect(app.acknowledgedAt).toBeDefined();
    expect(app.threadMessageIds.length).toBeGreaterThan(1);
  });

  it('a confirmation whose schedules were written in part: its redelivery writes them all and acknowledges once', async () => {
    const { stack, user, from, confirmation } = await setup();
    const upsert = stack.scheduler.upsert.bind(stack.scheduler);
    let fail = true;
    stack.scheduler.upsert = async (m) => {
      if (fail && m.ref.milestoneId.includes('thank-you')) throw new Error('refused');
      return upsert(m);
    };
    const mail = from(confirmation, user);
    await expect(stack.send(mail)).rejects.toThrow('refused');
    // The calls go at once: the refused one is missing, the others were written.
    const opened = await stack.onlyApplication(user);
    expect(await stack.schedulesOf(opened)).toHaveLength(opened.milestones.length - 1);
    expect(await stack.mailTo(user)).toEqual([]);
    fail = false;
    await stack.send(mail);
    const app = await stack.onlyApplication(user);
    expect((await stack.schedulesOf(app)).length).toBe(app.milestones.length);
    expect(await stack.mailTo(user)).toHaveLength(1);
  });
});
