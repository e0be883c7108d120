// Mail rendering -> public face: what the use-cases import to turn domain data into mail for the
// user (drafts, acknowledgments, system replies) and to lint a draft.
export { MailCompositionError } from './compose.ts';
export { milestoneDraftTitle } from './draft-mails.ts';
export {
  BANNED_PHRASES,
  countWords,
  type DraftKind,
  LINKEDIN_CHARACTER_LIMIT,
  type LintCheck,
  type LintOptions,
  type LintResult,
  type LintRule,
  lintDraft,
} from './lint.ts';
export {
  type ChoiceOption,
  type ComposedMail,
  createMailRenderer,
  type DigestNote,
  deferredMailRenderer,
  type EmployerReplyKind,
  type MailContext,
  type MailRenderer,
  type MailRendererOptions,
} from './renderer.ts';
export { choiceOption, type RosterLine } from './system-views.ts';
export { MAX_TEMPLATE_BYTES, type OverrideRejection, TemplateError } from './templates.ts';
export { answersFor, interviewNotes } from './views.ts';
