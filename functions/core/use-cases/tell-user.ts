// Use-cases -> the user: mails one system mail (addressed for replies about an application) and
// remembers its Message-IDs in the application's thread, so that a reply or a forward quoting it
// finds the application even without its reply address. Returns those Message-IDs.
import { revise, withThreadIds } from '../application.ts';
import { describeError } from '../logger.ts';
import type { MailContext } from '../mail/index.ts';
import type { Application } from '../model.ts';
import { type CommonDeps, mailContext } from './deps.ts';
import { updateApplication } from './update-application.ts';

type Compose = (context: MailContext) => Promise<{ raw: Uint8Array; messageId: string }>;
type Recorded = Partial<Application> | ((current: Application) => Partial<Application>);

export interface TellOptions {
  /** Where replies go instead of the intake. */
  replyTo?: string | undefined;
  /**
   * Saved on the application in the same write as the mail's Message-IDs, once it is out; a
   * function of the application as then stored, when it depends on it.
   */
  record?: Recorded;
  /**
   * `application` is the version in the table (just written or read): the Message-IDs are added
   * to it without reading it again (a newer one is read, should the write lose to it).
   */
  stored?: boolean;
}

export async function tellUser(
  deps: CommonDeps,
  userId: string,
  application: Application | null,
  compose: Compose,
  { replyTo, record, stored = false }: TellOptions = {},
): Promise<string[]> {
  const context = mailContext(deps.settings, userId, application, deps.clock.now());
  const mail = await compose(replyTo ? { ...context, replyTo } : context);
  const sent = await deps.mailer.send({
    from: deps.settings.fromAddress,
    to: userId,
    raw: mail.raw,
  });
  const messageIds = [mail.messageId, sent.messageId];
  if (application) await rememberMail(deps, application, messageIds, { record, stored });
  // What a reply's In-Reply-To may name: our Message-ID, or the one the mail service gave it.
  return messageIds;
}

/** Best effort: the mail is out whatever happens here, and a retry must not send it twice. */
async function rememberMail(
  deps: CommonDeps,
  application: Application,
  messageIds: string[],
  { record: recorded = {}, stored }: { record?: Recorded | undefined; stored: boolean },
) {
  const key = { userId: application.userId, applicationId: application.id };
  try {
    await updateApplication(
      deps.store,
      key,
      (current) => {
        if (!current) return { result: undefined };
        const record = typeof recorded === 'function' ? recorded(current) : recorded;
        const ids = withThreadIds(current.threadMessageIds, messageIds);
        if (
          ids.length === current.threadMessageIds.length &&
          ids.every((id, i) => id === current.threadMessageIds[i]) &&
          Object.keys(record).length === 0
        ) {
          return { result: undefined };
        }
        return {
          save: revise(current, deps.clock.now(), { ...record, threadMessageIds: ids }),
          result: undefined,
        };
      },
      stored ? application : undefined,
    );
  } catch (error) {
    deps.logger.warn('sent mail not remembered in its thread', {
      applicationId: application.id,
      ...describeError(error),
    });
  }
}
