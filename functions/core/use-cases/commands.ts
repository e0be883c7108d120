// Commands replied to followup mail: each acts on the application its reply address names (or,
// for status/help/settings, on the user) and answers with a short confirmation of the new state.

import { revise } from '../application.ts';
import type { ChangeResult } from '../changes.ts';
import * as changes from '../changes.ts';
import {
  formatLocal,
  InvalidSettingError,
  parseSettingCommand,
  parseSnoozeUntil,
} from '../planning/index.ts';
import { resolveCorrectedTime } from '../understand/index.ts';
import { type ChangeDeps, changeApplication, planContextFor } from './change-application.ts';
import { answer } from './settings.ts';

export interface CommandMessage {
  userId: string;
  /** The application the reply address names; null for mail to the bare intake address. */
  applicationId: string | null;
  command: { verb: string; arg: string | null };
  /** When the user wrote it, for relative corrections ("time: tomorrow 3pm"). */
  sentAt: Date;
}

export type CommandOutcome = 'answered' | 'application-changed' | 'application-closed' | 'ignored';

/** Verbs that need an application; sent to the bare intake they get a status list to pick from. */
const APPLICATION_VERBS = new Set([
  'stop',
  'pause',
  'resume',
  'snooze',
  'sent',
  'notes',
  'update',
  'time',
  'interviewer',
  'linkedin',
]);

export async function runCommand(
  message: CommandMessage,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { verb } = message.command;
  if (verb === 'status') return sendStatus(message.userId, deps);
  if (verb === 'timezone') return setTimezone(message, deps);
  if (APPLICATION_VERBS.has(verb)) {
    if (!message.applicationId) return sendStatus(message.userId, deps);
    return runApplicationCommand(message, message.applicationId, deps);
  }
  await answer(deps, message.userId, null, (context) => deps.renderer.help({ context }));
  return 'answered';
}

async function runApplicationCommand(
  message: CommandMessage,
  applicationId: string,
  deps: ChangeDeps,
): Promise<CommandOutcome> {
  const { userId, command } = message;
  const now = deps.clock.now();
  const ctx = await planContextFor(deps, userId, now);
  const key = { userId, applicationId };

  if (command.verb === 'linkedin') {
    const application = await deps.store.get(userId, applicationId);
    if (!application) return 'ignored';
    const interview = changes.currentInterview(application);
    if (!interview) return 'ignored';
    await answer(deps, userId, application, (context) =>
      deps.renderer.linkedin({
        application,
        interview,
        recipient: interview?.interviewers[0] ?? null,
        context,
      }),
    );
    return 'answered';
  }

  let summary = '';
  const result = await changeApplication(deps, key, (application): ChangeResult => {
    const unchanged = { application, schedules: { upsert: [], cancel: [] } };
    switch (command.verb) {
      case 'stop':
        summary = 'Closed. Nothing more will be sent for this application.';
        return changes.close(application, now);
      case 'pause':
        summary = 'Paused. Nothing will be sent until you reply resume.';
        return changes.pause(application, now);
      case 'resume':
        summary = 'Resumed.';
        return changes.resume(application, ctx);
      case 'snooze': {
        const until = parseSnoozeUntil(command.arg ?? '', ctx);
        if (!until) {
          summary = `I could not read "${command.arg ?? ''}" as a duration or date. Try snooze 3d or snooze 2026-12-01.`;
          return unchanged;
        }
        summary = `Snoozed until ${formatLocal(until, ctx.userTimezone)}.`;
        return changes.snooze(application, until, ctx);
      }
      case 'sent':
        summary = 'Noted: you sent it.';
        return changes.markSent(application, now);
      case 'notes':
      case 'update': {
        const text = (command.arg ?? '').trim();
        if (!text) {
          summary = `Add the text after the colon, e.g. ${command.verb}: we discussed their Kafka migration`;
          return unchanged;
        }
        summary =
          command.verb === 'notes'
            ? 'Noted for your next drafts.'
            : 'Your update will be in the follow-ups.';
        const note = command.verb === 'update' ? `update: ${text}` : text;
        return {
          application: revise(application, now, { notes: [...application.notes, note] }),
          schedules: { upsert: [], cancel: [] },
        };
      }
      case 'time': {
        const corrected = resolveCorrectedTime(command.arg ?? '', {
          reference: message.sentAt,
          defaultTimezone: ctx.userTimezone,
        });
        if (!corrected) {
          summary = `I could not read "${command.arg ?? ''}" as a time. Try time: Tue 3pm ET`;
          return unchanged;
        }
        summary = `Interview time set to ${formatLocal(corrected.start, corrected.timezone)}.`;
        const current = changes.currentInterview(application);
        return changes.reschedule(
          application,
          {
            company: current?.company ?? null,
            role: current?.role ?? null,
            start: corrected.start,
            end: null,
            timezone: corrected.timezone,
            interviewers: [],
            format: null,
            decisionBy: null,
          },
          ctx,
        );
      }
      case 'interviewer': {
        const person = parsePerson(command.arg ?? '');
        const current = changes.currentInterview(application);
        if (!person || !current) {
          summary = 'Write it as interviewer: Dana Lee <dana@acme.example>';
          return unchanged;
        }
        summary = `Added ${person.name} as an interviewer.`;
        return changes.reschedule(
          application,
          {
            ...current,
            interviewers: [...current.interviewers.filter((p) => p.name !== person.name), person],
          },
          ctx,
        );
      }
      default:
        return unchanged;
    }
  });
  if (!result) {
    deps.logger.warn('command for a missing application', { applicationId });
    return 'ignored';
  }
  const application = result.application;
  if (command.verb === 'stop') {
    await answer(deps, userId, application, (context) =>
      deps.renderer.stopConfirmation({ application, context }),
    );
    return 'application-closed';
  }
  await answer(deps, userId, application, (context) =>
    deps.renderer.commandConfirmation({ application, summary, context }),
  );
  return 'application-changed';
}

/** `Dana Lee <dana@acme.example>` or `Dana Lee`. */
function parsePerson(text: string): { name: string; email: string | null } | null {
  const match = /^\s*([^<>]*?)\s*(?:<\s*([^<>\s]+@[^<>\s]+)\s*>)?\s*$/.exec(text);
  const name = match?.[1]?.replace(/["']/g, '').trim();
  if (!name) return null;
  return { name, email: match?.[2]?.toLowerCase() ?? null };
}

async function setTimezone(message: CommandMessage, deps: ChangeDeps): Promise<CommandOutcome> {
  const { userId } = message;
  let setting: ReturnType<typeof parseSettingCommand>;
  try {
    setting = parseSettingCommand(`set timezone ${message.command.arg ?? ''}`);
  } catch (error) {
    if (!(error instanceof InvalidSettingError)) throw error;
    setting = null;
  }
  if (setting?.kind !== 'timezone') {
    await answer(deps, userId, null, (context) =>
      deps.renderer.commandConfirmation({
        application: null,
        summary: `"${message.command.arg ?? ''}" is not a time zone I know. Try set timezone Europe/Berlin`,
        context,
      }),
    );
    return 'answered';
  }
  const now = deps.clock.now();
  const profile = await deps.store.getProfile(userId);
  await deps.store.saveProfile({
    userId,
    wakingHours: profile?.wakingHours ?? null,
    timezone: setting.zone,
    updatedAt: now.toISOString(),
  });
  const ctx = await planContextFor(deps, userId, now);
  for (const application of await deps.store.listByUser(userId)) {
    await changeApplication(deps, { userId, applicationId: application.id }, (current) =>
      changes.refresh(current, ctx),
    );
  }
  await answer(deps, userId, null, (context) =>
    deps.renderer.commandConfirmation({
      application: null,
      summary: `Your time zone is now ${setting.zone}; pending drafts moved to fit it.`,
      context,
    }),
  );
  return 'answered';
}

async function sendStatus(userId: string, deps: ChangeDeps): Promise<CommandOutcome> {
  const applications = (await deps.store.listByUser(userId)).filter((a) => a.status !== 'CLOSED');
  await answer(deps, userId, null, (context) => deps.renderer.status({ applications, context }));
  return 'answered';
}
