// Core -> what counts as a time zone, in one place: an IANA tz database name (any letter case), never
// an offset. The reader, the planner, the configuration and the CDK settings all ask here, and
// `canonicalZone` spells a name as the Scheduler (`ScheduleExpressionTimezone`) and mails want it.
import { IANAZone } from 'luxon';

// Newer engines (Node 22+, so Lambda's) accept offsets such as "+02:00" as zones; a user's zone is a
// place that keeps its DST rules, and the Scheduler wants region names.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

let knownZones: Map<string, string> | undefined;

function knownZoneNames(): Map<string, string> {
  knownZones ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]),
  );
  return knownZones;
}

// Checking a zone builds an Intl formatter, which costs more than a whole plan's arithmetic.
const checked = new Map<string, boolean>();

/** A tz database name such as `Europe/Berlin`, `UTC` or `Etc/GMT+5`, in any letter case. */
export function isIanaZone(zone: string): boolean {
  let valid = checked.get(zone);
  if (valid === undefined) {
    valid = ZONE_SHAPE.test(zone) && IANAZone.isValidZone(zone);
    if (checked.size < 1000) checked.set(zone, valid);
  }
  return valid;
}

/**
 * Names the tz database has since changed that ICU, and so Intl and luxon, still gives as a zone's
 * own (CLDR keeps its first ids stable); mails and the Scheduler read today's name.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'America/Montreal': 'America/Toronto',
  'America/Nipigon': 'America/Toronto',
  'America/Thunder_Bay': 'America/Toronto',
  'America/Rainy_River': 'America/Winnipeg',
  'America/Pangnirtung': 'America/Iqaluit',
  'America/Yellowknife': 'America/Edmonton',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/**
 * The zone in its usual spelling, or null when it is not an IANA zone. Zone lookup ignores case,
 * but a name shown in mails should read `Asia/Kolkata`, not `asia/kolkata`.
 */
export function canonicalZone(text: string): string | null {
  const zone = text.trim();
  if (!isIanaZone(zone)) return null;
  const spelled = spelledAsListed(zone);
  return RENAMED[spelled] ?? spelled;
}

function spelledAsListed(zone: string): string {
  const listed = knownZoneNames().get(zone.toLowerCase());
  if (listed) return listed;
  if (zone !== zone.toLowerCase()) return zone;
  if (/^[a-z]{2,4}$/.test(zone)) return zone.toUpperCase();
  return zone
    .replace(/(^|[/_-])([a-z])/g, (_, separator: string, letter: string) => {
      return separator + letter.toUpperCase();
    })
    .replace(/^Etc\/(Gmt|Utc)/, (name) => name.toUpperCase().replace('ETC', 'Etc'));
}
