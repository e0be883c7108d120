// How long the interview lasts, when the mail says so in words: never a buffer, an arrival or a
// walk to the building.
import { describe, expect, it } from 'vitest';
import { findDuration } from '../../../functions/core/understand/details.ts';

describe('findDuration', () => {
  it.each([
    ['The call will be 45 minutes on Zoom.', 45],
    ['Same Teams link, still an hour.', 60],
    ['Thursday at 10:00 AM CT\n1 hour with Dana Whitfield, VP, Risk', 60],
    ['Plan on 30 minutes - I mostly want to hear about your work.', 30],
    ['Can you come by the shop on Thursday at 2 for a half hour talk?', 30],
    ['It will be a half-hour chat with the two of us.', 30],
    ['It is a 60-minute panel interview as part of our final round.', 60],
    // The platform or the manner named between the length and the meeting.
    ["You're set for Monday at 9. It'll be a 45 minute Teams video interview with Raj.", 45],
    ['We have you down for a 90 minute in-person interview on the 4th at 10am.', 90],
    // A length right after the time written with its zone in words, or in the meeting's details.
    ['Your slot: Tuesday, 4 May at 2:00 PM Eastern Time, 30 minutes, with Kofi.', 30],
    ['Booked for Thu 9 Sep at 11:00 (Zoom, 40 minutes) with the hiring lead.', 40],
    ['Thursday at 3pm (video call - 60 min) with the team', 60],
    // …after the time restated on the reader's clock.
    ['Confirmed for Wednesday at 9:00am PT (9:30pm IST for you), 45 minutes on Google Meet.', 45],
    // A call before it, on a platform, is no length of the interview.
    ['Thursday at 10: a 15 minute Teams call with the recruiter, then a 60 minute panel.', 60],
    // A part of it ("the last 15 minutes") is not its length; the whole said after it is.
    ['Our CFO will sit in for the last 20 minutes. Plan on about an hour in all.', 60],
    ["We'll walk the site as part of it. Should be 45 mins or so all up.", 45],
    [
      'Competency questions, plus about 15 minutes on a project of your choice. Please allow 2 hours in total.',
      120,
    ],
    ['A case study, then roughly 20 minutes of questions; it takes an hour.', 60],
  ])('%j -> %i minutes', (text, minutes) => {
    expect(findDuration(text)).toBe(minutes);
  });

  it.each([
    'Please arrive 15 minutes early.',
    'The office is a 10 minute walk from the station.',
    'We will still be an hour behind you after the clocks change.',
    "It's still 1 hour difference between our offices.",
    // A part's length is not the whole's.
    'You will make a 10-minute presentation at the start of the interview.',
    'Interview at 10:00 AM Eastern Time, 15 minutes before that please sign in at reception.',
    'The interview is at 2pm Central Time, 10 minutes from the station.',
    // "your time" is no zone's name; a place's distance, a past stage's length are no length.
    'Thursday 12 March at 9:00 AM your time, 15 minutes for intros and then the case study.',
    'Tuesday at 2:00 PM Eastern Time, 30 minutes outside Boston.',
    'Thanks for completing stage 1 (phone, 20 minutes) last week. Your final interview is Tuesday at 2pm ET.',
    'Tuesday at 2pm (in-person, 25 minutes north of Leeds).',
    'Our CFO will join for the first 20 minutes to say hello.',
    // "an HR discussion" is no hour; a range of hours is no one length.
    'A technical discussion, then an HR discussion, so please keep 2 to 3 hours free.',
  ])('no length in %j', (text) => {
    expect(findDuration(text)).toBeNull();
  });
});
