// Value-add that fits the role: the follow-up's offer by the role's family, from the one table of
// families; the user's `update:` wins over it.
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import {
  ROLE_FAMILIES,
  roleFamilyOf,
  roleOffer,
} from '../../../functions/core/mail/role-families.ts';
import type { Application } from '../../../functions/core/model.ts';
import { applicationFixture, contextFixture, interviewFixture } from './fixtures.ts';
import { draftInText } from './mime.ts';

const renderer = createMailRenderer({});

const titles: Array<[string | null, string]> = [
  ['Senior Backend Engineer', 'engineering'],
  ['Data Engineer', 'engineering'],
  ['Product Designer', 'design'],
  ['Data Scientist', 'data'],
  ['Clinical Data Analyst', 'data'],
  ['ICU Nurse Manager', 'clinical'],
  ['Physiotherapist', 'clinical'],
  ['Account Executive, Mid-Market', 'sales'],
  ['Supply Chain Coordinator', 'operations'],
  ['Year 5 Teacher', 'teaching'],
  ['Chief of Staff', 'neutral'],
  [null, 'neutral'],
];

async function followUp2(application: Application): Promise<string> {
  const [interview] = application.interviews;
  const milestone = application.milestones.find((entry) => entry.kind === 'follow-up-2');
  if (!interview || !milestone) throw new Error('no second follow-up in the fixture');
  const mail = await renderer.draft({
    application,
    milestone,
    interview,
    context: contextFixture(),
  });
  expect(mail.lint?.ok).toBe(true);
  return draftInText(mail.text);
}

const withRole = (role: string | null) => {
  const interview = interviewFixture({ role });
  return applicationFixture({ role, interviews: [interview] });
};

describe('role families', () => {
  it.each(titles)('reads %s as %s', (title, family) => {
    expect(roleFamilyOf(title)).toBe(family);
  });

  it('gives every family its own offer', () => {
    const offers = ROLE_FAMILIES.map((entry) => entry.offer);
    expect(new Set(offers).size).toBe(offers.length);
    expect(offers).not.toContain(roleOffer(null));
  });

  it('offers an ICU nurse manager her licences, not work samples', async () => {
    const text = await followUp2(withRole('ICU Nurse Manager'));
    expect(text).toContain(
      "I'm glad to share copies of my licence and certifications, or a reference from a clinical supervisor",
    );
    expect(text).not.toMatch(/work samples|code sample/);
  });

  it('offers a mechanical engineer drawings or test results, not code', () => {
    expect(roleFamilyOf('Mechanical Engineer II')).toBe('engineering');
    expect(roleOffer('Mechanical Engineer II')).toContain('drawings or test results');
    expect(roleOffer('Mechanical Engineer II')).not.toMatch(/code/);
    expect(roleOffer('Senior Backend Engineer')).toContain('code sample');
  });

  it('offers an engineer a code sample, and a role nobody named the neutral offer', async () => {
    expect(await followUp2(withRole('Staff Engineer'))).toContain(
      'a code sample or a short write-up',
    );
    expect(await followUp2(withRole(null))).toContain('examples of my work or references');
  });

  it("lets the user's update win over the offer", async () => {
    const application = {
      ...withRole('ICU Nurse Manager'),
      notes: ['update: I passed the CCRN exam'],
    };
    const text = await followUp2(application);
    expect(text).toContain("there's news since we spoke: I passed the CCRN exam.");
    expect(text).not.toContain('licence');
  });
});
