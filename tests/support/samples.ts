// Test support: one plain interview and the application it opens, for unit tests of the domain.
import { applicationIdFor, openApplication } from '../../functions/core/application.ts';
import { defaultPolicy } from '../../functions/core/planning/policy.ts';
import type { InterviewReading } from '../../functions/core/reading.ts';
import { EVERY_COUNTRY } from './holidays.ts';

/** Acme, Thu 10 Dec 2026 14:00–15:00 New York, one interviewer with an address. */
export const acmeReading: InterviewReading = {
  company: 'Acme',
  role: 'Staff Engineer',
  start: '2026-12-10T14:00:00-05:00',
  end: '2026-12-10T15:00:00-05:00',
  timezone: 'America/New_York',
  interviewers: [{ name: 'Dana Lee', email: 'dana@acme.example' }],
  format: 'video',
  decisionBy: null,
};

/** The application a forward of `acmeReading` opens for alex@example.net in New York. */
export function openAcme(now: Date, messageId: string, threadMessageIds: string[] = []) {
  return openApplication({
    id: applicationIdFor('alex@example.net', messageId),
    userId: 'alex@example.net',
    reading: acmeReading,
    userTimezone: 'America/New_York',
    policy: defaultPolicy,
    holidays: EVERY_COUNTRY,
    now,
    threadMessageIds,
  });
}
