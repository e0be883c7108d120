// The wording helpers behind the templates: names, the specific reference, links, file names, and
// how to answer for each piece the reader could not find.
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import { formatRange } from '../../../functions/core/mail/time.ts';
import {
  answersFor,
  draftFilename,
  firstNameOf,
  mailtoLink,
  plainAddress,
} from '../../../functions/core/mail/views.ts';
import { contextFixture } from './fixtures.ts';

describe('wording helpers', () => {
  it('greets by first name, keeping a title with the surname', () => {
    expect(firstNameOf("Zoë O'Brien")).toBe('Zoë');
    expect(firstNameOf('  José   Álvarez-Núñez ')).toBe('José');
    expect(firstNameOf('Dr. Amara Okafor')).toBe('Dr. Amara Okafor');
    expect(firstNameOf('李小龙')).toBe('李小龙');
  });

  it('builds an RFC 6068 mailto link that round-trips the draft', () => {
    const body = "Hi Zoë,\n\nThank you (really) — it's been great!\n\nBest,";
    const link = mailtoLink('dana+jobs@acme.example', 'Thank you & more', body);
    expect(link).toMatch(/^mailto:dana%2Bjobs@acme\.example\?subject=/);
    expect(link).not.toMatch(/[\s'()!*]/);
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Thank you & more');
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(mailtoLink(null, 'x', 'y')).toBe('mailto:?subject=x&body=y');
  });

  it('names attachments in ASCII', () => {
    expect(draftFilename('thank-you', "Zoë O'Brien")).toBe('thank-you-zoe-o-brien.eml');
    expect(draftFilename('follow-up-1', '李小龙')).toBe('follow-up-1.eml');
    expect(draftFilename('thank-you', null)).toBe('thank-you.eml');
  });

  it('takes only a plain mailbox as an address', () => {
    expect(plainAddress(' dana@acme.example ')).toBe('dana@acme.example');
    expect(plainAddress('dana@acme.example\r\nBcc: x@evil.example')).toBeNull();
    expect(plainAddress('Dana <dana@acme.example>')).toBeNull();
    expect(plainAddress('a@acme.example, b@evil.example')).toBeNull();
    expect(plainAddress('dana@localhost')).toBeNull();
  });

  it("answers each of the reader's missing pieces with a command line to reply with", () => {
    expect(answersFor(['date and time', 'time', 'interviewer'])).toEqual([
      { what: 'date and time', example: 'time: Tue 14 Apr 3pm ET' },
      { what: 'interviewer', example: 'interviewer: Dana Lee <dana@acme.example>' },
    ]);
  });

  it('shows an interview as one range with its zone', () => {
    expect(
      formatRange('2026-04-14T10:45:00-07:00', '2026-04-14T11:45:00-07:00', 'America/Los_Angeles'),
    ).toBe('Tue, Apr 14, 10:45 AM–11:45 AM PT');
    expect(
      formatRange('2026-04-14T23:30:00+02:00', '2026-04-15T00:30:00+02:00', 'Europe/Berlin'),
    ).toBe('Tue, 14 Apr, 23:30–Wed, 15 Apr, 00:30 CEST');
    expect(formatRange('2026-04-14T10:00:00Z', null, 'Not/AZone')).toMatch(
      /^Tue 14 Apr 2026, 10:00/,
    );
  });

  it('says what the unreadable mail is missing in plain words', async () => {
    const renderer = createMailRenderer({});
    const context = contextFixture();
    const both = await renderer.unreadable({
      missing: ['an interview date and time', 'the company'],
      context,
    });
    expect(both.subject).toBe('I could not find an interview date and time or the company');
    const none = await renderer.unreadable({ missing: [], context });
    expect(none.subject).toBe('I could not find the interview details');
    expect(none.text).toContain('time: Tue 14 Apr 3pm ET');
  });
});
