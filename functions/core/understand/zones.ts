// Reader -> time zones: turns what mail writes about zones ("2pm ET", "CET", "GMT+5:30",
// "Pacific Time - US & Canada", "Central Standard Time") into IANA zones, and wall times into
// instants with the offset valid on that date.
import { DateTime, IANAZone } from 'luxon';
import { isIanaZone } from '../iana-zone.ts';
import {
  alsoAGivenName,
  clocksOfCountry,
  countriesOfZone,
  placeNamed,
  placeOfClock,
  townOfClockAmong,
  zonesOfPlace,
  zonesOfTownsNamed,
} from './places.ts';
import { MONTH_WORD, WEEKDAY_WORD } from './text.ts';
import { windowsIdToIana, zoneOfDisplayName, zoneOfRegionLabel } from './windows-zones.ts';

/** A zone as the mail stated it, resolved to an IANA name. */
export interface StatedZone {
  zone: string;
  /** How sure the mapping is: an IANA name or a city is surer than an ambiguous abbreviation. */
  confidence: number;
}

// Wall-clock meaning, not the literal offset: people write "EST" all year round (the s18 case),
// so every US/EU abbreviation maps to the region's zone and the date decides the offset.
const ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  AST: 'America/Halifax',
  ADT: 'America/Halifax',
  NST: 'America/St_Johns',
  NDT: 'America/St_Johns',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  UK: 'Europe/London',
  UTC: 'UTC',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  MET: 'Europe/Berlin',
  MEZ: 'Europe/Berlin',
  MESZ: 'Europe/Berlin',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata',
  PKT: 'Asia/Karachi',
  GST: 'Asia/Dubai',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  PHT: 'Asia/Manila',
  WIB: 'Asia/Jakarta',
  ICT: 'Asia/Bangkok',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  // New Zealand time, written for either season as "ET" is. (Not "AET": Brisbane's eastern time
  // keeps no DST, so it names two clocks.)
  NZT: 'Pacific/Auckland',
  SAST: 'Africa/Johannesburg',
  BRT: 'America/Sao_Paulo',
  ART: 'America/Argentina/Buenos_Aires',
  // As French Canada writes them: heure avancée (daylight) or normale (standard) de l'Est, du
  // Centre, des Rocheuses, du Pacifique, de l'Atlantique.
  HAE: 'America/Toronto',
  HNE: 'America/Toronto',
  HAC: 'America/Winnipeg',
  HNC: 'America/Winnipeg',
  HAR: 'America/Edmonton',
  HNR: 'America/Edmonton',
  HAP: 'America/Vancouver',
  HNP: 'America/Vancouver',
  HAA: 'America/Halifax',
  HNA: 'America/Halifax',
  // Zones with one usual abbreviation each, read where a zone may stand ("10:00 EAT"); not those
  // that are words after a number too ("2 CAT scanners", "1 PET scanner").
  WAT: 'Africa/Lagos',
  EAT: 'Africa/Nairobi',
  TRT: 'Europe/Istanbul',
  IDT: 'Asia/Jerusalem',
  IRST: 'Asia/Tehran',
  SLST: 'Asia/Colombo',
  NPT: 'Asia/Kathmandu',
  MMT: 'Asia/Yangon',
  MYT: 'Asia/Kuala_Lumpur',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
  FJT: 'Pacific/Fiji',
  CLT: 'America/Santiago',
  CLST: 'America/Santiago',
  PYT: 'America/Asuncion',
  UYT: 'America/Montevideo',
};

// Zone abbreviations that are words too ("2 CAT scanners"): a zone only where no noun follows ("9am
// CAT via Zoom" is one)…
const ALSO_A_WORD: Record<string, string> = { CAT: 'Africa/Maputo' };
const NOUN_AFTER =
  /^[ \t]+(?!(?:via|on|for|and|or|to|at|with|by|in|please|sharp|time|which|that|is|will|so)\b)\p{Ll}/u;
// Zone abbreviations that are also the initials of a scan, a test, a tax or a team ("09:30 CT
// suite", "08:30 PT test", "14:00 ART sync", "9:00 AM PT team huddle", "09:30 CT room
// walkthrough"): followed by such a thing, perhaps no zone at all ("10am PT interview", "2pm CT
// tomorrow", "10:00 AM PT team members … will join" are zones).
const INITIALS_TOO = new Set(['CT', 'PT', 'MT', 'ART', 'GST', 'MET', 'WEST', 'EAT', 'WAT']);
const THING_OF_THE_INITIALS =
  /^[ \t]+(?:suite|scan|scans|scanner|department|dept|unit|clinic|ward|lab|sync|store|shop|studio|test|tests|exam|class|planning|registration|return|filing|gallery|programme|program|(?:team|room)[ \t]+(?!(?:members?|interviews?|call|meeting|chat|session|panel|change|will|is|are|and|to|on|at|for|via|with)\b)\p{Ll}+)\b/iu;

// Abbreviations that mean other zones elsewhere: the writer's own place decides ("IST" from a
// Dublin office is Irish time; "MST" from Phoenix is Arizona's, which keeps no DST).
const AUSTRALIAN_EASTERN = [
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Australia/Hobart',
];
const ALTERNATIVES: Record<string, string[]> = {
  IST: ['Europe/Dublin', 'Asia/Jerusalem'],
  // Nepal writes its own standard time "NST" as often as "NPT".
  NST: ['Asia/Kathmandu'],
  CST: [
    'Asia/Shanghai',
    'Asia/Taipei',
    'America/Havana',
    'America/Regina',
    'America/Mexico_City',
    // Central America keeps Central Standard Time all year.
    'America/Costa_Rica',
    'America/Guatemala',
    'America/El_Salvador',
    'America/Tegucigalpa',
    'America/Managua',
    'America/Belize',
    'Australia/Adelaide',
    'Australia/Darwin',
  ],
  CT: ['America/Regina', 'America/Mexico_City'],
  BST: ['Asia/Dhaka'],
  'EAST COAST': ['Australia/Sydney', 'Australia/Brisbane'],
  'WEST COAST': ['Australia/Perth'],
  // Greenwich time itself, as West Africa and Iceland keep it all year; in Britain's summer the UK
  // may still write "GMT" for its own clock.
  GMT: ['UTC'],
  GST: ['Atlantic/South_Georgia'],
  AST: ['Asia/Riyadh', 'America/Puerto_Rico'],
  MST: ['America/Phoenix', 'America/Hermosillo'],
  MT: ['America/Phoenix'],
  // Manila writes Philippine Standard Time "PST" (UTC+8), as official notices do, and Pakistan
  // its own standard time (UTC+5) as often as "PKT".
  PST: ['Asia/Manila', 'Asia/Karachi'],
  // Australians write their eastern and central standard times without the "A" (never their
  // daylight ones: "EDT" in July is only New York's).
  EST: ['America/Cancun', 'America/Panama', ...AUSTRALIAN_EASTERN],
  // Queensland keeps AEST all year and the Northern Territory ACST, beside their DST neighbours.
  AEST: ['Australia/Brisbane', 'Australia/Melbourne', 'Australia/Hobart'],
  AEDT: ['Australia/Melbourne', 'Australia/Hobart'],
  ACST: ['Australia/Darwin'],
};

// "MST" in July: Denver is then on MDT while Arizona keeps MST all year, so a standard time
// said in summer may mean either; without a place to settle it the reader asks.
const STANDARD_ALL_YEAR: Record<string, string> = {
  MST: 'America/Phoenix',
  // Puerto Rico and the Caribbean keep AST all year while Atlantic Canada moves to ADT.
  AST: 'America/Puerto_Rico',
  AEST: 'Australia/Brisbane',
  ACST: 'Australia/Darwin',
  GMT: 'UTC',
};
// Said at home for the home clock whatever the season: a London office's "2pm GMT" in August.
const SAID_AT_HOME_ALL_YEAR = new Set(['GMT']);

// Abbreviations whose region spans several IANA zones: a city or country named in the mail
// picks the right one (a Norwegian recruiter's "CET" is Europe/Oslo).
const REGIONAL: Record<string, Array<[RegExp, string]>> = {
  'Europe/Berlin': [
    [/\b(?:Oslo|Norway|Bergen|Trondheim|Stavanger)\b/, 'Europe/Oslo'],
    [/\b(?:Stockholm|Sweden|Gothenburg|G[öo]teborg|Malm[öo])\b/, 'Europe/Stockholm'],
    [/\b(?:Copenhagen|Denmark|Aarhus)\b/, 'Europe/Copenhagen'],
    [/\b(?:Paris|France|Lyon|Toulouse)\b/, 'Europe/Paris'],
    [/\b(?:Amsterdam|Netherlands|Rotterdam|Utrecht|Eindhoven)\b/, 'Europe/Amsterdam'],
    [/\b(?:Brussels|Belgium|Antwerp|Ghent)\b/, 'Europe/Brussels'],
    [/\b(?:Madrid|Spain|Barcelona|Valencia)\b/, 'Europe/Madrid'],
    [/\b(?:Rome|Italy|Milan|Turin)\b/, 'Europe/Rome'],
    [/\b(?:Vienna|Austria)\b/, 'Europe/Vienna'],
    [/\b(?:Zurich|Z[üu]rich|Switzerland|Geneva|Basel|Bern)\b/, 'Europe/Zurich'],
    [/\b(?:Warsaw|Poland|Krak[óo]w|Wroc[łl]aw)\b/, 'Europe/Warsaw'],
    [/\b(?:Prague|Czech)\b/, 'Europe/Prague'],
    [/\b(?:Budapest|Hungary)\b/, 'Europe/Budapest'],
    [/\b(?:Luxembourg)\b/, 'Europe/Luxembourg'],
  ],
  'Europe/Helsinki': [
    [/\b(?:Athens|Greece)\b/, 'Europe/Athens'],
    [/\b(?:Bucharest|Romania)\b/, 'Europe/Bucharest'],
    [/\b(?:Sofia|Bulgaria)\b/, 'Europe/Sofia'],
    [/\b(?:Kyiv|Kiev|Ukraine)\b/, 'Europe/Kyiv'],
    [/\b(?:Tallinn|Estonia)\b/, 'Europe/Tallinn'],
    [/\b(?:Riga|Latvia)\b/, 'Europe/Riga'],
    [/\b(?:Vilnius|Lithuania)\b/, 'Europe/Vilnius'],
  ],
  // Canada keeps the US regions' clocks; its own zone names the place the mail is about.
  'America/Los_Angeles': [[/\b(?:Vancouver|British Columbia|Victoria, BC)\b/, 'America/Vancouver']],
  // China's CST is Taiwan's too.
  'Asia/Shanghai': [
    [/\b(?:Taiwan|Taipei|Taichung|Kaohsiung|Hsinchu|Tainan|Taoyuan)\b/, 'Asia/Taipei'],
  ],
  'America/Denver': [[/\b(?:Calgary|Edmonton|Alberta)\b/, 'America/Edmonton']],
  'America/Chicago': [[/\b(?:Winnipeg|Manitoba)\b/, 'America/Winnipeg']],
  'America/New_York': [
    [/\b(?:Toronto|Ontario|Ottawa|Montr[ée]al|Qu[ée]bec)\b|,[ \t]*(?:ON|QC)\b/, 'America/Toronto'],
  ],
  // Central and East Africa Time: one clock each, kept by many countries under their own zones.
  'Africa/Maputo': [
    [/\b(?:Lusaka|Zambia|Ndola|Kitwe)\b/, 'Africa/Lusaka'],
    [/\b(?:Harare|Zimbabwe|Bulawayo)\b/, 'Africa/Harare'],
    [/\b(?:Lilongwe|Blantyre|Malawi)\b/, 'Africa/Blantyre'],
    [/\b(?:Gaborone|Botswana)\b/, 'Africa/Gaborone'],
    [/\b(?:Kigali|Rwanda)\b/, 'Africa/Kigali'],
    [/\b(?:Bujumbura|Burundi)\b/, 'Africa/Bujumbura'],
    [/\b(?:Lubumbashi)\b/, 'Africa/Lubumbashi'],
    [/\b(?:Windhoek|Namibia)\b/, 'Africa/Windhoek'],
    [/\bMozambique\b/, 'Africa/Maputo'],
  ],
  'Africa/Nairobi': [
    [/\b(?:Dar es Salaam|Tanzania|Dodoma|Arusha|Zanzibar)\b/, 'Africa/Dar_es_Salaam'],
    [/\b(?:Kampala|Uganda)\b/, 'Africa/Kampala'],
    [/\b(?:Addis Ababa|Ethiopia)\b/, 'Africa/Addis_Ababa'],
  ],
  'Europe/London': [
    [/\b(?:Dublin|Ireland|Cork)\b/, 'Europe/Dublin'],
    [/\b(?:Lisbon|Portugal|Porto)\b/, 'Europe/Lisbon'],
  ],
};

/**
 * A US region's word for its clock ("Central", "Eastern Standard Time"), unless another region's
 * name goes on ("Central Africa", "Eastern Europe", "Pacific Islands"): that clock is no US one.
 */
// "2 p.m. Central Station is a short walk", "our Mountain View office": a place's name, no zone.
const PLACE_AFTER_REGION = String.raw`station|park|square|avenue|street|road|library|bank|market|hotel|line|coast|valley|view|district|office|campus|hall|plaza|terminal|railway|building|tower|mall|college|university|high school`;

function usRegion(word: string): RegExp {
  // ("US Eastern Time", "U.S. Central": the country before the region.)
  return new RegExp(
    String.raw`^(?:US |U\.S\. )?${word}(?! (?:asia|africa|europe|european|america|australia|australian|pacific|islands?|${PLACE_AFTER_REGION})\b)(?: (?:standard|daylight))?(?: time)?\b`,
    'i',
  );
}

// "Our office is on the east coast of Australia … 10am East Coast time": Australia's coast (never
// "US East Coast"); a signature's Australian place settles it too (ALTERNATIVES).
const COAST_ELSEWHERE: Record<string, [RegExp, string]> = {
  'EAST COAST': [
    /\beast coast of Australia\b|\bAustralia(?:n|(?:'|’)s)? east coast\b/i,
    'Australia/Sydney',
  ],
  'WEST COAST': [
    /\bwest coast of Australia\b|\bAustralia(?:n|(?:'|’)s)? west coast\b/i,
    'Australia/Perth',
  ],
};

const AUSTRALIAN_PLACES =
  /\b(?:Australia|Australian|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Queensland|NSW)\b|\.com\.au\b/;

// Long names, as Calendly, Google Calendar, Outlook and recruiters write them; a US region's
// name means the same places as its abbreviation ("Mountain Standard Time" in Tempe is Arizona's).
const NAMED: Array<[RegExp, string, string?]> = [
  [
    /^(?:central europe(?:an)?|middle europe(?:an)?)(?: (?:standard|summer|daylight))? time\b/i,
    'Europe/Berlin',
  ],
  [/^(?:eastern europe(?:an)?)(?: (?:standard|summer|daylight))? time\b/i, 'Europe/Helsinki'],
  [/^(?:western europe(?:an)?)(?: (?:standard|summer|daylight))? time\b/i, 'Europe/Lisbon'],
  [/^british (?:summer|standard) time\b/i, 'Europe/London'],
  [/^greenwich mean time\b/i, 'Europe/London'],
  [/^(?:coordinated )?universal time\b/i, 'UTC'],
  [/^india(?:n)? standard time\b/i, 'Asia/Kolkata'],
  [/^japan standard time\b/i, 'Asia/Tokyo'],
  // Africa's clocks by their names: none keeps summer time.
  [/^east africa(?:n)?(?: standard)? time\b/i, 'Africa/Nairobi'],
  [/^central africa(?:n)?(?: standard)? time\b/i, 'Africa/Maputo'],
  [/^west africa(?:n)?(?: standard)? time\b/i, 'Africa/Lagos'],
  [/^south africa(?:n)? standard time\b/i, 'Africa/Johannesburg'],
  [/^singapore(?: standard)? time\b/i, 'Asia/Singapore'],
  [
    /^(?:australian )?eastern (?:standard |daylight )?time[ -]+(?:\(?australia|sydney|melbourne)/i,
    'Australia/Sydney',
  ],
  // Australia's zones by their full names, as its trackers and calendars write them.
  [/^australian eastern (?:standard |daylight |summer )?time\b/i, 'Australia/Sydney', 'AEST'],
  [/^australian central (?:standard |daylight |summer )?time\b/i, 'Australia/Adelaide', 'ACST'],
  [/^australian western (?:standard )?time\b/i, 'Australia/Perth'],
  // "Eastern Australian time", "Western Australia time": the region's name before the country's.
  [/^eastern australian? (?:standard |daylight |summer )?time\b/i, 'Australia/Sydney', 'AEST'],
  [/^central australian? (?:standard |daylight |summer )?time\b/i, 'Australia/Adelaide', 'ACST'],
  [/^western australian? (?:standard )?time\b/i, 'Australia/Perth'],
  [usRegion('eastern'), 'America/New_York', 'EST'],
  [usRegion('central'), 'America/Chicago', 'CT'],
  [usRegion('mountain'), 'America/Denver', 'MST'],
  [usRegion('pacific'), 'America/Los_Angeles'],
  // "10am East Coast time", "4pm (US West Coast)": the US coasts' clocks, unless the mail is
  // Australian (COAST_ELSEWHERE).
  [/^(?:US |U\.S\. )?east coast(?: time)?\b/i, 'America/New_York', 'EAST COAST'],
  [/^(?:US |U\.S\. )?west coast(?: time)?\b/i, 'America/Los_Angeles', 'WEST COAST'],
  [/^arizona(?: time)?\b/i, 'America/Phoenix'],
  [/^alaska(?:n)?(?: (?:standard|daylight))?(?: time)?\b/i, 'America/Anchorage'],
  [/^hawaii(?:an)?(?:[- ]aleutian)?(?: (?:standard|daylight))?(?: time)?\b/i, 'Pacific/Honolulu'],
  [/^atlantic(?: (?:standard|daylight))?(?: time)?\b/i, 'America/Halifax'],
  [/^newfoundland(?: (?:standard|daylight))?(?: time)?\b/i, 'America/St_Johns'],
  // A province or state of one clock, as its own people write it: "2:00 PM Saskatchewan time",
  // "10am Queensland time", "9am BC time".
  [/^saskatchewan time\b/i, 'America/Regina'],
  [/^(?:british columbia|B\.?C\.?) time\b/i, 'America/Vancouver'],
  [/^alberta time\b/i, 'America/Edmonton'],
  [/^manitoba time\b/i, 'America/Winnipeg'],
  [/^(?:ontario|quebec|québec) time\b/i, 'America/Toronto'],
  [/^nova scotia time\b/i, 'America/Halifax'],
  [/^new brunswick time\b/i, 'America/Moncton'],
  // The Yukon keeps Mountain Standard Time all year, so its "MST" in summer is no Denver clock.
  [/^yukon time\b/i, 'America/Whitehorse'],
  [/^(?:northwest territories|NWT) time\b/i, 'America/Yellowknife'],
  // (Not "WA time": Washington's too.)
  [/^western australian? time\b/i, 'Australia/Perth'],
  [/^(?:northern territory|NT) time\b/i, 'Australia/Darwin'],
  [/^(?:queensland|QLD) time\b/i, 'Australia/Brisbane'],
  [/^(?:new south wales|NSW) time\b/i, 'Australia/Sydney'],
  [/^south australian? time\b/i, 'Australia/Adelaide'],
  [/^(?:tasmanian?|TAS) time\b/i, 'Australia/Hobart'],
  // Mexico's official names: "hora del centro (de México)", "tiempo del centro".
  [/^(?:hora|tiempo) del centro(?: de m[eé]xico)?(?![\p{L}])/iu, 'America/Mexico_City'],
  [/^hor[aá]rio (?:oficial )?de bras[ií]lia(?![\p{L}])/iu, 'America/Sao_Paulo'],
];

// A representative zone for offsets that no Etc/GMT zone can express.
const FRACTIONAL_OFFSETS: Record<number, string> = {
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  210: 'Asia/Tehran',
  270: 'Asia/Kabul',
  390: 'Asia/Yangon',
  570: 'Australia/Darwin',
  630: 'Australia/Lord_Howe',
  [-210]: 'America/St_Johns',
  [-570]: 'Pacific/Marquesas',
};

/** Minutes east of UTC -> an IANA zone with that fixed offset. */
export function zoneForOffset(minutes: number): string | null {
  if (minutes === 0) return 'UTC';
  if (minutes % 60 === 0 && Math.abs(minutes) <= 14 * 60) {
    const hours = minutes / 60;
    // Etc/GMT signs are inverted by POSIX convention.
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  return FRACTIONAL_OFFSETS[minutes] ?? null;
}

/**
 * Whether the mail names where a word-zone's clock is kept (a "CAT" is also an ability test): its
 * zone's city, or a place the regional rules read on it ("Lusaka", "Zambia", "Harare"); not a
 * continent alone ("our Africa desk" may be in London).
 */
function namesWhereItIsKept(zone: string, context: string): boolean {
  const city = zone.split('/')[1]?.replace(/_/g, ' ') ?? '';
  return (
    new RegExp(String.raw`\b${city}\b`).test(context) ||
    (REGIONAL[zone] ?? []).some(([pattern]) => pattern.test(context))
  );
}

/** Picks a city-specific zone for a regional abbreviation when the mail names a place. */
export function refineRegional(zone: string, context: string): string {
  const rules = REGIONAL[zone];
  if (!rules) return zone;
  for (const [pattern, refined] of rules) if (pattern.test(context)) return refined;
  return zone;
}

/**
 * The zone of the places an offset is written with: a Windows display name ("Chennai, Kolkata,
 * Mumbai, New Delhi"), else the first city the gazetteer knows, if its standard or summer
 * offset is the one written.
 */
function zoneOfRegion(list: string, minutes: number): string | null {
  const year = DateTime.now().year;
  const fits = (zone: string) =>
    [1, 7].some((month) => DateTime.fromObject({ year, month }, { zone }).offset === minutes);
  const display = zoneOfDisplayName(list)?.zone;
  if (display && fits(display)) return display;
  for (const name of list.split(/,\s*/).slice(0, 8)) {
    const place = placeNamed(name.replace(/\s*\(.*$/, '').trim());
    if (place && fits(place.zone)) return place.zone;
  }
  return null;
}

/** Outlook/Exchange name zones after Windows ("Central Standard Time"); ical TZIDs carry them too. */
export function windowsZone(name: string): string | null {
  return windowsIdToIana(name);
}

const CITY_THEN_OFFSET = /^(\p{Lu}[\p{L}.'’ -]{1,30}?),?[ \t]+(?=(?:GMT|UTC)\s?[+\-−–]\s?\d)/u;
/** Minutes east of UTC of a matched "GMT+5:30": its sign, hours and minutes (groups 1 to 3). */
function minutesEast(offset: RegExpExecArray): number {
  return (offset[1] === '+' ? 1 : -1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
}

// Never a clock after a dash: "3pm GMT - 11am for you" restates the time.
const OFFSET = /^(?:GMT|UTC)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?(?!\d|\s?[ap]\.?m\b)/i;
// Outside a bracket, a dash set apart before a clock that the reader, a half of the day, or a
// zone or city that never keeps that offset follows ("15:00 GMT - 10:00 Eastern", "3pm GMT - 11
// ET", "- 11 for you", "- 10 in the morning", "3pm GMT - 10 in New York"), restates the time on
// another clock; "(GMT - 04:00)", "GMT - 05:00", "GMT - 5 EST", "GMT - 3 in Buenos Aires" and
// words it cannot place ("GMT - 5 Please join") leave an offset.
const DASH_THEN_CLOCK = /^(?:GMT|UTC)\s[-−–]\s(\d{1,2})(?:[:.](\d{2}))?\s*/;
const READER_OR_HALF_DAY =
  /^(?:[ap]\.?m\b|o(?:'|’)clock\b|(?:in the )?(?:morning|afternoon|evening|night)\b|(?:for|your|my|local|here|there|at your end|where you are|on your side)\b)/i;
const A_CITY = /^(?:in\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})/u;
// Places people write in short after a clock; other capitals ("HR", "TBC") are no place.
const PLACES_IN_SHORT: Record<string, string> = {
  NYC: 'America/New_York',
  DC: 'America/New_York',
  LA: 'America/Los_Angeles',
  SF: 'America/Los_Angeles',
  HK: 'Asia/Hong_Kong',
  KL: 'Asia/Kuala_Lumpur',
};
const A_PLACE_IN_SHORT = /^(?:in\s+)?([A-Z]{2,3})\b/;

function restatedAfterDash(rest: string, context: string): boolean {
  const dash = DASH_THEN_CLOCK.exec(rest);
  if (!dash) return false;
  const after = rest.slice(dash[0].length);
  if (READER_OR_HALF_DAY.test(after)) return true;
  const named = matchZoneAt(after.replace(/^US\s+/, ''), context)?.zone;
  // A place restates only as a place whose clause ends there ("- 10 in New York.", "- 10 New York
  // time"), not the subject of what follows ("- 5 Paris office will host it", "- 5 Sydney will join").
  const city = A_CITY.exec(after);
  const short = A_PLACE_IN_SHORT.exec(after);
  const placeOwnsClause = (written: RegExpExecArray) => {
    const rest = after.slice(written[0].length);
    return /^[ \t]*(?:local )?time\b/i.test(rest) || CITY_CLAUSE_ENDS.test(rest);
  };
  const zone =
    named ??
    (city?.[1] && placeOwnsClause(city) ? (placeNamed(city[1])?.zone ?? null) : null) ??
    (short && placeOwnsClause(short) ? PLACES_IN_SHORT[short[1] ?? ''] : undefined);
  // A place restates only where it keeps another offset ("3pm GMT - 11 NYC" is 11am in New York;
  // "GMT - 5 NYC" names New York's offset); words it cannot place ("GMT - 5 Please join", "- 5 HR
  // will send …") leave the offset.
  if (!zone) return false;
  const offset = -(Number(dash[1]) * 60 + Number(dash[2] ?? 0));
  return !GLOSS_SEASONS.some((at) => IANAZone.create(zone).offset(at) === offset);
}
const ABBREVIATION = /^([A-Z]{2,5})(?![A-Za-z])/;
const IANA_NAME = /^([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)/;
// Countries whose names are also a US state's or a person's ("Georgia time", "Jordan time"), with
// the clock of that other meaning where it has one.
const NAMED_ALSO_ELSE: Record<string, string[]> = {
  Georgia: ['America/New_York'],
  Jordan: [],
  Chad: [],
};
// "Denver time", "Townsville local time".
const CITY_TIME = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?: local)? time\b/u;
// A country of one zone, by the names people write beside their word for time: before it, in
// English and the Germanic languages ("Irish time", "UK time", "norsk tid", "deutsche Zeit"); after
// it, in the Romance ones ("ora italiana", "hora española", "heure française"). Countries of
// several zones (the US, Canada, Australia, Brazil, Mexico, Russia) say nothing alone, and no name
// is also a US state's ("Georgia time") or a person's ("Jordan time").
const COUNTRY_TIME_NAMES: Record<string, { before?: string[]; after?: string[] }> = {
  'Europe/London': { before: ['uk', 'british'] },
  'Europe/Dublin': { before: ['irish', 'ireland'] },
  'Europe/Berlin': {
    before: ['german', 'germany', 'deutsche', 'deutscher'],
    after: ['alemana', 'tedesca', 'allemande'],
  },
  'Europe/Paris': { before: ['french', 'france'], after: ['française', 'francaise'] },
  'Europe/Amsterdam': { before: ['dutch', 'netherlands', 'nederlandse'] },
  'Europe/Madrid': { before: ['spanish', 'spain'], after: ['española', 'espanola', 'peninsular'] },
  'Europe/Rome': { before: ['italian', 'italy'], after: ['italiana'] },
  'Europe/Zurich': { before: ['swiss', 'switzerland'], after: ['svizzera', 'suisse'] },
  'Europe/Stockholm': { before: ['swedish', 'sweden', 'svensk'] },
  'Europe/Oslo': { before: ['norwegian', 'norway', 'norsk'] },
  'Europe/Copenhagen': { before: ['danish', 'denmark', 'dansk'] },
  'Europe/Helsinki': { before: ['finnish', 'finland', 'finsk'] },
  'Atlantic/Reykjavik': { before: ['icelandic', 'iceland'] },
  'Europe/Warsaw': { before: ['polish', 'poland'] },
  'Europe/Prague': { before: ['czech'] },
  'Europe/Budapest': { before: ['hungarian', 'hungary'] },
  'Europe/Bucharest': { before: ['romanian', 'romania'] },
  'Europe/Athens': { before: ['greek', 'greece'] },
  'Europe/Vienna': { before: ['austrian', 'austria'] },
  'Europe/Brussels': { before: ['belgian', 'belgium'], after: ['belge'] },
  'Asia/Kolkata': { before: ['indian', 'india'] },
  'Asia/Tokyo': { before: ['japanese', 'japan'] },
  'Asia/Seoul': { before: ['korean', 'korea'] },
  'Asia/Singapore': { before: ['singapore'] },
  'Asia/Shanghai': { before: ['chinese', 'china'] },
  'Asia/Taipei': { before: ['taiwan'] },
  'Asia/Hong_Kong': { before: ['hong kong'] },
  'Asia/Kuala_Lumpur': { before: ['malaysian', 'malaysia'] },
  'Asia/Bangkok': { before: ['thai', 'thailand'] },
  'Asia/Ho_Chi_Minh': { before: ['vietnamese', 'vietnam'] },
  'Asia/Colombo': { before: ['sri lankan', 'sri lanka'] },
  'Asia/Karachi': { before: ['pakistani', 'pakistan'] },
  'Asia/Dhaka': { before: ['bangladeshi', 'bangladesh'] },
  'Asia/Kathmandu': { before: ['nepali', 'nepal'] },
  'Africa/Nairobi': { before: ['kenyan', 'kenya'] },
  'Africa/Lagos': { before: ['nigerian', 'nigeria'] },
  'Africa/Cairo': { before: ['egyptian', 'egypt'] },
  'Africa/Accra': { before: ['ghanaian', 'ghana'] },
  'Africa/Johannesburg': { before: ['south african', 'south africa'] },
  'Europe/Istanbul': { before: ['turkish', 'turkey'] },
  'Asia/Jerusalem': { before: ['israeli', 'israel'] },
  'Asia/Manila': { before: ['philippine', 'philippines'] },
  'Pacific/Auckland': { before: ['new zealand', 'nz'] },
  'Africa/Casablanca': { before: ['morocco', 'moroccan'] },
  'Asia/Qatar': { before: ['qatar', 'qatari'] },
  'Asia/Riyadh': { before: ['ksa', 'saudi', 'saudi arabia'] },
  'Asia/Dubai': { before: ['uae', 'emirati'] },
  'Asia/Bahrain': { before: ['bahrain', 'bahraini'] },
  'Asia/Kuwait': { before: ['kuwait', 'kuwaiti'] },
  'Asia/Muscat': { before: ['oman', 'omani'] },
  'Europe/Lisbon': { after: ['portuguesa'] },
  'America/Santiago': { after: ['chilena'] },
  'America/Bogota': { after: ['colombiana'] },
  'America/Lima': { after: ['peruana'] },
};
const countryNames = (side: 'before' | 'after'): Record<string, string> =>
  Object.fromEntries(
    Object.entries(COUNTRY_TIME_NAMES).flatMap(([zone, names]) =>
      (names[side] ?? []).map((name) => [name, zone]),
    ),
  );
const COUNTRY_ZONES = countryNames('before');
const TIME_OF_COUNTRY = countryNames('after');
const FOREIGN_COUNTRY_TIME = new RegExp(
  String.raw`^(?:ora|hora|heure|horário|horario)\s+(${Object.keys(TIME_OF_COUNTRY).join('|')})(?![\p{L}])`,
  'iu',
);
// A country's or a city's time as Japanese, Chinese and Korean mail writes it: "日本時間" (Japan
// time), "北京时间" (Beijing time), "한국 시간" (Korea time).
const CJK_ZONE_WORDS: Array<[RegExp, string]> = [
  [/^(?:日本時間|日本标准时间|日本標準時)/u, 'Asia/Tokyo'],
  [/^(?:北京时间|北京時間|中国标准时间|中國標準時間)/u, 'Asia/Shanghai'],
  [/^(?:香港时间|香港時間)/u, 'Asia/Hong_Kong'],
  [/^(?:台北时间|台北時間|台灣時間)/u, 'Asia/Taipei'],
  [/^(?:新加坡时间|新加坡時間)/u, 'Asia/Singapore'],
  [/^(?:한국\s?시간|한국\s?표준시)/u, 'Asia/Seoul'],
];
const COUNTRY_TIME = new RegExp(
  String.raw`^(${Object.keys(COUNTRY_ZONES).join('|')}) (?:time|tid|zeit|tijd)\b`,
  'i',
);

// The same in the languages recruiters abroad write in: "hora de Madrid", "heure de Paris",
// "horário de Lisboa", "ora di Roma".
const CITY_ALONE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})$/u;
const LOCAL_CITY_TIME =
  /^(?:hora (?:de|del)|heure d[e'’] ?|hor[aá]rio de|ora di)\s*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})/u;

// "UTC+1", "GMT-04:00", "UTC+5:30" in an abbreviation's gloss.
const GLOSSED_OFFSET = /\b(?:UTC|GMT)[ \t]*([+−-])[ \t]*(\d{1,2})(?::?(\d\d))?\b/;

export interface ZoneMatch extends StatedZone {
  /** Characters consumed from the position the match was tried at. */
  length: number;
  /** Other zones an ambiguous abbreviation may mean, for the writer's place to pick from. */
  alternatives?: string[];
  /** A standard time said, which this zone keeps all year while the named one may not. */
  standardAllYear?: string;
  /** Its home writes it for its own clock in summer too (Britain's "GMT" in August). */
  saidAtHomeAllYear?: true;
  /** Minutes east of UTC that the mail wrote beside it ("BST (UTC+1)"), for the day to check. */
  statedOffset?: number;
}

/**
 * A zone known from elsewhere (the writer's, the venue's), when an ambiguous abbreviation ("IST",
 * "CST", "MST") may mean it.
 */
export function settledBy(
  match: ZoneMatch,
  knownZone: string | null | undefined,
  firstMeaningToo = false,
): string | null {
  if (!knownZone || !match.alternatives?.length) return null;
  // Its first meaning settles it only where the caller says so ("3:30pm IST, your time" to a
  // reader in India); "MST" in July from Denver stays in doubt.
  if (firstMeaningToo && match.zone === knownZone) return knownZone;
  if (match.alternatives.includes(knownZone)) return knownZone;
  // "AST" from Manama: Arabia's time, which Bahrain keeps as Riyadh does, though its zone is its
  // own. Not another country's, where the first meaning is the known zone's own country's: "CST"
  // from New York is the US's Central time, though Cuba's "CST" keeps New York's clock.
  const home = countriesOfZone(knownZone);
  const atHome = (zone: string) => countriesOfZone(zone).some((country) => home.includes(country));
  const homeMeaning = atHome(match.zone);
  return match.alternatives.some(
    (zone) => sameClockAllYear(zone, knownZone, RULES_YEAR) && (!homeMeaning || atHome(zone)),
  )
    ? knownZone
    : null;
}

// The year whose rules stand for a zone's own, fixed so that a mail reads the same whenever it is
// read (zones seldom change their rules).
const RULES_YEAR = 2027;

// The city ends the label, or its abbreviation or a stop follows: "Eastern Time - New York (EDT).".
// A dot inside it only abbreviates a word ("St. John's").
const LABEL_CITY =
  /^[ \t]*[-–][ \t]*(\p{Lu}[\p{L}'’-]*(?:\.(?= \p{Lu}))?(?: \p{Lu}[\p{L}'’-]*(?:\.(?= \p{Lu}))?){0,2})(?=[ \t]*(?:$|[\n)\],;.(]))/u;

/**
 * The text names the zone: by its IANA name, or by its city after a region's clock, as Google
 * Calendar labels one ("Eastern Time - New York").
 */
export function namesZone(text: string, zone: string): boolean {
  const city = zone.split('/').pop()?.replace(/_/g, ' ') ?? '';
  return text.includes(zone) || text.includes(`Time - ${city}`);
}

// "10:00 AM Mexico City" (Zoom), "2pm Sydney", "10:00 AM in Sydney.", "11:00 Montevideo on the
// 1st", "11:00 Lisbon and should last an hour": a city right after a time, then the line or the
// clause ends or goes on about the time; not a person the sentence goes on about ("at 2pm Phoenix
// is going to meet you", "2pm Phoenix and Tom will interview you").
const CITY_AFTER_TIME =
  /^((?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’-]*)(?: (?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’-]*)){0,2})(?=[ \t]*(?:$|[\n()\],;]|\.(?:\s|$))|[ \t]+[/|\-–—]|[ \t]+(?:on|for|or|if|via|over|with|at|in|to|until|till|sharp|and(?![ \t]+\p{Lu}))\b|[ \t]+is(?![ \t]+(?:going|joining|meeting|running|taking|leading|hosting|interviewing|looking|happy|keen|free|available)\b)\b)/u;

// A winter's day and a summer's: the offsets a zone keeps in its two seasons.
const GLOSS_SEASONS = [Date.UTC(RULES_YEAR, 0, 15), Date.UTC(RULES_YEAR, 6, 15)];

/**
 * True when a bracketed gloss ("Irish Standard Time, GMT+01:00", "India", "GMT+5:30") names the
 * zone: by a place, a people, or an offset the zone keeps in one of its seasons.
 */
function glossFits(gloss: string, zone: string): boolean {
  return gloss.split(/[,;/]/).some((part) => {
    const words = part.trim();
    const offset = OFFSET.exec(words);
    if (offset) {
      const minutes = minutesEast(offset);
      return GLOSS_SEASONS.some((at) => IANAZone.create(zone).offset(at) === minutes);
    }
    const people = COUNTRY_ZONES[words.split(/\s+/)[0]?.toLowerCase() ?? ''];
    return people === zone || zonesOfPlace(words).includes(zone);
  });
}

// "2pm Sydney.", "2pm Sydney, on Zoom", "2pm Sydney on Thursday", "10am Sydney over Zoom", "- 10
// New York (EDT)", "8:00am Sydney – which is 6pm for you", "14:00 London | 09:00 New York": the
// place's clause ends there (not "10:00 Sydney - so we can …", "10:00 Sydney | Portfolio review").
const CITY_CLAUSE_ENDS = new RegExp(
  String.raw`^[ \t]*(?:$|[\n()\],;]|\.(?:\s|$)|on (?:the )?(?:\d|${WEEKDAY_WORD}|${MONTH_WORD})|(?:on|via|over) (?:zoom|teams|google meet|webex|video|the phone)\b|[-–—][ \t]*(?:which(?: is| would be)?|that(?:'|’)s|that is|i\.e\.,?|so)[ \t]+[^.\n]{0,30}?(?:\b\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\b|h\b)|\bfor you\b|\byour time\b)|\|[ \t]*\d)`,
  'i',
);

// Capitalised words a clock may run into that are no place, whatever towns bear their names.
const ORDINARY_AFTER_A_CLOCK =
  /^(?:Please|Thanks|Thank|Best|Regards|Cheers|Looking|Let|See|Hope|Kind|Many|Speak|Talk|Join|Meet|Our|Your|The|This|That|Reading|Mobile|Nice|Bath|Mission|Sharp|Local)\b/;

// "(GMT+11)", "(+11)", "(local)", "(Sydney time)", "(which is 6pm for you)", "(10pm your time)",
// "(16 hours ahead of you)": words that tell a clock (a bare clock may be the person's: "(until
// 10:45)").
const TELLS_A_CLOCK =
  /\b(?:UTC|GMT)\b|^[+−-]\d{1,2}(?::?\d\d)?$|^local$|\btime(?:[ \t]*zone)?$|\b(?:for|to) you\b|\byour (?:time|clock)\b|\bhours? (?:ahead|behind)\b/i;
// "(23:00 London)", "(9pm Tuesday in New York)": the time restated on another place's clock.
const CLOCK_ELSEWHERE =
  /^(?:\w+[ \t]+)?\d{1,2}(?:[:.h]\d\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]+(?:\w+day[ \t]+)?(?:in[ \t]+)?([A-Z][\w .'-]*)$/;

/**
 * A bracket after "<clock> <city>" is about the city's clock, not a person of that name: it tells
 * a clock, restates the time on another place's, or names the city's own place ("(Australia)",
 * "(Sydney, Australia)"; "(London)" after Sydney is where the person sits).
 */
function aboutTheCitysClock(inside: string, zone: string): boolean {
  const elsewhere = CLOCK_ELSEWHERE.exec(inside)?.[1];
  return (
    TELLS_A_CLOCK.test(inside) ||
    (ABBREVIATION.exec(inside)?.[1] ?? '') in ABBREVIATIONS ||
    inside === zone ||
    (!!elsewhere && (zonesOfTownsNamed(elsewhere).length > 0 || elsewhere in ABBREVIATIONS)) ||
    inside
      .split(/[ \t]*,[ \t]*/)
      .every(
        (part) => zonesOfTownsNamed(part).includes(zone) || clocksOfCountry(part).includes(zone),
      )
  );
}

/** "10:00 AM Sydney", "10:00 AM in Sydney.": a known city that ends its line or sentence. */
export function cityZoneAt(text: string, lead = 0): ZoneMatch | null {
  const after = CITY_AFTER_TIME.exec(text);
  const place = after?.[1] ? placeNamed(after[1]) : null;
  // "1pm Victoria (BC)", "10am Florence (Italy time)": a place the name alone cannot settle, and
  // no reason to take the user's clock instead: asked.
  const [unsettled] =
    after?.[1] && !place && !ORDINARY_AFTER_A_CLOCK.test(after[1])
      ? zonesOfTownsNamed(after[1])
      : [];
  if (after && unsettled)
    return { zone: unsettled, confidence: 0.4, length: lead + after[0].length };
  if (!after?.[1] || !place || place.confidence < 0.75) return null;
  // "10am Sydney for the coding exercise", "2pm Sydney and her leads": the city's name is a
  // person's too, and the clause goes on as it might about either; only an end settles it.
  // ("11:00 Adelaide (Head of Design)", "10:00 Sydney (she/her)", "(Round 2 lead)", "(London
  // office)", "(until 10:45)": a bracket after a name says a person unless it is about the city's
  // clock: "(AEDT)", "(GMT+11)", "(local time)", "(Australia)", "(which is 10pm Wednesday for you)".)
  const next = text.slice(after[1].length);
  const bracketed = /^[ \t]*\(([^()\n]*)\)/.exec(next)?.[1]?.trim();
  const endsThere =
    CITY_CLAUSE_ENDS.test(next) &&
    (bracketed === undefined || aboutTheCitysClock(bracketed, place.zone));
  const confidence = alsoAGivenName(after[1]) && !endsThere ? 0.4 : 0.85;
  // "11am (Portland, GMT-5)": an offset beside the name, which the day's clock there must keep
  // (Portland, Oregon's is GMT-8 in March; Maine's Portland keeps GMT-5): checked where the day is
  // known, and asked if it disagrees.
  const offset = /^[ \t]*,[ \t]*(?:UTC|GMT)[ \t]*([+−-])[ \t]*(\d{1,2})(?::?(\d\d))?\b/.exec(next);
  const stated = offset ? { statedOffset: minutesEast(offset) } : {};
  return { zone: place.zone, confidence, length: lead + after[0].length, ...stated };
}

/**
 * Tries to read a zone at the very start of `text` (after spaces and an opening parenthesis):
 * an abbreviation, a long name, an IANA name, "<City> time" or a GMT/UTC offset.
 * `context` is the whole message, used to pick a city among a regional abbreviation's zones.
 */
export function matchZoneAt(
  text: string,
  context = '',
  options: { cityAfterTime?: boolean } = {},
): ZoneMatch | null {
  // "(日本時間 JST)": words in another script before the zone, inside its bracket, are its gloss.
  // ("11:00 a 12:00 hs (…)", "14:00 Uhr (MEZ)": the word for hours before the zone.)
  const lead =
    /^[ \t\u00a0]*(?:(?:hs|hrs|horas|Uhr)\.?[ \t\u00a0]*)?[.,]?[ \t\u00a0]*(?:\([ \t\u00a0]*(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+[ \t\u00a0]*(?=[A-Z]))?)?/u.exec(
      text,
    )?.[0].length ?? 0;
  const rest = text.slice(lead, lead + 80);
  // A label that lists places names one clock ("(UK, Ireland, Lisbon Time)", as Calendly writes
  // Europe/London, in brackets or as a line's list of places): its own places never refine it, only
  // the rest of the mail.
  const label =
    (text.slice(0, lead).includes('(')
      ? /^[^()\n]{4,}(?=\))/.exec(rest)?.[0]
      : /^(?=[^()\n]*,)[^()\n]{4,}?\bTime(?=[ \t]*(?:\r?\n|$))/.exec(rest)?.[0]) ?? '';
  const around = label ? context.split(label).join(' ') : context;
  const bracketed = text.slice(0, lead).includes('(');
  // "(Buenos Aires, GMT-3)": the city, then its offset, in one bracket.
  const cityFirst = bracketed ? CITY_THEN_OFFSET.exec(rest) : null;
  const cityOffset = cityFirst ? OFFSET.exec(rest.slice(cityFirst[0].length)) : null;
  if (cityFirst?.[1] && cityOffset) {
    const zone = zoneOfRegion(cityFirst[1], minutesEast(cityOffset));
    if (zone)
      return { zone, confidence: 0.9, length: lead + cityFirst[0].length + cityOffset[0].length };
  }
  const offset = bracketed || !restatedAfterDash(rest, context) ? OFFSET.exec(rest) : null;
  if (offset) {
    const minutes = minutesEast(offset);
    // Outlook writes "(UTC+10:00) Canberra, Melbourne, Sydney" and "(UTC-05:00) Eastern Time (US &
    // Canada)": the standard offset, then the region, whose own rules give the offset on the day.
    const after = rest.slice(offset[0].length);
    const region = /^\)?[ \t]*/.exec(after)?.[0].length ?? 0;
    const regionText = after.slice(region, region + 60).split('\n')[0] ?? '';
    // "(GMT+12:00) Pacific/Auckland", as SmartRecruiters writes it: the tz name itself.
    const ianaAfter = region > 0 ? IANA_NAME.exec(regionText) : null;
    if (ianaAfter?.[1] && isIanaZone(ianaAfter[1]))
      return {
        zone: ianaAfter[1],
        confidence: 0.95,
        length: lead + offset[0].length + region + ianaAfter[0].length,
      };
    const named = NAMED.find(([pattern]) => pattern.test(regionText));
    if (named && region > 0) {
      return {
        zone: refineRegional(named[1], around),
        confidence: 0.9,
        length: lead + offset[0].length,
      };
    }
    const cityZone = region > 0 ? zoneOfRegion(regionText, minutes) : null;
    if (cityZone) return { zone: cityZone, confidence: 0.9, length: lead + offset[0].length };
    const zone = zoneForOffset(minutes);
    if (zone) return { zone, confidence: 0.9, length: lead + offset[0].length };
  }
  const iana = IANA_NAME.exec(rest);
  if (iana?.[1] && isIanaZone(iana[1])) {
    return { zone: iana[1], confidence: 0.98, length: lead + iana[0].length };
  }
  // Zoom's "02:00 PM West Central Africa": a region's name, before "Central" alone is read in it.
  const region = zoneOfRegionLabel(rest);
  if (region) return { zone: region.zone, confidence: 0.9, length: lead + region.length };
  for (const [pattern, zone, code] of NAMED) {
    const named = pattern.exec(rest);
    if (named) {
      const alternatives = code ? ALTERNATIVES[code] : undefined;
      const allYear = code && /standard/i.test(named[0]) ? STANDARD_ALL_YEAR[code] : undefined;
      // "Central Time - Chicago", as Google Calendar writes it: the label's own city, before any
      // city elsewhere in the mail.
      const city = LABEL_CITY.exec(rest.slice(named[0].length))?.[1];
      const labelled = city ? (labelCityZone(city, zone) ?? undefined) : undefined;
      const coast = code && !/^U\.?S\.? /i.test(named[0]) ? COAST_ELSEWHERE[code] : undefined;
      const australian = coast?.[0].test(around) ? coast[1] : undefined;
      // Queensland keeps no summer time: its east coast and Sydney's part for half the year. A
      // coast unqualified in mail that names Australian places may be either country's: asked.
      // ("New Brunswick time" from New Brunswick, NJ: New York's clock, or the province's?)
      const unsure =
        (zone === 'America/Moncton' && /\b(?:NJ|New Jersey|Rutgers)\b/.test(around)) ||
        (australian === 'Australia/Sydney' && /\b(?:Brisbane|Queensland)\b/.test(around)) ||
        (!!coast && !australian && AUSTRALIAN_PLACES.test(around));
      return {
        zone: labelled ?? australian ?? refineRegional(zone, around),
        confidence: unsure ? 0.4 : 0.9,
        length: lead + named[0].length,
        ...(alternatives ? { alternatives } : {}),
        ...(allYear ? { standardAllYear: allYear } : {}),
      };
    }
  }
  const abbreviation = ABBREVIATION.exec(rest);
  const code = abbreviation?.[1] ?? '';
  const afterIt = rest.slice(abbreviation?.[0].length ?? 0);
  const asAZone = !!ALSO_A_WORD[code] && !NOUN_AFTER.test(afterIt);
  // ("09:30 CT suite tour", "08:30 PT test": initials of something else, perhaps; asked.)
  if (abbreviation && INITIALS_TOO.has(code) && THING_OF_THE_INITIALS.test(afterIt))
    return {
      zone: ABBREVIATIONS[code] ?? 'UTC',
      confidence: 0.4,
      length: lead + abbreviation[0].length,
    };
  // ("10:00 CAT on Teams" in mail that names no place on that clock: a zone perhaps; asked.)
  if (abbreviation && asAZone && !namesWhereItIsKept(ALSO_A_WORD[code] ?? '', context))
    return {
      zone: ALSO_A_WORD[code] ?? 'UTC',
      confidence: 0.4,
      length: lead + abbreviation[0].length,
    };
  const mapped = ABBREVIATIONS[code] ?? (asAZone ? ALSO_A_WORD[code] : undefined);
  if (abbreviation && mapped) {
    let length = lead + abbreviation[0].length;
    // The abbreviation's own gloss in brackets picks among its meanings and is consumed with it:
    // "IST (GMT+5:30)", "IST (Irish Standard Time, GMT+01:00)", "CST (China)", "AST (Atlantic
    // Standard Time, Puerto Rico)"; so does an offset right after it: "(CST, UTC+8)".
    const gloss =
      /^[ \t]*\(([^()\n]{2,60})\)/.exec(text.slice(length)) ??
      /^[ \t]*[,/][ \t]*((?:UTC|GMT)[ \t]*[+−-][ \t]*\d{1,2}(?::?\d\d)?)\b/.exec(
        text.slice(length),
      );
    const meanings = [mapped, ...(ALTERNATIVES[code] ?? [])];
    const glossed = gloss?.[1] ? meanings.filter((zone) => glossFits(gloss[1] ?? '', zone)) : [];
    // "14:00 GMT (Dakar time)": a city whose clock is one of the meanings all year is that clock.
    // (Or the city alone: "4:00 PM AST (Kuwait)", "AST (Manama)".)
    const glossCity = gloss?.[1]
      ? (CITY_TIME.exec(gloss[1].trim()) ??
        LOCAL_CITY_TIME.exec(gloss[1].trim()) ??
        CITY_ALONE.exec(gloss[1].trim()))
      : null;
    // (A country of one clock too: "AST (Qatar)".)
    // ("Kuwait City", "Panama City": the city by its country's name.)
    const glossName = glossCity?.[1]?.replace(/[ \t]+City$/, '');
    const countryClocks = glossName ? clocksOfCountry(glossName) : [];
    const cityZone =
      glossCity?.[1] && glossName
        ? (placeOfClock(glossCity[1])?.zone ??
          placeOfClock(glossName)?.zone ??
          (countryClocks.length === 1 ? (countryClocks[0] ?? null) : null))
        : null;
    const cityMeaning =
      cityZone && meanings.some((zone) => sameClockAllYear(zone, cityZone, RULES_YEAR))
        ? cityZone
        : undefined;
    // "10:00 AM AST (Dubai)": a place whose clock is none of the abbreviation's meanings; asked.
    if (cityZone && !cityMeaning && glossed.length === 0)
      return { zone: mapped, confidence: 0.4, length: length + (gloss?.[0].length ?? 0) };
    const confirm = !cityMeaning && glossed[0] === mapped;
    const chosen = cityMeaning ?? (confirm ? undefined : glossed[0]);
    if (gloss && cityMeaning && glossed.length === 0) length += gloss[0].length;
    if (gloss && glossed.length > 0) length += gloss[0].length;
    const ambiguous = code === 'IST' || code === 'CST' || code === 'GST' || code === 'NST';
    const offset = gloss?.[1] ? GLOSSED_OFFSET.exec(gloss[1]) : null;
    const stated = offset ? minutesEast(offset) : undefined;
    const withOffset = stated === undefined ? {} : { statedOffset: stated };
    if (chosen)
      return { zone: refineRegional(chosen, around), confidence: 0.9, length, ...withOffset };
    const alternatives = ALTERNATIVES[code];
    return {
      zone: refineRegional(mapped, around),
      confidence: ambiguous && !confirm ? 0.75 : 0.9,
      length,
      ...(alternatives && !confirm ? { alternatives } : {}),
      ...(STANDARD_ALL_YEAR[code] && !confirm ? { standardAllYear: STANDARD_ALL_YEAR[code] } : {}),
      ...(SAID_AT_HOME_ALL_YEAR.has(code) ? { saidAtHomeAllYear: true as const } : {}),
      ...withOffset,
    };
  }
  // "at 1. Same time zone as me": after a sentence's stop, a capital starts a sentence, not a
  // place's name (Same is a town in Tanzania, Reading one in England).
  if (/[.]\s/.test(text.slice(0, lead + 1))) return null;
  const city = CITY_TIME.exec(rest) ?? LOCAL_CITY_TIME.exec(rest);
  // "10:00 Santiago time": the one town of that name the list knows, or one that dwarfs the
  // others, unless the mail gives an address of a namesake on another clock; else the one the mail
  // gives an address of ("Birmingham, AL 35203") or names the country of ("Santiago, Chile"); else
  // asked, never the user's clock.
  const cityZone = city?.[1] ? (placeOfClock(city[1])?.zone ?? null) : null;
  const town = city?.[1] ? townOfClockAmong(city[1], context) : null;
  // ("3pm Dublin time" beside an office at "Dublin, OH 43017": either Dublin's; asked.)
  const namesakeElsewhere =
    !!cityZone && !!town?.sure && !sameClockAllYear(town.zone, cityZone, RULES_YEAR);
  if (city && cityZone)
    return {
      zone: cityZone,
      confidence: namesakeElsewhere ? 0.4 : 0.9,
      length: lead + city[0].length,
    };
  if (city && town)
    return { zone: town.zone, confidence: town.sure ? 0.9 : 0.4, length: lead + city[0].length };
  const cjk = CJK_ZONE_WORDS.find(([words]) => words.test(rest));
  const cjkWords = cjk ? cjk[0].exec(rest)?.[0] : undefined;
  if (cjk && cjkWords) return { zone: cjk[1], confidence: 0.9, length: lead + cjkWords.length };
  const country = COUNTRY_TIME.exec(rest);
  const countryZone = country?.[1] ? COUNTRY_ZONES[country[1].toLowerCase()] : undefined;
  if (country && countryZone)
    return { zone: countryZone, confidence: 0.9, length: lead + country[0].length };
  const foreign = FOREIGN_COUNTRY_TIME.exec(rest);
  const foreignZone = foreign?.[1] ? TIME_OF_COUNTRY[foreign[1].toLowerCase()] : undefined;
  if (foreign && foreignZone)
    return { zone: foreignZone, confidence: 0.9, length: lead + foreign[0].length };
  // "Costa Rica time", "Argentina time": a country's one clock, under one name or several; "9am
  // Brazil time": a country whose clocks differ names none of them, and the reader asks.
  const clocks = city?.[1] && city[1].length >= 4 ? clocksOfCountry(city[1]) : [];
  const [first] = clocks;
  // "Jordan time", "Georgia time": a country's, or a person's or a US state's; asked, unless the
  // writer's place settles it.
  const alsoElse = NAMED_ALSO_ELSE[city?.[1] ?? ''];
  if (city && first && alsoElse)
    return { zone: first, confidence: 0.4, length: lead + city[0].length, alternatives: alsoElse };
  if (city && first) {
    const one = clocks.every((zone) => sameClockAllYear(zone, first, RULES_YEAR));
    return { zone: first, confidence: one ? 0.9 : 0.4, length: lead + city[0].length };
  }
  const cityAfter = options.cityAfterTime ? cityZoneAt(rest, lead) : null;
  if (cityAfter) return cityAfter;
  // "(heure du Maroc / Morocco time)": a label in two languages, the second one read (not "March
  // at 10am AEST / East Coast time", a clock and its own zone before the slash).
  const other = /^[^/()\n\d]{3,40}\/[ \t]*/.exec(rest);
  if (other) {
    const second = matchZoneAt(rest.slice(other[0].length), context, options);
    // ("2pm Brisbane/Sydney time": two places whose clocks part for half the year; asked.)
    const firstPlace = placeNamed(other[0].replace(/\/[ \t]*$/, '').trim());
    const apart =
      !!second && !!firstPlace && !sameClockAllYear(firstPlace.zone, second.zone, RULES_YEAR);
    if (second)
      return {
        ...second,
        ...(apart ? { confidence: Math.min(second.confidence, 0.4) } : {}),
        length: lead + other[0].length + second.length,
      };
  }
  return null;
}

// Statements that set the zone for a whole message: "All times are Pacific", "Invitee Time
// Zone: Pacific Time - US & Canada", Google Calendar's "Eastern Time - New York" line.
const ZONE_STATEMENTS: RegExp[] = [
  // "面接日時：日本時間 2027年3月9日 14:00": Japanese and Chinese mail may name the zone first.
  new RegExp(
    String.raw`(?=(?:${CJK_ZONE_WORDS.map(([words]) => words.source.slice(1)).join('|')})[ \t\u3000]*[\d０-９])`,
    'gu',
  ),
  /\ball times (?:are |listed |shown |below |above )*(?:in )?/gi,
  /\btimes? (?:are |is )?(?:listed |shown |given )?in /gi,
  // "The time above is Costa Rica time."
  /\btimes? (?:above|below) (?:is|are) (?:in )?/gi,
  /\btime ?zone\s*[:\-–]?\s*/gi,
  /^[ \t]*(?=(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic) Time - )/gim,
  // A booking page's zone alone on its line, under the day: "Central Time (US & Canada)".
  /^[ \t]*(?=(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic) Time \(US & Canada\)[ \t]*$)/gim,
  /^[ \t]*(?=\(?(?:GMT|UTC)[+\-−–]\d{1,2}(?::\d{2})?\)? )/gim,
  /(?=\((?:GMT|UTC)[+\-−–]\d{1,2}(?::\d{2})?\)[ \t]+[A-Z])/g,
  // Google Calendar's zone alone on the line under the time: "7:30pm – 8:30pm" / "Singapore
  // Standard Time"; a scheduler's under the day, with its offset: "Thursday, October 21st 2027" /
  // "India Standard Time (GMT+05:30)".
  /(?<=\d(?:[ap]m)?[ \t]*\r?\n)[ \t]*(?=(?:\p{Lu}\p{L}*[ \t]+){1,4}(?:Standard |Daylight |Summer )?Time(?:[ \t]*\((?:GMT|UTC)[+\-−–]\d{1,2}(?::\d{2})?\))?[ \t]*$)/gmu,
  // A schedule's day line that names the zone of the rows below it: "Thursday, April 20, 2028 -
  // India Standard Time (IST, UTC+5:30)".
  // (A date's number on it, and the zone alone after the dash: not "Monday - Friday | Pacific Time"
  // office hours, nor "Friday 6 March - Pacific Time office closed".)
  /^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b[^\n\d]{0,20}\d[^\n]{0,30}?[ \t][-–—|][ \t]+(?=(?:\p{Lu}\p{L}*[ \t]+){1,4}(?:Standard |Daylight |Summer )?Time\b(?=[ \t]*(?:$|[(:.,;–—-]|all times)))/gmu,
];

// Google Calendar's zone line names the city whose clock it is: "Australian Eastern Standard
// Time - Brisbane" (Queensland keeps no summer time; "AEST" alone would be Sydney's in winter),
// "Central European Time - Berlin".
const CALENDAR_ZONE_CITY =
  /(?:^|[ \t]{2})[ \t]*((?:\p{Lu}\p{L}*[ \t]+){1,5}Time)[ \t]+[-–][ \t]+(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3})(?=[ \t]*$|[ \t]{2})/gmu;

/**
 * The zone of the city a zone's label names, as Google Calendar writes its zones ("Mountain Time -
 * Phoenix", "Australian Eastern Standard Time - Brisbane": zones that keep the label's standard
 * time, with or without its summer time), when the city keeps the standard offset the label
 * means. Never "Eastern Time - Cambridge", whichever Cambridge the list knows. A label we cannot
 * read (`meaning` null) is the calendar's own, and its city says the zone.
 */
function labelCityZone(city: string, meaning: string | null): string | null {
  // A zone's label names a place, even one that is a word or a name too ("… - Darwin").
  const place = placeNamed(city, undefined, true);
  if (!place || place.confidence < 0.75) return null;
  const standard = (zone: string) =>
    Math.min(...GLOSS_SEASONS.map((at) => IANAZone.create(zone).offset(at)));
  return !meaning || standard(place.zone) === standard(meaning) ? place.zone : null;
}

/** The zone a message states for all its times, if any. */
export function findStatedZone(text: string): StatedZone | null {
  const capped = text.slice(0, 50_000);
  for (const m of capped.matchAll(CALENDAR_ZONE_CITY)) {
    const zone = labelCityZone(m[2] ?? '', matchZoneAt(m[1] ?? '', capped)?.zone ?? null);
    if (zone) return { zone, confidence: 0.9 };
  }
  for (const statement of ZONE_STATEMENTS) {
    statement.lastIndex = 0;
    for (let m = statement.exec(capped); m; m = statement.exec(capped)) {
      const found = matchZoneAt(capped.slice(m.index + m[0].length), capped);
      if (found) return { zone: found.zone, confidence: found.confidence };
      if (m[0].length === 0) statement.lastIndex++;
    }
  }
  return null;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface Placed {
  iso: string;
  /** False when the wall time falls in a DST gap or overlap and had to be adjusted or chosen. */
  exact: boolean;
}

/** ISO-8601 with an explicit offset (never "Z"). */
export function toIsoWithOffset(dt: DateTime): string {
  const iso = dt.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? '';
  return iso.endsWith('Z') ? `${iso.slice(0, -1)}+00:00` : iso;
}

/** A wall time in a zone -> the instant, choosing the earlier offset in a DST overlap. */
export function placeWallTime(wall: WallTime, zone: string): Placed | null {
  const dt = DateTime.fromObject({ ...wall, second: 0, millisecond: 0 }, { zone });
  if (!dt.isValid) return null;
  const gap = dt.hour !== wall.hour || dt.minute !== wall.minute;
  const earlier = dt.minus({ hours: 1 });
  if (!gap && earlier.hour === wall.hour && earlier.minute === wall.minute) {
    return { iso: toIsoWithOffset(earlier), exact: false };
  }
  const oneHourLater = dt.plus({ hours: 1 });
  const overlap = oneHourLater.hour === wall.hour && oneHourLater.minute === wall.minute;
  return { iso: toIsoWithOffset(dt), exact: !gap && !overlap };
}

/**
 * The two zones show the same clock every day of `year` (Boise and Denver, Hobart and Sydney;
 * not Jerusalem and Athens, whose clocks part for two days in March).
 */
export function sameClockAllYear(a: string, b: string, year: number): boolean {
  // A year of days costs milliseconds per pair, and a mail asks of the same few pairs again and
  // again (each zone its text names, against the writer's and the reader's).
  const key = `${a}|${b}|${year}`;
  const known = sameClockMemo.get(key);
  if (known !== undefined) return known;
  if (sameClockMemo.size >= MAX_SAME_CLOCK_MEMO) sameClockMemo.clear();
  const same = sameClockEveryDay(a, b, year);
  sameClockMemo.set(key, same);
  return same;
}

const sameClockMemo = new Map<string, boolean>();
const MAX_SAME_CLOCK_MEMO = 2_000;

function sameClockEveryDay(a: string, b: string, year: number): boolean {
  // The zones' own offset function: a DateTime a day costs milliseconds more per pair.
  const [first, second] = [IANAZone.create(a), IANAZone.create(b)];
  if (!first.isValid || !second.isValid) return false;
  const dayMs = 86_400_000;
  for (let at = Date.UTC(year, 0, 1, 12); at < Date.UTC(year + 1, 0, 1); at += dayMs) {
    if (first.offset(at) !== second.offset(at)) return false;
  }
  return true;
}

/** Offset in minutes of `zone` at `instant`. */
export function offsetAt(zone: string, instant: Date): number {
  const dt = DateTime.fromJSDate(instant, { zone });
  return dt.isValid ? dt.offset : 0;
}

// Where most mail comes from, in order: the first whose offset matches stands for a bare offset.
const COMMON_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Halifax',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Helsinki',
  'Europe/Moscow',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Pacific/Auckland',
];

/** An IANA zone that had `offset` minutes at `at`, preferring the given zones, then common ones. */
export function zoneWithOffset(offset: number, at: Date, preferred: string[] = []): string | null {
  for (const zone of [...preferred, ...COMMON_ZONES]) {
    if (isIanaZone(zone) && offsetAt(zone, at) === offset) return zone;
  }
  return zoneForOffset(offset);
}
