// Reader -> mail partly in another language: recruiters abroad write the date, the time and the
// labels of a confirmation in their own language around English prose ("Data: terça-feira,
// 10/11/2026", "Horário: 14h às 15h30"). The words for days, months, times and those labels in
// Portuguese, Spanish, French, German, Italian and Dutch are rewritten to the English the rest of
// the reader knows; English text is left as it is.

const WEEKDAYS: Array<[RegExp, string]> = [
  [/segunda(?:-feira)?|lunes|lundi|montag|luned[iì]|maandag/, 'Monday'],
  [/ter[cç]a(?:-feira)?|martes|mardi|dienstag|marted[iì]|dinsdag/, 'Tuesday'],
  [/quarta(?:-feira)?|mi[eé]rcoles|mercredi|mittwoch|mercoled[iì]|woensdag/, 'Wednesday'],
  [/quinta(?:-feira)?|jueves|jeudi|donnerstag|gioved[iì]|donderdag/, 'Thursday'],
  [/sexta(?:-feira)?|viernes|vendredi|freitag|venerd[iì]|vrijdag/, 'Friday'],
  [/s[aá]bado|samedi|samstag|sonnabend|sabato|zaterdag/, 'Saturday'],
  [/domingo|dimanche|sonntag|domenica|zondag/, 'Sunday'],
];

const MONTHS: Array<[RegExp, string]> = [
  [/janeiro|enero|janvier|januar|gennaio|januari/, 'January'],
  [/fevereiro|febrero|f[eé]vrier|februar|febbraio|februari/, 'February'],
  [/mar[cç]o|marzo|mars|m[aä]rz|maart/, 'March'],
  [/abril|avril|aprile/, 'April'],
  [/maio|mayo|mai|maggio|mei/, 'May'],
  [/junho|junio|juin|juni|giugno/, 'June'],
  [/julho|julio|juillet|juli|luglio/, 'July'],
  [/agosto|ao[uû]t|august|augustus/, 'August'],
  [/setembro|septiembre|septembre|september|settembre/, 'September'],
  [/outubro|octubre|octobre|oktober|ottobre/, 'October'],
  [/novembro|noviembre|novembre|november/, 'November'],
  [/dezembro|diciembre|d[eé]cembre|dezember|dicembre/, 'December'],
];

const LABELS: Array<[RegExp, string]> = [
  [/data|fecha|datum/, 'Date'],
  [/hor[aá]rio|hora|heure|uhrzeit|zeit|orario|ora|tijd/, 'Time'],
  [/local|lugar|lieu|ort|luogo|locatie/, 'Location'],
  [
    /durata(?: prevista)?|duraci[oó]n(?: estimada| prevista)?|dur[eé]e(?: pr[eé]vue| estim[eé]e)?|(?:voraussichtliche )?dauer|duur|dura[cç][aã]o(?: prevista)?/,
    'Duration',
  ],
  [
    /participantes|participants|teilnehmer(?:innen)?|partecipanti|deelnemers|entrevistadores|avec|con|mit|met|com|incontrer[àa]|vous rencontrerez|conocer[áa]|conhecer[áa]/,
    'With',
  ],
];

// When the employer will decide: its answer, and "by" a day ("notre décision d'ici le vendredi 24
// septembre", "Rückmeldung bis zum Freitag"), in the words the English decision cues know.
const DECISION_WORDS: Array<[RegExp, string]> = [
  [
    /d[eé]cision|r[eé]ponse|entscheidung|r[uü]ckmeldung|decisi[oó]n|respuesta|decisione|risposta|decis[aã]o|resposta|besluit|antwoord/,
    'decision',
  ],
  [
    /d['’]ici (?:le|au)|avant le|au plus tard le|(?:sp[aä]testens )?bis (?:zum|sp[aä]testens)|sp[aä]testens (?:am|bis zum)|antes del?|a m[aá]s tardar el|entro (?:il )?|at[eé] (?:o dia|dia)|uiterlijk(?: op)?/,
    'by',
  ],
];

const alternatives = (table: Array<[RegExp, string]>) =>
  table.map(([pattern]) => pattern.source).join('|');

const NOT_LETTER = String.raw`(?![\p{L}])`;
// A weekday's name only before its date ("terça-feira, 10/11", "mardi 3 mars"): "Santo Domingo"
// is a city.
const WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}-])(?:${alternatives(WEEKDAYS)})${NOT_LETTER}(?=[,.]?\s+(?:(?:den|le|el|il|o|dia|de)\s+)?\d)`,
  'giu',
);
// "10 de novembro de 2026", "10. November 2026", "3 mars": a day, then the month's name.
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(${alternatives(MONTHS)})${NOT_LETTER}(?:\s+(?:de\s+)?(\d{4})\b)?`,
  'giu',
);
// A label, and the rest of its line: a date or time label must be followed by a number.
const LABEL = new RegExp(
  String.raw`^([^\p{L}\d\n]{0,4})(${alternatives(LABELS)})(\s*:)(?=([^\n]*))`,
  'gimu',
);
// "14h", "15h30", "14 h 30", "14 Uhr": an hour as French, Portuguese and German write it.
const HOUR = String.raw`(?<![\d:.])([01]?\d|2[0-3])\s?(?:h|uhr)(?:\s?([0-5]\d))?(?![\p{L}\d])`;
const HOUR_TOKEN = new RegExp(HOUR, 'giu');
// Between two times, the word for "to": "às", "a", "à", "al", "hasta", "bis", "jusqu'à", "tot".
const RANGE_WORD = "(?:[àa]s?|al|hasta|bis|jusqu['’]à|tot|alle)";
const TIME_RANGE = new RegExp(
  String.raw`(\d{1,2}:\d{2})\s+${RANGE_WORD}\s+(?:(?:las|les|den)\s+)?(\d{1,2}:\d{2})`,
  'giu',
);
// An hour word is a time where a time is expected: after a time label or a preposition of those
// languages, or before the word for "to" and another hour.
const HOUR_CONTEXT = new RegExp(
  String.raw`(?:\b(?:${alternatives(LABELS.filter(([, english]) => english === 'Time'))})\s*:\s*|\b(?:às|à|a partir das|das|de|um|ab|vers|dalle|alle|om|van|desde las|a las)\s+)$`,
  'iu',
);

// The second hour of a range: "de 10h a 11h".
const HOUR_BEFORE = new RegExp(String.raw`\d\s?h(?:\s?\d{2})?\s*(?:${RANGE_WORD}|[-–—])\s*$`, 'iu');
const HOUR_AFTER = new RegExp(String.raw`^\s*(?:${RANGE_WORD}|[-–—])\s*\d{1,2}\s?h`, 'iu');

// A line written in one of those languages: its label, a weekday or month that is not also
// English ("November" is both), or a preposition before a number. Only there is "1h30" a time; in
// English it is a length ("it lasts 1h30").
const FOREIGN_MARK = new RegExp(
  String.raw`^[^\p{L}\d\n]{0,4}(?:${alternatives(LABELS)})\s*:|(?<![\p{L}-])(?:${alternatives(WEEKDAYS)}|${alternatives(MONTHS)})(?![\p{L}])|\b(?:às|das|um|ab|vers|dalle|alle|desde|hasta|bis|jusqu['’]à)\s+\d`,
  'giu',
);
const DECISION_WORD = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${alternatives(DECISION_WORDS)})${NOT_LETTER}`,
  'giu',
);
const ENGLISH_NAMES = new Set([...WEEKDAYS, ...MONTHS].map(([, english]) => english.toLowerCase()));

function isForeignLine(line: string): boolean {
  return [...line.matchAll(FOREIGN_MARK)].some((mark) => !ENGLISH_NAMES.has(mark[0].toLowerCase()));
}

// Each table's patterns anchored to a whole word, built once.
const anchored = new Map(
  [...WEEKDAYS, ...MONTHS, ...LABELS, ...DECISION_WORDS].map(([pattern]) => [
    pattern,
    new RegExp(`^(?:${pattern.source})$`, 'iu'),
  ]),
);

function englishOf(table: Array<[RegExp, string]>, word: string): string {
  const lower = word.toLowerCase();
  return table.find(([pattern]) => anchored.get(pattern)?.test(lower))?.[1] ?? word;
}

/** A foreign line's hours with a colon ("14h às 15h30" is "14:00 to 15:30"). */
function hoursOfLine(line: string): string {
  const timed = line.replace(
    HOUR_TOKEN,
    (whole, hour: string, minutes: string | undefined, at: number) => {
      const before = line.slice(Math.max(0, at - 24), at);
      const after = line.slice(at + whole.length, at + whole.length + 24);
      const aTime =
        minutes !== undefined ||
        /uhr/i.test(whole) ||
        HOUR_CONTEXT.test(before) ||
        HOUR_BEFORE.test(before) ||
        HOUR_AFTER.test(after);
      return aTime ? `${hour.padStart(2, '0')}:${minutes ?? '00'}` : whole;
    },
  );
  return timed.replace(TIME_RANGE, '$1 to $2');
}

// A length in those languages' units: "ca. 45 Minuten", "60 minutos", "1 Stunde". Not "horas",
// "heures" or "uur": "às 14 horas", "à 14 heures" and "om 14 uur" are times of day.
const LENGTH_UNIT = /\b(\d{1,3})\s?(?:(minuten|minutos|minuti|minuut)|stunden?)(?![\p{L}])/giu;

/** The text with another language's dates, times, lengths and labels in English words. */
export function inEnglishWords(text: string): string {
  return text
    .replace(LENGTH_UNIT, (_, count: string, minutes: string | undefined) =>
      minutes ? `${count} minutes` : `${count} hours`,
    )
    .split('\n')
    .map((line) =>
      isForeignLine(line)
        ? hoursOfLine(line).replace(DECISION_WORD, (word) => englishOf(DECISION_WORDS, word))
        : line,
    )
    .join('\n')
    .replace(LABEL, (whole, lead: string, label: string, colon: string, rest: string) => {
      const english = englishOf(LABELS, label);
      const needsNumber = english === 'Date' || english === 'Time';
      return !needsNumber || /\d/.test(rest) ? `${lead}${english}${colon}` : whole;
    })
    .replace(WEEKDAY, (word) => englishOf(WEEKDAYS, word))
    .replace(DAY_MONTH, (_, day: string, month: string, year: string | undefined) =>
      [day, englishOf(MONTHS, month), year].filter(Boolean).join(' '),
    );
}
