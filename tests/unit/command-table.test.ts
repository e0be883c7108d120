// The command table against what is told about it: the README's command table, the reader, the
// help mail. Each way round: nothing the README shows is unknown to the table, nothing the table
// holds is missing from the README.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_HELP_SECTION,
  ADMIN_VERBS,
  APPLICATION_VERBS,
  COMMAND_TABLE,
  FOOTER_COMMANDS,
  HELP_SECTIONS,
} from '../../functions/core/command-table.ts';
import { parseCommand } from '../../functions/core/understand/index.ts';

/** The verbs a user writes: every verb but the bare number and the guess. */
const WRITTEN = COMMAND_TABLE.filter((spec) => spec.written !== '');

/** The first column of the README's `| command | effect |` table, one list of forms per row. */
async function readmeRows(): Promise<string[][]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => /^\|\s*command\s*\|\s*effect\s*\|$/.test(line));
  expect(header, 'the README has a | command | effect | table').toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1] ?? '';
    rows.push([...first.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
  }
  return rows;
}

describe('the README command table is the command table', () => {
  it('every form the README shows reads as a verb of the table', async () => {
    const rows = await readmeRows();
    expect(rows.length).toBeGreaterThan(10);
    for (const forms of rows) {
      expect(forms.length, `a row with no command: ${forms}`).toBeGreaterThan(0);
      for (const form of forms) {
        const command = parseCommand(form);
        expect(command, form).not.toBeNull();
        expect(
          WRITTEN.map((spec) => spec.verb),
          form,
        ).toContain(command?.verb);
      }
    }
  });

  it('every verb of the table is in the README, with every few-word form the README names', async () => {
    const rows = await readmeRows();
    const shown = new Set(rows.flat().map((form) => parseCommand(form)?.verb));
    for (const spec of WRITTEN) expect(shown, spec.verb).toContain(spec.verb);
    // The forms the README lists for a verb are ones the table holds (no stale synonym).
    for (const form of rows.flat()) {
      const spec = WRITTEN.find((entry) => entry.verb === parseCommand(form)?.verb);
      if (spec?.words && !/\s/.test(form)) expect(spec.words, form).toContain(form);
    }
  });
});

describe('the table against the reader and the mails', () => {
  it('each verb is read from its own forms, and from nothing else', () => {
    for (const spec of WRITTEN) {
      for (const word of spec.words ?? []) {
        expect(parseCommand(word)?.verb, word).toBe(spec.verb);
      }
      for (const entry of spec.help?.entries ?? []) {
        expect(parseCommand(entry.command.replace('…', 'Acme'))?.verb, entry.command).toBe(
          spec.verb,
        );
      }
    }
  });

  it('a verb that needs an application takes a list number', () => {
    for (const spec of WRITTEN) {
      const numbered = parseCommand(`${spec.words?.[0] ?? spec.written} 2`);
      if (spec.verb === 'snooze') continue; // "snooze 2" is a duration missing its unit
      if (spec.needsApplication && spec.argument === 'none') {
        expect(numbered, spec.verb).toEqual({ verb: spec.verb, arg: null, number: 2 });
      }
    }
    expect(APPLICATION_VERBS.has('stop')).toBe(true);
    expect(APPLICATION_VERBS.has('status')).toBe(false);
  });

  it('the help mail and the footer are the table’s, footer lines each in the help', () => {
    const help = HELP_SECTIONS.flatMap((section) => section.commands);
    const everyone = COMMAND_TABLE.filter((spec) => !spec.adminOnly);
    expect(help).toEqual(everyone.flatMap((spec) => spec.help?.entries ?? []));
    // The admin verbs are in the admin's section only: nobody else's help names them.
    const admin = COMMAND_TABLE.filter((spec) => spec.adminOnly);
    expect(ADMIN_HELP_SECTION.commands).toEqual(admin.flatMap((spec) => spec.help?.entries ?? []));
    expect([...ADMIN_VERBS].sort()).toEqual(['allow', 'revoke', 'users']);
    for (const spec of admin) expect(spec.footer, spec.verb).toBeUndefined();
    for (const entry of FOOTER_COMMANDS) {
      expect(help.map((line) => line.command)).toContain(entry.command);
    }
    expect(HELP_SECTIONS.every((section) => section.commands.length > 0)).toBe(true);
  });

  it('an admin verb takes one address and nothing else, so prose is never one', () => {
    expect(parseCommand('allow Dana@Mail.example')).toEqual({
      verb: 'allow',
      arg: 'Dana@Mail.example',
    });
    expect(parseCommand('revoke: <dana@mail.example>.')).toEqual({
      verb: 'revoke',
      arg: '<dana@mail.example>',
    });
    expect(parseCommand('list users')).toEqual({ verb: 'users', arg: null });
    for (const prose of [
      'allow me to explain what happened',
      'revoke it please',
      'allow dana@mail.example and sam@mail.example',
      'allow',
    ]) {
      expect(['allow', 'revoke'], prose).not.toContain(parseCommand(prose)?.verb);
    }
  });

  it('every verb a user writes has its line in the help mail', () => {
    for (const spec of WRITTEN) expect(spec.help?.entries.length, spec.verb).toBeGreaterThan(0);
  });
});
