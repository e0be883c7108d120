// Use-cases -> `set timezone`, `set hours`, `set country`, `set locale`: the decision (pure: which
// profile change, and what the answer says) and its effects: the profile saved, every
// application's pending drafts re-planned to fit, and one answer listing those that moved.
import { settingAnsweredBefore, userZone, withSettingDone } from '../application.ts';
import * as changes from '../changes.ts';
import type { Application, UserProfile } from '../model.ts';
import {
  formatLocal,
  InvalidSettingError,
  parseLocale,
  parseSettingCommand,
} from '../planning/index.ts';
import { type ChangeDeps, changeApplication } from './change-application.ts';
import { SAID, type Said, SETTING_SAID } from './command-wording.ts';
import { planContextFor } from './plan-context.ts';
import { rememberSettingAnswered, updateProfile } from './profile.ts';
import { tellUser } from './tell-user.ts';

export type SettingVerb = 'timezone' | 'hours' | 'country' | 'locale';

/**
 * A setting decided: the answer alone, or a profile change with its answer; `replans` when the
 * change moves pending drafts (a locale only changes how their dates read).
 */
export type SettingDecision =
  | { kind: 'answer'; summary: string }
  | {
      kind: 'change';
      patch: Partial<UserProfile>;
      current: boolean;
      replans: boolean;
      summary: string;
    };

/** The time a `set locale` answer shows written in the new locale. */
const LOCALE_SAMPLE = '2026-12-11T14:45:00Z';

function readSetting(text: string) {
  try {
    return { setting: parseSettingCommand(text), problem: null };
  } catch (error) {
    if (!(error instanceof InvalidSettingError)) throw error;
    return { setting: null, problem: error.message };
  }
}

/** What `set <verb> <arg>` does to a profile of a user in `zone`, and what the user is told. */
export function decideSetting(
  verb: SettingVerb,
  arg: string,
  profile: UserProfile | null | undefined,
  zone: string,
): SettingDecision {
  if (verb === 'locale') {
    const locale = parseLocale(arg);
    if (!locale) return { kind: 'answer', summary: SETTING_SAID.unknownLocale(arg) };
    const current = profile?.locale === locale;
    const said = SETTING_SAID.locale(locale, formatLocal(LOCALE_SAMPLE, zone, locale));
    return {
      kind: 'change',
      patch: { locale },
      current,
      replans: false,
      summary: current ? said.already : said.done,
    };
  }
  const { setting, problem } = readSetting(`set ${verb} ${arg}`);
  const change = (patch: Partial<UserProfile>, current: boolean, said: Said) =>
    ({
      kind: 'change',
      patch,
      current,
      replans: true,
      summary: current ? said.already : said.done,
    }) as const;
  switch (verb) {
    case 'timezone':
      if (setting?.kind !== 'timezone') {
        return { kind: 'answer', summary: SETTING_SAID.unknownZone(arg) };
      }
      return change(
        { timezone: setting.zone },
        profile?.timezone === setting.zone,
        SETTING_SAID.zone(setting.zone),
      );
    case 'hours': {
      if (setting?.kind !== 'hours') {
        return { kind: 'answer', summary: SETTING_SAID.badHours(problem, arg) };
      }
      const hours = { start: setting.start, end: setting.end };
      const current =
        profile?.wakingHours?.start === hours.start && profile.wakingHours.end === hours.end;
      return change({ wakingHours: hours }, current, SETTING_SAID.hours(hours.start, hours.end));
    }
    case 'country':
      if (setting?.kind !== 'country') {
        return { kind: 'answer', summary: SETTING_SAID.badCountry(problem, arg) };
      }
      return change(
        { country: setting.country },
        profile?.country === setting.country,
        SETTING_SAID.country(setting.country),
      );
  }
}

/** Confirms a setting; `replanned` applications are listed with their new dates and `.ics`. */
async function confirmSetting(
  deps: ChangeDeps,
  userId: string,
  summary: string,
  replanned: Application[] = [],
) {
  await tellUser(deps, userId, null, (context) =>
    deps.renderer.commandConfirmation({
      application: null,
      summary,
      planChanged: replanned.length > 0,
      replanned,
      context,
    }),
  );
}

/** New settings move every application's pending drafts to fit them; returns those that moved. */
async function refreshAll(deps: ChangeDeps, userId: string): Promise<Application[]> {
  const ctx = await planContextFor(deps, userId, deps.clock.now());
  const moved: Application[] = [];
  for (const application of await deps.store.listByUser(userId)) {
    const result = await changeApplication(
      deps,
      { userId, applicationId: application.id },
      (current) => changes.refresh(current, ctx),
    );
    if (result?.planChanged) moved.push(result.application);
  }
  return moved;
}

/** What a setting mail changes (its `patch`, none when nothing), and what its answer says. */
export interface SettingMailDecision {
  patch: Partial<UserProfile> | null;
  /** `answered`: its answer went out when it was first handled, so none is mailed again. */
  result: { summary: string; replans: boolean; answered?: boolean };
}

/**
 * decideSetting for the mail `messageId`: one that changed a setting is remembered with its
 * answer, so its redelivery is answered as it was and changes nothing (a later mail may have).
 */
export function decideSettingMail(
  verb: SettingVerb,
  arg: string,
  profile: UserProfile | undefined,
  defaultZone: string,
  messageId: string | null,
): SettingMailDecision {
  const before = settingAnsweredBefore(profile, messageId);
  if (before !== null) {
    // Its drafts are re-planned to the settings as they are now (a first handling may have
    // stopped part-way); nothing else is done again.
    const summary = SAID.actedOnBefore(before.summary);
    return {
      patch: null,
      result: { summary, replans: before.planChanged, answered: before.answered },
    };
  }
  const decision = decideSetting(verb, arg, profile, userZone(profile, defaultZone));
  if (decision.kind === 'answer') {
    return { patch: null, result: { summary: decision.summary, replans: false } };
  }
  if (decision.current) {
    // Remembered all the same: delivered again after a later setting, it must not undo that.
    const remembered = withSettingDone(profile, messageId, decision.summary, false);
    const patch = remembered.settingsDone ? remembered : null;
    return { patch, result: { summary: decision.summary, replans: false } };
  }
  const { summary, replans } = decision;
  return {
    patch: { ...decision.patch, ...withSettingDone(profile, messageId, summary, replans) },
    result: { summary, replans },
  };
}

/**
 * Saves one profile setting unless it already holds, then re-plans the user's pending drafts to
 * fit it; the answer says which.
 */
export async function applySetting(
  deps: ChangeDeps,
  userId: string,
  verb: SettingVerb,
  arg: string,
  messageId: string | null = null,
): Promise<'answered'> {
  const { summary, replans, answered } = await updateProfile(
    deps.store,
    userId,
    deps.clock.now(),
    (profile) => decideSettingMail(verb, arg, profile, deps.settings.defaultTimezone, messageId),
  );
  const moved = replans ? await refreshAll(deps, userId) : [];
  if (answered) return 'answered';
  await confirmSetting(deps, userId, summary, moved);
  await rememberSettingAnswered(deps, userId, messageId);
  return 'answered';
}
