// Core -> Intl's date formatters, each built once: building one (ICU loads the locale's patterns
// and the zone's rules) costs far more than formatting with it, and every mail spells a few times.
const MAX_FORMATTERS = 500;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, shared; throws as the constructor does (a bad zone). */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    // Locales, zones and styles in use stay few; the bound only keeps hostile input from growing it.
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}
