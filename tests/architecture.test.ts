// Tests -> the architecture: the repository keeps every dependency rule of architecture.rules.ts,
// and each rule, shown a tiny tree that breaks it, reports that break.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHITECTURE_RULES } from './architecture.rules.ts';

const SOURCE_ROOTS = ['functions', 'infra', 'local', 'bin'];

async function violations(roots: string[], baseDir?: string): Promise<string[]> {
  const { output } = await cruise(roots, {
    validate: true,
    ruleSet: ARCHITECTURE_RULES,
    // Type-only imports count: a port's types are as much an arrow as a call.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    ...(baseDir ? { baseDir } : {}),
  });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => {
    const cycle = v.cycle ? ` (cycle: ${v.cycle.map((step) => step.name).join(' -> ')})` : '';
    return `${v.rule.name}: ${v.from} -> ${v.to}${cycle}`;
  });
}

describe('the architecture', () => {
  it('holds in the repository', { timeout: 60_000 }, async () => {
    expect(await violations(SOURCE_ROOTS)).toEqual([]);
  });
});

// One small tree per rule that breaks it (files are path -> imports), plus one that keeps them all.
const BREAKS: Record<string, Record<string, string[]>> = {
  'entry-points-call-use-cases': { 'functions/inbound.ts': ['./core/model.ts'] },
  'entry-points-no-adapters': { 'functions/milestone.ts': ['./adapters/ses-mailer.ts'] },
  'domain-below-use-cases': { 'functions/core/model.ts': ['./use-cases/fire.ts'] },
  'adapters-implement-ports': { 'functions/adapters/ses-mailer.ts': ['../core/use-cases/fire.ts'] },
  'core-no-aws-sdk': { 'functions/core/model.ts': ['@aws-sdk/client-s3'] },
  'core-no-adapters': { 'functions/core/use-cases/fire.ts': ['../../adapters/ses-mailer.ts'] },
  'core-no-local': { 'functions/core/model.ts': ['../../local/stack.ts'] },
  'core-no-outer-layers': { 'functions/core/planning/plan.ts': ['../../config.ts'] },
  'core-no-io': { 'functions/core/mail/templates.ts': ['node:fs/promises'] },
  'functions-no-local-or-infra': { 'functions/commons/runtime.ts': ['../../infra/stack.ts'] },
  'infra-no-core-internals': { 'infra/settings.ts': ['../functions/core/planning/policy.ts'] },
  'no-cycle': { 'local/cli.ts': ['./start.ts'], 'local/start.ts': ['./cli.ts'] },
  // A path one folder short: no such file (the tree writes every file imported but `missing/`).
  'no-unresolved-import': { 'functions/core/use-cases/fire.ts': ['../missing/clock.ts'] },
};

const KEEPS_THEM: Record<string, string[]> = {
  'functions/inbound.ts': ['./core/use-cases/fire.ts', './commons/runtime.ts'],
  'functions/commons/runtime.ts': ['../adapters/ses-mailer.ts', '../config.ts'],
  'functions/adapters/ses-mailer.ts': ['../core/ports.ts', '@aws-sdk/client-sesv2'],
  'functions/core/use-cases/fire.ts': ['../ports.ts', '../model.ts', 'node:crypto'],
  'infra/settings.ts': ['../functions/config.ts'],
  'local/start.ts': ['./defaults.ts', '../functions/core/model.ts'],
  'local/cli.ts': ['./defaults.ts', './start.ts'],
};

const trees: string[] = [];
afterAll(() => Promise.all(trees.map((dir) => rm(dir, { recursive: true, force: true }))));

async function cruiseTree(files: Record<string, string[]>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'followup-architecture-'));
  trees.push(dir);
  const written = new Set(Object.keys(files));
  for (const [file, imports] of Object.entries(files)) {
    for (const target of imports.filter((spec) => /^\.(?!.*missing\/)/.test(spec))) {
      written.add(join(dirname(file), target));
    }
  }
  for (const file of written) {
    const lines = (files[file] ?? []).map((spec, i) => `import * as m${i} from '${spec}';`);
    await mkdir(join(dir, dirname(file)), { recursive: true });
    await writeFile(join(dir, file), `${lines.join('\n')}\nexport const here = 1;\n`);
  }
  const roots = [...new Set([...written].map((file) => file.split('/')[0] ?? file))];
  return violations(roots, dir);
}

describe('each rule bites', () => {
  it.each(Object.entries(BREAKS))('%s', async (rule, files) => {
    const found = await cruiseTree(files);
    expect(found.filter((line) => line.startsWith(`${rule}:`))).not.toEqual([]);
  });

  it('and a tree that keeps every rule passes', async () => {
    expect(await cruiseTree(KEEPS_THEM)).toEqual([]);
  });

  it('every rule has its breaking tree', () => {
    expect(Object.keys(BREAKS).sort()).toEqual(
      (ARCHITECTURE_RULES.forbidden ?? []).map((rule) => rule.name).sort(),
    );
  });
});
