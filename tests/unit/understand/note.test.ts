// The user's note above a forward as a second witness of the interview time: it confirms,
// corrects, contradicts, or says nothing, in the words people write such notes.
import { describe, expect, it } from 'vitest';
import { doubtsTheZone, weighNote } from '../../../functions/core/understand/note.ts';

// The forward is sent on Tuesday 8 Dec 2026, 19:30 in New York.
const options = { userZone: 'America/New_York', reference: new Date('2026-12-09T00:30:00Z') };
const start = '2026-12-10T09:00:00+09:00'; // Thu 10 Dec 09:00 in Tokyo = Wed 9 Dec 19:00 in New York

describe('weighNote', () => {
  it.each([
    ['Wednesday 7pm my time (Thursday morning in Tokyo)'],
    ['tokyo interview, 7pm for me'],
    ['Dec 9 at 19:00 ET'],
    ['that is 9am JST, fine'],
    ["that's 9am his time (he's in Tokyo)"],
    ['9am her time (she is based in Tokyo)'],
  ])('"%s" confirms', (note) => {
    expect(weighNote(note, start, options)).toEqual({ verdict: 'confirms' });
  });

  it('confirms the slot a note says after a move by an amount ("an hour - 3pm" is no range)', () => {
    const local = '2026-12-10T15:00:00-05:00';
    expect(weighNote('Pushed back an hour - 3pm now, same link.', local, options)).toEqual({
      verdict: 'confirms',
    });
  });

  it("places a clock 'for her' where its sentence says she is", () => {
    expect(
      weighNote(
        "Interview now 3pm for her - she's in London.",
        '2026-12-10T09:00:00-05:00',
        options,
      ),
    ).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T15:00:00+00:00',
      timezone: 'Europe/London',
    });
  });

  it('takes no correction from a clock asked about, nor a rating after "now"', () => {
    const local = '2026-12-10T09:00:00-05:00';
    for (const note of ['Interview now 10.30? Need to check with Dana.', 'Interview now 10:30?'])
      expect(weighNote(note, local, options).verdict, note).not.toBe('corrects');
    expect(weighNote('Glassdoor rating now 4.30 after the reorg', local, options).verdict).toBe(
      'silent',
    );
  });

  it('a note with a correction word gives the new time, on the original day in its zone', () => {
    expect(weighNote('the 9:00 was a typo, it is actually 10:30 JST', start, options)).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T10:30:00+09:00',
      timezone: 'Asia/Tokyo',
    });
  });

  it.each([
    ["Recruiter rang, Kenji's stuck in a meeting so it's 10:30 JST now"],
    ['10:30 JST instead, same day'],
    ['they pushed it to 10:30 JST'],
    ["Kenji's assistant wrote to push this to 10:30 JST, same length"],
    ['They are shifting it to 10:30 JST.'],
    ['Kenji rang this morning - now 10:30 JST not 9, same place'],
    ['10:30 JST, not 9:00 - Kenji rang'],
    ['Interview now 10:30 JST'],
    ["Kenji rang, it's now 10:30 JST"],
    ['10:30 JST not 9 as originally planned'],
    ['Interview is now 10:30 JST - here is the new invite'],
    ['Had coffee with Kenji; interview now 10:30 JST'],
    ['Kenji said now 10:30 JST'],
    ["It's now 10:30 JST"],
    ["Heads up, it's now 10:30 JST"],
    ["That's now 10:30 JST"],
    ["Kenji said he'd send the link. Now 10:30 JST"],
  ])('"%s" corrects, the correction word before or after the time', (note) => {
    expect(weighNote(note, start, options)).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T10:30:00+09:00',
      timezone: 'Asia/Tokyo',
    });
  });

  it.each([
    ['Asked if we could do 10:30 JST instead - waiting to hear back'],
    ['I would prefer 10:30 JST instead, will ask Kenji'],
    ['Tried to get it pushed to 10:30 JST, no luck.'],
    ['I pushed for 10:30 JST but they could not do it.'],
    ['Bumped into Kenji at 10:30 JST, he says hi'],
    ['Need to be up by 10:30 JST now that I think of it'],
    ['Might have to push this to 10:30 JST, will confirm once Kenji replies.'],
    ['I may need to shift it to 10:30 JST because of the school run.'],
    ['Pushing it to 10:30 JST, waiting to hear back.'],
    ["I'm in Tokyo now, 10:30 JST lunch with Kenji after"],
    ["I'm in Osaka this week - it's now 10:30 JST here, interview is the 9:00 below"],
    ['Heads up: lunch with Kenji now 10:30 JST, interview as below'],
    ['Interview Thursday at 10:30 JST, not 100% sure the zone is right though'],
    // "now" of the moment the user writes, not of the interview.
    ["It's now 11pm, sorry for the late forward"],
    ['Sending this now 8pm, interview below'],
    ["It's now 9pm, sorry for the late forward - all details below."],
    ["It's now 7.30am and I'm heading out - interview below."],
    ["Jane confirmed everything, it's now 11pm so off to bed"],
    ['Emailed Jane back; it is now 10pm and still nothing from her'],
    ['Told me to forward this now 9pm'],
    ["I'm in London this week - it's now 10:30 GMT, will sort the rest tomorrow"],
    ['Forwarding from the airport in Paris: it is now 10:30 CET, boarding soon'],
  ])('"%s" asks, it corrects nothing: a request, a try, or no correction word', (note) => {
    expect(weighNote(note, start, options).verdict).toBe('contradicts');
  });

  it("takes 'now' on the user's own clock as news only when it is the interview's clock too", () => {
    const local = '2026-12-10T09:00:00-05:00';
    expect(
      weighNote(
        "Natalie rang - the panel is running behind so it's now 10am, same place.",
        local,
        options,
      ),
    ).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T10:00:00-05:00',
      timezone: 'America/New_York',
    });
    expect(weighNote("It's now 7.30pm, sorry for the late forward", local, options).verdict).toBe(
      'contradicts',
    );
    // The moment the user writes, on their own clock, named or not, is no news.
    for (const note of [
      'it is now 11:15 EST, forwarding before my next meeting',
      'Sorry for the delay - now 10:15 ET, see below',
      'Forwarding now 10:30 ET - thanks',
      "Sorry I'm forwarding this later than I meant - it's now 10am",
      "Been on the phone all morning, it's now 11:30 and I finally got to this",
      "Sorry, I said I'd forward this yesterday - it's now 10am and I'm just getting to it.",
      "Forwarding what Jane emailed - it's now 9:30 and I'm off to work, more later",
      "I confirmed attendance, it's now 9:30 so heading out",
      'The first round was at 10am, same place as this one.',
      'My prep call with Sam is at 4pm, same day',
      "It's now 10am, same day as I forwarded the other one - details below",
    ])
      expect(weighNote(note, local, options).verdict, note).toBe('contradicts');
  });

  it("takes 'now' as news only of the interview, and asks of another plan's or a moved day", () => {
    const local = '2026-12-10T09:00:00-05:00';
    for (const note of [
      'Dana just called - it is now 10am, same place.',
      "Interview's now 10am, same place",
      'My interview with Dana is now 10am, same link.',
      "Heads up, they've made it now 10am, same place",
      "It's now 10.00, same place",
      'Dana emailed - my Harbourline interview is now 10am, same place.',
      "Thursday's interview is now 10am, same place.",
      'Marcus has a clash so the interview is now 10am, same place.',
      // A prefix that is no other plan's.
      'The pre-scheduled interview is now 10am, same place.',
    ])
      expect(weighNote(note, local, options), note).toEqual({
        verdict: 'corrects',
        start: '2026-12-10T10:00:00-05:00',
        timezone: 'America/New_York',
      });
    for (const note of [
      'The office tour is now 1pm, same place.',
      'Check-in is now 1:30, same address.',
      'The debrief with Dana afterwards is now 4pm, same room.',
      'FYI the pre-interview tech check is now 1:30, same link',
      "Dana's prep call is now 11am, same link.",
      "Dana's prep call got moved - it's now 11am, same link.",
      "Office tour update: it's now 1pm, same place.",
      'Lunch with the team afterwards - now 4pm, same place.',
      "Dana called - it's now 10am, same place. Friday though, not Thursday.",
      "Dana called - it's now 10am, same place, but the following day.",
      'Dana called - it is now 10am, same place, just a different day.',
      'Interview now 10am, but next week - Dana is travelling.',
      // "for her": her clock, or for her sake; the sentence does not say where she is.
      'Heads up - they moved it to 10am for her, she has a clash at 9.',
      'Dana called - it is now 10am, same place, but on Friday.',
      "It's now 10am, same room, tomorrow instead",
      // Another plan's clock; the day moved, said after the clock or before it.
      "The pre-interview walkthrough got moved - it's now 10am.",
      'Interview now 10am, the week after.',
      'They moved the day as well - now 10am.',
      // A bare hour said to be the new one.
      'Interview now 10.',
      'Interview is now 10ish',
      'Interview now 10 ET',
      // The day moved, no clock said.
      'Interview moved to Friday, same time',
      'Switched to Friday, same time',
      "It's Friday now, same time",
      'Same time but Friday instead',
      'Now on the 11th, same time',
      // The same weekday on another date, another month, or a verb of its own.
      'Moved to Thursday the 17th, same time',
      'Now on Thursday 17th',
      'Pushed to the 10th of January, same time',
      'Bumped to Friday, same time',
      'Postponed to Friday same time',
      'Delayed a day, same time',
      'Now 11 December, same time',
      'Moved to December 11, same time',
    ])
      expect(weighNote(note, local, options).verdict, note).toBe('contradicts');
    // The user's own plans moved, or the interview's own day kept.
    for (const note of [
      'Swapped my shift to Friday so I can make it',
      'Still on the 10th, same time',
    ])
      expect(weighNote(note, local, options).verdict, note).not.toBe('contradicts');
    // Not a clock, nor the original's own hour.
    for (const note of [
      'Now 2 rounds instead of 3',
      "It's now 3 of us on the panel",
      'Interview now 9.',
    ])
      expect(weighNote(note, local, options).verdict, note).toBe('silent');
  });

  it('reads a weekday alone in a correction as the interview week’s, asking where it may be two days', () => {
    // Forwarded on Tuesday 8 Dec; the interview is on Thursday 17 Dec at 9am.
    const nextWeek = '2026-12-17T09:00:00-05:00';
    expect(weighNote('Interview now Thursday 11am', nextWeek, options)).toEqual({
      verdict: 'corrects',
      start: '2026-12-17T11:00:00-05:00',
      timezone: 'America/New_York',
    });
    // This Friday (the 11th) or the Friday of its week (the 18th): asked.
    expect(weighNote('Interview now Friday 11am', nextWeek, options).verdict).toBe('contradicts');
    // The interview this week: both readings are one day.
    expect(weighNote('Interview now Friday 11am', '2026-12-10T09:00:00-05:00', options)).toEqual({
      verdict: 'corrects',
      start: '2026-12-11T11:00:00-05:00',
      timezone: 'America/New_York',
    });
  });

  it("places a clock for someone named where the note says they are, with the place's region", () => {
    const local = '2026-12-10T09:00:00-05:00';
    expect(weighNote("Interview now 3pm for Dana - she's in London.", local, options)).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T15:00:00+00:00',
      timezone: 'Europe/London',
    });
    expect(
      weighNote("Interview now 3pm for the panel - they're in Denver.", local, options),
    ).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T15:00:00-07:00',
      timezone: 'America/Denver',
    });
    // London, Ontario keeps Eastern time.
    expect(
      weighNote("Interview now 3pm for her - she's in London, Ontario.", local, options),
    ).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T15:00:00-05:00',
      timezone: 'America/Toronto',
    });
    // Nowhere said, or a region the list does not know: asked.
    expect(weighNote('Interview now 3pm for Dana.', local, options).verdict).toBe('contradicts');
    expect(
      weighNote("Interview now 3pm for Dana - she's in Perth, Scotland.", local, options).verdict,
    ).toBe('contradicts');
  });

  it('reads a clock written with a stop, as British and Australian notes write it', () => {
    expect(
      weighNote("Kenji rang - they've had to push it back to 10.30 on the same day", start, {
        ...options,
        originalZone: 'Asia/Tokyo',
      }),
    ).toEqual({ verdict: 'corrects', start: '2026-12-10T10:30:00+09:00', timezone: 'Asia/Tokyo' });
    expect(
      weighNote('Recruiter texted - moved to 10.30, same length', start, {
        ...options,
        originalZone: 'Asia/Tokyo',
      }),
    ).toEqual({ verdict: 'corrects', start: '2026-12-10T10:30:00+09:00', timezone: 'Asia/Tokyo' });
    // Or said to replace the time before it: "10.30 now, not 9", "10.30 instead".
    for (const note of [
      'He phoned this morning - it is 10.30 now, not 9. Same room.',
      'Heads up: 10.30 now, not 9am',
      'Call from the agency, it’s 10.30 instead',
      // Ending the sentence, or right after "now".
      'Jane emailed, they moved it to 10.30.',
      'Interview now 10.30',
      '10.30 now, same link',
    ])
      expect(weighNote(note, start, { ...options, originalZone: 'Asia/Tokyo' }), note).toEqual({
        verdict: 'corrects',
        start: '2026-12-10T10:30:00+09:00',
        timezone: 'Asia/Tokyo',
      });
    // Only after a move or so replacing, and on the five minutes: a date, a rate, a section, the
    // time the note was written or a time of something else is no clock.
    for (const note of [
      'It is 10.35 now and still no invite',
      "It's 11.45 now and they still haven't sent the link",
      'Actually 10.30 is when I finish work, so the 9am slot is great',
      'They moved to 19.03 maybe, will confirm',
      'Pay rises to 14.50 after probation, fyi',
      'Going to try to shift it to 10.30',
      'They want to move it to 10.30 - waiting to hear back',
      'See 2.10 in the candidate pack, from 9.00 to 16.00 on the day',
    ])
      expect(
        weighNote(note, start, { ...options, originalZone: 'Asia/Tokyo' }).verdict,
        note,
      ).not.toBe('corrects');
  });

  it('reads an hour alone after a move made, as people say one on the phone', () => {
    for (const note of [
      'Kenji called: they bumped it to 11, not 9. Same building.',
      "They've moved it to 11 - same day",
      'pushed back to 11 now',
    ])
      expect(weighNote(note, start, { ...options, originalZone: 'Asia/Tokyo' }), note).toEqual({
        verdict: 'corrects',
        start: '2026-12-10T11:00:00+09:00',
        timezone: 'Asia/Tokyo',
      });
    // A count, a ward, a request or a try is no hour.
    for (const note of [
      "They've moved to 11 candidates for the first round",
      'Interview moved to 11 West, the new wing',
      'Going to try to move it to 11',
      'Team size has grown to 11, fyi',
    ])
      expect(
        weighNote(note, start, { ...options, originalZone: 'Asia/Tokyo' }).verdict,
        note,
      ).not.toBe('corrects');
  });

  it('a note that disagrees without saying why contradicts: the reader asks', () => {
    expect(weighNote('interview wednesday at 8pm', start, options).verdict).toBe('contradicts');
  });

  it('a note without a time says nothing', () => {
    expect(weighNote('Phone screen tomorrow, wish me luck', start, options).verdict).toBe('silent');
    // An offset's hours are no time of day.
    expect(weighNote('She wrote UTC+09:00 on it.', start, options).verdict).toBe('silent');
    expect(weighNote('', start, options).verdict).toBe('silent');
  });

  it("the user's travel, a service named by when it leaves, witnesses nothing", () => {
    expect(
      weighNote("Tokyo one. Getting the 11:03 from King's Cross first.", start, options).verdict,
    ).toBe('silent');
    expect(weighNote('catching the 6.15 bus, then the call', start, options).verdict).toBe(
      'silent',
    );
    expect(weighNote('Tokyo one - I will be on the 7:45 from Leeds.', start, options).verdict).toBe(
      'silent',
    );
  });

  it('a time something else is due by witnesses nothing', () => {
    for (const note of [
      'Tokyo one!! case study due by 5pm Tues',
      'need to send the take-home back by 10am Monday',
      'deadline for the written task is Dec 8, 6pm',
    ])
      expect(weighNote(note, start, options).verdict).toBe('silent');
    // The interview's own time beside it still counts, and "due to start" is the interview's.
    for (const note of [
      'case study due by 5pm Tues, interview 7pm my time',
      'case study due by 5pm Tues and the interview is 7pm my time',
      "fyi it's now due to start at 7pm my time",
    ])
      expect(weighNote(note, start, options), note).toEqual({ verdict: 'confirms' });
  });

  it('when the forward gave no time, a time in the note is not taken as fact', () => {
    expect(weighNote('it is on Dec 14 at 2pm ET', null, options).verdict).toBe('silent');
    expect(weighNote('prep call with my mentor tomorrow at 4pm', null, options).verdict).toBe(
      'silent',
    );
  });

  it('the time it replaced witnesses nothing ("instead of 9", "moved from 9")', () => {
    expect(weighNote('Tokyo one, now 9am JST instead of 11am', start, options)).toEqual({
      verdict: 'confirms',
    });
    expect(weighNote('Tokyo, moved from 11am JST', start, options).verdict).toBe('silent');
    expect(weighNote('Tokyo: 9am JST, not 11am JST', start, options).verdict).toBe('confirms');
    expect(weighNote('Original was 11am JST. Now 9am JST.', start, options).verdict).toBe(
      'confirms',
    );
    // What the user was told is no replaced time: it still witnesses.
    expect(
      weighNote('She said on the phone it was 11am JST, the mail is wrong', start, options).verdict,
    ).toBe('contradicts');
    // A dotted clock right after its day is a clock ("Thu 9.00"), on the original's clock here.
    expect(
      weighNote('Tokyo. Now Thu 9.00 instead of 12 noon', start, {
        ...options,
        originalZone: 'Asia/Tokyo',
      }).verdict,
    ).toBe('confirms');
  });

  it("another application's news witnesses nothing about this one", () => {
    const note =
      'Tokyo panel Thu 10 Dec 9am JST. (The Osaka one got moved to Friday at 2pm - different email, ignore.)';
    expect(weighNote(note, start, options).verdict).toBe('confirms');
    // News of this one that came in another mail still corrects.
    expect(
      weighNote(
        'They moved it to 11am JST - sent a different email with the new time.',
        start,
        options,
      ).verdict,
    ).toBe('corrects');
  });

  it('a note that both confirms and corrects the time is asked about', () => {
    const note = 'Tokyo panel, Thu 9am JST. Actually it got moved to 11am JST.';
    expect(weighNote(note, start, options)).toEqual({ verdict: 'contradicts', said: '11am JST' });
  });

  it('a correction word corrects only the times after it in its own sentence', () => {
    const pacific = '2026-12-10T10:00:00-08:00';
    const withZone = { ...options, originalZone: 'America/Los_Angeles' };
    expect(weighNote('Heads up: they changed the room. Still 10am', pacific, withZone)).toEqual({
      verdict: 'confirms',
    });
    expect(
      weighNote(
        'Not sure if I got this wrong, but I think I put 3pm on my calendar',
        pacific,
        withZone,
      ).verdict,
    ).toBe('contradicts');
    // A corrected time without a zone is in the original's zone, not the user's.
    expect(weighNote('update: it moved to 11:30, same day', pacific, withZone)).toEqual({
      verdict: 'corrects',
      start: '2026-12-10T11:30:00-08:00',
      timezone: 'America/Los_Angeles',
    });
  });
});

describe('weighNote: two times the user asks between', () => {
  it('contradicts, so the reader asks', () => {
    const note = "The invite says 7pm but Kenji's note in it says 8pm ET?? Emailed him to check.";
    expect(weighNote(note, start, options)).toEqual({ verdict: 'contradicts', said: '7pm' });
    expect(weighNote('Is it 7pm or 8pm? no idea', start, options).verdict).toBe('contradicts');
  });

  it('is no question between them where the user sums the two clocks', () => {
    expect(weighNote('so 9am JST = 7pm for me?', start, options).verdict).toBe('silent');
    expect(
      weighNote('9am their time, which I think is 7pm here? will check', start, options).verdict,
    ).toBe('silent');
    // Nor between a time and the same on the user's clock, or the end of its slot.
    expect(weighNote('Invite says 9am JST but that is 7pm for me, right?', start, options)).toEqual(
      {
        verdict: 'silent',
      },
    );
    expect(weighNote('9am JST but may run to 10am?', start, options).verdict).toBe('silent');
    // One clock for both, said once: still two times to ask between.
    expect(weighNote('Is it 7pm or 8pm my time?', start, options).verdict).toBe('contradicts');
  });
});

describe('weighNote: a time the user asks about', () => {
  it('is their own sum, no witness ("so 7pm for me?" over a 9am JST interview)', () => {
    expect(weighNote('So 8pm for me?', start, options)).toEqual({ verdict: 'silent' });
  });

  it('still corrects when a correction word comes first, whatever ends the sentence', () => {
    expect(
      weighNote('They moved it to 10:30 JST, can you update the reminders?', start, options),
    ).toEqual({ verdict: 'corrects', start: '2026-12-10T10:30:00+09:00', timezone: 'Asia/Tokyo' });
  });
});

describe("weighNote: the user's own sum across the two clocks", () => {
  // Thu 10 Dec 09:00 in Tokyo is Wed 9 Dec 19:00 in New York; the user reckons 20:00.
  const sum = "They're 14 hours ahead of us, so that's 8pm for me the night before.";

  it('witnesses nothing when the mail names its zone', () => {
    expect(
      weighNote(sum, start, { ...options, originalZone: 'Asia/Tokyo', zoneNamed: true }),
    ).toEqual({ verdict: 'silent' });
  });

  it("is no witness when it copies the mail's own sum for the user", () => {
    const mailText = 'Thursday 10 December at 9am JST, which I make 8pm for you the night before.';
    expect(
      weighNote('8pm my time per his email', start, {
        ...options,
        originalZone: 'Asia/Tokyo',
        mailText,
      }),
    ).toEqual({ verdict: 'silent' });
    expect(
      weighNote('8pm my time', start, { ...options, originalZone: 'Asia/Tokyo' }).verdict,
    ).toBe('contradicts');
  });

  it('still disagrees when the zone was only inferred', () => {
    expect(weighNote(sum, start, { ...options, originalZone: 'Asia/Tokyo' }).verdict).toBe(
      'contradicts',
    );
  });
});

describe("weighNote: the user's sum against the mail's named zone", () => {
  // Thu 10 Dec 09:00 in Tokyo is Wed 9 Dec 19:00 in New York.
  const named = { ...options, originalZone: 'Asia/Tokyo', zoneNamed: true, zoneSure: true };
  const stands = (note: string, with_ = named) => weighNote(note, start, with_).mailStands;

  it("is the user's own sum when it is on their clock and an hour out: the mail's time stands", () => {
    expect(weighNote('Tokyo final round, 8pm my time I think', start, named)).toEqual({
      verdict: 'contradicts',
      mailStands: true,
      said: '8pm my time',
    });
    expect(stands('Wednesday 6pm ET')).toBe(true);
  });

  it('is a witness otherwise, and the reader asks', () => {
    // No zone written: it may be on the mail's clock, a disagreement about the fact itself.
    expect(stands('interview wednesday at 8pm')).toBe(false);
    // In the mail's own zone.
    expect(stands('interview is 10am JST')).toBe(false);
    // The mail's own wall time on the user's clock: a dispute about the zone.
    expect(stands('9am my time')).toBe(false);
    // Further out than a clock change or a slip makes a sum.
    expect(stands('10pm my time')).toBe(false);
    // News the user heard: a correction when it says so ("now", "bumped"), else a witness.
    expect(weighNote('Spoke to Dana, it is 8pm my time now', start, named).verdict).toBe(
      'corrects',
    );
    expect(weighNote('They bumped it to 8pm my time', start, named).verdict).toBe('corrects');
    expect(stands('Anna texted: starting 30 min later, 7:30pm my time')).toBe(false);
    // The mail's zone inferred, or one meaning of an ambiguous abbreviation picked.
    expect(stands('8pm my time', { ...options, originalZone: 'Asia/Tokyo' } as typeof named)).toBe(
      false,
    );
    expect(stands('8pm my time', { ...named, zoneSure: false })).toBe(false);
  });

  it('is no sum where both clocks are one: a note and a mail in one zone disagree', () => {
    const eastern = '2026-12-10T14:00:00-05:00';
    expect(
      weighNote('3pm my time', eastern, {
        ...options,
        originalZone: 'America/New_York',
        zoneNamed: true,
        zoneSure: true,
      }),
    ).toMatchObject({ verdict: 'contradicts', mailStands: false });
  });
});

describe('doubtsTheZone', () => {
  it.each([
    'Is this 2pm Perth time or Sydney time?? Will check.',
    'which time zone is that in?',
    'Not sure - ET or CT?',
    'Is 11 their time or mine? Asking Wes.',
    "He'll be in Singapore - not sure if that's 9 his time, Boulder time or mine?",
    'He says "Tuesday at 3". Is this 3 his or mine?? Going to check with him.',
    'is that 3pm theirs or ours?',
    'He said Thursday at 9. Is that his or mine?',
  ])('%j asks whose clock', (note) => {
    expect(doubtsTheZone(note)).toBe(true);
  });

  it.each([
    'So 5pm for me?',
    'Same time or later?',
    'Time zones are hard. Booked it for 2pm.',
    'Can you remind me the day before?',
    'Any time or day works?',
    'Zoom time or phone?',
    'Is the laptop his or mine? Bringing mine anyway.',
    'Is it his or mine? the laptop I mean',
    'Whose cab is it - is it theirs or ours?',
    '',
  ])('%j does not', (note) => {
    expect(doubtsTheZone(note)).toBe(false);
  });
});

describe('weighNote: a time the mail itself gives', () => {
  it('is copied from it, no witness against the start ("leave by 6 to make 8:45")', () => {
    const mailText =
      'Please plan to arrive by 8:45 so we can check you in. Interviews start at 9:00 and wrap up by 11:30.';
    const weigh = (note: string) =>
      weighNote(note, '2027-03-17T09:00:00-04:00', {
        userZone: 'America/New_York',
        reference: new Date('2027-03-11T12:00:00Z'),
        originalZone: 'America/New_York',
        mailText,
      }).verdict;
    expect(weigh('Need to head out of the city by 6 to make 8:45 :/')).toBe('silent');
    // A time the mail does not give still says otherwise.
    expect(weigh('Onsite is at 10:15, I think')).toBe('contradicts');
    expect(weigh('Onsite is at 10:15 now')).toBe('corrects');
  });
});

describe('weighNote: a time the mail gives for something else', () => {
  it('still witnesses against the start the reader took', () => {
    const verdict = weighNote('Interview at 10', '2027-03-17T09:00:00-04:00', {
      userZone: 'America/New_York',
      reference: new Date('2027-03-11T12:00:00Z'),
      originalZone: 'America/New_York',
      mailText: 'Your interview, first set for 9:00, now starts at 10:00.',
    }).verdict;
    expect(verdict).toBe('contradicts');
    // The reader took the arrival for the start: the note's start, after it, still witnesses.
    const arrivalTaken = weighNote('Interview is at 10', '2027-03-17T09:45:00-04:00', {
      userZone: 'America/New_York',
      reference: new Date('2027-03-11T12:00:00Z'),
      originalZone: 'America/New_York',
      mailText: 'Please arrive at 9:45 for a 10:00 start.',
    }).verdict;
    expect(arrivalTaken).toBe('contradicts');
  });
});
