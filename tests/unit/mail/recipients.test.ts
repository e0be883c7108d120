// Who each draft goes to, read back from the composed mail with a real MIME parser: thank-yous to
// each interviewer; follow-ups to the recruiter who wrote, interviewers in Cc; the .eml and the
// mailto: link carry the same To and Cc.
import { describe, expect, it } from 'vitest';
import { contactOf } from '../../../functions/core/application.ts';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import type { Milestone, Person } from '../../../functions/core/model.ts';
import { applicationFixture, contextFixture, dana, interviewFixture, sam } from './fixtures.ts';
import { addressesOf, attachedDraft, decodeEntities, hrefs, parseMail } from './mime.ts';

const renderer = createMailRenderer({});
const jamie: Person = { name: 'Jamie Chen', email: 'jamie.chen@acme.example' };
const kim: Person = { name: 'Kim Ng', email: 'kim.ng@acme.example' };

async function draftOf(kind: Milestone['kind'], contact: Person | null, index = 0) {
  const interview = interviewFixture({ interviewers: [dana, kim, sam], contact });
  const application = applicationFixture({ interviews: [interview] });
  const milestone = application.milestones.filter((entry) => entry.kind === kind)[index];
  if (!milestone) throw new Error(`no ${kind} milestone`);
  const mail = await renderer.draft({
    application,
    milestone,
    interview,
    context: contextFixture(),
  });
  const email = await parseMail(mail.raw);
  const { draft } = await attachedDraft(email);
  const link = hrefs(email.html ?? '').find((href) => href.startsWith('mailto:')) ?? '';
  const mailto = new URL(decodeEntities(link));
  return {
    text: email.text ?? '',
    eml: { to: addressesOf(draft.to), cc: addressesOf(draft.cc) },
    mailto: {
      to: decodeURIComponent(mailto.pathname),
      cc: mailto.searchParams.get('cc')?.split(',').filter(Boolean) ?? [],
    },
  };
}

describe('recipients', () => {
  it('a thank-you goes to its interviewer only, never the recruiter', async () => {
    const first = await draftOf('thank-you', jamie, 0);
    const second = await draftOf('thank-you', jamie, 1);
    expect(first.eml).toEqual({ to: [dana.email], cc: [] });
    expect(second.eml).toEqual({ to: [kim.email], cc: [] });
    expect(first.mailto).toEqual({ to: dana.email, cc: [] });
  });

  it('a follow-up goes to the recruiter who wrote, interviewers with a known address in Cc', async () => {
    for (const kind of ['follow-up-1', 'follow-up-2'] as const) {
      const draft = await draftOf(kind, jamie);
      expect(draft.eml, kind).toEqual({ to: [jamie.email], cc: [dana.email, kim.email] });
      expect(draft.mailto, kind).toEqual({ to: jamie.email, cc: [dana.email, kim.email] });
      expect(draft.text).toContain('To:      Jamie Chen <jamie.chen@acme.example>');
      expect(draft.text).toContain(`Cc:      Dana Lee <${dana.email}>, Kim Ng <${kim.email}>`);
    }
  });

  it('without a recruiter’s address, a follow-up goes to the interviewer as before', async () => {
    const draft = await draftOf('follow-up-1', null);
    expect(draft.eml).toEqual({ to: [dana.email], cc: [] });
    expect(draft.mailto).toEqual({ to: dana.email, cc: [] });
    expect(draft.text).not.toMatch(/^Cc:/m);
  });
});

describe('contactOf', () => {
  it('is who wrote the confirmation, but never the user nor a no-reply mailbox', () => {
    expect(contactOf({ name: 'Jamie Chen', email: 'jamie@acme.example' }, 'sam@x.example')).toEqual(
      { name: 'Jamie Chen', email: 'jamie@acme.example' },
    );
    expect(contactOf({ name: 'Sam', email: 'SAM@x.example' }, 'sam@x.example')).toBeNull();
    expect(contactOf({ name: 'Acme', email: 'no-reply@greenhouse.example' }, 'a@b.c')).toBeNull();
    expect(contactOf({ name: null, email: 'donotreply@acme.example' }, 'a@b.c')).toBeNull();
    expect(contactOf(null, 'a@b.c')).toBeNull();
  });
});
