// Mail rendering -> the renderer use-cases call: domain data in, a composed MIME message out. It
// loads the templates once per container (templates.ts) and composes the draft mails
// (draft-mails.ts) and followup's own mails (system-mails.ts), each sent through user-mail.ts.
import type { TemplateSource } from '../ports.ts';
import { type DraftMails, draftMails } from './draft-mails.ts';
import { type SystemMails, systemMails } from './system-mails.ts';
import type { ChoiceOption, DigestNote, EmployerReplyKind } from './system-views.ts';
import { type LoadedTemplates, loadTemplates, type OverrideRejection } from './templates.ts';

export type { ComposedMail, MailContext } from './user-mail.ts';
export type { ChoiceOption, DigestNote, EmployerReplyKind };

/** Every mail followup writes to the user: the drafts and its own answers. */
export interface MailRenderer extends DraftMails, SystemMails {
  /** Which override files were taken and which were rejected (and why). */
  templateReport(): Promise<{ overridden: string[]; rejected: OverrideRejection[] }>;
}

export interface MailRendererOptions {
  /** Built-ins from a folder of sources, compiled at load; by default the precompiled set. */
  templates?: TemplateSource | undefined;
  /** The user's templates, laid out like the built-ins; each is validated at load. */
  overrides?: TemplateSource;
  /** Told about every rejected override once, when the templates are loaded. */
  onOverrideRejected?: (rejection: OverrideRejection) => void;
  /** The deployment's own stock phrases, flagged in drafts besides the built-in list. */
  stockPhrases?: readonly string[];
}

function loadAndReport(options: MailRendererOptions): Promise<LoadedTemplates> {
  const loading = loadTemplates({
    builtIns: options.templates,
    overrides: options.overrides,
    // The samples try a set that overrides change; with none, nothing loads them.
    samples: () => import('./samples.ts').then(({ sampleViews }) => sampleViews()),
  });
  return loading.then((templates) => {
    const report =
      options.onOverrideRejected ??
      ((rejection: OverrideRejection) =>
        console.warn(
          JSON.stringify({
            level: 'WARN',
            message: 'template override rejected; using the built-in one',
            file: rejection.file,
            reason: rejection.reason,
          }),
        ));
    for (const rejection of templates.rejected) report(rejection);
    return templates;
  });
}

/** `loading`, and `forget` called once if it fails, so that the next mail tries again. */
function forgetOnFailure<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  loading.catch(forget);
  return loading;
}

/** The precompiled built-ins alone are the same for every renderer: loaded once per container. */
let precompiledOnly: Promise<LoadedTemplates> | undefined;

function loadPrecompiledOnly(): Promise<LoadedTemplates> {
  precompiledOnly ??= forgetOnFailure(loadAndReport({}), () => {
    precompiledOnly = undefined;
  });
  return precompiledOnly;
}

/**
 * The renderer's templates, loaded on first use and kept by the renderer itself (one per
 * container): a cache keyed by where the files are would hand one test's templates to another
 * that reuses a folder's name.
 */
function templateLoader(options: MailRendererOptions): () => Promise<LoadedTemplates> {
  if (!options.templates && !options.overrides) return loadPrecompiledOnly;
  let loading: Promise<LoadedTemplates> | undefined;
  return () => {
    loading ??= forgetOnFailure(loadAndReport(options), () => {
      loading = undefined;
    });
    return loading;
  };
}

export function createMailRenderer(options: MailRendererOptions): MailRenderer {
  const templates = templateLoader(options);
  return {
    ...draftMails({ templates, stockPhrases: options.stockPhrases }),
    ...systemMails(templates),
    async templateReport() {
      const { overridden, rejected } = await templates();
      return { overridden: [...overridden], rejected: [...rejected] };
    },
  };
}

/**
 * A renderer that is only known on first use (its templates are fetched then): each call awaits
 * `current()` and hands over to the renderer it returns, so entry points stay synchronous.
 */
export function deferredMailRenderer(current: () => Promise<MailRenderer>): MailRenderer {
  return {
    draft: async (input) => (await current()).draft(input),
    acknowledgment: async (input) => (await current()).acknowledgment(input),
    unreadable: async (input) => (await current()).unreadable(input),
    stopConfirmation: async (input) => (await current()).stopConfirmation(input),
    unconfirmedDraft: async (input) => (await current()).unconfirmedDraft(input),
    status: async (input) => (await current()).status(input),
    help: async (input) => (await current()).help(input),
    roster: async (input) => (await current()).roster(input),
    commandConfirmation: async (input) => (await current()).commandConfirmation(input),
    choice: async (input) => (await current()).choice(input),
    suggestion: async (input) => (await current()).suggestion(input),
    forgetRequest: async (input) => (await current()).forgetRequest(input),
    forgotten: async (input) => (await current()).forgotten(input),
    employerReply: async (input) => (await current()).employerReply(input),
    linkedin: async (input) => (await current()).linkedin(input),
    filterSetup: async (input) => (await current()).filterSetup(input),
    templateReport: async () => (await current()).templateReport(),
  };
}
