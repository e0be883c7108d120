// The acknowledgment tells what the reader inferred rather than read, and from where: real mail
// fixtures read by the real reader, rendered by the real templates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMailRenderer } from '../../../functions/core/mail/index.ts';
import { readingNotes } from '../../../functions/core/mail/system-views.ts';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { fixturePath } from '../../support/fixtures.ts';
import { applicationFixture, contextFixture, interviewFixture } from './fixtures.ts';

async function readingOf(name: string, defaultTimezone = 'America/New_York') {
  const raw = readFileSync(fixturePath(`mail/${name}`));
  return (await understandMessage(raw, { defaultTimezone })).reading;
}

describe('readingNotes', () => {
  it('names the signature a zone was taken from, and how to correct it', async () => {
    const notes = readingNotes(await readingOf('signature-office-zone.eml'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('America/Denver');
    expect(notes[0]).toContain("“Denver, CO” in the sender's signature");
    expect(notes[0]).toContain('`time: …`');
  });

  it('names the address of an in-person interview a zone was taken from', async () => {
    const notes = readingNotes(await readingOf('onsite-venue-zone.eml'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('America/Denver');
    expect(notes[0]).toMatch(/in person at “Denver, CO”/);
  });

  it("says when the time is the user's own zone, assumed", async () => {
    const notes = readingNotes(await readingOf('no-zone-default.eml', 'America/Chicago'));
    expect(notes.join('\n')).toMatch(/names none, so I assumed your own/);
  });

  it("says when the user's note corrected the forwarded time", async () => {
    const notes = readingNotes(await readingOf('note-corrects-time.eml'));
    expect(notes.join('\n')).toMatch(/from your note above the forward/);
  });

  it("shows a note's own sum that the mail's named zone overrules, and how to correct it", async () => {
    const notes = readingNotes(await readingOf('note-own-sum-across-dst-gap.eml', 'Europe/London'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('“3pm my time”');
    expect(notes[0]).toMatch(/I went by the mail; reply `time: …` if your note is right/);
  });

  it('says nothing of a zone written next to the time', async () => {
    expect(readingNotes(await readingOf('ats-via-vendor-noreply.eml'))).toEqual([]);
  });

  it('appear in the acknowledgment under "How I read it"', async () => {
    const renderer = createMailRenderer({});
    const mail = await renderer.acknowledgment({
      application: applicationFixture(),
      interview: interviewFixture(),
      missing: [],
      reading: await readingOf('signature-office-zone.eml'),
      context: contextFixture(),
    });
    expect(mail.text).toMatch(/How I read it\n {2}- Time zone .*Denver, CO/);
    expect(mail.html).toContain('How I read it');
  });
});
