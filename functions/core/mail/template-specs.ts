// Mail rendering -> template specs: every template and partial followup renders, its flavor (text
// or HTML) and the slots it must use, and the options every template is compiled with, shared by
// the runtime loader (templates.ts), the compiler (template-compiler.ts) and the build step that
// precompiles the built-ins.
export type Flavor = 'text' | 'html';

export interface Spec {
  flavor: Flavor;
  /** Paths (`reference`), or partials (`>footer-text`), the template must use. */
  required: readonly string[];
  /** Drafts open with `Subject: …` and a blank line, the way a message looks. */
  subjectLine?: boolean;
}

export const TEMPLATE_SPECS = {
  'drafts/thank-you': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  // A panel's second and third members get these, so panelists who compare notes find different ones.
  'drafts/thank-you-2': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  'drafts/thank-you-3': { flavor: 'text', required: ['greeting', 'reference'], subjectLine: true },
  'drafts/follow-up-1': { flavor: 'text', required: ['greeting', 'update'], subjectLine: true },
  'drafts/follow-up-2': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/keep-in-touch': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/rejection-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/next-round-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/offer-reply': { flavor: 'text', required: ['greeting'], subjectLine: true },
  'drafts/linkedin': { flavor: 'text', required: ['firstName'] },
  'mail/draft.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/draft.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/close-out.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/close-out.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/employer-reply.text': { flavor: 'text', required: ['>draft-text', '>footer-text'] },
  'mail/employer-reply.html': { flavor: 'html', required: ['>draft-html', '>layout'] },
  'mail/linkedin.text': { flavor: 'text', required: ['message', '>footer-text'] },
  'mail/linkedin.html': { flavor: 'html', required: ['message', '>layout'] },
  'mail/acknowledgment.text': {
    flavor: 'text',
    required: ['understood', 'timeline', 'missing', '>footer-text'],
  },
  'mail/acknowledgment.html': {
    flavor: 'html',
    required: ['understood', 'timeline', 'missing', '>layout'],
  },
  'mail/unreadable.text': { flavor: 'text', required: ['missing', 'answers', '>footer-text'] },
  'mail/unreadable.html': { flavor: 'html', required: ['missing', 'answers', '>layout'] },
  'mail/stop.text': { flavor: 'text', required: ['application', '>footer-text'] },
  'mail/stop.html': { flavor: 'html', required: ['application', '>layout'] },
  'mail/status.text': { flavor: 'text', required: ['applications', '>footer-text'] },
  'mail/status.html': { flavor: 'html', required: ['applications', '>layout'] },
  'mail/help.text': { flavor: 'text', required: ['sections', '>footer-text'] },
  'mail/help.html': { flavor: 'html', required: ['sections', '>layout'] },
  'mail/command.text': { flavor: 'text', required: ['summary', '>footer-text'] },
  'mail/command.html': { flavor: 'html', required: ['summary', '>layout'] },
  'mail/choice.text': {
    flavor: 'text',
    required: ['question', 'options', 'example', '>footer-text'],
  },
  'mail/choice.html': { flavor: 'html', required: ['question', 'options', 'example', '>layout'] },
  'mail/suggestion.text': { flavor: 'text', required: ['suggested', '>footer-text'] },
  'mail/suggestion.html': { flavor: 'html', required: ['suggested', '>layout'] },
  'mail/forget-request.text': { flavor: 'text', required: ['deadline', '>footer-text'] },
  'mail/forget-request.html': { flavor: 'html', required: ['deadline', '>layout'] },
  'mail/forgotten.text': { flavor: 'text', required: ['count', '>footer-text'] },
  'mail/forgotten.html': { flavor: 'html', required: ['count', '>layout'] },
  'mail/filter.text': { flavor: 'text', required: ['address', '>footer-text'] },
  'mail/filter.html': { flavor: 'html', required: ['address', '>layout'] },
  'mail/roster.text': { flavor: 'text', required: ['summary', 'users', '>footer-text'] },
  'mail/roster.html': { flavor: 'html', required: ['summary', 'users', '>layout'] },
  'mail/unconfirmed.text': { flavor: 'text', required: ['what', 'mailedAt', '>footer-text'] },
  'mail/unconfirmed.html': { flavor: 'html', required: ['what', 'mailedAt', '>layout'] },
} as const satisfies Record<string, Spec>;

export const PARTIAL_SPECS = {
  layout: { flavor: 'html', required: ['>@partial-block', '>footer-html'] },
  'footer-text': { flavor: 'text', required: ['commands'] },
  'footer-html': { flavor: 'html', required: ['commands'] },
  'draft-text': { flavor: 'text', required: ['sendBy', 'draft', 'mailto', 'checklist'] },
  'draft-html': { flavor: 'html', required: ['sendBy', 'draft', 'mailto', 'checklist'] },
  'filter-text': { flavor: 'text', required: ['address', 'gmailSteps', 'outlookSteps'] },
  'filter-html': { flavor: 'html', required: ['address', 'gmailSteps', 'outlookSteps'] },
} as const satisfies Record<string, Spec>;

export type TemplateName = keyof typeof TEMPLATE_SPECS;
export type PartialName = keyof typeof PARTIAL_SPECS;

/** Compile-time options; text templates also get `noEscape`. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  preventIndent: true,
} as const;

export const compileOptionsFor = (flavor: Flavor) => ({
  ...COMPILE_OPTIONS,
  noEscape: flavor === 'text',
});

export function templateFile(name: TemplateName): string {
  return `${name}.hbs`;
}

export function partialFile(name: PartialName): string {
  return `partials/${name}.hbs`;
}

export function specOf(file: string): Spec | undefined {
  const name = file.replace(/\.hbs$/, '');
  if (name.startsWith('partials/')) {
    return (PARTIAL_SPECS as Record<string, Spec>)[name.slice('partials/'.length)];
  }
  return (TEMPLATE_SPECS as Record<string, Spec>)[name];
}

/** Every file of a set: the templates, then the partials. */
export function allFiles(): string[] {
  return [
    ...(Object.keys(TEMPLATE_SPECS) as TemplateName[]).map(templateFile),
    ...(Object.keys(PARTIAL_SPECS) as PartialName[]).map(partialFile),
  ];
}
