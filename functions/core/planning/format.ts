// Times as people read them in mails and the CLI, in the user's locale and never without their
// zone in words: "Fri, Dec 11, 2:45 PM ET" (en-US), "Fri 11 Dec, 14:45 GMT" (en-GB); and as the
// Scheduler reads them.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DateTime } from 'luxon';
import { dateFormatter } from '../date-formatters.ts';
import { isIanaZone } from '../iana-zone.ts';
import { PlanningError } from './errors.ts';
import { countryOfZone } from './holidays.ts';

/** The language drafts are written in: the locale only decides how dates and times are written. */
const TEMPLATE_LANGUAGE = 'en';

const supported = new Map<string, boolean>();

function isSupported(locale: string): boolean {
  let known = supported.get(locale);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    supported.set(locale, known);
  }
  return known;
}

/**
 * `en-US`, `de-DE`, `en_gb` -> the canonical tag, or null when it is no locale; `set locale`
 * takes a tag whose region the formatting follows.
 */
export function parseLocale(text: string): string | null {
  const tag = text.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}-[A-Za-z]{2}$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical && isSupported(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

/** The locale people in a zone write dates in: its country's (America/New_York -> en-US). */
export function localeOfZone(zone: string): string {
  const country = countryOfZone(zone);
  return country ? `${TEMPLATE_LANGUAGE}-${country}` : 'en-GB';
}

// The user's locale (`set locale`) for everything written while a mail to them is composed: the
// views that spell times take only a zone, so the locale reaches them through this scope.
const userLocaleScope = new AsyncLocalStorage<string>();

/** Runs `write` with every date and time it spells written in `locale`. */
export function writtenIn<T>(locale: string, write: () => T): T {
  return userLocaleScope.run(locale, write);
}

/** The locale a time in `zone` is written in: the user's, when a mail to them is being written. */
function writingLocale(zone: string): string {
  return userLocaleScope.getStore() ?? localeOfZone(zone);
}

/**
 * The locale dates are formatted in: the region of `locale` with the templates' language, so a
 * `de-DE` user reads "Fri, 11 Dec, 14:45 CET" in an English draft; en-GB where ICU lacks one.
 */
function formattingLocale(locale: string): string {
  const region = locale.split('-')[1]?.toUpperCase();
  const wanted = region ? `${TEMPLATE_LANGUAGE}-${region}` : locale;
  return isSupported(wanted) ? wanted : 'en-GB';
}

/** The locale Intl spells a date in `zone` with for the user: their region, the templates' language. */
export function spellingLocale(zone: string): string {
  return formattingLocale(writingLocale(zone));
}

const isOffsetName = (name: string) => /^(?:GMT|UTC)[+-]/.test(name);

function zonePart(at: DateTime, locale: string, style: 'short' | 'shortGeneric'): string {
  const part = dateFormatter(locale, {
    timeZone: at.zoneName ?? 'UTC',
    timeZoneName: style,
  })
    .formatToParts(at.toJSDate())
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/**
 * "ET", "PT", "AET": a name for the zone in any season. Europe's "CET" is no such name (it is
 * the winter one, wrong in summer), so a generic that is some season's own name does not count.
 */
function genericName(local: DateTime, locale: string): string | null {
  const generic = zonePart(local, locale, 'shortGeneric');
  if (!generic || generic.includes(' ') || isOffsetName(generic)) return null;
  const seasons = [local.set({ month: 1, day: 15 }), local.set({ month: 7, day: 15 })];
  return seasons.some((season) => zonePart(season, locale, 'short') === generic) ? null : generic;
}

// North American, European, Australian and Indian abbreviations each live in their own locale.
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'];

/** The zone in words: "ET", "GMT", "CET", "IST", "Japan Time"; else the offset, "UTC+5:45". */
function zoneLabel(local: DateTime, locale: string): string {
  if (local.zoneName === 'UTC' || local.zoneName === 'Etc/UTC') return 'UTC';
  const generic = genericName(local, locale);
  if (generic) return generic;
  for (const candidate of [locale, ...ABBREVIATION_LOCALES]) {
    const name = zonePart(local, candidate, 'short');
    if (name && !isOffsetName(name)) return name;
  }
  // "Japan Time", "Tonga Time": words still read better than an offset.
  const words = zonePart(local, locale, 'shortGeneric');
  if (words && !isOffsetName(words)) return words;
  const offset = local.offset;
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

function localTime(iso: string, zone: string): DateTime {
  if (!isIanaZone(zone)) throw new PlanningError(`"${zone}" is not an IANA time zone`);
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!local.isValid) throw new PlanningError(`"${iso}" is not an ISO-8601 date-time`);
  return local;
}

function clockOf(local: DateTime, locale: string): string {
  return dateFormatter(locale, {
    timeZone: local.zoneName ?? 'UTC',
    hour: 'numeric',
    minute: '2-digit',
  })
    .format(local.toJSDate())
    .replace(/^(\d):/, (_, hour: string) => (is24h(locale) ? `0${hour}:` : `${hour}:`));
}

function is24h(locale: string): boolean {
  const cycle = dateFormatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24';
}

/** `Fri, Dec 11` (en-US), `Fri 11 Dec` (en-GB): the local date, as people write it. */
export function formatDate(iso: string, zone: string, locale = writingLocale(zone)): string {
  const local = localTime(iso, zone);
  return dateFormatter(formattingLocale(locale), {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(local.toJSDate());
}

/**
 * `Fri, Dec 11, 2:45 PM ET` (en-US), `Fri 11 Dec, 14:45 GMT` (en-GB): the instant `iso` as local
 * time in `zone`, in `locale` (default: the user's, else that of the zone's country).
 */
export function formatLocal(iso: string, zone: string, locale = writingLocale(zone)): string {
  const local = localTime(iso, zone);
  const format = formattingLocale(locale);
  return `${formatDate(iso, zone, locale)}, ${clockOf(local, format)} ${zoneLabel(local, format)}`;
}

/** `Thu, Dec 10, 2:00 PM–2:45 PM ET`: one zone for both ends, one date when they share it. */
export function formatLocalRange(
  start: string,
  finish: string,
  zone: string,
  locale = writingLocale(zone),
): string {
  const from = localTime(start, zone);
  const to = localTime(finish, zone);
  if (to <= from) return formatLocal(start, zone, locale);
  const format = formattingLocale(locale);
  const end = to.hasSame(from, 'day')
    ? clockOf(to, format)
    : `${formatDate(finish, zone, locale)}, ${clockOf(to, format)}`;
  return `${formatDate(start, zone, locale)}, ${clockOf(from, format)}–${end} ${zoneLabel(from, format)}`;
}

/**
 * The EventBridge Scheduler expression for a due time: `at(2026-04-21T09:30:00)`, local wall time
 * meant to go with `ScheduleExpressionTimezone: zone`.
 */
export function scheduleAt(iso: string, zone: string): string {
  if (!isIanaZone(zone)) throw new PlanningError(`"${zone}" is not an IANA time zone`);
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!local.isValid) throw new PlanningError(`"${iso}" is not an ISO-8601 date-time`);
  return `at(${local.toFormat("yyyy-MM-dd'T'HH:mm:ss")})`;
}

/**
 * The instant a `scheduleAt` expression names, as ISO-8601 with the zone's offset; null for
 * any other expression (a rate() or cron() schedule fires no one milestone).
 */
export function dueOfScheduleAt(expression: string, zone: string): string | null {
  const wall = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/.exec(expression)?.[1];
  if (!wall || !isIanaZone(zone)) return null;
  const at = DateTime.fromISO(wall, { zone });
  return at.isValid ? at.toISO({ suppressMilliseconds: true }) : null;
}
