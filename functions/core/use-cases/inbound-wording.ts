// Inbound use-case -> the words of its answers that are not commands' (command-wording.ts): a
// plan the employer changed, a bare number, corrections that could not be used.

export const PLAN_SAID = {
  cancelled:
    'The employer cancelled this interview: I closed the application and cancelled its drafts.',
  moved: (next: string) => `The interview moved: drafts now follow the new time (${next}).`,
} as const;

export const INBOUND_SAID = {
  numberOfWhat: (number: number) =>
    `Number ${number} of what? Answer with a command and the number, e.g. stop ${number}, or reply help.`,
  unusable: (written: string, example: string) =>
    `I could not use "${written}", so nothing is scheduled yet. Reply to the "I could not find" mail with a line like ${example}`,
} as const;
