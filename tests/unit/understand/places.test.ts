// The gazetteer: a city (with its region when written) gives a zone; a lone region code, an
// ordinary word or a person's name does not.
import { describe, expect, it } from 'vitest';
import {
  isPlaceName,
  officesNamedIn,
  placeInLines,
  placeNamed,
  zoneOfRegion,
  zonesOfPlace,
} from '../../../functions/core/understand/places.ts';

describe('places', () => {
  it.each([
    [['1420 Fifth Avenue, Suite 800', 'Seattle, WA 98101'], 'America/Los_Angeles'],
    [['400-1280 Homer Street, Vancouver, BC V6B 2Y5'], 'America/Vancouver'],
    [['Level 12, 1 Hay Street', 'Perth WA 6000, Australia'], 'Australia/Perth'],
    [['Acme Payments | Grand Canal Dock, Dublin 2, Ireland'], 'Europe/Dublin'],
    [['Dogenzaka 1-12-3, Shibuya-ku, Tokyo 150-0043'], 'Asia/Tokyo'],
    // A postcode glued on with a hyphen, as Bangladeshi and Nepali addresses write it.
    [['House 42, Road 113, Gulshan-2, Dhaka-1212, Bangladesh'], 'Asia/Dhaka'],
    [['Kansas City, MO'], 'America/Chicago'],
    // A town in a state's other zone: the town's own, not most of the state's.
    [['5150 N. Davis Hwy, Pensacola, FL 32503'], 'America/Chicago'],
    // Offices in several zones on one line say none of them is the writer's.
    [['Saguaro Staffing Partners', 'Phoenix, AZ | Dallas, TX | Denver, CO'], null],
    [['Toronto, ON | Ottawa, ON'], 'America/Toronto'],
    // The region in brackets, as Quebec and French addresses write it.
    [['100, rue Dundas, bureau 400, London (Ontario) N6A 1G7'], 'America/Toronto'],
    [['1250, boul. Robert-Bourassa, Montréal (Québec) H3B 3B1'], 'America/Montreal'],
    // An Irish Eircode says Ireland, as a British postcode says Britain.
    [['Venue: Boardroom, Riverside Hospital, Dublin Road, Kilkenny R95 X2K7'], 'Europe/Dublin'],
    [['Unit 4, Ballybrit Business Park, Galway H91 P2C8'], 'Europe/Dublin'],
    // A region or postcode that is somewhere else rules a namesake out: the list's only Derby is
    // in Western Australia, and "DE24 8UP" is British. Gibraltar's postcode is written as one.
    [['Pride Park, Derby DE24 8UP'], 'Europe/London'],
    [['Suite 4.2, Europort, Gibraltar GX11 1AA'], 'Europe/Gibraltar'],
    // A country on one clock ends an address line the list holds no town of.
    [
      ['27F Crescent Park Tower', 'Bonifacio Global City, Taguig City 1634, Philippines'],
      'Asia/Manila',
    ],
    // A state's code is never a country's ("CO" after Denver is Colorado, not Colombia, "IL"
    // Illinois, not Israel); a town the list knows only elsewhere is placed by the state alone,
    // or not at all ("Paris, TN": Tennessee keeps two clocks), never in the namesake's.
    [['412 Main Street, Toledo, IL 62468'], 'America/Chicago'],
    [['Paris, TN 38242'], null],
    // So is an Australian or Canadian town the list lacks, the postcode saying whose state
    // ("WA 6714" is Western Australia's, as "WA 98101" is Washington's).
    [['Shop 3, 72 Marine Parade, Coolangatta QLD 4225'], 'Australia/Brisbane'],
    [['12 Sharpe Avenue, Karratha WA 6714'], 'Australia/Perth'],
    // An island keeps its own clock, whatever its state's.
    [['Lagoon Road, Lord Howe Island NSW 2898'], 'Australia/Lord_Howe'],
    [['PO Box 4, Canmore, AB T1W 2T8'], 'America/Edmonton'],
    // A phone's or a suite's digits are no Australian postcode.
    [['18 Main St, Zillah, WA | (509) 555-0142'], null],
    [['Suite 1200, Woodinville, WA'], null],
    // A first name that is a country signs a line; it ends no address.
    [['Chad | Talent Partner | (217) 555-0142'], null],
    [['Direct: (217) 555-0142 | Jordan'], null],
    // A country of two words after the town settles it, or gives its one clock.
    [['Durham, United Kingdom'], 'Europe/London'],
    [['Richmond, New Zealand'], 'Pacific/Auckland'],
    [['1200 Larimer Street, Denver, CO 80204'], 'America/Denver'],
    [['Senior Recruiter', 'Best regards'], null],
    // A first name that is also a city signs the mail; it is no office.
    [['Sofia', 'Talent Acquisition, Acme'], null],
    [['Regina Okoye', 'Recruiter | Lima'], null],
  ])('an address %j is in %s', (lines, zone) => {
    expect(placeInLines(lines)?.zone ?? null).toBe(zone);
  });

  it('reads a town and its state past an aside in brackets', () => {
    const place = placeInLines([
      'Plant 2, 400 W 10th St, Goodland, KS 67735 (visitor lot, east gate)',
    ]);
    expect(place).toMatchObject({ zone: 'America/Denver', confidence: 0.9 });
  });

  it('a region settles a name shared by several cities', () => {
    expect(placeNamed('Vancouver', 'WA')?.zone).toBe('America/Los_Angeles');
    expect(placeNamed('Vancouver', 'BC')?.zone).toBe('America/Vancouver');
    expect(placeNamed('Perth', 'WA')?.zone).toBe('Australia/Perth');
    expect(placeNamed('Reading', 'UK')?.zone).toBe('Europe/London');
  });

  it('a lone region code or an ordinary word is no city', () => {
    expect(placeNamed('WA')).toBeNull();
    expect(placeNamed('Reading')).toBeNull();
    expect(placeNamed('Mobile')).toBeNull();
  });

  it('names countries and the leading words of a place', () => {
    expect(zonesOfPlace('India')).toEqual(['Asia/Kolkata']);
    expect(zonesOfPlace('Phoenix office')).toEqual(['America/Phoenix']);
    expect(zonesOfPlace('Ireland')).toEqual(['Europe/Dublin']);
  });

  it('tells places from people', () => {
    expect(isPlaceName('New York')).toBe(true);
    expect(isPlaceName('Kansas City')).toBe(true);
    expect(isPlaceName('Dana Lee')).toBe(false);
  });
});

describe('zoneOfRegion', () => {
  it.each([
    ['AZ', 'America/Phoenix'],
    ['OR', 'America/Los_Angeles'],
    ['NJ', 'America/New_York'],
  ])('%s keeps one clock: %s', (state, zone) => {
    expect(zoneOfRegion('US', state)).toBe(zone);
  });

  it.each([
    ['AU', 'QLD', 'Australia/Brisbane'],
    ['AU', 'NSW', 'Australia/Sydney'],
    ['CA', 'AB', 'America/Edmonton'],
  ])('%s %s keeps one clock: %s', (country, code, zone) => {
    expect(zoneOfRegion(country as 'AU' | 'CA', code)).toBe(zone);
  });

  it.each(['TN', 'TX', 'KY', 'SD', 'ZZ'])(
    '%s is split between clocks (or unknown): none',
    (state) => {
      expect(zoneOfRegion('US', state)).toBeNull();
    },
  );
});

describe('islands the city list lacks', () => {
  it.each([
    ['Norfolk Island', 'Pacific/Norfolk'],
    ['Lord Howe Island', 'Australia/Lord_Howe'],
    ['Chatham Islands', 'Pacific/Chatham'],
  ])('%s keeps the tz database zone named for it', (name, zone) => {
    expect(placeNamed(name)?.zone).toBe(zone);
  });

  // The tz database's links named for a state or a compass point are no island's clock.
  it.each(['Rhode Island', 'Long Island', 'North Island', 'South Island', 'Victoria Island'])(
    '%s names no island zone',
    (name) => {
      expect(placeNamed(name)).toBeNull();
    },
  );
});

describe('where someone on the call sits', () => {
  it.each([
    ['Dana works out of our Austin office.', ['America/Chicago']],
    ['Tom is based in our Denver office, so it will be over Zoom.', ['America/Denver']],
    ['Priya joins from our Bengaluru office.', ['Asia/Kolkata']],
    // Named alone, a place that is also a word or a name is none: only "our … office" says so.
    ['Dana works in our Mobile team.', []],
    ['Sam joins us from Orange, our partner.', []],
    ['Tom is based in Denver.', ['America/Denver']],
    // A work site named by its town, whose clock is not its province's capital's.
    [
      'Wade is on site at the North Montney plant outside Fort St. John all week.',
      ['America/Dawson_Creek'],
    ],
    ['Ines is based at the Cerro Verde mine near Arequipa this month.', ['America/Lima']],
    // Where a job or an interview is, said of no one.
    ['This is a hybrid role, two days a week at our office in Calgary.', []],
    ['Your interview is at our office in London.', []],
  ])('%j', (text, zones) => {
    expect(officesNamedIn(text).map((place) => place.zone)).toEqual(zones);
  });
});
