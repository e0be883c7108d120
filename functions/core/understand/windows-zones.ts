// Reader -> time zones -> Windows: Outlook and Exchange name zones after Windows, by id ("W. Europe
// Standard Time") or by the display name Windows shows ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome,
// Stockholm, Vienna"), and write either as an iCalendar TZID. This is the one home of that mapping.
//
// Ids, display names and zones follow Unicode CLDR's windowsZones (the territory "001" zone of each
// Windows zone), with current canonical IANA names where CLDR keeps an old alias (Asia/Calcutta ->
// Asia/Kolkata). The npm package windows-iana ships the id mapping, but not the display names.

/** Windows zone id, its display name as Windows shows it, and the IANA zone CLDR maps it to. */
type WindowsZone = readonly [id: string, display: string, iana: string];

export const WINDOWS_ZONES: readonly WindowsZone[] = [
  ['Dateline Standard Time', '(UTC-12:00) International Date Line West', 'Etc/GMT+12'],
  ['UTC-11', '(UTC-11:00) Coordinated Universal Time-11', 'Etc/GMT+11'],
  ['Aleutian Standard Time', '(UTC-10:00) Aleutian Islands', 'America/Adak'],
  ['Hawaiian Standard Time', '(UTC-10:00) Hawaii', 'Pacific/Honolulu'],
  ['Marquesas Standard Time', '(UTC-09:30) Marquesas Islands', 'Pacific/Marquesas'],
  ['Alaskan Standard Time', '(UTC-09:00) Alaska', 'America/Anchorage'],
  ['UTC-09', '(UTC-09:00) Coordinated Universal Time-09', 'Etc/GMT+9'],
  ['Pacific Standard Time (Mexico)', '(UTC-08:00) Baja California', 'America/Tijuana'],
  ['UTC-08', '(UTC-08:00) Coordinated Universal Time-08', 'Etc/GMT+8'],
  ['Pacific Standard Time', '(UTC-08:00) Pacific Time (US & Canada)', 'America/Los_Angeles'],
  ['US Mountain Standard Time', '(UTC-07:00) Arizona', 'America/Phoenix'],
  [
    'Mountain Standard Time (Mexico)',
    '(UTC-07:00) Chihuahua, La Paz, Mazatlan',
    'America/Mazatlan',
  ],
  ['Mountain Standard Time', '(UTC-07:00) Mountain Time (US & Canada)', 'America/Denver'],
  ['Yukon Standard Time', '(UTC-07:00) Yukon', 'America/Whitehorse'],
  ['Central America Standard Time', '(UTC-06:00) Central America', 'America/Guatemala'],
  ['Central Standard Time', '(UTC-06:00) Central Time (US & Canada)', 'America/Chicago'],
  ['Easter Island Standard Time', '(UTC-06:00) Easter Island', 'Pacific/Easter'],
  [
    'Central Standard Time (Mexico)',
    '(UTC-06:00) Guadalajara, Mexico City, Monterrey',
    'America/Mexico_City',
  ],
  ['Canada Central Standard Time', '(UTC-06:00) Saskatchewan', 'America/Regina'],
  ['SA Pacific Standard Time', '(UTC-05:00) Bogota, Lima, Quito, Rio Branco', 'America/Bogota'],
  ['Eastern Standard Time (Mexico)', '(UTC-05:00) Chetumal', 'America/Cancun'],
  ['Eastern Standard Time', '(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
  ['Haiti Standard Time', '(UTC-05:00) Haiti', 'America/Port-au-Prince'],
  ['Cuba Standard Time', '(UTC-05:00) Havana', 'America/Havana'],
  ['US Eastern Standard Time', '(UTC-05:00) Indiana (East)', 'America/Indiana/Indianapolis'],
  ['Turks And Caicos Standard Time', '(UTC-05:00) Turks and Caicos', 'America/Grand_Turk'],
  ['Paraguay Standard Time', '(UTC-04:00) Asuncion', 'America/Asuncion'],
  ['Atlantic Standard Time', '(UTC-04:00) Atlantic Time (Canada)', 'America/Halifax'],
  ['Venezuela Standard Time', '(UTC-04:00) Caracas', 'America/Caracas'],
  ['Central Brazilian Standard Time', '(UTC-04:00) Cuiaba', 'America/Cuiaba'],
  [
    'SA Western Standard Time',
    '(UTC-04:00) Georgetown, La Paz, Manaus, San Juan',
    'America/La_Paz',
  ],
  ['Pacific SA Standard Time', '(UTC-04:00) Santiago', 'America/Santiago'],
  ['Newfoundland Standard Time', '(UTC-03:30) Newfoundland', 'America/St_Johns'],
  ['Tocantins Standard Time', '(UTC-03:00) Araguaina', 'America/Araguaina'],
  ['E. South America Standard Time', '(UTC-03:00) Brasilia', 'America/Sao_Paulo'],
  ['SA Eastern Standard Time', '(UTC-03:00) Cayenne, Fortaleza', 'America/Cayenne'],
  ['Argentina Standard Time', '(UTC-03:00) City of Buenos Aires', 'America/Argentina/Buenos_Aires'],
  ['Greenland Standard Time', '(UTC-03:00) Greenland', 'America/Nuuk'],
  ['Montevideo Standard Time', '(UTC-03:00) Montevideo', 'America/Montevideo'],
  ['Magallanes Standard Time', '(UTC-03:00) Punta Arenas', 'America/Punta_Arenas'],
  ['Saint Pierre Standard Time', '(UTC-03:00) Saint Pierre and Miquelon', 'America/Miquelon'],
  ['Bahia Standard Time', '(UTC-03:00) Salvador', 'America/Bahia'],
  ['UTC-02', '(UTC-02:00) Coordinated Universal Time-02', 'Etc/GMT+2'],
  ['Azores Standard Time', '(UTC-01:00) Azores', 'Atlantic/Azores'],
  ['Cape Verde Standard Time', '(UTC-01:00) Cabo Verde Is.', 'Atlantic/Cape_Verde'],
  ['UTC', '(UTC) Coordinated Universal Time', 'UTC'],
  ['GMT Standard Time', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
  ['Greenwich Standard Time', '(UTC+00:00) Monrovia, Reykjavik', 'Atlantic/Reykjavik'],
  ['Sao Tome Standard Time', '(UTC+00:00) Sao Tome', 'Africa/Sao_Tome'],
  ['Morocco Standard Time', '(UTC+01:00) Casablanca', 'Africa/Casablanca'],
  [
    'W. Europe Standard Time',
    '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    'Europe/Berlin',
  ],
  [
    'Central Europe Standard Time',
    '(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague',
    'Europe/Budapest',
  ],
  ['Romance Standard Time', '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
  [
    'Central European Standard Time',
    '(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb',
    'Europe/Warsaw',
  ],
  ['W. Central Africa Standard Time', '(UTC+01:00) West Central Africa', 'Africa/Lagos'],
  ['Jordan Standard Time', '(UTC+02:00) Amman', 'Asia/Amman'],
  ['GTB Standard Time', '(UTC+02:00) Athens, Bucharest', 'Europe/Bucharest'],
  ['Middle East Standard Time', '(UTC+02:00) Beirut', 'Asia/Beirut'],
  ['Egypt Standard Time', '(UTC+02:00) Cairo', 'Africa/Cairo'],
  ['E. Europe Standard Time', '(UTC+02:00) Chisinau', 'Europe/Chisinau'],
  ['Syria Standard Time', '(UTC+02:00) Damascus', 'Asia/Damascus'],
  ['West Bank Standard Time', '(UTC+02:00) Gaza, Hebron', 'Asia/Hebron'],
  ['South Africa Standard Time', '(UTC+02:00) Harare, Pretoria', 'Africa/Johannesburg'],
  ['FLE Standard Time', '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'Europe/Kyiv'],
  ['Israel Standard Time', '(UTC+02:00) Jerusalem', 'Asia/Jerusalem'],
  ['South Sudan Standard Time', '(UTC+02:00) Juba', 'Africa/Juba'],
  ['Kaliningrad Standard Time', '(UTC+02:00) Kaliningrad', 'Europe/Kaliningrad'],
  ['Sudan Standard Time', '(UTC+02:00) Khartoum', 'Africa/Khartoum'],
  ['Libya Standard Time', '(UTC+02:00) Tripoli', 'Africa/Tripoli'],
  ['Namibia Standard Time', '(UTC+02:00) Windhoek', 'Africa/Windhoek'],
  ['Arabic Standard Time', '(UTC+03:00) Baghdad', 'Asia/Baghdad'],
  ['Turkey Standard Time', '(UTC+03:00) Istanbul', 'Europe/Istanbul'],
  ['Arab Standard Time', '(UTC+03:00) Kuwait, Riyadh', 'Asia/Riyadh'],
  ['Belarus Standard Time', '(UTC+03:00) Minsk', 'Europe/Minsk'],
  ['Russian Standard Time', '(UTC+03:00) Moscow, St. Petersburg', 'Europe/Moscow'],
  ['E. Africa Standard Time', '(UTC+03:00) Nairobi', 'Africa/Nairobi'],
  ['Iran Standard Time', '(UTC+03:30) Tehran', 'Asia/Tehran'],
  ['Arabian Standard Time', '(UTC+04:00) Abu Dhabi, Muscat', 'Asia/Dubai'],
  ['Astrakhan Standard Time', '(UTC+04:00) Astrakhan, Ulyanovsk', 'Europe/Astrakhan'],
  ['Azerbaijan Standard Time', '(UTC+04:00) Baku', 'Asia/Baku'],
  ['Russia Time Zone 3', '(UTC+04:00) Izhevsk, Samara', 'Europe/Samara'],
  ['Mauritius Standard Time', '(UTC+04:00) Port Louis', 'Indian/Mauritius'],
  ['Saratov Standard Time', '(UTC+04:00) Saratov', 'Europe/Saratov'],
  ['Georgian Standard Time', '(UTC+04:00) Tbilisi', 'Asia/Tbilisi'],
  ['Volgograd Standard Time', '(UTC+04:00) Volgograd', 'Europe/Volgograd'],
  ['Caucasus Standard Time', '(UTC+04:00) Yerevan', 'Asia/Yerevan'],
  ['Afghanistan Standard Time', '(UTC+04:30) Kabul', 'Asia/Kabul'],
  ['West Asia Standard Time', '(UTC+05:00) Ashgabat, Tashkent', 'Asia/Tashkent'],
  ['Ekaterinburg Standard Time', '(UTC+05:00) Ekaterinburg', 'Asia/Yekaterinburg'],
  ['Pakistan Standard Time', '(UTC+05:00) Islamabad, Karachi', 'Asia/Karachi'],
  ['Qyzylorda Standard Time', '(UTC+05:00) Qyzylorda', 'Asia/Qyzylorda'],
  ['India Standard Time', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Kolkata'],
  ['Sri Lanka Standard Time', '(UTC+05:30) Sri Jayawardenepura', 'Asia/Colombo'],
  ['Nepal Standard Time', '(UTC+05:45) Kathmandu', 'Asia/Kathmandu'],
  ['Central Asia Standard Time', '(UTC+06:00) Astana', 'Asia/Bishkek'],
  ['Bangladesh Standard Time', '(UTC+06:00) Dhaka', 'Asia/Dhaka'],
  ['Omsk Standard Time', '(UTC+06:00) Omsk', 'Asia/Omsk'],
  ['Myanmar Standard Time', '(UTC+06:30) Yangon (Rangoon)', 'Asia/Yangon'],
  ['SE Asia Standard Time', '(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Asia/Bangkok'],
  ['Altai Standard Time', '(UTC+07:00) Barnaul, Gorno-Altaysk', 'Asia/Barnaul'],
  ['W. Mongolia Standard Time', '(UTC+07:00) Hovd', 'Asia/Hovd'],
  ['North Asia Standard Time', '(UTC+07:00) Krasnoyarsk', 'Asia/Krasnoyarsk'],
  ['N. Central Asia Standard Time', '(UTC+07:00) Novosibirsk', 'Asia/Novosibirsk'],
  ['Tomsk Standard Time', '(UTC+07:00) Tomsk', 'Asia/Tomsk'],
  ['China Standard Time', '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', 'Asia/Shanghai'],
  ['North Asia East Standard Time', '(UTC+08:00) Irkutsk', 'Asia/Irkutsk'],
  ['Singapore Standard Time', '(UTC+08:00) Kuala Lumpur, Singapore', 'Asia/Singapore'],
  ['W. Australia Standard Time', '(UTC+08:00) Perth', 'Australia/Perth'],
  ['Taipei Standard Time', '(UTC+08:00) Taipei', 'Asia/Taipei'],
  ['Ulaanbaatar Standard Time', '(UTC+08:00) Ulaanbaatar', 'Asia/Ulaanbaatar'],
  ['Aus Central W. Standard Time', '(UTC+08:45) Eucla', 'Australia/Eucla'],
  ['Transbaikal Standard Time', '(UTC+09:00) Chita', 'Asia/Chita'],
  ['Tokyo Standard Time', '(UTC+09:00) Osaka, Sapporo, Tokyo', 'Asia/Tokyo'],
  ['North Korea Standard Time', '(UTC+09:00) Pyongyang', 'Asia/Pyongyang'],
  ['Korea Standard Time', '(UTC+09:00) Seoul', 'Asia/Seoul'],
  ['Yakutsk Standard Time', '(UTC+09:00) Yakutsk', 'Asia/Yakutsk'],
  ['Cen. Australia Standard Time', '(UTC+09:30) Adelaide', 'Australia/Adelaide'],
  ['AUS Central Standard Time', '(UTC+09:30) Darwin', 'Australia/Darwin'],
  ['E. Australia Standard Time', '(UTC+10:00) Brisbane', 'Australia/Brisbane'],
  ['AUS Eastern Standard Time', '(UTC+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
  ['West Pacific Standard Time', '(UTC+10:00) Guam, Port Moresby', 'Pacific/Port_Moresby'],
  ['Tasmania Standard Time', '(UTC+10:00) Hobart', 'Australia/Hobart'],
  ['Vladivostok Standard Time', '(UTC+10:00) Vladivostok', 'Asia/Vladivostok'],
  ['Lord Howe Standard Time', '(UTC+10:30) Lord Howe Island', 'Australia/Lord_Howe'],
  ['Bougainville Standard Time', '(UTC+11:00) Bougainville Island', 'Pacific/Bougainville'],
  ['Russia Time Zone 10', '(UTC+11:00) Chokurdakh', 'Asia/Srednekolymsk'],
  ['Magadan Standard Time', '(UTC+11:00) Magadan', 'Asia/Magadan'],
  ['Norfolk Standard Time', '(UTC+11:00) Norfolk Island', 'Pacific/Norfolk'],
  ['Sakhalin Standard Time', '(UTC+11:00) Sakhalin', 'Asia/Sakhalin'],
  [
    'Central Pacific Standard Time',
    '(UTC+11:00) Solomon Is., New Caledonia',
    'Pacific/Guadalcanal',
  ],
  ['Russia Time Zone 11', '(UTC+12:00) Anadyr, Petropavlovsk-Kamchatsky', 'Asia/Kamchatka'],
  ['New Zealand Standard Time', '(UTC+12:00) Auckland, Wellington', 'Pacific/Auckland'],
  ['UTC+12', '(UTC+12:00) Coordinated Universal Time+12', 'Etc/GMT-12'],
  ['Fiji Standard Time', '(UTC+12:00) Fiji', 'Pacific/Fiji'],
  ['Chatham Islands Standard Time', '(UTC+12:45) Chatham Islands', 'Pacific/Chatham'],
  ['UTC+13', '(UTC+13:00) Coordinated Universal Time+13', 'Etc/GMT-13'],
  ['Tonga Standard Time', "(UTC+13:00) Nuku'alofa", 'Pacific/Tongatapu'],
  ['Samoa Standard Time', '(UTC+13:00) Samoa', 'Pacific/Apia'],
  ['Line Islands Standard Time', '(UTC+14:00) Kiritimati Island', 'Pacific/Kiritimati'],
];

// Display names older Windows releases (and so Outlook 2003-2010 TZIDs) used, where the places
// differ from today's name too much for the place match below: "(GMT+02:00) Athens, Istanbul, Minsk".
const FORMER_DISPLAY_NAMES: ReadonlyArray<readonly [display: string, id: string]> = [
  ['(GMT+02:00) Athens, Istanbul, Minsk', 'GTB Standard Time'],
  ['(GMT-11:00) Midway Island, Samoa', 'UTC-11'],
  ['(GMT+12:00) Fiji, Kamchatka, Marshall Is.', 'Fiji Standard Time'],
  ['(GMT+04:00) Baku, Tbilisi, Yerevan', 'Caucasus Standard Time'],
  ['(GMT+06:00) Almaty, Novosibirsk', 'N. Central Asia Standard Time'],
  ['(GMT) Casablanca, Monrovia', 'Greenwich Standard Time'],
];

/** A zone read from a Windows display name, with how sure the reading is. */
export interface DisplayNameZone {
  zone: string;
  confidence: number;
}

const BY_ID = new Map(WINDOWS_ZONES.map(([id, , iana]) => [id.toLowerCase(), iana]));

/** A Windows zone id ("Central Standard Time", also "... Daylight Time") -> its IANA zone. */
export function windowsIdToIana(id: string): string | null {
  const key = id
    .trim()
    .replace(/^tzone:\/\/microsoft\//i, '')
    .replace(/\bdaylight time\b/i, 'standard time')
    .toLowerCase();
  return BY_ID.get(key) ?? null;
}

// "(UTC+01:00)", "(GMT -05:00)", CDO's "(GMT-05.00)", "GMT+0100", "(GMT)", "UTC+1": the standard
// offset of the zone.
const OFFSET_PREFIX =
  /^\s*\(?\s*(?:GMT|UTC)\s*(?:([+\-−–])\s*(\d{1,2})(?:\s*[:.]?\s*(\d{2}))?)?\s*\)?\s*(?=$|[^\d\s:.])/i;

function readOffsetPrefix(text: string): { minutes: number; rest: string } | null {
  const match = OFFSET_PREFIX.exec(text);
  if (!match) return null;
  const hours = Number(match[2] ?? 0);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  const sign = match[1] === '+' || !match[1] ? 1 : -1;
  return { minutes: sign * (hours * 60 + minutes), rest: text.slice(match[0].length) };
}

function places(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[,;:]| and /)
    .map((place) => place.replace(/[^\p{L}\p{N}&()' -]/gu, ' ').replace(/\s+/g, ' '))
    .map((place) => place.trim())
    .filter((place) => place.length > 1);
}

/** "rangoon" matches "yangon (rangoon)", "buenos aires" matches "city of buenos aires". */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && ` ${long.replace(/[()]/g, ' ')} `.includes(` ${short} `);
}

interface DisplayEntry {
  offset: number;
  places: string[];
  iana: string;
}

const DISPLAY_ENTRIES: DisplayEntry[] = [
  ...WINDOWS_ZONES.map(([, display, iana]) => ({ display, iana })),
  ...FORMER_DISPLAY_NAMES.map(([display, id]) => ({ display, iana: BY_ID.get(id.toLowerCase()) })),
].flatMap(({ display, iana }) => {
  const prefix = readOffsetPrefix(display);
  return prefix && iana ? [{ offset: prefix.minutes, places: places(prefix.rest), iana }] : [];
});

// The regions Windows (and Zoom, which writes them without the offset) names a zone by, of two
// words or more and no list of cities: "West Central Africa", "Central America".
const REGION_LABELS = DISPLAY_ENTRIES.flatMap((entry) =>
  entry.places.length === 1 && /^[\p{L}-]+(?: [\p{L}-]+)+$/u.test(entry.places[0] ?? '')
    ? [{ label: entry.places[0] ?? '', iana: entry.iana }]
    : [],
).sort((a, b) => b.label.length - a.label.length);

/** A region label at the start of `text` ("West Central Africa" -> Africa/Lagos), if one. */
export function zoneOfRegionLabel(text: string): { zone: string; length: number } | null {
  const start = text.slice(0, 60).toLowerCase();
  const found = REGION_LABELS.find(
    ({ label }) => start.startsWith(label) && !/[\p{L}]/u.test(start[label.length] ?? ''),
  );
  return found ? { zone: found.iana, length: found.label.length } : null;
}

/**
 * A Windows display name, with or without its offset ("(GMT+10:00) Canberra, Melbourne, Sydney",
 * "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien") -> the zone whose places it shares most. An
 * offset, when written, must agree with the zone's. Localized or unknown places give null.
 */
export function zoneOfDisplayName(text: string): DisplayNameZone | null {
  const prefix = readOffsetPrefix(text);
  const named = places(prefix ? prefix.rest : text);
  if (named.length === 0) return null;
  let best: { entry: DisplayEntry; shared: number } | null = null;
  for (const entry of DISPLAY_ENTRIES) {
    if (prefix && prefix.minutes !== entry.offset) continue;
    const shared = named.filter((place) => entry.places.some((p) => samePlace(place, p))).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { entry, shared };
  }
  // Half the places written must be the zone's: one shared city among many is no evidence.
  if (!best || best.shared * 2 < named.length) return null;
  const whole = best.shared === named.length && named.length === best.entry.places.length;
  return { zone: best.entry.iana, confidence: whole ? 0.95 : 0.9 };
}

/** What a Windows-style TZID says: a zone, or only the standard offset written before places. */
export type WindowsTzidReading =
  | { zone: string; confidence: number }
  /** `bare`: no places follow the offset, as in "(GMT +01:00)". */
  | { offsetMinutes: number; bare: boolean };

/** Reads a TZID written the Windows way: an id, a display name, or a bare "(GMT +01:00)". */
export function readWindowsTzid(tzid: string): WindowsTzidReading | null {
  const id = windowsIdToIana(tzid);
  if (id) return { zone: id, confidence: 0.95 };
  const display = zoneOfDisplayName(tzid);
  if (display) return display;
  const prefix = readOffsetPrefix(tzid);
  return prefix ? { offsetMinutes: prefix.minutes, bare: places(prefix.rest).length === 0 } : null;
}
