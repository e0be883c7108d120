// Least privilege must still be enough: every AWS operation the adapters call is granted to every
// function (they share one runtime) unless it is named below as some functions' alone, read from
// the adapters' source so a new call cannot slip in unnoticed — a BatchWriteItem once did.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readStackSettings } from '../../infra/settings.ts';
import { FollowupStack } from '../../infra/stack.ts';
import { repoRoot } from '../support/fixtures.ts';

/** SDK command -> IAM action; `null` marks commands only the local stack and tests send. */
const IAM_ACTION: Record<string, string | null> = {
  GetCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  DeleteCommand: 'dynamodb:DeleteItem',
  QueryCommand: 'dynamodb:Query',
  UpdateCommand: 'dynamodb:UpdateItem',
  BatchWriteCommand: 'dynamodb:BatchWriteItem',
  CreateTableCommand: null,
  DescribeTableCommand: null,
  UpdateTimeToLiveCommand: null,
  CreateScheduleCommand: 'scheduler:CreateSchedule',
  UpdateScheduleCommand: 'scheduler:UpdateSchedule',
  DeleteScheduleCommand: 'scheduler:DeleteSchedule',
  GetScheduleCommand: 'scheduler:GetSchedule',
  ListSchedulesCommand: 'scheduler:ListSchedules',
  SendEmailCommand: 'ses:SendEmail',
  GetObjectCommand: 's3:GetObject',
  DeleteObjectCommand: 's3:DeleteObject',
  ListObjectsV2Command: 's3:ListBucket',
  GetSecretValueCommand: 'secretsmanager:GetSecretValue',
};

type FunctionId = 'Inbound' | 'Milestone' | 'Doctor';
/** Actions only some functions' use-cases need, by the logical ids their functions start with. */
const ONLY_FOR: Record<string, FunctionId[]> = {
  // `followup doctor` runs in a function of its own.
  'scheduler:ListSchedules': ['Doctor'],
  // `forget` comes by mail.
  's3:DeleteObject': ['Inbound'],
  // Mail, and the template overrides it is written from: the doctor writes none.
  'ses:SendEmail': ['Inbound', 'Milestone'],
  's3:GetObject': ['Inbound', 'Milestone'],
  's3:ListBucket': ['Inbound', 'Milestone'],
};

const adaptersDir = join(repoRoot, 'functions', 'adapters');
const commandsCalled = [
  ...new Set(
    readdirSync(adaptersDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        [
          ...readFileSync(join(adaptersDir, name), 'utf8').matchAll(/new ([A-Za-z0-9]+Command)\(/g),
        ].map((match) => match[1] ?? ''),
      ),
  ),
].sort();

function grantedActions(template: Template, roleLogicalId: string): Set<string> {
  const actions = new Set<string>();
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
    const roles = JSON.stringify(policy.Properties.Roles ?? []);
    if (!roles.includes(roleLogicalId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      if (statement.Effect !== 'Allow') continue;
      for (const action of [statement.Action].flat()) actions.add(action);
    }
  }
  return actions;
}

describe('function permissions', () => {
  // Bundling is skipped: this reads IAM policies only.
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new FollowupStack(app, 'Followup', {
    settings: readStackSettings(() => undefined),
    projectRoot: repoRoot,
  });
  const template = Template.fromStack(stack);
  const functions = Object.fromEntries(
    Object.entries(template.findResources('AWS::Lambda::Function')).filter(
      ([, fn]) => fn.Properties.Environment?.Variables?.FOLLOWUP_TABLE_NAME,
    ),
  );

  it('knows the IAM action of every command the adapters send', () => {
    expect(commandsCalled.length).toBeGreaterThan(5);
    for (const command of commandsCalled) {
      expect(IAM_ACTION, `map ${command} to its IAM action here`).toHaveProperty(command);
    }
  });

  it('grants each function every action the adapters need, and no other', () => {
    const needed = commandsCalled
      .map((command) => IAM_ACTION[command])
      .filter((action): action is string => typeof action === 'string');
    expect(Object.keys(functions)).toHaveLength(3);
    for (const [id, fn] of Object.entries(functions)) {
      const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
      const granted = grantedActions(template, role);
      const mine = needed.filter(
        (action) => ONLY_FOR[action]?.some((only) => id.startsWith(only)) ?? true,
      );
      const missing = mine.filter((action) => !granted.has(action));
      expect(missing, `${id} lacks`).toEqual([]);
      const extra = needed.filter((action) => !mine.includes(action) && granted.has(action));
      expect(extra, `${id} needs not`).toEqual([]);
    }
  });
});
