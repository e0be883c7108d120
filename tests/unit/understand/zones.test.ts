// Time zones as mail writes them, around every 2026 DST change: the wall time stays, the offset
// is the one valid on that date (people write "EST" or "GMT" all year round).
import { describe, expect, it } from 'vitest';
import { resolveCorrectedTime } from '../../../functions/core/understand/index.ts';
import {
  findStatedZone,
  matchZoneAt,
  placeWallTime,
  sameClockAllYear,
} from '../../../functions/core/understand/zones.ts';

const at = (iso: string) => ({ reference: new Date(iso), defaultTimezone: 'America/New_York' });

describe('resolveCorrectedTime across DST changes', () => {
  it.each([
    // US spring forward, 2026-03-08
    ['Fri 3pm ET', '2026-03-04T12:00:00Z', '2026-03-06T15:00:00-05:00', 'America/New_York'],
    ['Mon 9am ET', '2026-03-04T12:00:00Z', '2026-03-09T09:00:00-04:00', 'America/New_York'],
    [
      'March 9 10:00 AM EST',
      '2026-03-04T12:00:00Z',
      '2026-03-09T10:00:00-04:00',
      'America/New_York',
    ],
    ['March 9 at 1:30pm MT', '2026-03-04T12:00:00Z', '2026-03-09T13:30:00-06:00', 'America/Denver'],
    [
      'March 6 at 1:30pm Mountain',
      '2026-03-04T12:00:00Z',
      '2026-03-06T13:30:00-07:00',
      'America/Denver',
    ],
    // EU/UK spring forward, 2026-03-29
    ['March 27 3pm GMT', '2026-03-20T12:00:00Z', '2026-03-27T15:00:00+00:00', 'Europe/London'],
    ['March 30 10:00 BST', '2026-03-20T12:00:00Z', '2026-03-30T10:00:00+01:00', 'Europe/London'],
    ['27 March 14:00 CET', '2026-03-20T12:00:00Z', '2026-03-27T14:00:00+01:00', 'Europe/Berlin'],
    ['31 March 14:00 CET', '2026-03-20T12:00:00Z', '2026-03-31T14:00:00+02:00', 'Europe/Berlin'],
    ['31 March 11:00 CEST', '2026-03-20T12:00:00Z', '2026-03-31T11:00:00+02:00', 'Europe/Berlin'],
    // EU fall back, 2026-10-25
    [
      'Friday 23 October 14:00 CET',
      '2026-10-19T12:00:00Z',
      '2026-10-23T14:00:00+02:00',
      'Europe/Berlin',
    ],
    [
      'Monday 26 October 09:30 CET',
      '2026-10-19T12:00:00Z',
      '2026-10-26T09:30:00+01:00',
      'Europe/Berlin',
    ],
    ['Oct 26 9:00 EET', '2026-10-19T12:00:00Z', '2026-10-26T09:00:00+02:00', 'Europe/Helsinki'],
    // US fall back, 2026-11-01
    ['Oct 30 9am PT', '2026-10-26T12:00:00Z', '2026-10-30T09:00:00-07:00', 'America/Los_Angeles'],
    ['Nov 2 9am PT', '2026-10-26T12:00:00Z', '2026-11-02T09:00:00-08:00', 'America/Los_Angeles'],
    ['Nov 2 10am Central', '2026-10-26T12:00:00Z', '2026-11-02T10:00:00-06:00', 'America/Chicago'],
    ['Tue 3pm ET', '2026-10-29T12:00:00Z', '2026-11-03T15:00:00-05:00', 'America/New_York'],
    // Southern hemisphere and zones without DST
    ['Oct 5 10am AEST', '2026-09-28T00:00:00Z', '2026-10-05T10:00:00+11:00', 'Australia/Sydney'],
    ['Apr 3 10am AEST', '2026-03-28T00:00:00Z', '2026-04-03T10:00:00+11:00', 'Australia/Sydney'],
    ['Apr 6 10am AEST', '2026-03-28T00:00:00Z', '2026-04-06T10:00:00+10:00', 'Australia/Sydney'],
    ['June 4 10:00 JST', '2026-06-01T00:00:00Z', '2026-06-04T10:00:00+09:00', 'Asia/Tokyo'],
    // Written for either season: New Zealand time in winter and summer.
    ['July 8 10am NZT', '2026-07-01T00:00:00Z', '2026-07-08T10:00:00+12:00', 'Pacific/Auckland'],
    ['Jan 8 10am NZT', '2026-01-01T00:00:00Z', '2026-01-08T10:00:00+13:00', 'Pacific/Auckland'],
    ['April 8 4:30pm SGT', '2026-04-01T00:00:00Z', '2026-04-08T16:30:00+08:00', 'Asia/Singapore'],
    [
      'March 2 3:00 PM IST (GMT+5:30)',
      '2026-02-25T00:00:00Z',
      '2026-03-02T15:00:00+05:30',
      'Asia/Kolkata',
    ],
    ['June 12 12:00 GMT+5:30', '2026-06-09T00:00:00Z', '2026-06-12T12:00:00+05:30', 'Asia/Kolkata'],
    ['May 5 09:00 UTC', '2026-05-01T00:00:00Z', '2026-05-05T09:00:00+00:00', 'UTC'],
    [
      'May 5 9am America/Chicago',
      '2026-05-01T00:00:00Z',
      '2026-05-05T09:00:00-05:00',
      'America/Chicago',
    ],
  ])('%s (sent %s) -> %s %s', (arg, sent, start, timezone) => {
    expect(resolveCorrectedTime(arg, at(sent))).toEqual({ start, timezone });
  });

  it("uses the user's zone only when the text names none", () => {
    expect(resolveCorrectedTime('tomorrow 10am', at('2026-07-01T15:00:00Z'))).toEqual({
      start: '2026-07-02T10:00:00-04:00',
      timezone: 'America/New_York',
    });
    expect(
      resolveCorrectedTime('Thursday 2pm', {
        reference: new Date('2026-07-01T15:00:00Z'),
        defaultTimezone: 'Europe/Paris',
      }),
    ).toEqual({ start: '2026-07-02T14:00:00+02:00', timezone: 'Europe/Paris' });
  });

  it('gives null rather than a guess', () => {
    expect(resolveCorrectedTime('next Tuesday', at('2026-07-01T15:00:00Z'))).toBeNull();
    expect(resolveCorrectedTime('whenever suits', at('2026-07-01T15:00:00Z'))).toBeNull();
    expect(resolveCorrectedTime('', at('2026-07-01T15:00:00Z'))).toBeNull();
  });
});

describe('zone phrases', () => {
  it.each([
    ['ET', 'America/New_York'],
    ['(CT)', 'America/Chicago'],
    ['Pacific Time - US & Canada', 'America/Los_Angeles'],
    ['Eastern Time - New York', 'America/New_York'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(UTC+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['Central European Time', 'Europe/Berlin'],
    ['London time', 'Europe/London'],
    ['Townsville local time (AEST)', 'Australia/Brisbane'],
    ['GMT+5:30', 'Asia/Kolkata'],
    ['UTC+2', 'Etc/GMT-2'],
    ['Europe/Oslo', 'Europe/Oslo'],
    ['São Paulo time', 'America/Sao_Paulo'],
    ['hora del centro de México', 'America/Mexico_City'],
    ['(tiempo del centro)', 'America/Mexico_City'],
    ['horário de Brasília', 'America/Sao_Paulo'],
    ['hora de Madrid', 'Europe/Madrid'],
    ["heure d'Abidjan", 'Africa/Abidjan'],
    ['heure de Paris', 'Europe/Paris'],
    // A country of one zone, by its name or its people's.
    ['Irish time (same as London)', 'Europe/Dublin'],
    ['UK time', 'Europe/London'],
    ['India time', 'Asia/Kolkata'],
    ['German time', 'Europe/Berlin'],
    // The abbreviations of zones outside North America and Europe, where one meaning is the rule.
    ['EAT', 'Africa/Nairobi'],
    ['WAT', 'Africa/Lagos'],
    ['NPT', 'Asia/Kathmandu'],
    ['MYT', 'Asia/Kuala_Lumpur'],
    ['CLT', 'America/Santiago'],
    ['IRST', 'Asia/Tehran'],
    ['TRT', 'Europe/Istanbul'],
    // Canada's French abbreviations: heure avancée / normale de l'Est, du Centre, du Pacifique…
    ['(HAE)', 'America/Toronto'],
    ['HNE', 'America/Toronto'],
    ['HAC', 'America/Winnipeg'],
    ['HNR', 'America/Edmonton'],
    ['HAP', 'America/Vancouver'],
    ['HNA', 'America/Halifax'],
    // A country whose zones keep one clock; a label in two languages.
    ['Kenya time', 'Africa/Nairobi'],
    ['(Norwegian time)', 'Europe/Oslo'],
    ['(norsk tid)', 'Europe/Oslo'],
    ['deutsche Zeit', 'Europe/Berlin'],
    ['(ora italiana)', 'Europe/Rome'],
    ['hora española', 'Europe/Madrid'],
    ['heure française', 'Europe/Paris'],
    ['Sri Lankan time', 'Asia/Colombo'],
    ['(heure du Maroc / Morocco time)', 'Africa/Casablanca'],
    // An abbreviation's own gloss in brackets picks among its meanings, by name or by offset.
    ['IST (Irish Standard Time, GMT+01:00)', 'Europe/Dublin'],
    ['IST (GMT+1)', 'Europe/Dublin'],
    ['IST (UTC+03:00)', 'Asia/Jerusalem'],
    ['IST (GMT+5:30)', 'Asia/Kolkata'],
    ['CST (China Standard Time)', 'Asia/Shanghai'],
    // A region as Windows and Zoom name a zone, without its offset.
    ['West Central Africa', 'Africa/Lagos'],
    ['Central America', 'America/Guatemala'],
    // A label's city, even one that is a name too.
    ['Australian Central Standard Time - Darwin', 'Australia/Darwin'],
  ])('%s -> %s', (phrase, zone) => {
    expect(matchZoneAt(phrase)?.zone).toBe(zone);
  });

  it("reads no US clock in another region's name", () => {
    for (const phrase of [
      'Central Africa',
      'Central Asia',
      'Eastern Europe Time',
      'Pacific Islands',
    ])
      expect(matchZoneAt(phrase)?.zone ?? '', phrase).not.toMatch(/^America\//);
  });

  it("reads no clock in a place called after a region ('Central Station', 'Mountain View')", () => {
    for (const phrase of [
      ' Central Station is a five-minute walk away.',
      ' Mountain View office, building 4',
      ' Eastern Market, by the fountain',
    ])
      expect(matchZoneAt(phrase), phrase).toBeNull();
    expect(matchZoneAt(' Central time, please')?.zone).toBe('America/Chicago');
  });

  it('picks the city a regional abbreviation means from the message', () => {
    expect(matchZoneAt('CET', 'Talent Acquisition | Nordvik Energy AS\nOslo, Norway')?.zone).toBe(
      'Europe/Oslo',
    );
    expect(matchZoneAt('CET', 'Recruiting, Brennwerk GmbH\nBerlin')?.zone).toBe('Europe/Berlin');
  });

  it('does not read ordinary words as zones', () => {
    expect(matchZoneAt('at our office')).toBeNull();
    // After a sentence's stop a capital starts a sentence: Same is a Tanzanian town, Reading
    // an English one.
    expect(matchZoneAt('. Same time zone as me for once!')).toBeNull();
    expect(matchZoneAt('. Reading time is 20 minutes.')).toBeNull();
    expect(matchZoneAt('Meet the team')).toBeNull();
    // Words after a number that spell a zone elsewhere.
    expect(matchZoneAt('CAT scanners')).toBeNull();
    expect(matchZoneAt('PET scanner')).toBeNull();
    // A country of one zone is that zone, the Gulf's states too.
    expect(matchZoneAt('Bahrain time (12:30 PM IST)')?.zone).toBe('Asia/Bahrain');
    expect(matchZoneAt('Omani time')?.zone).toBe('Asia/Muscat');
    // Several zones: a country alone says none of them; the reader asks (not the user's clock).
    expect(matchZoneAt('Australian time')).toBeNull();
    expect(matchZoneAt('Australia time')?.confidence).toBe(0.4);
    expect(matchZoneAt('Brazil time')?.confidence).toBe(0.4);
  });

  it('finds a message-wide statement', () => {
    expect(findStatedZone('Here is the plan (all times Pacific):')?.zone).toBe(
      'America/Los_Angeles',
    );
    expect(findStatedZone('Invitee Time Zone:\nCentral Time - US & Canada')?.zone).toBe(
      'America/Chicago',
    );
    expect(findStatedZone('Times are shown in Eastern Time.')?.zone).toBe('America/New_York');
    expect(findStatedZone('Hartford, CT 06103')).toBeNull();
  });

  it("takes the city of Google Calendar's zone line, whose clock it is", () => {
    const invite = (line: string) =>
      `Data Engineer interview\nWednesday 20 Jan 2027 ⋅ 3pm – 4pm\n${line}\n\nJoin with Google Meet`;
    expect(findStatedZone(invite('Australian Eastern Standard Time - Brisbane'))?.zone).toBe(
      'Australia/Brisbane',
    );
    expect(findStatedZone(invite('Central European Time - Warsaw'))?.zone).toBe('Europe/Warsaw');
    expect(
      findStatedZone('When  Wed 20 Jan 2027 ⋅ 3pm – 4pm  India Standard Time - Kolkata  Guests')
        ?.zone,
    ).toBe('Asia/Kolkata');
    expect(findStatedZone(invite('Quality Time - Team Building'))).toBeNull();
    // The city keeps the standard offset the label means, or the label stands.
    expect(findStatedZone(invite('Mountain Time - Phoenix'))?.zone).toBe('America/Phoenix');
    expect(findStatedZone(invite('Eastern Time - Cambridge'))?.zone).toBe('America/New_York');
    expect(findStatedZone(invite('Central Time - Paris'))?.zone).toBe('America/Chicago');
  });

  it("reads a label that lists one clock's places as that clock, refined only by the rest", () => {
    const slot = '4:00pm - 4:30pm, Thursday, June 17, 2027 (UK, Ireland, Lisbon Time)';
    expect(matchZoneAt(' (UK, Ireland, Lisbon Time)', `${slot}\nJoin by Zoom`)?.zone).toBe(
      'Europe/London',
    );
    expect(
      matchZoneAt(' (UK, Ireland, Lisbon Time)', `${slot}\nOur Dublin office is on Baggot St.`)
        ?.zone,
    ).toBe('Europe/Dublin');
    // The same label on a line of its own ("Invitee Time Zone:" in Calendly's mail) reads alike.
    const booking = `${slot}\n\nInvitee Time Zone:\nUK, Ireland, Lisbon Time\n`;
    expect(matchZoneAt('UK, Ireland, Lisbon Time\n', booking)?.zone).toBe('Europe/London');
    expect(matchZoneAt(' (UK, Ireland, Lisbon Time)', booking)?.zone).toBe('Europe/London');
  });

  it("takes the label's city when its abbreviation or a stop follows, over an office elsewhere", () => {
    const office = '\n\nBest,\nMaya\nTalent team, 400 King St W, Toronto, ON';
    expect(
      findStatedZone(`Times are shown in your time zone: Pacific Time - Vancouver (PDT).${office}`)
        ?.zone,
    ).toBe('America/Vancouver');
    expect(
      findStatedZone(`All times are in your time zone: Eastern Time - New York.${office}`)?.zone,
    ).toBe('America/New_York');
  });
});

describe('placeWallTime', () => {
  it('marks a time inside the spring-forward gap as inexact', () => {
    const placed = placeWallTime(
      { year: 2026, month: 3, day: 8, hour: 2, minute: 30 },
      'America/New_York',
    );
    expect(placed?.exact).toBe(false);
  });

  it('takes the earlier of two 1:30s on the fall-back night, and says so', () => {
    const placed = placeWallTime(
      { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
      'America/New_York',
    );
    expect(placed).toEqual({ iso: '2026-11-01T01:30:00-04:00', exact: false });
  });

  it('places ordinary times exactly', () => {
    expect(
      placeWallTime({ year: 2026, month: 11, day: 1, hour: 9, minute: 0 }, 'America/New_York'),
    ).toEqual({
      iso: '2026-11-01T09:00:00-05:00',
      exact: true,
    });
  });
});

describe('sameClockAllYear', () => {
  it('tells zones that keep one clock from those that only share one season', () => {
    expect(sameClockAllYear('America/Boise', 'America/Denver', 2027)).toBe(true);
    expect(sameClockAllYear('Australia/Hobart', 'Australia/Sydney', 2027)).toBe(true);
    expect(sameClockAllYear('America/Phoenix', 'America/Denver', 2027)).toBe(false);
    expect(sameClockAllYear('Australia/Brisbane', 'Australia/Sydney', 2027)).toBe(false);
    expect(sameClockAllYear('Asia/Jerusalem', 'Europe/Athens', 2027)).toBe(false);
  });
});
