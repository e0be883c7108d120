// Reader -> interview details: company, role, format, length and the employer's stated decision
// date, read from the original message with patterns anchored on what recruiters and ATS write.
import * as chrono from 'chrono-node';
import { DateTime, type WeekdayNumbers } from 'luxon';
import type { InterviewFormat } from '../model.ts';
import type { FieldSource } from '../reading.ts';
import { IN_PERSON_TRIAL } from './classify.ts';
import { ARRIVAL_PLACES, isPlaceName, placeNamed, STREET_ADDRESS, UK_POSTCODE } from './places.ts';
import {
  LATER_ROUND,
  literal,
  MEETING_PLATFORM,
  MONTH_WORD,
  sentences,
  WEEKDAY_WORD,
} from './text.ts';
import { isVendorDomain, isVendorName, JOB_TITLE_WORD } from './vendors.ts';

// Personal mail hosts, and the internet providers whose mail people keep for life ("Graham
// <g.pickersgill@btinternet.com>", a tea room's owner): their domain names the host, never the
// employer (vendors: vendors.ts). A provider that is also an employer counts only by the domain its
// customers' mail has ("telus.net", not "telus.com").
const GENERIC_DOMAINS =
  /(?:^|\.)(?:(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|zoho|fastmail|mail|yandex|followup|example-mail|btinternet|btopenworld|ntlworld|blueyonder|talktalk|bigpond|optusnet|iinet|sbcglobal|bellsouth|earthlink|optonline|sympatico|videotron|wanadoo|libero|virgilio|rediffmail|seznam|interia|ziggo|telenet|bluewin|hanmail|naver|qq|163|126)\.[a-z.]+|(?:web|t-online)\.de|laposte\.net|virginmedia\.com|(?:att|comcast|verizon|cox|charter|telus)\.net|shaw\.ca|xtra\.co\.nz)$/i;

// Australia's states and territories and Canada's provinces, as their government domains spell them.
const STATE_CODES = new Set(
  'qld nsw vic tas wa sa nt act bc ab sk mb on qc nb ns pe nl yt nu'.split(' '),
);

/** The label that names an organisation in a domain: "mail.keystone-freight.example" -> "keystone-freight". */
export function organisationLabel(email: string): string | null {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  if (!domain || GENERIC_DOMAINS.test(domain) || isVendorDomain(domain)) return null;
  const labels = domain.split('.').filter(Boolean);
  if (labels.length < 2) return null;
  // Drop the public suffix (one label, or two for "co.uk"-style suffixes and sector domains:
  // caldervale.nhs.uk, hollisbrook.k12.nj.us, a school's .sch.uk).
  const secondLevel = /^(?:co|com|org|net|ac|gov|govt|gouv|gob|edu|nhs|k12|sch|police|mil)$/.test(
    labels[labels.length - 2] ?? '',
  );
  let at = labels.length - (secondLevel && labels.length > 2 ? 3 : 2);
  // "dwc.qld.gov.au", "health.bc.gov.ca": a state's code stands between a department and gov; as
  // it does right before the top level in a locality's domain ("wattlepoint.nsw.au").
  const beforeSuffix = /^(?:gov|govt)$/.test(labels[at + 1] ?? '') || at === labels.length - 2;
  if (beforeSuffix && at > 0 && STATE_CODES.has(labels[at] ?? '')) at--;
  const label = labels[at] ?? null;
  if (!label || /^(?:mail|email|smtp|mx|careers|jobs|talent|hr|recruiting)$/.test(label))
    return null;
  return label;
}

// Legal forms, as one word each ("Ltd", "S.A.S.", "Ltda", "OÜ", Latvia's "SIA", Lithuania's "UAB");
// "Pty Ltd" and "Sdn Bhd" are two.
const LEGAL_FORM = String.raw`k\.k|kk|pte|pty|sdn|bhd|sarl|sas|s\.a\.s|s\.p\.a|spa|inc|llc|l\.l\.c|ltd|ltda|pvt|corp|co|as|a\/s|aps|asa|ab|gmbh|ag|kg|e\.v|sa|s\.a|bv|b\.v|nv|n\.v|plc|llp|pllc|lp|l\.p|oy|oü|se|srl|s\.r\.l|s\.l|sl|s\.r\.o|kft|w\.l\.l|wll|fze|fzco|pjsc|p\.j\.s\.c|b\.s\.c|q\.p\.s\.c|k\.s\.c\.p|k\.s\.c\.c|k\.s\.c|ksc|kscc|kscp|s\.a\.o\.g|s\.a\.l|dac|clg|sp|pcl|tbk|jsc|d\.o\.o|zrt|nyrt|berhad|s\.a\.e|abn|acn|p\/f|sp\/f|sia|uab|oyj`;
// "Co." is also Ireland's county ("Letterkenny, Co. Donegal"), so it ends no name.
const LEGAL_FORM_WITH_STOP = new RegExp(String.raw`^(?!co\.$)(?:${LEGAL_FORM})\.$`, 'i');
// Legal forms with or without their stop, and whole words ("Recruiting", "Company"), whose stop
// ends a sentence ("…Insurance Company. We are…").
const COMPANY_SUFFIX = new RegExp(
  String.raw`^(?:(?:${LEGAL_FORM})\.?|incorporated|limited|private|public|corporation|company|hq|careers|career|recruiting|recruitment|talent|team|jobs|hr|people|hiring|acquisition|notifications|calendar|via)$`,
  'i',
);

/** "Careers", "Recruitment", "Ltd": a word of a team's or a company's name, never of a person's. */
export const isCompanySuffix = (word: string): boolean => COMPANY_SUFFIX.test(word);

/**
 * The legal forms in either case, "Ltd" or "LTD", for patterns that must keep to capitals
 * elsewhere; two letters alone ("CO", "SE", "SA") only with their stop, as a state, a country or
 * a region code is written without one ("Boulder CO", "Stockholm SE").
 */
const LEGAL_FORM_ANY_CASE = LEGAL_FORM.split('|')
  .map((form) => {
    const anyCase = form.replace(
      /(?<!\\)\p{Ll}/gu,
      (letter) => `[${letter.toUpperCase()}${letter}]`,
    );
    return /^\p{Ll}{2}$/u.test(form) ? `${anyCase}(?=\\.)` : anyCase;
  })
  .join('|');

// Letters a domain spells without their marks: "Żuraw" is zuraw, "Ørsted" orsted.
const UNMARKED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

// How German and Nordic domains spell the same letters out: "Söhne" is soehne, "Bøgh" boegh.
const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', å: 'aa' };

/** The name's letters as a domain writes them with the marks spelled out. */
function alnumSpelledOut(text: string): string {
  return alnum(text.toLowerCase().replace(/[äöüøå]/g, (letter) => SPELLED_OUT[letter] ?? letter));
}

function alnum(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæœßđðþı]/g, (letter) => UNMARKED[letter] ?? letter)
    .replace(/[^a-z0-9]/g, '');
}

function titleCase(label: string): string {
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
    .join(' ');
}

// "Centre for Molecular Biology Research": "for" joins a name only between two capitals.
const CAPITALISED_RUN =
  /(?:\p{Lu}[\p{L}\p{N}'’.-]*|&)(?:[ \t](?:\p{Lu}[\p{L}\p{N}'’./-]*|&|of(?:[ \t]the(?=[ \t]\p{Lu}))?|and|de|du|la|von|van|for(?=[ \t]\p{Lu})))*/gu;

/**
 * A domain that spells the first words and the initials of the rest: "beaconhillcu" for Beacon
 * Hill Credit Union, "nwmh" for North West Mental Health. Two initials at least, three when no
 * word is spelled out, so a short label never claims a chance phrase.
 */
function abbreviates(label: string, allWords: string[]): boolean {
  // "mhrta" for the Mid-Hudson Regional Transit Authority: each half of a joined word its own.
  const halves = allWords.flatMap((word) => word.split(/-(?=\p{Lu})/u));
  return (
    abbreviatesWords(label, allWords) ||
    (halves.length > allWords.length && abbreviatesWords(label, halves))
  );
}

function abbreviatesWords(label: string, allWords: string[]): boolean {
  // "dwc" for the Department of Water and Catchments: small joining words have no initial.
  const words = allWords.filter((word) => !/^(?:of|and|&|for|the)$/i.test(word));
  const joined = words.length < allWords.length;
  // Three letters are enough where the name ends in what it is ("smu", South Munster University).
  const named = ORGANISATION_NOUN.test(allWords[allWords.length - 1] ?? '');
  if (label.length < (joined || named ? 3 : 4) || words.length < 2) return false;
  const letters = words.map(alnum);
  for (let spelled = 0; spelled <= letters.length - 2; spelled++) {
    const initials = letters.slice(spelled);
    if (spelled === 0 && initials.length < 3) continue;
    const head = letters.slice(0, spelled).join('');
    if (label === head + initials.map((w) => w[0] ?? '').join('')) return true;
  }
  // "qabrasives" for Quinsigamond Abrasives: the first words' initials, then the rest spelled.
  for (let initialled = 1; initialled < letters.length; initialled++) {
    const tail = letters.slice(initialled).join('');
    const initials = letters
      .slice(0, initialled)
      .map((w) => w[0] ?? '')
      .join('');
    if (tail.length >= 5 && label === initials + tail) return true;
  }
  return false;
}

// What a name says it is, which its domain may leave off.
const DROPPABLE_TAIL =
  /^(?:administration|group|holdings|company|corporation|partners|services|solutions|international|global|inc|llc|ltd|limited|co|corp|plc)$/;

/**
 * "mvfreight" for Murray Valley Freightlines, "huvanresorts" for Huvan Island Resorts: a domain
 * that spells the name short, each word by its initial, in full, by its first letters, or left
 * out (one word inside the name at most, and what the name says it is at its end). At least one
 * word is spelled beyond its initial, and the label is long enough not to be chance.
 */
function spellsShort(label: string, allWords: string[]): boolean {
  const words = allWords.map(alnum);
  if (label.length < 6 || words.length < 2 || words.some((word) => !word)) return false;
  // "Elm City Community Health. Elm City": a name ends at its sentence's end.
  if (allWords.slice(0, -1).some((word) => /[.,;:!?]$/.test(word))) return false;
  const last = words.length - 1;
  const fits = (i: number, at: number, skipped: boolean, spelled: boolean): boolean => {
    // "susqridgefund" for Susquehanna Ridge Fund Administration: what the name is may be left off.
    if (at === label.length && spelled && words.slice(i).every((w) => DROPPABLE_TAIL.test(w)))
      return true;
    if (i > last) return false;
    const word = words[i] ?? '';
    const rest = label.slice(at);
    if (i > 0 && i < last && !skipped && fits(i + 1, at, true, spelled)) return true;
    if (rest.startsWith(word) && fits(i + 1, at + word.length, skipped, spelled || word.length > 1))
      return true;
    if (i === last && word.length > rest.length && rest.length >= 4 && word.startsWith(rest))
      return true;
    // A long word by its first letters, four at least ("susq" for Susquehanna).
    for (let k = word.length - 2; k >= 4; k--)
      if (rest.startsWith(word.slice(0, k)) && fits(i + 1, at + k, skipped, true)) return true;
    return rest[0] === word[0] && fits(i + 1, at + 1, skipped, spelled);
  };
  return fits(0, 0, false, false);
}

export interface CompanyReading {
  company: string | null;
  confidence: number;
  /** 'prose' when the mail spells it, 'domain' when only the sender's domain names it. */
  source?: FieldSource;
}

/**
 * The name initials stand for, where the mail spells them out. "DWC" and "Department of Water
 * and Catchments": the name found alone is the initials, and another name found is what they
 * spell. "SATA Administrative Offices" for sata-transit, where the signature spells "Susquehanna
 * Area Transit Authority": a name led by the domain's initials is one of its places, and the
 * organisation is the run of the mail's words they stand for.
 */
function spelledOut(
  name: string,
  ranked: ReadonlyArray<{ name: string }>,
  texts: string[],
  domainLabels: string[],
): string | null {
  if (/^[A-Z&]{2,6}$/.test(name))
    return (
      ranked.find((entry) => abbreviates(alnum(name), entry.name.split(/\s+/)))?.name ??
      runOfInitials(name, texts)
    );
  const initials = /^([A-Z]{3,6})\s/.exec(name)?.[1]?.toLowerCase();
  if (!initials || !domainLabels.some((label) => label.split(/[-.]/)[0] === initials)) return null;
  for (const text of texts)
    for (const match of text.slice(0, 40_000).matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/[ \t]+/);
      for (let end = words.length; end >= 2; end--)
        if (abbreviates(initials, words.slice(0, end)))
          return words
            .slice(0, end)
            .join(' ')
            .replace(/[.,;:]+$/, '');
    }
  return null;
}

const MACHINE_PART =
  /^(?:no-?reply|donotreply|do|not|reply|notifications?|notify|mailer|bounces?|alerts?|jobs|careers|hr|recruiting|talent|mail)$/i;

/**
 * "Miami Valley Aerostructures" for "MVA", "Padmanabha Technology Solutions" for "PTS": a run of
 * capitalised words whose initials are exactly the letters (three at least, joining words
 * aside), written beside them ("MVA | Miami Valley Aerostructures", "… Solutions Pvt. Ltd.
 * (PTS)"). A run elsewhere is chance: "Technical Customer Support Engineer" is no TCS.
 */
export function runOfInitials(initials: string, texts: string[]): string | null {
  if (!/^[A-Z]{3,6}$/.test(initials)) return null;
  const letters = initials.toLowerCase();
  const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${initials}(?![\p{L}\p{N}])`, 'u');
  // Only marks between the run and the initials: "|", "-", brackets, quotes, a legal form, and a
  // definition's "the" ('Larkspur Valve Works, Inc. (the "LVW")').
  const beside = (between: string) =>
    between
      .split(/[\s|()*:,–—"“”'‘’-]+/)
      .filter(Boolean)
      .every((word) => COMPANY_SUFFIX.test(word) || word === 'the');
  for (const text of texts)
    for (const line of text.slice(0, 40_000).split('\n')) {
      const at = written.exec(line);
      if (!at) continue;
      for (const match of line.matchAll(CAPITALISED_RUN)) {
        const words = match[0].split(/[ \t]+/).map((word) => word.replace(/[.,;:]+$/, ''));
        let spelled = '';
        let end = 0;
        for (; end < words.length && spelled.length < letters.length; end++) {
          const word = words[end] ?? '';
          if (JOINING_WORD.test(word.toUpperCase())) continue;
          if (!/^\p{Lu}\p{Ll}/u.test(word)) break;
          spelled += word[0]?.toLowerCase() ?? '';
        }
        if (spelled !== letters) continue;
        const from = match.index ?? 0;
        const to = from + match[0].length;
        const near =
          at.index >= to
            ? beside(line.slice(to, at.index))
            : at.index + initials.length <= from &&
              beside(line.slice(at.index + initials.length, from));
        if (near) return words.slice(0, end).join(' ');
      }
    }
  return null;
}

/**
 * The employer's name: the phrase in the mail that spells the employer's domain ("Lumen Robotics"
 * for lumenrobotics.example), the most frequent form winning; else the domain itself.
 */
export function findCompany(
  texts: string[],
  domainLabels: string[],
  displayNames: string[],
): CompanyReading {
  // "gvps-pune": the organisation, then the place it is in; the name spells only the first.
  const withoutPlace = (label: string) =>
    label
      .split('-')
      .filter((part, i) => i === 0 || !placeNamed(part))
      .join('-');
  // "mva-aero": the name's initials, then what it does; the initials are a label of their own when
  // the mail spells them out beside the name ("MVA | Miami Valley Aerostructures"): not a
  // mailbox's "rms-noreply", nor a word ("gold-labs").
  const labelOfInitials = (label: string) => {
    const [first = '', ...rest] = label.split('-');
    const initials =
      rest.length > 0 &&
      !rest.some((part) => MACHINE_PART.test(part)) &&
      runOfInitials(first.toUpperCase(), texts) !== null;
    return initials ? first : label;
  };
  const labels = [
    ...new Set(
      domainLabels
        .flatMap((label) => [label, withoutPlace(label), labelOfInitials(label)].map(alnum))
        .filter((label) => label.length >= 3),
    ),
  ];
  const counts = new Map<string, { name: string; count: number; first: number }>();
  let order = 0;
  for (const source of [...texts, ...displayNames]) {
    for (const match of source.slice(0, 40_000).matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/[ \t]+/);
      for (let start = 0; start < words.length; start++) {
        // "SMU-ACAD-2719" is a reference, never a name, whatever its letters spell.
        if (/\d/.test(words[start] ?? '')) continue;
        let joined = '';
        // "wattleandgrid" for Wattle & Grid: a domain writes the ampersand out.
        let joinedAnd = '';
        let joinedOut = '';
        for (let end = start; end < words.length && end < start + 6; end++) {
          joined += alnum(words[end] ?? '');
          joinedAnd += words[end] === '&' ? 'and' : alnum(words[end] ?? '');
          joinedOut += alnumSpelledOut(words[end] ?? '');
          // The domain spells the name, or abbreviates it: "larkspurpay" for Larkspur Payments.
          const label = labels.find(
            (l) =>
              joined === l ||
              joinedAnd === l ||
              joinedOut === l ||
              // A three-letter label starting one word ("cal", Calder) is chance.
              (joined.startsWith(l) &&
                joined.length > l.length &&
                (end === start ? l.length >= 4 : l.length >= 6)) ||
              abbreviates(l, words.slice(start, end + 1)) ||
              spellsShort(l, words.slice(start, end + 1)),
          );
          // "emberlyvets" for Emberly Animal Hospitals: the domain starts with the run's first
          // word, and the run (up to six words on) ends in an organisation's noun.
          const leads =
            !label &&
            end === start &&
            joined.length >= 4 &&
            labels.some((l) => l.startsWith(joined) && l.length > joined.length) &&
            ORGANISATION_NOUN.test(words[Math.min(words.length, start + 6) - 1] ?? '') &&
            words.length - start >= 2;
          if (!label && !leads && !labels.some((l) => joined === l)) continue;
          let tail = end + 1;
          // A sentence ends the name: "Kumo Logistics. We are…" is not "Kumo Logistics. We"; so
          // does a legal form with its stop ("Swilly Civil & Structural Ltd. Registered in …").
          const ends = (word: string) =>
            /[.,;:!?]$/.test(word) &&
            (!COMPANY_SUFFIX.test(word) || LEGAL_FORM_WITH_STOP.test(word));
          if (!ends(words[end] ?? '')) {
            // "Merri Creek Institute of Medical Research": an organisation's noun takes its field
            // (not its place: "Wattle Bay Logistics of Brisbane").
            const field = (at: number) =>
              /^(?:of|for)$/.test(words[at] ?? '') &&
              ORGANISATION_NOUN.test(words[at - 1] ?? '') &&
              /^\p{Lu}/u.test(words[at + 1] ?? '') &&
              !placeNamed(words[at + 1] ?? '');
            while (
              tail < words.length &&
              tail < start + 7 &&
              (/^[\p{Lu}&]/u.test(words[tail] ?? '') || field(tail))
            ) {
              tail++;
              if (ends(words[tail - 1] ?? '')) break;
            }
          }
          // "University of the Illawarra" for illawarra.edu: the organisation the place names.
          const lead = /^the$/i.test(words[start - 1] ?? '') ? 3 : 2;
          const from =
            /^of$/i.test(words[start - lead + 1] ?? '') &&
            ORGANISATION_NOUN.test(words[start - lead] ?? '')
              ? start - lead
              : start;
          const kept = words.slice(from, tail);
          // Legal and team suffixes go ("Nordvik Energy AS"), never a word that spells the domain
          // ("Acme Corp" for acmecorp.example).
          const spelled = end - from + 1;
          // "…Systems Limited. Registered in England": a legal form spelled out goes with its
          // stop too ("Insurance Company." is the name's own word).
          // So do a booking's meeting words after it ("Switchback Logistics Intro Call",
          // "Brightwater Analytics Final Round").
          const droppable = (word: string | undefined) =>
            COMPANY_SUFFIX.test(word?.replace(/[.,]$/, '.') ?? '') ||
            /^(?:limited|incorporated)[.,]?$/i.test(word ?? '') ||
            /^(?:&|of|and)$/.test(word ?? '') ||
            BOOKING_WORD.test(word ?? '');
          while (kept.length > spelled && droppable(kept[kept.length - 1])) kept.pop();
          const name = kept.join(' ').replace(/[.,;:]+$/, '');
          const key = name.toLowerCase();
          const entry = counts.get(key) ?? { name, count: 0, first: order++ };
          // A banner's capitals ("RAVELSTON HOTELS") are styling: the name as written elsewhere wins.
          if (entry.name === entry.name.toUpperCase() && name !== name.toUpperCase())
            entry.name = name;
          entry.count++;
          counts.set(key, entry);
          break;
        }
      }
    }
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || b.name.length - a.name.length || a.first - b.first,
  );
  // "Pellbrook" five times, "Pellbrook Advisory" twice: a bare first word is how prose shortens
  // a name whose one more word is an organisation's ("Corvane Global Capability Centre" is a unit).
  const [first] = ranked;
  const whole =
    first && !first.name.includes(' ')
      ? ranked.find(
          (entry) =>
            entry.name.startsWith(`${first.name} `) &&
            !entry.name.slice(first.name.length + 1).includes(' ') &&
            endsAsOrganisation(entry.name),
        )
      : undefined;
  // Where the mail spells out the initials the name is or begins with, the name is that.
  const top = whole ?? first;
  const spelled = top ? spelledOut(top.name, ranked, texts, domainLabels) : null;
  const best = spelled && top ? { ...top, name: spelled } : top;
  if (best)
    return {
      company: withoutAddressRunOn(legalNameEndingIn(best.name, texts) ?? best.name),
      confidence: 0.9,
      source: 'prose',
    };
  const fallback = labels[0] ? domainLabels.find((label) => alnum(label) === labels[0]) : undefined;
  if (fallback) return { company: titleCase(fallback), confidence: 0.55, source: 'domain' };
  return { company: null, confidence: 0 };
}

// A booking's meeting words after a name ("Switchback Logistics Intro Call").
const BOOKING_WORD =
  /^(?:intro(?:ductory)?|initial|screening|discovery|phone|video|call|chat|screen|interviews?|meeting|final|first|second|third|round|stage|panel|onsite|on-site|technical)[.,:]?$/i;
// Words that name a team, a site, a channel or a job, never more of an employer's name.
const NOT_MORE_OF_A_NAME =
  /^(?:recruiting|recruitment|talent|acquisition|hiring|people|hr|careers?|jobs|team|group|uk|us|usa|emea|apac|engineer(?:ing)?|analyst|developer|designer|scientist|headquarters|hq|campus|offices?|building|branch|site|plaza|tower|park|centre|center|floor|suite|lobby|reception|annex)$/i;

/**
 * "Harvest Lane Wholesale" alone on a signature's line, "- Corbel Home Goods, 101 Greene Street":
 * where prose and the domain shorten the name, a line that starts with its whole form (one or two
 * capitalised words more, not a team's, a place's, a job's or a legal form) writes it out.
 */
export function wholeNameOnALine(name: string, texts: string[]): string {
  const line = new RegExp(
    String.raw`^[ \t]*(?:[-•*][ \t]+)?${literal(name)}((?:[ \t]+\p{Lu}[\p{L}&'’-]*){1,2})[ \t]*(?:$|[,|])`,
    'gmu',
  );
  for (const text of texts) {
    for (const match of text.slice(0, 40_000).matchAll(line)) {
      const extra = (match[1] ?? '').trim().split(/[ \t]+/);
      const more = extra.every(
        (word) =>
          !NOT_MORE_OF_A_NAME.test(word) &&
          !BOOKING_WORD.test(word) &&
          !JOB_TITLE_WORD.test(word) &&
          !COMPANY_SUFFIX.test(word) &&
          !placeNamed(word),
      );
      if (more) return `${name} ${extra.join(' ')}`;
    }
  }
  return name;
}

/**
 * "Minera Cordillera Norte SpA" alone on a line, where the domain spells "Cordillera Norte": the
 * legal name is the employer's whole name, the domain a short form of it.
 */
function legalNameEndingIn(name: string, texts: string[]): string | null {
  for (const text of texts) {
    for (const m of text.slice(0, 40_000).matchAll(LEGAL_NAME_LINE)) {
      const whole = m[1] ?? '';
      const extra = whole.split(/\s+/).length - name.split(/\s+/).length;
      if (extra >= 1 && extra <= 2 && whole.endsWith(` ${name}`)) return whole;
    }
  }
  return null;
}

// The words that say what kind of organisation a name is, not which one.
const ORGANISATION_FORM =
  /^(?:company|co-?operative|cooperative|co-op|society|corporation|incorporated|partnership)$/i;

/**
 * The shorter form of a company's name that the mail or the user's note writes on its own, when
 * what it leaves out ends in the organisation's form: "Kilohana Mutual Talent Acquisition" in
 * the sender's name shortens "Kilohana Mutual Insurance Company", and "at Kaimai Dairy" "Kaimai
 * Dairy Co-operative"; "the Orchard Lane screen" leaves "Orchard Lane Foods" whole. Two words at
 * least: a bare first word is how prose abbreviates any name.
 */
export function shortFormOf(name: string, ownWords: string[]): string {
  const words = name.split(/\s+/);
  if (!ORGANISATION_FORM.test(words[words.length - 1] ?? '')) return name;
  for (let length = 2; length < words.length; length++) {
    // "Bank of" is no name, whatever follows it.
    if (/^(?:of|and|&|the|for|de|du|la)$/i.test(words[length - 1] ?? '')) continue;
    const prefix = literal(words.slice(0, length).join(' '));
    const next = literal(words[length] ?? '');
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(?![\\p{L}\\p{N}]| ${next}\\b)`, 'u');
    if (ownWords.some((text) => alone.test(text))) return words.slice(0, length).join(' ');
  }
  return name;
}

// Words that start a capitalised run without naming anyone (vendors: vendors.ts).
const TOOL_NAMES =
  /^(?:google meet|microsoft teams|gmail|the|our|your|a|an|we|you|us|hi|hello|dear|thanks|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const COMPANY_CUES =
  /\b(with|at|from|join|joining|[Oo]n behalf of|interest in|[Ww]elcome to|[Cc]areers? at|[Gg]reetings from|[Tt]hank you for applying to|applying to|(?:recruiting|talent|hiring|people|HR) team (?:at|of))\s+(?:the\s+)?((?:[A-Z][\p{L}\p{N}&'’-]*)(?: (?:[A-Z][\p{L}\p{N}&'’-]*|&)| (?:of|for|and)(?= [A-Z]))*)/gu;
// Cues that name the employer outright weigh more than a bare "with"/"at".
const STRONG_CUE =
  /^(?:on behalf of|interest in|welcome to|careers? at|greetings from|thank you for applying to|applying to|(?:recruiting|talent|hiring|people|HR) team (?:at|of))$/i;
// "Talent Partner, Harborview Labs", "Recruiter | Acme", "Sales Recruiter at Copperline": a
// signature's title line names the employer.
const SIGNATURE_LINE =
  /^[ \t]*(?:[A-Z][\p{L}&/-]*[ \t]+){0,4}(?:Recruiter|Recruiting|Coordinator|Partner|Manager|Lead|Director|Specialist|Advisor|Acquisition|HR|People|Talent|Sourcer)\b[^,|\n]{0,30}?[ \t]*(?:,|\||–|—| - | at )[ \t]*((?:[A-Z][\p{L}\p{N}&'’.-]*)(?: (?:[A-Z][\p{L}\p{N}&'’.-]*|&))*)[ \t]*$/gmu;
// "Tidewell Outdoor Co. | Talent Acquisition": the employer first, then the team that writes.
const TEAM_AFTER_COMPANY =
  /^[ \t]*((?:[A-Z][\p{L}\p{N}&'’.-]*)(?: (?:[A-Z][\p{L}\p{N}&'’.-]*|&))*)[ \t]*(?:\||–|—| - )[ \t]*(?:Talent Acquisition|Talent|Recruiting|Recruitment|HR|People|Careers)(?: Team)?[ \t]*$/gmu;
const TEAM_SUFFIX =
  /((?:[A-Z][\p{L}\p{N}&'’-]*)(?: (?:[A-Z][\p{L}\p{N}&'’-]*|&))*) (?:Recruiting|Talent|Hiring|People|Careers|HR|Recruitment)(?: Team)?\b/gu;

// "Derwent Estuary Aquaculture Pty Ltd" alone on a line: a name with its legal form is a company's.
const LEGAL_NAME_LINE = new RegExp(
  String.raw`^[ \t]*((?:[A-Z][\p{L}\p{N}&'’.-]*|&)(?:[ \t]+(?:[A-Z][\p{L}\p{N}&'’.-]*|&|of|and)){0,5}?)(?:[ \t]+\(?(?:${LEGAL_FORM_ANY_CASE}|Limited)\)?\.?){1,2}[ \t]*(?:[|,].*)?$`,
  'gmu',
);

// "Ashgrove Realty's recruiter set it up": whose recruiter, team or hiring manager is the employer's.
const POSSESSIVE_TEAM =
  /(?:'|’)s (?:recruiter|recruiting|talent|hiring|HR|people|careers) ?(?:team|manager|partner|lead)?\b/gu;
// A scheduling tool's footer: "Brightwater Insurance uses Calendly to schedule meetings".
const USES_TOOL = / uses ([A-Z][\w.]*) to (?:schedule|book|manage)\b/gu;
// "the Kahu Analytics careers form", "our Maplestone careers page": whose careers site it is.
const CAREERS_SITE =
  /(?<![\p{L}\p{N}])((?:[A-Z][\p{L}\p{N}&'’-]{0,40})(?: (?:[A-Z][\p{L}\p{N}&'’-]{0,40}|&)){0,4}) (?:careers?|jobs) (?:form|page|site|portal|website)\b/gu;
const NAME_BEFORE = /((?:[A-Z][\p{L}\p{N}&-]*)(?: (?:[A-Z][\p{L}\p{N}&-]*|&))*)$/u;

/** The capitalised name that ends right before `index`: found from a literal cue, looked back on. */
function nameBefore(text: string, index: number): string {
  return NAME_BEFORE.exec(text.slice(Math.max(0, index - 80), index))?.[1] ?? '';
}

/** "Ironbark Fleet Systems" / "Level 9, 225 St Georges Terrace": an address's first word run on. */
function withoutAddressRunOn(name: string): string {
  return name.replace(/^(.+\S \S+) (?:Level|Suite|Floor|Unit)$/, '$1');
}

function trimCompany(raw: string): string {
  const words = raw.trim().split(/\s+/);
  while (words.length > 1 && COMPANY_SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  while (words.length > 1 && /^(?:&|of|and)$/.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ').replace(/[.,;:!?]+$/, '');
}

// A line that is only a name: capitalised words, "&", and the small words inside names; no comma
// ("Helsinki, Finland"), no digits of an address or a number.
const NAME_ONLY_LINE = /^\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’.-]*|&|of|and|the|for))*$/u;

/**
 * The employer a signature names on its own line under the writer's name and title ("Elina
 * Koskinen" / "Talent Acquisition Specialist" / "Revontuli Games"), when `texts` (the subject and
 * the body the signature ends) name it again, in words or a link's domain; null when the line after
 * the title is a team, a title, a place or anything but a name, or nothing else names it.
 */
export function signedEmployer(signature: string[], texts: string[]): string | null {
  const [name, title, employer] = signature;
  if (!name || !title || !employer || !JOB_TITLE_WORD.test(title)) return null;
  if (!NAME_ONLY_LINE.test(name) || !NAME_ONLY_LINE.test(employer)) return null;
  const company = trimCompany(employer);
  if (
    company.split(/\s+/).length > 6 ||
    JOB_TITLE_WORD.test(company) ||
    OWN_DEPARTMENT.test(company) ||
    isVendorName(company) ||
    TOOL_NAMES.test(company) ||
    placeNamed(company) !== null ||
    isPlaceName(company) ||
    /^[A-Z]{2,5}$/.test(company)
  )
    return null;
  const written = new RegExp(`\\b${literal(company)}\\b`, 'g');
  const mentions = texts.reduce((sum, text) => sum + (text.match(written)?.length ?? 0), 0);
  const compact = company.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const inLink = texts.some((text) =>
    [...text.matchAll(/\bhttps?:\/\/([^/\s>]+)/gi)].some((m) =>
      m[1]?.toLowerCase().includes(compact),
    ),
  );
  return mentions >= 2 || inLink ? company : null;
}

/**
 * "a phone screen with Marisa Quintero … Marisa will call you", "Bec Tran will call you at …": a
 * name whose first word, alone or with the rest, calls or meets the candidate, as only a person
 * does (never an organisation by a noun of its own; "Rivian is hiring" is a company's).
 */
function calledByGivenName(name: string, text: string): boolean {
  const [given, next] = name.split(' ');
  if (!given || !next || ORGANISATION_NOUN.test(name)) return false;
  return new RegExp(
    String.raw`(?<![\p{L}])${literal(given)}(?: ${literal(next)}(?![\p{L}]))?(?: will|(?:'|’)ll)? (?:call|ring|phone|text|meet|interview) you\b`,
    'u',
  ).test(text);
}

/**
 * The employer when no employer domain is known (a scheduling tool or a recruiter on Gmail):
 * the name that follows "with/at/from/on behalf of" or precedes "Recruiting Team", and recurs.
 */
// A meeting's name: its kind of meeting, maybe after words of its format or round ("Phone
// Interview", "Virtual Onsite", "Case Study"), never a name that only ends in one ("Silver Screen").
const MEETING_NAME =
  /^(?:(?:phone|video|virtual|remote|onsite|on-site|in-person|technical|recruiter|intro|introductory|initial|first|second|third|final|panel|case|behaviou?ral|coding|culture|team|hiring manager|1st|2nd|3rd|round \d|stage \d|\d)\s+)*(?:interview|call|screen|screening|meeting|chat|conversation|session|assessment|onsite|on-site|study|exercise|presentation|superday)s?$/i;

export function findCompanyByPhrase(text: string, displayNames: string[] = []): CompanyReading {
  const scan = text.slice(0, 40_000);
  const candidates = new Map<string, number>();
  const consider = (raw: string, weight: number) => {
    const name = trimCompany(raw);
    if (
      name.length < 2 ||
      isVendorName(name) ||
      TOOL_NAMES.test(name) ||
      TOOL_NAMES.test(name.split(' ')[0] ?? '') ||
      // "Recruiter Screen - Senior Product Analyst": a job title is nobody's employer, nor is a
      // meeting's name ("Revenue Manager – Phone Interview with Luc").
      looksLikeTitle(name) ||
      MEETING_NAME.test(name) ||
      OWN_DEPARTMENT.test(name) ||
      calledByGivenName(name, scan)
    )
      return;
    candidates.set(name, (candidates.get(name) ?? 0) + weight);
  };
  for (const m of scan.matchAll(COMPANY_CUES)) {
    // "on behalf of Mary Ann Whitfield": only an organisation is written for this way.
    if (/behalf/i.test(m[1] ?? '') && !ORGANISATION_NOUN.test(m[2] ?? '')) continue;
    // "your interview with Acme Robotics for Controls Engineer": the role after "for" is no part
    // of the name ("Society for Neuroscience" keeps its own).
    const [name = '', role] = (m[2] ?? '').split(/ for (?=[A-Z])/);
    consider(
      role && looksLikeTitle(role) ? name : (m[2] ?? ''),
      STRONG_CUE.test(m[1] ?? '') ? 3 : 1,
    );
  }
  for (const m of scan.matchAll(TEAM_SUFFIX)) consider(m[1] ?? '', 1);
  for (const m of scan.matchAll(POSSESSIVE_TEAM)) consider(nameBefore(scan, m.index ?? 0), 3);
  for (const m of scan.matchAll(USES_TOOL))
    if (isVendorName(m[1] ?? '')) consider(nameBefore(scan, m.index ?? 0), 3);
  for (const m of scan.matchAll(SIGNATURE_LINE)) consider(m[1] ?? '', 3);
  for (const m of scan.matchAll(TEAM_AFTER_COMPANY)) consider(m[1] ?? '', 3);
  for (const m of scan.matchAll(LEGAL_NAME_LINE)) consider(m[1] ?? '', 3);
  for (const m of scan.matchAll(CAREERS_SITE)) consider(m[1] ?? '', 3);
  for (const name of displayNames) {
    if (/\b(?:recruiting|talent|hiring|careers|hr|recruitment|team)\b/i.test(name))
      consider(name, 1);
    // A tool sending in the employer's name ("Halcyon Freight <no-reply@…>") that the text
    // also names after "with/at/from": the two agree.
    else if (candidates.has(trimCompany(name))) consider(name, 2);
  }
  const ranked = [...candidates.entries()]
    .map(([name, weight]) => {
      const escaped = literal(name);
      const occurrences = [...scan.matchAll(new RegExp(`\\b${escaped}\\b`, 'g'))].length;
      return { name, score: weight + occurrences };
    })
    .sort((a, b) => b.score - a.score || b.name.length - a.name.length);
  const best = ranked[0];
  if (best && best.score >= 4) return { company: best.name, confidence: 0.7, source: 'prose' };
  return { company: null, confidence: 0 };
}

// The nouns an organisation's or a facility's name ends with, and no person's ("Western Fisheries
// Board", "Uppsala University", "Belle Plaine Mill", "Acme Robotics"): one list for the company
// reader and the people reader.
export const ORGANISATION_WORDS =
  'Boards?|Ministry|Department|Offices?|Institutes?|Council|Agency|Authority|Trusts?|Services?|Hospitals?|Clinics?|University|College|Schools?|Group|Bank|Foundation|Society|Association|Commission|Company|Corporation|Partners|Labs?|Studios?|Holdings|Industries|Systems|Technolog(?:y|ies)|Health|Healthcare|Museums?|Library|Centres?|Centers?|Funds?|Networks?|Therapeutics|Pharmaceuticals|Biosciences|Robotics|Insurance|Analytics|Solutions|Logistics|Dynamics|Ventures|Consulting|Consultancy|Consultants|Advisory|Advisors|Advisers|Capital|Energy|Mill|Mine|Factory|Works|Warehouse|Depot|Refinery|Smelter|Site|Campus|Facility|Terminal';
// Nouns that make a name an organisation's ("Western Fisheries Board", "Ministry of Health").
const ORGANISATION_NOUN = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS})\b`);
/** "Broadland Valley NHS Foundation Trust", "Fernhill Council": a name that ends as an organisation's. */
export function endsAsOrganisation(name: string): boolean {
  // ("Recruitment Services", "HR Department", "Candidate Services": the writer's own team.)
  return ORGANISATION_NAME_END.test(name.trim()) && !OWN_DEPARTMENT.test(name.trim());
}
const ORGANISATION_NAME_END = new RegExp(String.raw`\b(?:${ORGANISATION_WORDS})$`);
// "On behalf of the Human Resources Department": the writer's own team, not another employer.
const OWN_DEPARTMENT =
  /^(?:Human Resources|HR|People|Talent|Recruitment|Recruiting|Hiring|Personnel|Careers|Candidates?)\b(?!['’])/;
const ON_BEHALF =
  /\b[Oo]n behalf of\s+(?:the\s+|our client,?\s+)?((?:[A-Z][\p{L}\p{N}&'’-]*)(?: (?:[A-Z][\p{L}\p{N}&'’-]*|&)| (?:of|for|and)(?= [A-Z]))*)/gu;

/**
 * "On behalf of the Ministry of Coastal Transportation": an agency, a shared hiring service or a
 * recruiter writes for the employer, who outranks the writer's own domain. Only an organisation's
 * name counts ("on behalf of Dana Lee" is a person, "the HR Department" the writer's own team).
 */
export function employerOnBehalf(text: string): string | null {
  for (const m of text.slice(0, 40_000).matchAll(ON_BEHALF)) {
    const name = trimCompany(m[1] ?? '');
    if (isVendorName(name) || TOOL_NAMES.test(name) || OWN_DEPARTMENT.test(name)) continue;
    if (ORGANISATION_NOUN.test(name)) return name;
  }
  return null;
}

// A recruitment agency's own name and words: "Pemberton Lowe Recruitment", "an employment agency".
const AGENCY_WORDS =
  /\b(?:Recruitment|Recruiting|Staffing|Resourcing|Executive Search|Search Partners|Talent Partners)\b|\b(?:employment|recruitment|staffing) agency\b/;
// "Timberline Talent", "Northgate Personnel", "Calder Search": an agency's name (in the text,
// "Talent" is a team's).
const AGENCY_NAME_END =
  /\b(?:Talent|Personnel|Recruiters|Headhunters|Search)(?: (?:Group|Solutions|Partners))?$/;
// The client an agency writes about: "Saltmarsh Energy would like to meet (with) you", "… would
// like to bring you in", "… move ahead with a phone screen", "our client, Saltmarsh Energy".
const CLIENT_WANTS =
  /((?:[A-Z][\p{L}\p{N}&'’-]*)(?: (?:[A-Z][\p{L}\p{N}&'’-]*|&)){0,4}),? (?:would (?:like|love) to|want to|wants to|are keen to|is keen to|have asked to) (?:(?:(?:meet|speak|talk|chat)(?: with| to)?|interview|invite|see|bring|have) you\b|(?:move|go) (?:ahead|forward) with (?:a|an|the|your)\b)|\bour client,? ((?:[A-Z][\p{L}\p{N}&'’-]*)(?: (?:[A-Z][\p{L}\p{N}&'’-]*|&)){0,4})/u;

const CLIENT_LABEL =
  /^[ \t]*(?:[Cc]lient(?: [Cc]ompany)?|[Hh]iring [Cc]lient)[ \t]*:[ \t]*((?:[A-Z][\p{L}\p{N}&'’.-]*)(?: (?:[A-Z][\p{L}\p{N}&'’.-]*|&|of|and)){0,5})/mu;

/**
 * An agency's recruiter writes from the agency's domain about its client: the employer is the
 * client the mail names ("Saltmarsh Energy would like to meet you"), not the agency.
 */
export function clientOfAgency(text: string, agency: string, subject = ''): string | null {
  const scan = text.slice(0, 40_000);
  const isAgency =
    AGENCY_WORDS.test(agency) ||
    AGENCY_NAME_END.test(agency) ||
    new RegExp(
      String.raw`${literal(agency)}\s+(?:Recruitment|Recruiting|Staffing|Resourcing)`,
    ).test(scan) ||
    /\b(?:employment|recruitment|staffing) agency\b/i.test(scan);
  // "Client: Halyard Cloud Inc. (Seattle, USA)": an agency's label for the employer; from anyone
  // else (a consultancy's brief), only when the subject names that client too.
  const labelled = trimCompany(CLIENT_LABEL.exec(scan)?.[1] ?? '');
  const named =
    labelled.length >= 3 &&
    !/^(?:n\/?a|tbc|tbd|none|confidential|undisclosed)\b/i.test(labelled) &&
    labelled !== agency &&
    !isVendorName(labelled);
  if (named && (isAgency || subject.includes(labelled))) return labelled;
  const wants = CLIENT_WANTS.exec(scan);
  const client = trimCompany(wants?.[1] ?? wants?.[2] ?? '');
  // "shortlisted by our client Eastbridge Paints", under a subject that names it: whoever writes
  // so places candidates.
  const ourClient = wants?.[2] !== undefined && !!client && subject.includes(client);
  if (!isAgency && !ourClient) return null;
  if (
    !client ||
    client === agency ||
    AGENCY_WORDS.test(client) ||
    isVendorName(client) ||
    // "We would like to move ahead": the writer, not a client.
    /^(?:we|i|they|the team|our team|the client|our client)$/i.test(client)
  )
    return clientInSubject(subject, scan, agency);
  return client;
}

/**
 * "Wexcombe Trust – Chief Executive – final panel", written by a search firm's partner: a subject
 * that names an organisation beside the role, other than the writer's own, names the employer the
 * writer recruits for (the name is written in the text too).
 */
export function employerInSubject(
  subject: string,
  text: string,
  writerOwn: string,
  candidateNames: Iterable<string>,
): string | null {
  const named = clientInSubject(subject, text.slice(0, 40_000), writerOwn, true);
  if (!named || isPlaceName(named) || placeNamed(named) !== null) return null;
  const lower = named.toLowerCase();
  if ([...candidateNames].some((name) => name.toLowerCase() === lower)) return null;
  // Only from a firm whose name says it recruits: an in-house subject may open with a team
  // ("Global Markets", "Wealth Management Trust").
  return RECRUITER_FIRM.test(writerOwn.toLowerCase().replace(/[^a-z]/g, '')) ? named : null;
}

// A firm whose name says it recruits: "Hunters Search", "Calder Talent", "Northgate Personnel"
// (not a research firm).
const RECRUITER_FIRM =
  /(?:(?<!re)search|talent|recruit(?:ment|ing|ers)?|staffing|resourcing|headhunt(?:ers|ing)?|personnel)(?:partners|group|associates)?$/;

// "Interview - Tallowood Logistics - Fleet Operations Manager", "Pellham - tomorrow's interview
// cancelled": the parts of an agency's subject line.
const SUBJECT_PARTS = /\s+[-–—|:]\s+|:\s+|\s*\|\s*/;
const NAME_PART = /^\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|&|of|and)){0,4}$/u;

/**
 * The organisation an agency's subject names beside the role and the meeting, written in the
 * text too (in full there: "Pellham" in the subject, "Pellham Surgical just called").
 */
function clientInSubject(
  subject: string,
  text: string,
  agency: string,
  besideARole = false,
): string | null {
  const parts = subject
    .replace(/^(?:(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, '')
    .split(SUBJECT_PARTS)
    .map((part) => part.trim());
  // "Org – Role – …": the convention names the organisation first, the role right after it.
  if (besideARole && !looksLikeTitle(parts[1] ?? '')) return null;
  if (besideARole) parts.splice(1);
  const names = parts.filter(
    (part) =>
      NAME_PART.test(part) &&
      !looksLikeTitle(part) &&
      !/\b(?:interview|meeting|call|screen|round|stage|panel|session|assessment|invitation|confirm\w*|update|schedule\w*|reminder|cancel\w*|application|role|position|vacancy|job|opportunity)\b/i.test(
        part,
      ) &&
      !agency.toLowerCase().includes(part.toLowerCase()) &&
      !AGENCY_WORDS.test(part) &&
      !isVendorName(part),
  );
  const [name] = names;
  if (names.length !== 1 || !name) return null;
  const written = new RegExp(
    String.raw`(?<![\p{L}])${literal(name)}(?: \p{Lu}[\p{L}&'’-]+){0,2}(?![\p{L}])`,
    'u',
  ).exec(text)?.[0];
  if (written) return trimCompany(written);
  // "Redgum Minerals – interview confirmed" over "Redgum have confirmed …": the text's short name.
  const [first = '', ...rest] = name.split(' ');
  const shortNamed =
    rest.length > 0 &&
    first.length >= 4 &&
    new RegExp(String.raw`(?<![\p{L}])${literal(first)}(?![\p{L}])`, 'u').test(text);
  return shortNamed ? trimCompany(name) : null;
}

// The last word of a job title. Deliberately nouns, so "Recruiter Phone Screen" or "Technical
// Interview" never pass for a role.
const TITLE_NOUNS =
  /^(?:engineer|developer|manager|analyst|scientist|designer|executive|coordinator|strategist|director|lead|specialist|associate|consultant|architect|administrator|officer|representative|intern|accountant|assistant|advisor|adviser|technician|writer|editor|researcher|recruiter|partner|head|vp|avp|svp|evp|president|producer|nurse|teacher|programmer|tester|owner|founder|co-founder|cofounder|planner|buyer|agent|clerk|operator|supervisor|marketer|sdet|sre|devops|counsel|attorney|paralegal|economist|statistician|physician|pharmacist|therapist|chemist|biologist|controller|auditor|underwriter|actuary|copywriter|illustrator|animator|artist|photographer|generalist|principal|fellow|trainee|apprentice|cook|chef|driver|mechanic|electrician|instructor|lecturer|professor|librarian|curator|officer|steward|agent|banker|broker|trader|investigator|inspector|surveyor|hygienist|dentist|veterinarian|pilot|dispatcher|scheduler|estimator|superintendent|foreman|machinist|welder|carpenter|plumber|cashier|barista|host|server|bartender|receptionist|secretary|bookkeeper|programmer|modeler|modeller|tech|worker|caseworker|aide|carer|caregiver|midwife|paramedic|practitioner|counselor|counsellor|psychologist|dietitian|radiographer|sonographer|optometrist|coach|tutor|porter|cleaner|custodian|janitor|guard|courier|handler|installer|technologist|sister|ranger|warden|firefighter|lifeguard|attendant|keeper|conductor|dispatcher|navigator|liaison|advocate|steward|surgeon|doctor|vet|registrar|solicitor|barrister|lawyer|notary|educator|hydrologist|geologist)$/i;

const ROLE_WORD = String.raw`(?:[A-Z][\p{L}\p{N}&/+.'’-]*|[a-z]-[A-Za-z]+|of|and|&|to|for|in(?= [A-Z])|II|III|IV|I)`;
const ROLE_RUN = String.raw`${ROLE_WORD}(?: ${ROLE_WORD}){0,7}(?: \([^()\n]{1,40}\))?`;
// "Computer Science and Engineering", "Research & Development": a team may join two fields.
const TEAM_RUN = String.raw`[A-Z][\p{L}&/+-]*(?: (?:(?:and|of|for) )?[A-Z&][\p{L}&/+-]*){0,3}`;
// "Associate, Healthcare Investment Banking", "Clinical Informatics Lead - EMR Optimisation",
// "Vice President, Treasury Sales – ANZ Coverage": a title and the team it is in.
const ROLE_WITH_TEAM = String.raw`${ROLE_RUN}(?:(?:, | [-–—] )${TEAM_RUN}(?: \([^()\n]{1,40}\))?){0,2}`;

/** "Controller", "Manager": a word that ends a job title, never a surname. */
export function isTitleNoun(word: string): boolean {
  return TITLE_NOUNS.test(word);
}

/** A title under a "Role:" label: two to seven words, no meeting's name ("Phone Interview"). */
function labelledTitle(candidate: string): boolean {
  const words = candidate.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 7 &&
    // ("Registered Nurse for the ICU" read to "for": a title cut short.)
    !/^(?:for|of|and|to|in|&|at|on|with)$/i.test(words.at(-1) ?? '') &&
    !MEETING_NAME.test(candidate) &&
    !/\b(?:to be (?:confirmed|decided|announced|advised)|tb[cda]|confirmed|pending|n\/a)\b/i.test(
      candidate,
    )
  );
}

function looksLikeTitle(candidate: string): boolean {
  const trimmed = candidate
    .replace(/\s*\([^)]*\)\s*$/, '')
    // "Senior QA Engineer, Lab Automation", "Lead - EMR Optimisation": the title before its team.
    .replace(/(?:,|\s[-–—])\s+[A-Z][^,]{1,40}$/, '')
    // "Embedded Software Engineer (m/w/d) - Motion Control": a note on the title before the team.
    .replace(/\s*\([^)]*\)\s*$/, '')
    // "Engineer II", "Scientist B": a grade after the title; "Sales Director APAC": its region.
    .replace(/\s+(?:I{1,3}|IV|V|Sr\.?|Jr\.?|[A-F])$/, '')
    .replace(
      /\s+(?:APAC|EMEA|AMER|AMERICAS|LATAM|ANZ|DACH|Nordics|UK|US|EU|NA|Americas|Europe|Asia)$/,
      '',
    )
    // "Lecturer in Data Science", "Director of Engineering": the title, then its field.
    .replace(/\s+(?:in|of|for)\s+(?:[A-Z][\p{L}&-]*\s*){1,4}$/u, '')
    .trim();
  const words = trimmed.split(/\s+/);
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}]/gu, '');
  if (words.length > 7 || words.length === 0) return false;
  if (!/^[A-Z]/.test(words[0] ?? '')) return false;
  // Occupations by their ending: physiotherapist, phlebotomist, clinician, optician.
  return TITLE_NOUNS.test(last) || (last.length >= 6 && /(?:[^l]ist|ician)$/i.test(last));
}

export interface RoleReading {
  role: string | null;
  confidence: number;
  source?: FieldSource;
}

// A meeting in a subject line ("Technical interview", "Round 2"), and who it is with when that
// is a person rather than a role ("Hiring manager call").
// "Live Ops Producer interview confirmed": the meeting, then what the mail says about it; "…
// phone screen with Saoirse Kealy on Monday, 4 October 2027": and when.
const SUBJECT_ACTIVITY =
  /\s+(?:(?:quick |intro |introductory |phone |video |technical |final |onsite |on-site )?(?:interview|screen|call|chat|round)s?(?:\s+with\s+[\p{L} .'’-]{2,60})?(?:\s+on\s+[\p{L}\d ,.'’-]{3,40})?(?:\s+(?:confirmed|confirmation|scheduled|booked|invitation|invite|reminder|details|request|update|rescheduled))?|invitation|confirmation|confirmed)$/iu;
const MEETING_COUNTERPART =
  /^(?:hiring manager|recruiter|recruiting|founder|ceo|cto|cfo|coo|team|panel|leadership|hr|manager|director)$/i;

// A requisition number is the posting's, not the role's name: "(R-10482)", "- Req #4471".
// "(Job Req ID 11842)", "[REQ-2291]", "- Job #4471", "(Job Code: LWT/ENG/0418)": the posting's
// number, never the title.
const REQUISITION =
  /\s*[([]\s*(?:(?:(?:job|req(?:uisition)?|posting|position|competition|ref(?:erence)?|vacancy)\.?\s*){1,2}(?:id|#|no\.?|number|code)?\s*[:#]?\s*)?#?(?:[A-Z]{1,6}[-_/]){0,3}[A-Z]{0,5}[-_]?\d[\d/-]{2,}[\w-]*\s*[)\]]|\s*(?:[-–—|,]\s*)?(?:(?:(?:job|req(?:uisition)?)\.?\s*){1,2}(?:id|#|no\.?|number)?\s*[:#]?\s*|#)[A-Z]{0,5}-?\d{3,}[\w-]*$/gi;

// "(Grade 7, ref WQ-2027-114)", "(Band 5; Vacancy No. 30418)", "(Vacancy Notice No. GB/41)": a
// note that carries the posting's reference is the posting's details, whatever else it says.
const POSTING_NOTE =
  /\s*\([^()]{0,60}?\b(?:ref(?:erence)?|req(?:uisition)?|job id|vacancy|posting|competition)(?:\s+(?:notice|advert(?:isement)?|ad))?\b\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*(?:[A-Z]{1,6}[-_/]){0,3}[A-Z]{0,6}[-_/]?\d[\w/-]*\s*\)/gi;

// Where and on what terms the work is done: "(Remote - Americas)", "(contract-to-hire)".
const WORK_ARRANGEMENT =
  '(?:fully )?(?:remote|hybrid|on-?site|in[- ]office|relocat\\w*|contract(?:-to-hire)?|temp(?:-to-perm)?|full[- ]time|part[- ]time|permanent|fixed[- ]term|freelance)';

// A public service's or health service's pay classification: "APS Level 6", "EL1", "GS-12",
// "Band 5", "Pay Grade 7". ("Level 2" alone is as often part of a support title, and "Grade 3" a
// teacher's class: they stay.)
const PAY_GRADE = String.raw`(?:(?:aps|el|ses|gs)\s*(?:level\s*)?-?\s*\d{1,2}|(?:nhs\s+|afc\s+)?(?:pay\s+|salary\s+)?band\s*\d{1,2}[a-z]?|(?:pay|salary)\s+grade\s*\d{1,2}[a-z]?)`;

// The terms of a job, not its name: its hours, the leave it covers, how long it lasts, its pay
// grade. (A shift stays: "Transport Planner (Days)" is how such a post is named.)
const JOB_TERM = new RegExp(
  String.raw`^(?:${WORK_ARRANGEMENT}|${PAY_GRADE}|(?:\d+(?:\.\d+)?\s*)?fte|casual|locum|temporary|(?:maternity|parental|paternity|sick)\s+(?:leave\s+)?(?:cover|position|vacancy|contract)?|(?:leave\s+)?cover|position|vacancy|\d{4}|\d+\s*(?:months?|years?)|[\s-])+$`,
  'i',
);

/**
 * "(Bowling Green)", "(0.8 FTE)", "(Maternity Leave Position 2028)": a bracket after a title that
 * says only where or on what terms the job is done. "(ICU, nights, onsite)" names its unit too,
 * and stays.
 */
// A town of the list by its name alone ("Sydney"), or a place of two words or more ("Bowling
// Green"): one word that is a place somewhere is as often a specialty ("Mobile", "Enterprise").
const namesATown = (words: string) =>
  placeNamed(words) !== null || (/\s/.test(words.trim()) && isPlaceName(words));

/** "Graduate Engineer Trainee" -> "GET": the initials a title is shortened to, joining words left out. */
function initialsOf(title: string): string {
  return title
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

function onlyTerms(inside: string): boolean {
  const parts = inside.split(/\s*[,;/]\s*/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((part) => JOB_TERM.test(part) || (parts.length === 1 && namesATown(part)))
  );
}

// "QA Validation Lead, Thursday 16 March", "Marine Planner (Thu, Mar 16)": a subject's date after
// the title is when, never part of its name.
const DATE_AFTER_TITLE = new RegExp(
  String.raw`\s*(?:(?:,|\s[-–—|])\s*|\()(?:${WEEKDAY_WORD}(?![a-z])|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}(?![a-z])|${MONTH_WORD}\s+\d{1,2}\b)[^()]{0,24}\)?$`,
  'i',
);

function cleanRole(raw: string): string {
  // "Data Analyst, London", "Data Analyst - London", "Sales Manager in Leeds": a place after the
  // comma, dash or "in" is where the job is, not its team or field.
  // (The last such part: "Data Analyst, Finance - London".)
  const undated = raw.replace(DATE_AFTER_TITLE, '');
  const team = /^(.*)(?:,|\s[-–—]|\sin)\s+([^,]+)$/.exec(undated);
  const place = team?.[2]?.trim().replace(/[.,;:!?]+$/, '');
  const withoutPlace = place && placeNamed(place) ? (team?.[1] ?? undated) : undated;
  return (
    withoutPlace
      .replace(
        /\s*\((?:round|stage|step|part|interview)\s*\d+\)|\s*\((?:final|first|second|third) (?:round|stage|interview)\)/gi,
        '',
      )
      .replace(POSTING_NOTE, '')
      .replace(REQUISITION, '')
      // "(m/w/d)", "(f/m/x)", "(all genders)": the law's note that anyone may apply, not the title.
      .replace(/\s*\((?:(?:[mwfdxh]\s*\/\s*){1,3}[mwfdxh]\*?|all genders?|gn)\)/gi, '')
      // "(80-100%)", "60 %": the share of a full week, as Swiss and German postings give it.
      .replace(
        /\s*(?:\(\s*)?(?:\d{1,3}\s*%?\s*[-–]\s*)?\d{1,3}\s*%(?:\s*\))?(?=\s*$|\s*[-–—,])/g,
        '',
      )
      // "(remote - Americas)", "(Hybrid, 3 days)", "- Remote": where the work is done, not the
      // role's name.
      // "(Sydney onsite)": a place before it too, but no list ("(ICU, nights, onsite)" keeps its unit).
      .replace(
        new RegExp(
          String.raw`\s*\((?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? )?${WORK_ARRANGEMENT}\b[^()]{0,40}\)`,
          'giu',
        ),
        '',
      )
      .replace(new RegExp(String.raw`\s+[-–—]\s+${WORK_ARRANGEMENT}\b[^,]{0,40}$`, 'i'), '')
      .replace(/\s*\(([^()]{2,60})\)\s*$/, (bracket, inside: string, at: number, title: string) =>
        onlyTerms(inside) || initialsOf(title.slice(0, at)) === inside ? '' : bracket,
      )
      // "R-0048817 Store Manager": an ATS writes the requisition's number before its title.
      .replace(/^(?:[A-Z]{1,3}-)?\d{4,}[\w-]*\s+(?=[A-Z])/, '')
      .replace(/^(?:the|a|an|our)\s+/i, '')
      .replace(/\s+(?:role|position|opening|job|vacancy)$/i, '')
      .replace(/[\s.,;:]+$/, '')
      .trim()
      .replace(SHOUTED, shoutedTitle)
  );
}

// "SENIOR DATA SCIENTIST, FRAUD ANALYTICS": a title written in capitals throughout, as a form or
// an ATS shouts it, is written as the title it is. Short words keep their capitals ("QA", "ICU",
// "KYC", "II": initials, mostly), except the small words that join and a few short words of
// trade; longer initials are kept where known ("HVAC", "CISO"), as nothing else tells them apart.
const SHOUTED = /^(?=[^\p{Ll}]*\p{Lu}{4})[^\p{Ll}]+$/u;
const JOINING_WORD = /^(?:OF|AND|&|THE|FOR|TO|IN|AT|ON|OR|BY|WITH)$/;
const SHORT_WORD =
  /^(?:OIL|GAS|ART|LAW|TAX|WEB|AIR|SEA|BAR|LAB|SPA|CAR|NEW|KEY|PAY|DAY|BAY|ICE|RED|BIG|TOP|ALL|ANY|ONE|TWO|SUB)$/;
const KEPT_CAPITALS = /^(?:VIII?|CISO|QHSE|HVAC|FICO|SCADA|SAAS)$/;
function shoutedTitle(title: string): string {
  return title.replace(/\p{Lu}+/gu, (word) =>
    JOINING_WORD.test(word)
      ? word.toLowerCase()
      : (word.length <= 3 && !SHORT_WORD.test(word)) || KEPT_CAPITALS.test(word)
        ? word
        : `${word[0]}${word.slice(1).toLowerCase()}`,
  );
}

// "Technical Interview - Gameplay Engineer (Combat Systems)": a scheduler's heading line, which
// reads like a subject.
const ACTIVITY_HEADING =
  /^[> \t]*((?:[A-Z][\w-]*[ \t]+){0,3}(?:interview|screen|call|chat|conversation)[ \t]+[-–—|:][ \t]+[^\n]{3,80})$/gim;

/** Heading lines of the body that name the meeting and the role, for reading like subjects. */
export function activityHeadings(body: string): string[] {
  return [...body.slice(0, 20_000).matchAll(ACTIVITY_HEADING)]
    .map((m) => (m[1] ?? '').trim())
    .slice(0, 5);
}

// A person's name and a comma right before a title: "Dana Lee, Director of Member Services".
const PERSON_BEFORE_TITLE = /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s*$/u;

/** The role applied for: "for the X role/position", "interview for X", "Role: X", the subject. */
const PLACE_IN_BRACKETS =
  /\s*\(\p{Lu}[\p{L}.'’ -]+,\s*(?:[A-Z]{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)$/u;

export function findRole(
  body: string,
  subjects: string[],
  company: string | null,
  people: string[],
  /** The user's own names, among `people`: a booking writes the role beside them. */
  candidateNames: string[] = [],
): RoleReading {
  const read = roleIn(body, subjects, company, people, candidateNames);
  // "Brand Marketing Manager, UK for Hannah Whitfield": a booking names whom it is for after the
  // title.
  const forWhom = [...candidateNames, ...people].find((name) =>
    read.role?.toLowerCase().endsWith(` for ${name.toLowerCase()}`),
  );
  const named =
    read.role && forWhom ? read.role.slice(0, -` for ${forWhom}`.length).trim() : read.role;
  // "Operations Planning Manager (Council Bluffs, IA)": where the job is, after the title.
  const found = named ? { ...read, role: named.replace(PLACE_IN_BRACKETS, '') } : read;
  if (!found.role || !company) return found;
  // "Clinical Affairs Manager, EMEA (Halvorsen Surgical)", "Project Manager, Construction - Acme
  // Builders": the employer in brackets or a last part after the title, under its own name.
  const inBrackets = new RegExp(String.raw`\s*\(${literal(company)}(?:\s+[\p{L}.]+)?\)$`, 'iu');
  const lastPart = /^(.+)\s[-–—]\s+(\S+)[^,]*$/.exec(found.role);
  const firstWord = alnum(lastPart?.[2] ?? '');
  const ownName = alnum(company);
  const employerLast =
    lastPart?.[1] &&
    firstWord.length >= 4 &&
    ownName.length >= 4 &&
    (ownName.startsWith(firstWord) || firstWord.startsWith(ownName.slice(0, 4)));
  return {
    ...found,
    role: (employerLast ? (lastPart?.[1] ?? found.role) : found.role).replace(inBrackets, ''),
  };
}

function roleIn(
  body: string,
  subjects: string[],
  company: string | null,
  people: string[],
  candidateNames: string[],
): RoleReading {
  // "the *Senior Flight Software Engineer* role": a plain-text part's bold is no part of a title.
  const text = body.slice(0, 40_000).replace(/\*([^*\s][^*\n]{0,100}?[^*\s])\*/g, '$1');
  const patterns: Array<[RegExp, number]> = [
    [
      new RegExp(
        String.raw`\b(?:Role|Position|Job(?: title)?|Job Title|Opening|Requisition)\s*[:\t]\s*(${ROLE_WITH_TEAM})`,
        'u',
      ),
      0.9,
    ],
    [
      new RegExp(
        // "for the 2028 Graduate Hydrologist intake": a graduate scheme's year, then the role.
        String.raw`\b(?:for|as|in|about) (?:the|a|an|our) (?:position of |role of |\d{4} )?(${ROLE_RUN}) (?:role|position|opening|job|vacancy|opportunity|intake|programme|program)\b`,
        'u',
      ),
      0.9,
    ],
    // "the Machine Learning Engineer, Ranking role": a title, then its team.
    [
      new RegExp(
        String.raw`\b(?:for|as|in) (?:the|a|an|our) (${ROLE_RUN}, ${TEAM_RUN})\s+(?:role|position|opening|job|vacancy)\b`,
        'u',
      ),
      0.9,
    ],
    [new RegExp(String.raw`\b[Tt]he (${ROLE_WITH_TEAM}) (?:role|position|opening)\b`, 'u'), 0.85],
    // "the post of Senior Social Worker with …": the title after its noun.
    [
      new RegExp(
        String.raw`\b[Tt]he (?:post|position|role|vacancy) of (${ROLE_WITH_TEAM})(?=\s+(?:with|at|in|for|on|within|as (?:per|discussed|mentioned))\b|[,.;:!?)\n]|$)`,
        'u',
      ),
      0.85,
    ],
    // "for the position Embedded Software Engineer (m/w/d) - Motion Control.": no "of" before it.
    [
      new RegExp(
        String.raw`\b(?:for|as) (?:the|a|an) (?:position|role|post|vacancy):? (${ROLE_WITH_TEAM})(?=[,.;:!?)\n]|\s+(?:at|in|with|on)\b|$)`,
        'u',
      ),
      0.85,
    ],
    // "Your interview for Senior Data Analyst, Claims at Fernwood is confirmed": a title and its
    // team, up to the employer or the verb.
    [
      new RegExp(
        String.raw`\binterview (?:for|as) (?:the |a |an )?(${ROLE_RUN}, (?!(?:${WEEKDAY_WORD}|${MONTH_WORD})(?![a-z]))${TEAM_RUN})(?=\s+(?:\([^()\n]{1,30}\)\s+)?(?:at|with|is|has|was)\b)`,
        'u',
      ),
      0.85,
    ],
    [new RegExp(String.raw`\binterview (?:for|as) (?:the |a |an )?(${ROLE_RUN})`, 'u'), 0.85],
    // "Your onsite interview with Maplestone Financial for Senior Product Manager, Payments is
    // confirmed": with whom, then for what.
    [
      new RegExp(
        String.raw`\binterview with [^.\n]{2,60}? for (?:the |a |an )?(${ROLE_WITH_TEAM})(?=\s+(?:is|has|was|at|on|with|role|position)\b|[,.;:!?)\n]|$)`,
        'u',
      ),
      0.8,
    ],
    [new RegExp(String.raw`\b[Yy]our (${ROLE_RUN}) interview\b`, 'u'), 0.75],
    // A routing form's question and its answer on the next line: "Which role are you interested
    // in?" / "Customer Success Manager (APAC)", "Product Manager, Payments". Read before the
    // question's own "applying for?", which stops at the comma.
    [
      new RegExp(
        String.raw`\b(?:[Ww]hich|[Ww]hat) (?:role|position|job|vacancy) (?:are you|were you) (?:interested in|applying for)\??[ \t]*\n[ \t]*(${ROLE_WITH_TEAM})[ \t]*$`,
        'mu',
      ),
      0.8,
    ],
    [new RegExp(String.raw`\b(?:applying|applied) for[?:]?\s*\n?\s*(${ROLE_RUN})`, 'u'), 0.8],
  ];
  const blocked = new Set(people.map((name) => name.toLowerCase()));
  // "Gameplay Programmer - Fernleaf Games": the employer after a title is no part of it.
  const employerAfter = company
    ? new RegExp(String.raw`\s*(?:,|\s[-–—|]|\sat)\s+${literal(company)}\b.*$`, 'u')
    : null;
  // "Bookkeeper (Dana Whitcombe / Priya Nair)": a booking's title names who meets, not the role.
  const names = people.map((name) => name.toLowerCase());
  const namesOne = (inside: string) =>
    inside
      .toLowerCase()
      .split(/\s*[/,&]\s*|\s+and\s+/)
      .some((part) => names.includes(part.trim()));
  const withoutPeople = (role: string) =>
    role.replace(/\s*\(([^()]{3,80})\)\s*$/, (bracket, inside: string) =>
      namesOne(inside) ? '' : bracket,
    );
  for (const [pattern, confidence] of patterns) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const written = withoutPeople(m[1] ?? '');
      const role = cleanRole(employerAfter ? written.replace(employerAfter, '') : written);
      // The first pattern is a labelled line ("Role: …"), which may name a title whose last word
      // no list holds ("Role: Senior Hydrographic Data Processor"); the others read sentences.
      const labelled = pattern === patterns[0]?.[0];
      if (
        role &&
        (looksLikeTitle(role) || (labelled && labelledTitle(role))) &&
        !blocked.has(role.toLowerCase()) &&
        role !== company
      ) {
        return { role, confidence, source: labelled ? 'label' : 'prose' };
      }
    }
  }
  // "Operations Coordinator - Orchard Lane Foods": a title beside the company's name.
  if (company) {
    const escaped = literal(company);
    // "Dana Lee, Head of Customer Operations at Acme": a person's own title, not the role.
    const beside = [
      ...text.matchAll(
        new RegExp(String.raw`(${ROLE_RUN})\s*(?:-|–|—|at|@|,)\s*${escaped}\b`, 'gu'),
      ),
    ].find((m) => !PERSON_BEFORE_TITLE.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index)));
    const role = beside?.[1] ? cleanRole(beside[1]) : '';
    // A recruiter's own signature ("Talent Partner at Acme") is not the role applied for.
    const recruiting = /\b(?:recruit\w*|talent|sourc\w*|coordinator|hr|people)\b/i.test(role);
    if (role && looksLikeTitle(role) && !recruiting && !/,/.test(beside?.[0] ?? ''))
      return { role, confidence: 0.75, source: 'prose' };
    // "Tidewater Analytics (Senior Data Engineer)": a booking page names its event so.
    const bracketed = new RegExp(String.raw`${escaped}\s*\((${ROLE_RUN})\)`, 'u').exec(text);
    const inBrackets = bracketed?.[1] ? cleanRole(bracketed[1]) : '';
    if (inBrackets && looksLikeTitle(inBrackets) && !blocked.has(inBrackets.toLowerCase()))
      return { role: inBrackets, confidence: 0.75, source: 'prose' };
  }
  // A subject part is the role, or the meeting ("Hiring manager call", "Phone screen"): a part
  // that names no activity is tried before one that had to lose its activity word.
  const parts = subjects.flatMap((subject) =>
    subject
      .replace(
        /^(?:\s*(?:re|fwd?|fw|aw|wg|tr|sv|vs|confirmed|invitation|updated invitation|canceled|cancelled|reminder)\s*:\s*)+/i,
        '',
      )
      // "Policy Officer (Ref: 2027/118) - interview": the reference goes before its colon splits.
      .replace(REQUISITION, '')
      .split(/\s+[-–—|:]\s+|:\s+|\s+@\s+/),
  );
  // "UX Researcher at Brightwell": the company it is at is no part of the title.
  // "Product Manager at Burren Software", "Product Manager, Burren Software": the employer after.
  const atCompany = company
    ? new RegExp(String.raw`(?:\s+(?:at|with|@)\s+|\s*,\s*)${literal(company)}$`, 'i')
    : null;
  // "Interview - Priya Nair / Regulatory Affairs Specialist": a person's name beside the title.
  // Names as people write them, never a hostile 400 KB display name made into a pattern.
  const named = people.filter((name) => name.trim().length > 0 && name.length <= 80).map(literal);
  const personBeside = named.length
    ? new RegExp(String.raw`^(?:${named.join('|')})\s*/\s*|\s*/\s*(?:${named.join('|')})$`, 'gi')
    : /$^/;
  // "Phone interview - Alex Rivera (Brand Manager, Bourbon Portfolio)": a booking names the
  // candidate, then the role in brackets (beside an interviewer, the brackets hold their title).
  const candidates = candidateNames
    .filter((name) => name.trim().length > 0 && name.length <= 80)
    .map(literal);
  const roleBesideCandidate = candidates.length
    ? new RegExp(String.raw`^(?:${candidates.join('|')})\s*\(([^()]{3,80})\)$`, 'i')
    : /$^/;
  const readings = parts.map((written) => {
    const part = roleBesideCandidate.exec(written.trim())?.[1] ?? written;
    const topic = withoutPeople(part)
      .replace(personBeside, '')
      // "Branch Operations Supervisor with Renee Kowalski (on Monday, October 18, 2027)": who it
      // is with, and when, are no part of the title.
      .replace(
        /\s+with\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+on\s+[^\n]{3,40})?$/u,
        '',
      )
      .replace(atCompany ?? /$^/, '')
      .replace(/^.*?\b(?:about|regarding|re)\s+(?:the|a|an|our|your)\s+/i, '')
      // "Technical Round 2 for Senior Android Engineer": the meeting, then what it is for.
      .replace(
        /^(?:[\p{L}\d&'’-]+\s+){0,4}?(?:interview|round|screen|screening|call|chat|assessment|stage|conversation)(?:\s+\d+)?\s+for\s+(?:the\s+|a\s+|an\s+)?/iu,
        '',
      )
      .replace(/^(?:(?:your )?(?:interview|application|candidacy)(?: for)?)\s+/i, '');
    const withoutActivity = topic.replace(SUBJECT_ACTIVITY, '');
    return { role: cleanRole(withoutActivity), activity: withoutActivity !== topic };
  });
  for (const { role, activity } of [
    ...readings.filter((r) => !r.activity),
    ...readings.filter((r) => r.activity),
  ]) {
    if (activity && MEETING_COUNTERPART.test(role)) continue;
    if (role && looksLikeTitle(role) && !blocked.has(role.toLowerCase()) && role !== company) {
      return { role, confidence: 0.8, source: 'subject' };
    }
  }
  return { role: null, confidence: 0 };
}

// A video platform or call ("Teams" alone only as the format named: "Same format - Teams").
const VIDEO =
  /\b(?:zoom|zoom\.us|google meet|meet\.google\.com|microsoft teams|teams (?:meeting|link|invite|call|interview|video call)|teams\.microsoft\.com|ms teams|on teams|via teams|over teams|(?<=\bformat\b[^.\n]{0,20}?[-–—:]\s*)teams|webex|bluejeans|whereby|skype|chime|video(?: call| interview| conference| chat)?|videocall|hangouts?|virtual(?:ly)?|remote interview|online interview)\b/gi;
// From a later round's words to its sentence's end: its format is not this meeting's.
const LATER_ROUND_ON = new RegExp(
  String.raw`(?:${LATER_ROUND.source})[^\n]*?(?:[.!?](?=\s|$)|$)`,
  'gim',
);
const CALLS_YOUR_NUMBER =
  /\b(?:ring|call|phone)(?: you on)? (?:the |your )(?:[\w-]+ )?(?:mobile|cell|phone|number|landline)\b/i;
const SIDE_CALL =
  /\b(?:if|in case|should (?:anything|something)|the day before|to confirm|running late|any (?:problems?|changes?|issues?))\b/i;
const PHONE =
  /\b(?:phone (?:call|interview|screen|screening|conversation)|phone-screen|call you (?:at|on)|(?:will|'ll|’ll) call you|call your (?:cell|mobile|phone|number|landline)|give you a call|by phone|over the phone|telephone (?:interview|call|screen)|phone interview|dial you|ring you)\b/gi;
// Where people work, which a candidate is asked to come to ("at our studio", "come to the bar");
// not "site" or "venue", which a careers site or an online venue is too.
const PREMISES = String.raw`(?:office|offices|headquarters|hq|campus|studio|plant|warehouse|store|clinic|school|shop|restaurant|bar|pub|cafe|café|bakery|kitchen|salon|farm|yard|depot|workshop|factory|garage|branch|lab|theater|theatre|gallery|hotel|museum|library|practice)`;
const ONSITE = new RegExp(
  String.raw`\b(?:on-?site|in[- ]person|(?:at our|here at the|(?:see|meet) you (?:at|in) (?:the|our)) (?:[\w-]+ )?${PREMISES}|(?<=\d(?:\s?[ap]\.?m\.?)?\s)at (?:the|our) (?:[\w-]+ )?${PREMISES}|at your (?!home\b)(?:\w+ )?(?:shop|yard|depot|workshop|factory|garage|plant|warehouse|store|restaurant)|office visit|visit (?:our|the) (?:office|team)|visit us at|(?:come|coming|pop|stop|drop) (?:by|in(?:to)?|over(?: to)?|down(?: to)?|round(?: to)?|to) (?:to )?(?:our|the) (?:[\w-]+ )?${PREMISES}|(?:have|get|bring) you (?:in|over)(?=[ \t]*(?:[.,!?]|on\b|for (?:a|an) coffee\b|to (?:meet|see)\b|(?:in)?to (?:the|our) \w))|face[- ]to[- ]face|check in at (?:the )?(?:front desk|reception)|ask for me at (?:the )?(?:front desk|reception)|visitor (?:list|badge|pass)|our (?:\w+ )?office at|(?:report|reporting|arrive|arriving) (?:at|to) (?:the |our )?(?:[\w-]+ ){0,3}?(?:${ARRIVAL_PLACES}))\b`,
  'gi',
);
// "Venue : Main Building", "Address: 14 Quay Street": where to go, unless it is a link or a video
// service ("Venue : Google Meet", "Meeting address: https://…").
const PLACE_LABEL = new RegExp(
  String.raw`\b(?:address|venue)[ \t]*:(?![ \t]*(?:https?:|www\.|online|virtual|video|phone|remote))(?![ \t]*(?:${VIDEO.source}))`,
  'gi',
);
// A US city line's state and ZIP ("Omaha, NE 68134").
const US_STATE_ZIP = String.raw`,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`;
// Going somewhere: a labelled street address, or how to get in once there ("Please arrive by
// 8:45", "park behind the building", "sign in at the main office").
const VENUE_LINE = new RegExp(
  String.raw`^[ \t]*(?:[Ll]ocation|[Vv]enue|[Aa]ddress|[Ww]here|[Pp]lace)[ \t]*[:\t][^\n]*(?:${STREET_ADDRESS}|${US_STATE_ZIP}|${UK_POSTCODE.source})`,
  'gmu',
);
// "at the restaurant, 14 Quay Street", "We're at 3300 S Ashland Ave": held at a street address.
const AT_ADDRESS = new RegExp(
  String.raw`\b(?:at|to)\s+(?:the |our )?(?:[A-Za-z'’ ]{1,30},\s*)?${STREET_ADDRESS}`,
  'gu',
);
// Senior hiring meets over a meal or a coffee, in person: "join us for dinner", "has suggested
// breakfast", "an informal coffee ahead of the panel" (not a "virtual coffee").
const MEAL_MEETING =
  /\b(?<!\b(?:virtual|online|zoom|video|teams) )(?:(?:over|for|suggested|an informal|a quick) (?:a |an )?(?:breakfast|lunch|dinner|coffee)|(?:breakfast|lunch|dinner|coffee) (?:with|at) (?:the |our |his |her |their )?\p{Lu})/gu;
const PREP_CALL =
  /[^.\n]*\b(?:to prep(?:are)?|prep call|to debrief|to brief you|before (?:the|your) interview)\b[^.\n]*/gi;
// A room or a building to come to: "in the Boardroom, Kelvin Building", "Meeting Room 4" (not
// "Hall" or "House", which are surnames as often).
const ROOM =
  /\b(?:[Bb]oard ?room|(?:[Mm]eeting|[Cc]onference|[Ii]nterview|[Ss]eminar) [Rr]oom|[A-Z][a-z]+ Building)\b/g;
const ATTENDING =
  /\b(?:please arrive|arrive (?:by|at|early|\d{1,2} minutes)|(?:parking|park) (?:is|in|on|at|behind|around)|pull around|sign in at|main (?:office|entrance)|(?:at|to) (?:the )?reception|building security|come (?:by|to) (?:the|our) (?:front |main )?(?:shop|store|office|site|clinic|school|branch|plant|counter|pharmacy|desk)|ask for me at)\b/gi;
const DIAL_IN =
  /\b(?:join by phone|dial[- ]in|phone numbers?|or call in|one tap mobile|by phone\s*\(|meeting id|pin\s*:)/gi;

export interface FormatReading {
  format: InterviewFormat | null;
  confidence: number;
}

// A details block's line, bulleted or not ("- Where: Microsoft Teams").
const FORMAT_LABEL =
  /^[ \t]*(?:[-*•·▪][ \t]+)?(?:interview type|interview format|type|format|mode|medium|location|where)[ \t]*[:\t][ \t]*(?:(phone|telephone|call)|(video|virtual|zoom|(?:ms |microsoft )?teams|google meet|webex|online)|(on-?site|in[- ]person|office))\b/im;

// "On Microsoft Teams instead of in person", "rather than coming in": the format given up.
const FORMAT_GIVEN_UP =
  /\b(?:instead of|rather than|not)\s+(?:going |coming )?(?:in person|in-person|on-?site|in (?:the )?(?:office|building)|in|by phone|over the phone|on the phone|(?:on|via|over|by) (?:zoom|teams|video|google meet))\b/gi;

// "Thanks again for coming by the office last week": a meeting already had, whose format is not
// this one's.
const PAST_MEETING =
  /[^.!?\n]*\b(?:(?:thanks|thank you)(?: so much)?(?: again)? for (?:coming|visiting|stopping|popping|dropping) (?:in|by|over|to)\b|last (?:week|time|month)\b|earlier this week\b)[^.!?\n]*/gi;
// "It was great to meet you at the office last Tuesday", "Unlike last Friday's Zoom, this one …":
// only the clause of a weekday gone by (not "the last Thursday slot", "the last Friday of the month").
const PAST_DAY =
  /[^.!?\n,;]*(?<!\bthe )\blast (?:monday|tuesday|wednesday|thursday|friday)\b(?!\s+(?:slot|of)\b)[^.!?\n,;]*/gi;

/** Video, phone or on-site, from the strongest cues (a dial-in number under a video link is still video). */
export function findFormat(text: string, title = ''): FormatReading {
  const scan = `${title}\n${text.slice(0, 40_000)}`
    .replace(FORMAT_GIVEN_UP, '')
    .replace(LATER_ROUND_ON, '')
    .replace(PAST_MEETING, '')
    .replace(PAST_DAY, '');
  const labelled = FORMAT_LABEL.exec(scan);
  if (labelled) {
    const format: InterviewFormat = labelled[1] ? 'phone' : labelled[2] ? 'video' : 'onsite';
    return { format, confidence: 0.9 };
  }
  const video = count(VIDEO, scan);
  // "I'll call you on Wednesday to prepare": a recruiter's call before it is not the interview's.
  const meetingOnly = scan.replace(PREP_CALL, '');
  // "I'll ring you on the mobile number on your CV": how the candidate is reached weighs more than
  // an address the mail signs with (not a call if something changes or to confirm).
  const callsYourNumber = sentences(meetingOnly).filter(
    (sentence) => CALLS_YOUR_NUMBER.test(sentence) && !SIDE_CALL.test(sentence),
  ).length;
  const phone =
    Math.max(0, count(PHONE, meetingOnly) - (video > 0 ? count(DIAL_IN, scan) : 0)) +
    2 * callsYourNumber;
  const onsite =
    count(ONSITE, scan) +
    count(PLACE_LABEL, scan) +
    count(IN_PERSON_TRIAL, scan) +
    count(VENUE_LINE, scan) +
    count(ATTENDING, scan) +
    count(ROOM, scan) +
    count(AT_ADDRESS, scan) +
    count(MEAL_MEETING, scan);
  const ranked = (
    [
      ['onsite', onsite * 1.2],
      ['video', video],
      ['phone', phone * 1.1],
    ] as Array<[InterviewFormat, number]>
  ).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0) return { format: null, confidence: 0 };
  const margin = best[1] - (second?.[1] ?? 0);
  return { format: best[0], confidence: margin >= 1 ? 0.9 : 0.6 };
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].length;
}

/** Numbers written as words in mail ("a week", "forty-five minutes"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fortyfive: 45,
  sixty: 60,
  ninety: 90,
};

function amount(raw: string): number | null {
  const value = raw.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value);
  if (/^half(?: an?)?$/.test(value)) return 0.5;
  return NUMBER_WORDS[value] ?? null;
}

const DURATION =
  /\b(\d{1,3}(?:\.\d)?|an?|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty|ninety|half an?|(?<=\ba )half)[ -]?(minutes?|mins?|hours?|(?<=\d[ -]?)hrs?)\b(?:(?: and|,)? (?:a half|(\d{1,2}) ?(?:minutes?|mins?)))?/gi;
const NOT_LENGTH =
  /^[\s,)-]*(?:early|before|prior|ahead|behind|difference|in advance|beforehand|late|later|after|at the end|of (?:buffer|break)|buffer|break|notice|for (?:your )?questions|to (?:review|prepare|read)|each|per|from now|ago|from (?:the|our|your)|away|walk|drive|by (?:car|train|bus)|outside|out of|(?:north|south|east|west) of)/i;
// "a 10-minute presentation at the start of the interview": a part's length, not the whole's
// (never "a 60-minute panel interview as part of our final round").
const PART_OF_IT =
  /^[\s-]*(?:[\w-]+\s)?(?:presentation|q&a|exercise|task|case study|introduction|intro|test|quiz|tour|break)\s+(?:at the (?:start|beginning|end) of|as part of|during|within|in)\s+(?:the|your|this)\s+(?:interview|meeting|call|session|panel|conversation)\b/i;
const LENGTH_CUE =
  /(?:duration|length|lasts?|lasting|take|takes|should take|will take|set aside|allow(?:ing)?|plan (?:for|on)|budget|reserve|block(?:ed)?|about|approximately|approx\.?|ca\.|circa|roughly|around|up to|for|still)\s*[:\t]?\s*$/i;
// "The call will be 45 minutes", "It'll be 30 minutes on Zoom": the meeting is that long.
const IS_LENGTH =
  /\b(?:it|this|the (?:call|interview|meeting|session|chat|conversation|screen))(?:(?:'|’)ll be| will be| should be| is|(?:'|’)s| runs?| will run)\s+(?:just |only |about |around |roughly |approximately )?$/i;

const NAMED_INTERVIEW = new RegExp(
  String.raw`^[\s-]*(?:${MEETING_PLATFORM}|in-person|remote|one-on-one)\s(?:(?:video|phone|technical|virtual|panel|final)\s)*interview\b`,
  'i',
);
const DETAILS_IN_BRACKETS = new RegExp(
  String.raw`(?:\d:\d\d|\d\s*[ap]\.?m\.?)[^()\n]{0,40}\(\s*(?:${MEETING_PLATFORM}|(?:video|phone|telephone) call|video|phone|in[- ]person|on[- ]?site)\s*[,;–—-]\s*$`,
  'i',
);

const ON_A_PLATFORM = new RegExp(
  String.raw`^\s+(?:on|over|via)\s+(?:${MEETING_PLATFORM}|video|the phone)\b(?![^.!?\n]{0,80}\b(?:first|then|before|after|followed|plus)\b)`,
  'i',
);

/** The interview's length in minutes, when the message says how long it is. */
export function findDuration(text: string): number | null {
  const scan = text.slice(0, 40_000);
  let fallback: number | null = null;
  for (const m of scan.matchAll(DURATION)) {
    const quantity = amount(m[1] ?? '');
    if (quantity === null) continue;
    const unit = (m[2] ?? '').toLowerCase();
    let minutes = unit.startsWith('h') ? quantity * 60 : quantity;
    if (/and a half/i.test(m[0])) minutes += 30;
    if (m[3]) minutes += Number(m[3]);
    const after = scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const end = (m.index ?? 0) + m[0].length;
    if (NOT_LENGTH.test(after) || PART_OF_IT.test(scan.slice(end, end + 90))) continue;
    // "closed for Eight Hours Day": a capitalised name, not a length.
    if (/^\p{Lu}/u.test(m[0]) && /^[ \t]+\p{Lu}\p{Ll}+/u.test(after)) continue;
    if (minutes < 10 || minutes > 600) continue;
    const before = scan.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
    // "She'll join for the last 15 minutes", "plus about 10 minutes talking them through a
    // project": a part of the meeting, not its length.
    if (/\bthe (?:last|first|final|opening|closing)\s*$/i.test(before)) continue;
    // "a 20–30 minute conversation", "45 to 60 minutes": a range of lengths gives no end (not
    // "at 10 - 45 minutes", a clock and then a length).
    const shorter = /(?<![:.]|\bat\s{1,3})\b(\d{1,3})\s*(?:[-–—]|to|or)\s*$/i.exec(before);
    if (shorter && Number(shorter[1]) < minutes) continue;
    // "45 minutes to an hour", "an hour or 90 minutes": each end of a range said in full.
    if (
      /\b(?:\d{1,3}|an?|one|half an?)\s*(?:minutes?|mins?|hours?|hrs?)\s*(?:[-–—]|to|or)\s*$/i.test(
        before,
      ) ||
      /^\s*(?:[-–—]|to|or)\s+(?:about\s+)?(?:\d{1,3}|an?|one|two|half an?)\s*(?:minutes?|mins?|hours?|hrs?)\b/i.test(
        after,
      )
    )
      continue;
    if (
      /\b(?:plus|including|incl\.?|then|followed by|of which)\s+(?:about |approximately |approx\.? |around |roughly |up to )?$/i.test(
        before,
      )
    )
      continue;
    const nounAfter =
      /^[\s-]*(?:video |phone |technical |virtual |onsite |on-site |panel |final |initial |first )*(?:call|interview|session|conversation|meeting|chat|talk|screen|panel|slot|block|round|discussion|review|presentation|assessment|exercise)\b/i.test(
        after,
      );
    // "a 45 minute Teams video interview", "a 90 minute in-person interview": the platform or the
    // manner before the interview itself (not before a call, which may be a side meeting: "a 15
    // minute Teams call with the recruiter, then a 60 minute panel").
    const namedInterview = NAMED_INTERVIEW.test(after);
    const hyphenated = /-(?:minute|hour)/i.test(m[0]);
    // "1 hour with Dana Whitfield, VP, Risk": the length of a meeting with a person; "one hour on
    // Teams": of a meeting on a platform.
    const withPerson = /^\s+with\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after);
    const onPlatform = ON_A_PLATFORM.test(after);
    // "at 11:00 AM ET (45 minutes)", "at 11am, 45 minutes": a length right after the time is the
    // interview's.
    // ("at 9:00am PT (9:30pm IST for you), 45 minutes": after the time's restatement too.)
    const afterTime =
      /\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{1,5})?(?:\s*\([^()]{1,40}\))?\s*[(,]\s*$/i.test(before) ||
      // "2:00 PM Eastern Time, 30 minutes": the zone in words (capitalised: never "your time").
      /\d(?:\s*(?:[ap]\.?m\.?|[AP]M))?\s+(?:[A-Z][a-z]+\s+){1,2}Time\s*[(,]\s*$/.test(before);
    // "10:00 AM Central Time (Microsoft Teams, 45 minutes)": the meeting's own details, in brackets
    // that close right after the length, after its time.
    const withPlatform =
      DETAILS_IN_BRACKETS.test(scan.slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0)) &&
      /^\s*\)/.test(after);
    // "Half an hour tops", "45 minutes max": a cap on it is a length.
    // "45 mins or so all up", "an hour in total": the whole, said so.
    const capped =
      /^\s*(?:or so\s+)?(?:tops|max(?:imum)?|at (?:the )?most|or less|all up|in total|total|all told|in all)\b/i.test(
        after,
      );
    if (
      capped ||
      LENGTH_CUE.test(before) ||
      IS_LENGTH.test(before) ||
      /(?:duration|length)\s*[:\t]\s*$/i.test(before) ||
      afterTime ||
      withPlatform
    )
      return Math.round(minutes);
    if (
      (nounAfter || namedInterview || hyphenated || withPerson || onPlatform) &&
      fallback === null
    )
      fallback = Math.round(minutes);
  }
  return fallback;
}

export interface DecisionOptions {
  /** The interview's (last) day in its own zone, the anchor of "within a week of your visit". */
  interviewDay: DateTime | null;
  reference: Date;
  referenceOffset: number;
  /** "12.11.2027" is 12 November: the order the rest of the mail was read in. */
  dayFirst?: boolean;
}

function addBusinessDays(day: DateTime, days: number): DateTime {
  let current = day;
  let left = days;
  while (left > 0) {
    current = current.plus({ days: 1 });
    if (current.weekday <= 5) left--;
  }
  return current;
}

// When the employer will decide or answer ("we aim to get back to everyone within five working
// days", "we'll reach out by Friday"; not the candidate's "please reach out by Friday").
// ("confirm your availability by revert mail by 18/02", "kindly send us a revert mail by 4 March",
// "could you revert by …": the candidate's reply, not the employer's; "kindly note we shall revert
// by 20 March" is the employer's.)
const DECISION_CUE =
  /\b(?:hear (?:back )?(?:from (?:us|me|the team) )?|get back to (?:you|everyone|every (?:candidate|applicant|finalist)|all (?:candidates|applicants|finalists)|candidates|applicants|finalists)|back to you|come back to you|(?<!\b(?:by|via|your|please|kindly|pls|plz|do|request you to|(?:could|can|would|will) you)\b(?:(?!\b(?:we|our|I)\b)[^.!?\n]){0,30})revert|decision|decide|update|feedback|answer|news|let you know|(?<!\b(?:you|please|pls|kindly)\s+)let (?:everyone|every (?:candidate|applicant)|all (?:candidates|applicants)|candidates|applicants) know|follow up with you|respond to you|be in touch|(?<!\b(?:please|free to|you can|you may|do) )reach out|outcome|results? (?:will|would|is|are|shall)|communicated|notif(?:y|ied)|inform(?:ed)? (?:you|all|candidates|applicants)|finali[sz](?:e|ing) (?:this|the|our) (?:recruitment|process|selection|hire)|(?:an|the) offer out|(?:make|making|extend|extending) (?:an|the|our) offer|(?:confirm|share|send you|outline) (?:the |our )?next steps|(?:contact|email|write to|call) you with (?:the |our |a )?(?:results?|outcome|decision|answer)|(?:make|making|reach|reaching) (?:a|our|the) (?:final )?(?:selection|appointment)|(?:close|fill) (?:the|this) (?:position|role|vacancy|post))\b[^.!?\n]{0,60}?\b(within|by|before|no later than|on or before|early next week|by the end of|in(?= (?:calendar week|KW|CW)\b))\b/gi;

// "by Friday of calendar week 46 (KW 46)", "by the end of CW 47", "in KW 48": an ISO week, as
// European mail numbers them; its Friday unless a day is named. A bare "week 2" is the process's.
const CALENDAR_WEEK =
  /^(?:by |before |no later than |on or before |in )?(?:the )?(?:(end|monday|tuesday|wednesday|thursday|friday) of )?(?:the )?(?:calendar week|KW|CW)\s*(\d{1,2})\b/i;
const WORKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * The day of ISO week `week` named by `day` ("end" is Friday), on or after `from`: next year's
 * only when this year's is more than half a year back ("KW 2" written in December).
 */
function dayOfCalendarWeek(week: number, day: string, from: DateTime): string | null {
  const weekday = (WORKDAYS.indexOf(day.toLowerCase()) + 1 || 5) as WeekdayNumbers;
  const weekYear = from.weekNumber - week > 26 ? from.weekYear + 1 : from.weekYear;
  const date = DateTime.fromObject({ weekYear, weekNumber: week, weekday });
  return date.isValid && date.weekNumber === week && date >= from.startOf('day')
    ? date.toISODate()
    : null;
}

/** The employer's stated decision date (YYYY-MM-DD), or null. */
/** The last date the sentence holding `index` names before it, read as the mail is. */
function dayNamedBefore(text: string, index: number, options: DecisionOptions): DateTime | null {
  const start = Math.max(
    text.lastIndexOf('. ', index),
    text.lastIndexOf('\n', index),
    text.lastIndexOf('! ', index),
  );
  const parser = options.dayFirst ? chrono.en.GB : chrono.casual;
  const reference = options.interviewDay
    ? { instant: options.interviewDay.toJSDate(), timezone: options.interviewDay.offset }
    : { instant: options.reference, timezone: options.referenceOffset };
  const found = parser
    .parse(text.slice(start + 1, index), reference, { forwardDate: true })
    .filter((parsed) => parsed.start.isCertain('day'))
    .pop();
  if (!found) return null;
  const day = DateTime.fromObject({
    year: found.start.get('year') ?? 1970,
    month: found.start.get('month') ?? 1,
    day: found.start.get('day') ?? 1,
  });
  return day.isValid ? day : null;
}

export function findDecisionDate(text: string, options: DecisionOptions): string | null {
  const scan = text.slice(0, 40_000);
  for (const m of scan.matchAll(DECISION_CUE)) {
    const from = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    // A hard-wrapped line ("by Friday\n22 October 2027") goes on; a blank line or a stop ends it
    // (not a dotted date's: "12.11.2027").
    const phrase =
      scan
        .slice(from, from + 80)
        .split(/[.!?](?=\s|$)|\n[ \t]*\n/)[0]
        ?.replace(/\s*\n\s*/g, ' ') ?? '';
    const within =
      /^within (?:the next )?(?:\d{1,2}\s*(?:-|–|to)\s*)?(\d{1,2}|an?|one|two|three|four|five|six|seven|ten|fourteen)\s+(business |working )?(day|week)s?/i.exec(
        phrase,
      );
    if (within) {
      // "within 3-5 business days": the later bound, so the follow-up never comes early.
      const n = amount(within[1] ?? '') ?? 0;
      const anchor = options.interviewDay;
      if (!anchor || n <= 0) continue;
      const unit = (within[3] ?? 'day').toLowerCase();
      const day =
        unit === 'week'
          ? anchor.plus({ weeks: n })
          : within[2]
            ? addBusinessDays(anchor, n)
            : anchor.plus({ days: n });
      return day.toISODate();
    }
    const calendarWeek = CALENDAR_WEEK.exec(phrase);
    if (calendarWeek) {
      const from = options.interviewDay ?? DateTime.fromJSDate(options.reference);
      const day = dayOfCalendarWeek(Number(calendarWeek[2]), calendarWeek[1] ?? 'end', from);
      if (day) return day;
      continue;
    }
    const endOfWeek = /^by (?:the )?end of (?:the |this |(that |the same ))?(next )?week/i.exec(
      phrase,
    );
    if (endOfWeek && options.interviewDay) {
      // "Final interviews run until 12 November; we will decide by the end of that week": the
      // week the sentence named before, when it comes after the interview; else the interview's.
      const named = endOfWeek[1] ? dayNamedBefore(scan, m.index ?? 0, options) : null;
      const week = named && named > options.interviewDay ? named : options.interviewDay;
      const friday = week.set({ weekday: 5 });
      return (endOfWeek[2] ? friday.plus({ weeks: 1 }) : friday).toISODate();
    }
    const dateRef = options.interviewDay
      ? { instant: options.interviewDay.toJSDate(), timezone: options.interviewDay.offset }
      : { instant: options.reference, timezone: options.referenceOffset };
    const parser = options.dayFirst ? chrono.en.GB : chrono.casual;
    // "Friday, 12.11.2027": the written date is the day; its weekday only restates it.
    const parsed = parser.parse(
      phrase
        .replace(/^(?:by|before|no later than|on or before)\s+/i, '')
        .replace(/^[A-Za-z]+day,?\s+(?=\d)/, ''),
      dateRef,
      {
        forwardDate: true,
      },
    )[0];
    if (
      parsed &&
      parsed.index <= 12 &&
      (parsed.start.isCertain('day') || parsed.start.isCertain('weekday'))
    ) {
      const day = DateTime.fromObject({
        year: parsed.start.get('year') ?? 1970,
        month: parsed.start.get('month') ?? 1,
        day: parsed.start.get('day') ?? 1,
      });
      if (day.isValid) return day.toISODate();
    }
  }
  return null;
}
