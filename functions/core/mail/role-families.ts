// Mail rendering -> role families: the one table of what kind of work a role is (engineering,
// design, data, clinical, sales, operations, teaching, or neither) and what a candidate in it
// offers in a follow-up. A nurse manager offers her licences, not "work samples".

export type RoleFamily =
  | 'engineering'
  | 'design'
  | 'data'
  | 'clinical'
  | 'sales'
  | 'operations'
  | 'teaching'
  | 'neutral';

interface FamilyEntry {
  family: RoleFamily;
  /** Words of a job title in this family; the first family whose words a title has wins. */
  title: RegExp;
  /** What the candidate offers, phrased to follow "I'm glad to share ". */
  offer: string;
}

/** In order: the more telling words first ("Data Engineer" offers code, "Clinical Data Analyst" an analysis). */
export const ROLE_FAMILIES: readonly FamilyEntry[] = [
  {
    family: 'teaching',
    title:
      /\b(?:teach(?:er|ing)|tutor|lecturer|professor|instructor|educator|teaching assistant|curriculum|faculty|head of year|sen(?:co)?)\b/i,
    offer: 'a sample lesson plan or feedback from a recent lesson observation',
  },
  {
    // Engineering of things rather than software: drawings and test results, not code.
    family: 'engineering',
    title:
      /\b(?:mechanical|civil|structural|electrical|chemical|manufacturing|process|aerospace|hvac|field service|quality|mechatronics?|hardware) engineer(?:ing)?\b/i,
    offer: 'a short write-up of a design I delivered, with its drawings or test results',
  },
  {
    family: 'engineering',
    title:
      /\b(?:engineer(?:ing)?|developer|programmer|sre|devops|software|firmware|backend|back-end|frontend|front-end|full[- ]?stack|architect|qa|sdet|technical lead|tech lead|cto)\b/i,
    offer: 'a code sample or a short write-up of a system I built',
  },
  {
    family: 'data',
    title:
      /\b(?:data|analyst|analytics|scientist|machine learning|ml|statistician|actuar(?:y|ial)|bi|business intelligence|quant(?:itative)?)\b/i,
    offer: 'a sample analysis or a dashboard I built',
  },
  {
    family: 'clinical',
    title:
      /\b(?:nurs(?:e|ing)|rn|lpn|icu|clinical|clinician|physician|doctor|surgeon|therapist|physio(?:therapist)?|pharmacist|paramedic|midwife|dentist|dental|radiograph(?:er|y)|medical|patient|ward|care (?:assistant|worker|manager)|healthcare)\b/i,
    offer: 'copies of my licence and certifications, or a reference from a clinical supervisor',
  },
  {
    family: 'design',
    title:
      /\b(?:design(?:er)?|ux|ui|user research(?:er)?|illustrator|art director|creative director|visual|brand)\b/i,
    offer: 'more of my portfolio or the story behind one of its case studies',
  },
  {
    family: 'sales',
    title:
      /\b(?:sales|account (?:executive|manager|director)|business development|bdr|sdr|partnerships?|customer success|revenue)\b/i,
    offer: 'my results against quota for recent years or a short plan for the territory',
  },
  {
    family: 'operations',
    title:
      /\b(?:operations|ops|logistics|supply chain|procurement|warehouse|fulfil(?:l)?ment|project manager|program(?:me)? manager|office manager|coordinator|administrator|planner|facilities)\b/i,
    offer: 'an example of a process I improved, with its numbers, or a plan for my first 90 days',
  },
];

const NEUTRAL_OFFER = 'examples of my work or references';

const entryOf = (role: string | null | undefined) =>
  role ? ROLE_FAMILIES.find((entry) => entry.title.test(role)) : undefined;

/** The family of a job title; `neutral` when it names none (or there is no title). */
export function roleFamilyOf(role: string | null | undefined): RoleFamily {
  return entryOf(role)?.family ?? 'neutral';
}

/** What a candidate for `role` offers in a follow-up, phrased to follow "I'm glad to share ". */
export function roleOffer(role: string | null | undefined): string {
  return entryOf(role)?.offer ?? NEUTRAL_OFFER;
}
