// Reader -> vendors: the applicant-tracking, scheduling, calendar and mail services that send
// mail on an employer's behalf. Their names and domains are never the employer, their
// addresses never an interviewer's; what they carry of the employer is in the display name
// ("Aventine Systems via Greenhouse") and often the mailbox ("driftwoodmutual@…").
const VENDOR_NAMES = [
  // applicant tracking
  'greenhouse',
  'lever',
  'ashby',
  'ashbyhq',
  'workday',
  'myworkday',
  'smartrecruiters',
  'icims',
  'jobvite',
  'taleo',
  'successfactors',
  'bamboohr',
  'workable',
  'recruitee',
  'teamtailor',
  'personio',
  'breezy',
  'breezyhr',
  'jazzhr',
  'pinpoint',
  'rippling',
  'gusto',
  'dover',
  'gem',
  'paradox',
  'phenom',
  'eightfold',
  'beamery',
  'avature',
  'ukg',
  'ultipro',
  'paycom',
  'paylocity',
  'adp',
  'oraclecloud',
  'hirebridge',
  'comeet',
  'homerun',
  'manatal',
  'zohorecruit',
  // …and those public bodies, universities and employers outside the US use
  'talentlink',
  'pageup',
  'pageuppeople',
  'jobtrain',
  'tribepad',
  'oleeo',
  'eploy',
  'hireful',
  'kallidus',
  'networx',
  'occupop',
  'rezoomo',
  'livehire',
  'jobadder',
  'snaphire',
  'peopleadmin',
  'neogov',
  'governmentjobs',
  'csod',
  'symplr',
  'erecruiter',
  'hrmos',
  'hirepro',
  'darwinbox',
  'freshteam',
  'trac',
  'tracjobs',
  'schoolspring',
  'applitrack',
  // scheduling and assessment
  'goodtime',
  'calendly',
  'calcom',
  'youcanbook',
  'doodle',
  'chili',
  'chilipiper',
  'prelude',
  'modernloop',
  'hirevue',
  'modernhire',
  'codility',
  'hackerrank',
  'coderpad',
  'karat',
  'codesignal',
  'testgorilla',
  'spark',
  // meetings and calendars
  'zoom',
  'zoomus',
  'teams',
  'webex',
  'bookings',
  'outlook',
  'office365',
  'microsoft',
  'google',
  'calendar',
  // job boards and mail services
  'linkedin',
  'indeed',
  'glassdoor',
  'ziprecruiter',
  'wellfound',
  'otta',
  'naukri',
  // public-service recruitment portals that run competitions for many bodies
  'publicjobs',
  'civilservicejobs',
  'usajobs',
  'apsjobs',
  'jobstreet',
  'jobsdb',
  'bayt',
  'sendgrid',
  'mailgun',
  'mailchimp',
  'mandrillapp',
  'sparkpost',
  'postmark',
  'amazonses',
];
const VENDORS = new Set(VENDOR_NAMES);
// Words a vendor's sending domain adds to its name: "smartrecruiters-mail", "hire.lever".
// The words a vendor's sending labels and subdomains are made of (a service, a region, a
// department): "hire.lever-mail", "talent.icims-mail", "us.greenhouse-mail". Never the employer.
const SENDING_WORDS =
  /^(?:mail|email|mailer|notifications?|notify|jobs|hire|hiring|careers?|app|apps|ats|www|api|boards?|smtp|bounces?|send|sender|reply|go|links?|click|talent|recruit(?:ing|ment)?|candidates?|applicants?|applications?|hr|people|team|us|eu|em\d*|mg|inbound|outbound|messages?|messaging|relay|transactional)$/;

/** True for a domain that belongs to a vendor: "hire.lever-mail.example", "myworkdayjobs.com". */
export function isVendorDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  // "cal.com": the vendor's name is its whole domain.
  if (VENDORS.has(labels.slice(-2).join(''))) return true;
  return labels.some((label) => {
    const words = label.split(/[-_]/);
    if (
      words.some((word) => VENDORS.has(word)) &&
      words.every((w) => VENDORS.has(w) || SENDING_WORDS.test(w))
    )
      return true;
    // "myworkdayjobs", "greenhousemail": a long vendor name inside one label.
    return VENDOR_NAMES.some((name) => name.length >= 6 && label.includes(name));
  });
}

// A mailbox no one reads, by its first word ("notifications@", "no-reply+x@") or a no-reply word
// after the kind of message it sends ("messages-noreply@", "jobs-donotreply@").
const MACHINE_MAILBOX =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|mailer(?:-daemon)?|bounces?|postmaster|calendar(?:-notification)?|invitations?|invites?|automated|system|alerts?|support|info|scheduling|scheduler)(?:[-_.+].*)?$|^[a-z0-9]+(?:[-_.][a-z0-9]+)*[-_.](?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply)(?:[-_.+].*)?$/i;

/** An address no person reads: a no-reply mailbox, or anything at a vendor's domain. */
export function isMachineAddress(email: string): boolean {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return MACHINE_MAILBOX.test(local) || isVendorDomain(domain);
}

// A national service's job board writes for hundreds of employers ("NHS Jobs" for each trust,
// "Civil Service Jobs" for each department): its name alone is none of them. (Only the name: the
// NHS's own domains are its trusts' and their staff's.)
const PORTAL_NAME = /^(?:nhs|civil service)(?: jobs)?$/i;

/** True when the name is a vendor's ("Greenhouse", "Ashby Mail", "Microsoft Teams"). */
export function isVendorName(name: string): boolean {
  if (PORTAL_NAME.test(name.trim())) return true;
  const words = name
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.some((w) => VENDORS.has(w)) &&
    words.every((w) => VENDORS.has(w) || SENDING_WORDS.test(w))
  );
}

// The words of a job title: under a name in a signature, or beside one in a display name.
export const JOB_TITLE_WORD =
  /\b(?:partner|manager|recruiter|recruiting|recruitment|coordinator|specialist|officer|lead|director|advisor|adviser|head|executive|assistant|generalist|consultant|talent|HR)\b/i;

// What a mail system writes in brackets after a person's name that names no employer.
const NOT_AN_EMPLOYER =
  /^(?:ext(?:ernal)?|contractor|guest|intern|temp|personal|private|work|home|mobile|it)$/i;
const PERSON_THEN_EMPLOYER =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*\((\p{Lu}[^()]{1,60})\)|\s+[|–—]\s+(\p{Lu}[^|–—]{1,60}))$/u;

const TEAM_WORDS =
  /\s+(?:careers|recruiting|recruitment|talent(?: acquisition)?|hiring(?: team)?|hr|people(?: team)?|jobs|team)$/i;

// Networks whose messages are their members' own, person to person.
const MEMBERS_NETWORK = /^(?:linkedin|xing)$/i;

/**
 * The employer a vendor's display name speaks for: "Aventine Systems via Greenhouse" and
 * "Glasswing Security Recruiting" name it; a person's name ("Ivy Lindahl") or the vendor's own
 * does not, and neither does a name the caller knows to be a person's. `fromTool`: the mail came
 * from a tracker's address, which writes "Person | Employer" (a person's own mailbox puts their
 * team or town there: "Karen Moss | Engineering", "| London").
 */
export function employerInDisplayName(name: string | null, fromTool = false): string | null {
  if (!name) return null;
  // "Kendra Lassiter (Piedmont Bioprocess)", "Marta Zielińska | Spedio", "Carla Neumann – Kontoflux
  // GmbH" (a tracker's): a person, then whom they
  // write for; never their pronouns or their title ("(she/her)", "(Recruiter)", "| Recruiter").
  const personFor = PERSON_THEN_EMPLOYER.exec(name.trim());
  const employer = (personFor?.[1] ?? (fromTool ? personFor?.[2] : undefined))?.trim();
  // ("Carla Neumann – People Team": their team. The caller drops a place: "– Berlin".)
  const ownTeam =
    !!employer &&
    TEAM_WORDS_ONLY.test(employer.toLowerCase().replace(TEAM_WORDS, '').replace(/\s+/g, ''));
  if (
    employer &&
    !ownTeam &&
    !/\//.test(employer) &&
    !JOB_TITLE_WORD.test(employer) &&
    !NOT_AN_EMPLOYER.test(employer) &&
    !isVendorName(employer)
  )
    return employer.replace(TEAM_WORDS, '').trim() || null;
  // "Olivia from Wasatch Freightways", "Sam at Northwind": a first name, then whom it speaks for.
  const speaksFor = /^\p{Lu}[\p{L}'’-]+\s+(?:from|at)\s+(\p{Lu}.+)$/u.exec(name.trim());
  const via = /^(.+?)\s+(?:via|through|on behalf of)\s+(.+)$/i.exec(name.trim());
  // "Priya Shah via LinkedIn": a professional network relays its members' own messages.
  if (via && MEMBERS_NETWORK.test(via[2] ?? '')) return null;
  const candidate = (speaksFor?.[1] ?? via?.[1] ?? name).trim().replace(TEAM_WORDS, '').trim();
  if (!candidate || isVendorName(candidate) || TEAM_WORDS.test(` ${candidate}`)) return null;
  const wasTeam = speaksFor !== null || via !== null || TEAM_WORDS.test(name.trim());
  return wasTeam ? candidate : null;
}

/** The employer's slug an ATS often sends from ("driftwoodmutual@myworkday-mail…"), or null. */
export function employerMailbox(email: string): string | null {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  if (!isVendorDomain(domain)) return null;
  // "olivia@wasatchfreight.paradox-mail…": the employer's own subdomain of the vendor's; the
  // mailbox is then the assistant's name.
  // The leftmost such label names the employer ("acme.wd5.myworkdayjobs…"); the vendor's own
  // subdomains (a region, a service, a pod with a number) never do.
  const labels = domain.split('.');
  const vendorAt = labels.findIndex((label) => isVendorDomain(label));
  const subdomain = labels
    .slice(0, Math.max(0, vendorAt))
    .find((label) => /^[a-z][a-z-]{2,40}$/.test(label) && !SENDING_WORDS.test(label));
  if (subdomain) return subdomain;
  if (MACHINE_MAILBOX.test(local)) return null;
  // "sfcareers@…", "acmejobs@…": the team's word glued on says nothing of whose team it is, and
  // a mailbox of team words alone ("talentacquisition@", "hrteam@") names no one.
  if (TEAM_WORDS_ONLY.test(local)) return null;
  // "mill-road-therapeutics-7c1e@…": a number the vendor adds to tell two employers apart.
  const slug = local
    .replace(GLUED_TEAM_WORD, '')
    .replace(/-(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,12}$/, '');
  return /^[a-z][a-z0-9-]{2,40}$/.test(slug) && !TEAM_WORDS_ONLY.test(slug) ? slug : null;
}

const TEAM_WORDS_ONLY =
  /^(?:(?:careers?|jobs|talent|recruit(?:ing|ment|ers?)?|hiring|acquisition|team|people|staffing|candidates?|applicants?|hr)[-_.]?)+$/;
const GLUED = '(?:careers?|jobs|talent|recruiting|recruitment|hiring)';
// "hr" only with a separator: "hristo@" is a person.
const GLUED_TEAM_WORD = new RegExp(`^${GLUED}[-_.]?|[-_.]?${GLUED}$|^hr[-_.]|[-_.]hr$`);

// A tool's own footer: "Scheduled with SavvyCal", "Sent via Breezy HR", "Powered by Guide"; never
// "sent by", which an employer's own footer says of itself.
// Also as other languages say it: "sendt fra Webcruiter på vegne av …", "envoyé via Flatchr",
// "gesendet über Personio", "Message sent from TRAFFIT system" ("z systemu TRAFFIT"); and a job
// board's "because you applied for a job on Jobvana".
const TOOL_FOOTER =
  /\b(?:(?:[Ss]cheduled|[Bb]ooked) (?:with|via|through)|[Pp]owered by|[Ss]ent (?:to you )?(?:via|with|through)|[Ss]endt (?:fra|via)|[Ss]kickat (?:från|via)|(?:[Gg]esendet|[Vv]ersendet) (?:über|via|mit)|[Ee]nvoyé (?:via|avec|par l['’]intermédiaire de)|[Ee]nviado (?:a través de|vía|via|con)|[Ii]nviato (?:tramite|con)|[Vv]erzonden (?:via|met)|applied (?:for (?:a|the) (?:job|role|position) )?(?:on|via|through)|[Ss]ent from(?: the)?(?= [A-Z][\w.-]* (?:system|platform)\b)|z systemu) ([A-Z][\w.-]*(?: [A-Z][\w-]*)?)/gu;

/** Lower-case letters and digits alone: how a tool's name is compared ("Breezy HR" is breezyhr). */
const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The tools a mail's footers say sent or scheduled it, as lower-case letters and digits. */
export function toolsNamedIn(text: string): Set<string> {
  const tools = new Set<string>();
  for (const m of text.slice(0, 40_000).matchAll(TOOL_FOOTER)) {
    const name = (m[1] ?? '').toLowerCase().replace(/\.(?:com|io|co|app)$/, '');
    tools.add(compact(name));
    // "Breezy HR": the tool's first word is its name too.
    tools.add(compact(name.split(/\s+/)[0] ?? ''));
  }
  tools.delete('');
  return tools;
}

/** A name that is a tool's: a vendor's, or one the mail's footer names ("SavvyCal"). */
export function isToolName(name: string | null, tools: Set<string>): boolean {
  return isVendorName(name ?? '') || tools.has(compact(name ?? ''));
}

/** A sender that is a tool by its name or its domain ("notifications@savvycal…"). */
export function isToolSender(
  sender: { name: string | null; email: string },
  tools: Set<string>,
): boolean {
  const domain = (sender.email.split('@')[1] ?? '').toLowerCase();
  return (
    isToolName(sender.name, tools) ||
    isVendorDomain(domain) ||
    domain.split('.').some((label) => tools.has(compact(label)))
  );
}
