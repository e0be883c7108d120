// The `followup` command line: run the local stack, forward mail into it over SMTP, read what the
// system understands, list applications, and move the shared local clock.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nextPending } from '../functions/core/application.ts';
import type { Application } from '../functions/core/model.ts';
import { formatLocal } from '../functions/core/planning/format.ts';
import type { DoctorReport } from '../functions/core/use-cases/doctor.ts';
import { parseDuration } from './clock.ts';
import {
  LOCAL_DEMO_USER,
  LOCAL_INTAKE_ADDRESS,
  LOCAL_PORTS,
  localPort,
  localTimezone,
  localUrl,
} from './defaults.ts';
import { DeliveryError, deliver } from './forward.ts';

// Three variables a line, as the rest of the help is wrapped.
const portDefaults = Object.values(LOCAL_PORTS)
  .map(({ variable, port }, i) => `${i % 3 === 0 ? '\n  ' : ' '}${variable} (${port}),`)
  .join('');

const HELP = `followup — interview follow-up drafts, played locally

Usage: followup <command> [options]

  start                                   run the local stack (same as npm start)
  forward FILE.eml [--from ADDR] [--to ADDR]
                                          deliver a message to the intake over SMTP, as if you
                                          forwarded it there (--to: another recipient, e.g. an
                                          application's reply address), and return once handled
  parse FILE.eml [--tz ZONE]              print what the system understands, as JSON (stores nothing)
  plan FILE.eml [--tz ZONE] [--now ISO] [--json]
                                          print the timeline the system would set for it
  reply TEXT [--user ADDR]                answer the latest mail followup sent to ADDR (default
                                          ${LOCAL_DEMO_USER}) as their mail client would:
                                          e.g. reply stop, reply snooze 3d, reply status
  preview FILE.eml [--milestone NAME] [--out DIR] [--tz ZONE] [--now ISO]
                                          write the mails it would produce (acknowledgment and
                                          each draft, or one NAME) as .eml + .html, storing nothing
  status [--user ADDR]                    list applications, their state and next due dates
  clock show                              print the local clock
  clock set ISO-8601                      set the local clock, then fire what came due
  clock advance DURATION                  move it forward (36h, 3d, 1d12h, 90m, 2w), then fire
                                          what came due and wait for the handlers
  doctor                                  compare the stored milestones with the Scheduler's
                                          schedules and repair the difference (missing, past due,
                                          wrong time, stuck sends, orphans), then say what it did
  eval FOLDER [--tz ZONE] [--user ADDR=ZONE]...
                                          accuracy over .eml + .json pairs per field, per source
                                          and by confidence, then every miss (ZONE: the user's
                                          zone, default New York; --user: one user's own zone)
  help                                    this text

Ports and folders come from the environment (defaults):${portDefaults}
  FOLLOWUP_DATA_DIR (.data).`;

export class UsageError extends Error {
  override name = 'UsageError';
}

const controlUrl = () => localUrl('control');

async function control(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(`${controlUrl()}${path}`, init);
  } catch (error) {
    throw new UsageError(
      `the local stack is not running on ${controlUrl()} — start it with \`npm start\``,
      { cause: error },
    );
  }
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new UsageError(String(body.message ?? response.statusText));
  return body;
}

/**
 * The file goes to the intake whatever its own To: says (a filter-forwarded mail is addressed to
 * the user or the recruiter), from its own From: unless `from` is given.
 */
async function forward(file: string, from?: string, to?: string) {
  const raw = await readFile(file);
  const response = await deliver({
    raw,
    from,
    to: to ?? process.env.FOLLOWUP_INTAKE_ADDRESS ?? LOCAL_INTAKE_ADDRESS,
    port: localPort('smtp'),
  });
  console.log(`delivered and handled (${response})`);
}

function nextDue(application: Application): string {
  const next = nextPending(application);
  return next ? `${next.kind} ${formatLocal(next.due, next.timezone)}` : '—';
}

export function statusTable(applications: Application[]): string {
  if (applications.length === 0) return 'No applications yet.';
  const rows = applications.map((a) => [
    a.id,
    a.status,
    [a.company ?? '(company?)', a.role ?? '(role?)'].join(' — '),
    nextDue(a),
  ]);
  const header = ['ID', 'STATE', 'APPLICATION', 'NEXT'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** What the doctor did, a line per kind of repair, each with its `<application>/<milestone>` ids. */
export function doctorSummary(report: DoctorReport): string {
  const lines = [
    `checked ${report.checked.applications} application(s) and ${report.checked.schedules} schedule(s) (${report.checked.timesRead} time(s) read) at ${report.at}`,
  ];
  const { users, schedules } = report.unreached;
  if (users || schedules)
    lines.push(`out of time: ${users} user(s) and ${schedules} schedule(s) left for the next run`);
  const repaired = Object.entries(report.repaired);
  if (repaired.length === 0 && report.failed.length === 0) lines.push('nothing to repair');
  for (const [reason, ids] of repaired) lines.push(`${reason}: ${ids.length} (${ids.join(', ')})`);
  if (report.failed.length)
    lines.push(`failed: ${report.failed.length} (${report.failed.join(', ')})`);
  return lines.join('\n');
}

function printClock(body: Record<string, unknown>) {
  const now = String(body.now);
  console.log(`local clock: ${formatLocal(now, 'UTC')} (${now})`);
  if (Array.isArray(body.fired)) console.log(`fired ${body.fired.length} schedule(s)`);
}

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  try {
    switch (command) {
      case 'start': {
        const { runLocalStack } = await import('./start.ts');
        await runLocalStack();
        return 0;
      }
      case 'forward': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { from: { type: 'string' }, to: { type: 'string' } },
        });
        if (!positionals[0]) throw new UsageError('forward needs a FILE.eml');
        await forward(resolve(positionals[0]), values.from, values.to);
        return 0;
      }
      case 'parse': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { tz: { type: 'string' } },
        });
        if (!positionals[0]) throw new UsageError('parse needs a FILE.eml');
        const raw = await readFile(resolve(positionals[0]));
        // The reader is most of the CLI's load time: only the commands that read mail load it.
        const { understandMessage } = await import('../functions/core/understand/index.ts');
        const { reading } = await understandMessage(raw, {
          defaultTimezone: localTimezone(values.tz),
        });
        console.log(JSON.stringify(reading, null, 2));
        return 0;
      }
      case 'plan': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { tz: { type: 'string' }, now: { type: 'string' }, json: { type: 'boolean' } },
        });
        if (!positionals[0]) throw new UsageError('plan needs a FILE.eml');
        const now = values.now ? new Date(values.now) : new Date();
        if (Number.isNaN(now.getTime()))
          throw new UsageError(`--now ${values.now} is not ISO-8601`);
        const { planTimeline, timelineTable } = await import('./plan.ts');
        const timeline = await planTimeline(await readFile(resolve(positionals[0])), {
          userTimezone: localTimezone(values.tz),
          now,
        });
        console.log(
          values.json ? JSON.stringify(timeline.milestones, null, 2) : timelineTable(timeline),
        );
        return 0;
      }
      case 'reply': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { user: { type: 'string' } },
        });
        if (positionals.length === 0) throw new UsageError('reply needs the text, e.g. reply stop');
        const user = values.user ?? process.env.FOLLOWUP_DEMO_USER ?? LOCAL_DEMO_USER;
        const { replyToLatest } = await import('./reply.ts');
        const sent = await replyToLatest({
          text: positionals.join(' '),
          user,
          sesEndpoint: localUrl('ses'),
          smtpPort: localPort('smtp'),
        });
        console.log(`replied to "${sent.subject}" (${sent.to}) and it was handled`);
        return 0;
      }
      case 'preview': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            milestone: { type: 'string' },
            out: { type: 'string' },
            tz: { type: 'string' },
            now: { type: 'string' },
          },
        });
        if (!positionals[0]) throw new UsageError('preview needs a FILE.eml');
        const now = values.now ? new Date(values.now) : new Date();
        if (Number.isNaN(now.getTime()))
          throw new UsageError(`--now ${values.now} is not ISO-8601`);
        const { isPreviewKind, PREVIEW_KINDS, PreviewError, writePreview } = await import(
          './preview.ts'
        );
        const only = values.milestone;
        if (only !== undefined && !isPreviewKind(only)) {
          throw new UsageError(`--milestone ${only} is not one of: ${PREVIEW_KINDS.join(', ')}`);
        }
        const overrides = process.env.FOLLOWUP_TEMPLATE_OVERRIDES;
        if (overrides?.startsWith('s3://')) {
          console.error('followup: preview uses folder overrides only; ignoring the S3 ones');
        }
        try {
          const preview = await writePreview(await readFile(resolve(positionals[0])), {
            userTimezone: localTimezone(values.tz),
            now,
            ...(only ? { only } : {}),
            ...(values.out ? { outDir: values.out } : {}),
            ...(process.env.FOLLOWUP_INTAKE_ADDRESS
              ? { intakeAddress: process.env.FOLLOWUP_INTAKE_ADDRESS }
              : {}),
            ...(overrides && !overrides.startsWith('s3://') ? { overridesDir: overrides } : {}),
          });
          for (const rejected of preview.rejectedOverrides) {
            console.error(`followup: template ${rejected.file} not used: ${rejected.reason}`);
          }
          for (const file of preview.files) console.log(`${file.eml}\n${file.html}`);
        } catch (error) {
          if (error instanceof PreviewError) throw new UsageError(error.message, { cause: error });
          throw error;
        }
        return 0;
      }
      case 'status': {
        const { values } = parseArgs({ args: rest, options: { user: { type: 'string' } } });
        const query = values.user ? `?user=${encodeURIComponent(values.user)}` : '';
        const body = await control(`/applications${query}`);
        console.log(statusTable(body.applications as Application[]));
        return 0;
      }
      case 'clock': {
        const [action = 'show', value] = rest;
        if (action === 'show') printClock(await control('/clock'));
        else if (action === 'set' || action === 'advance') {
          if (!value) throw new UsageError(`clock ${action} needs a value`);
          const body = action === 'set' ? { set: value } : { advanceMs: parseDuration(value) };
          printClock(
            await control('/clock', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            }),
          );
        } else throw new UsageError(`unknown clock action "${action}" (show, set, advance)`);
        return 0;
      }
      case 'doctor': {
        const body = await control('/doctor', { method: 'POST' });
        console.log(doctorSummary(body.report as DoctorReport));
        return 0;
      }
      case 'eval': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { tz: { type: 'string' }, user: { type: 'string', multiple: true } },
        });
        if (!positionals[0]) throw new UsageError('eval needs a FOLDER of .eml + .json pairs');
        const userZones: Record<string, string> = {};
        for (const pair of values.user ?? []) {
          const [address, zone] = pair.split('=');
          if (!address || !zone) throw new UsageError(`--user takes ADDRESS=ZONE, not "${pair}"`);
          userZones[address.toLowerCase()] = zone;
        }
        const { evaluateFolder, formatEvaluation } = await import('./eval.ts');
        const result = await evaluateFolder(resolve(positionals[0]), {
          ...(values.tz ? { defaultTimezone: values.tz } : {}),
          userZones,
        });
        console.log(formatEvaluation(result));
        return 0;
      }
      case 'help':
      case '--help':
      case '-h':
        console.log(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"\n\n${HELP}`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof RangeError ||
      error instanceof DeliveryError
    ) {
      console.error(`followup: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
