// Recipients on the in-memory ports: a forwarded confirmation from a recruiter (interviewer
// in Cc) gives a thank-you to the interviewer and a first follow-up to the recruiter, with the
// interviewer in Cc of the attached .eml and of the mailto: link alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { understandMessage } from '../../functions/core/understand/index.ts';
import { DAY, readFixture } from '../support/fixtures.ts';
import { type MemoryStack, startMemoryStack } from '../support/memory-stack.ts';
import { addressesOf, attachedDraft, decodeEntities, hrefs } from '../unit/mail/mime.ts';

describe('draft recipients, end to end', () => {
  let stack: MemoryStack;
  beforeAll(async () => {
    stack = startMemoryStack();
  });

  it('thank-you to the interviewer; follow-up to the recruiter who wrote, interviewer in Cc', async () => {
    const confirmation = await readFixture('mail/confirmation-simple.eml');
    const { reading } = await understandMessage(confirmation, { defaultTimezone: 'UTC' });
    stack.clock.set(new Date(Date.parse(reading.interview?.start ?? '') - 3 * DAY));
    expect(await stack.send(confirmation)).toBe('application-opened');
    await stack.advance(12 * DAY);
    const mails = await stack.mail();
    const subjects = mails.map((mail) => mail.subject).join(' | ');
    const thankYou = mails.find((mail) => /^Ready to send: thank-you/.test(mail.subject ?? ''));
    const followUp = mails.find((mail) => /^Ready to send: .*follow-up/i.test(mail.subject ?? ''));
    expect(thankYou, subjects).toBeDefined();
    expect(followUp, subjects).toBeDefined();
    if (!thankYou || !followUp) return;

    const thanks = (await attachedDraft(thankYou)).draft;
    expect(addressesOf(thanks.to)).toEqual(['dana.lee@harborviewlabs.example']);
    expect(addressesOf(thanks.cc)).toEqual([]);

    const nudge = (await attachedDraft(followUp)).draft;
    expect(addressesOf(nudge.to)).toEqual(['jamie.chen@harborviewlabs.example']);
    expect(addressesOf(nudge.cc)).toEqual(['dana.lee@harborviewlabs.example']);
    const link = hrefs(followUp.html ?? '').find((href) => href.startsWith('mailto:')) ?? '';
    const mailto = new URL(decodeEntities(link));
    expect(decodeURIComponent(mailto.pathname)).toBe('jamie.chen@harborviewlabs.example');
    expect(mailto.searchParams.get('cc')).toBe('dana.lee@harborviewlabs.example');
  });
});
