// Deploy-readiness of the synthesized template: deletion protection, the SES sending identity and
// the mail DNS records (created in a given Route 53 zone, else printed as outputs), access logs,
// reserved concurrency, zero unacknowledged cdk-nag findings, and cfn-lint clean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CfnResource, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { createFollowupApp } from '../../infra/followup-app.ts';
import { DMARC_POLICY, MAIL_FROM_SPF } from '../../infra/mail-dns.ts';
import { ACCESS_LOG_PREFIX } from '../../infra/stack.ts';
import {
  createResolver,
  FAKE_REGION,
  PRIVATE_ENCRYPTED_BUCKET,
  type TemplateJson,
} from './resolve-intrinsics.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const domain = 'jobs.example.org';
const zone = { hostedZoneId: 'Z0123456789ABCDEFGHIJ', hostedZoneName: 'example.org' };

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

/** The app as `cdk synth` builds it, bundling skipped: only the template is under test. */
function synth(context: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'followup-deploy-'));
  outdirs.push(outdir);
  const built = createFollowupApp(projectRoot, {
    outdir,
    context: {
      'aws:cdk:bundling-stacks': [],
      domain,
      allowedSenders: 'me@inbox.example',
      ...context,
    },
  });
  const template = Template.fromStack(built.stack);
  const json = template.toJSON() as TemplateJson & {
    Outputs: Record<string, { Value: unknown }>;
  };
  const templatePath = join(outdir, 'under-test.template.json');
  writeFileSync(templatePath, JSON.stringify(json, null, 1));
  return { ...built, template, json, templatePath, resolver: createResolver(json) };
}

const plain = synth();
const withZone = synth(zone);
const noActivation = synth({ activateRuleSet: 'false', inboundReservedConcurrency: 'none' });

const logicalId = (stack: IConstruct, path: string) => {
  const found = stack.node.findChild(path).node.defaultChild as CfnResource;
  return (stack as unknown as { getLogicalId(e: CfnResource): string }).getLogicalId(found);
};

describe('data safety', () => {
  it('protects the table from deletion, and retains it with its data', () => {
    plain.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: { DeletionProtectionEnabled: true },
    });
  });

  it('logs access to the raw-mail bucket into a private, encrypted bucket that expires them', () => {
    const raw = logicalId(plain.stack, 'RawMail');
    const logs = logicalId(plain.stack, 'AccessLogs');
    const buckets = plain.json.Resources;
    expect(buckets[raw]?.Properties?.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logs },
      LogFilePrefix: ACCESS_LOG_PREFIX,
    });
    expect(buckets[logs]?.Properties).toMatchObject({
      ...PRIVATE_ENCRYPTED_BUCKET,
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    expect(buckets[logs]?.Properties?.AccessControl).toBeUndefined();
    // Delivered under a bucket policy for the S3 logging service, only from the raw-mail bucket.
    const [policy] = Object.values(
      plain.template.findResources('AWS::S3::BucketPolicy', {
        Properties: { Bucket: { Ref: logs } },
      }),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as {
      Effect: string;
      Principal?: { Service?: string };
      Condition?: { ArnLike?: Record<string, unknown> };
    }[];
    const delivery = statements.find((s) => s.Principal?.Service === 'logging.s3.amazonaws.com');
    expect(delivery?.Effect).toBe('Allow');
    expect(plain.resolver.resolve(delivery?.Condition?.ArnLike?.['aws:SourceArn'])).toBe(
      plain.resolver.getAtt(raw, 'Arn'),
    );
  });
});

describe('the inbound function under a mail flood', () => {
  it('reserves (and so caps) its concurrency; the milestone function reserves none', () => {
    const fn = (path: string) => plain.json.Resources[logicalId(plain.stack, path)]?.Properties;
    expect(fn('Inbound')?.ReservedConcurrentExecutions).toBe(5);
    expect(fn('Milestone')?.ReservedConcurrentExecutions).toBeUndefined();
  });

  it('reserves none where the account cannot spare any (inboundReservedConcurrency=none)', () => {
    const inbound = noActivation.json.Resources[logicalId(noActivation.stack, 'Inbound')];
    expect(inbound?.Properties?.ReservedConcurrentExecutions).toBeUndefined();
  });
});

describe('the sending identity', () => {
  it('is the domain, with Easy DKIM (2048-bit) and a custom MAIL FROM subdomain', () => {
    plain.template.resourceCountIs('AWS::SES::EmailIdentity', 1);
    plain.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: domain,
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
      MailFromAttributes: { MailFromDomain: `bounce.${domain}` },
    });
    // DKIM signing is on unless DkimAttributes turns it off.
    const [identity] = Object.values(plain.template.findResources('AWS::SES::EmailIdentity'));
    expect(identity?.Properties.DkimAttributes?.SigningEnabled).not.toBe(false);
  });
});

/** The mail DNS records every deployment needs, as zone-file lines with deployed values. */
const expectedLines = [
  `${domain}. 3600 IN MX 10 inbound-smtp.${FAKE_REGION}.amazonaws.com.`,
  ...[1, 2, 3].map(
    (n) => `token${n}._domainkey.${domain}. 3600 IN CNAME token${n}.dkim.amazonses.com.`,
  ),
  `bounce.${domain}. 3600 IN MX 10 feedback-smtp.${FAKE_REGION}.amazonses.com.`,
  `bounce.${domain}. 3600 IN TXT "${MAIL_FROM_SPF}"`,
  `_dmarc.${domain}. 3600 IN TXT "${DMARC_POLICY}"`,
];

describe('mail DNS records', () => {
  it('are printed as copy-paste zone-file lines when no hosted zone is given', () => {
    const lines = Object.entries(plain.json.Outputs)
      .filter(([id]) => id.startsWith('Dns'))
      .map(([, output]) => plain.resolver.resolve(output.Value));
    expect(lines.sort()).toEqual([...expectedLines].sort());
    plain.template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });

  it('are created in the hosted zone when one is given, and then not printed', () => {
    const records = Object.values(withZone.template.findResources('AWS::Route53::RecordSet'));
    expect(records).toHaveLength(expectedLines.length);
    for (const record of records) expect(record.Properties.HostedZoneId).toBe(zone.hostedZoneId);
    const asLines = records.map((record) => {
      const { Name, Type, ResourceRecords } = record.Properties as {
        Name: unknown;
        Type: string;
        ResourceRecords: unknown[];
      };
      const values = ResourceRecords.map(withZone.resolver.resolve);
      expect(values).toHaveLength(1);
      const value = Type === 'TXT' ? values[0] : `${values[0]}.`;
      return `${withZone.resolver.resolve(Name)} 3600 IN ${Type} ${value}`;
    });
    // Route 53 takes a CNAME's and MX's target as given; the zone-file lines end them with a dot.
    expect(asLines.map((line) => line.replace(/\.\.$/, '.')).sort()).toEqual(
      [...expectedLines].sort(),
    );
    expect(Object.keys(withZone.json.Outputs).filter((id) => id.startsWith('Dns'))).toEqual([]);
  });

  it('refuse a hosted zone that does not hold the domain', () => {
    expect(() => synth({ ...zone, hostedZoneName: 'example.net' })).toThrow(
      /hostedZoneName example\.net must be the domain jobs\.example\.org or a parent/,
    );
  });
});

/** Findings with every acknowledgement ignored: what each acknowledgement must still match. */
function findingsIgnoringAcknowledgements(nag: AwsSolutionsChecks, root: IConstruct) {
  // A copy of the pack whose private acknowledgement check always answers no.
  const blind = Object.create(nag) as AwsSolutionsChecks;
  Object.assign(blind, { isAcknowledged: () => false, violations: [] });
  return blind.validateScope(root).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      rule: violation.ruleName,
      path: (resource as { constructPath?: string }).constructPath ?? '',
    })),
  );
}

/** Every `Validations.of(x).acknowledge` in the tree: construct path, rule id, reason. */
function acknowledgements(root: IConstruct) {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({
          path: construct.node.path,
          rule: rule.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag (AwsSolutions), applied on the app', () => {
  it.each([
    ['the default deployment', plain],
    ['a deployment with a hosted zone', withZone],
    ['a deployment without activation or reserved concurrency', noActivation],
  ])('leaves no unacknowledged finding in %s', (_name, built) => {
    const report = built.nag.validateScope(built.app);
    expect(report.violations).toEqual([]);
  });

  it('acknowledges only findings that exist, each with a reason of its own', () => {
    const acks = acknowledgements(plain.app);
    expect(acks.length).toBeGreaterThanOrEqual(8);
    const findings = findingsIgnoringAcknowledgements(plain.nag, plain.app);
    for (const ack of acks) {
      expect(ack.reason.length, `${ack.rule} at ${ack.path}`).toBeGreaterThan(50);
      const matched = findings.some(
        (finding) =>
          finding.rule === ack.rule &&
          (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`)),
      );
      expect(matched, `stale acknowledgement ${ack.rule} at ${ack.path}`).toBe(true);
    }
    expect(new Set(acks.map((ack) => ack.reason)).size).toBeGreaterThanOrEqual(7);
  });

  it('fails the synth on a finding nobody acknowledged', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'followup-deploy-'));
    outdirs.push(outdir);
    const { app, stack } = createFollowupApp(projectRoot, {
      outdir,
      context: { 'aws:cdk:bundling-stacks': [] },
    });
    // A bucket without access logs, and no acknowledgement for it.
    new Bucket(stack, 'Unlogged', { enforceSSL: true });
    const exitCode = process.exitCode;
    try {
      expect(() => app.synth()).toThrow(
        /server access logs disabled[\s\S]*Followup\/Unlogged[\s\S]*AwsSolutions-S1/,
      );
    } finally {
      process.exitCode = exitCode;
    }
  });
});

const cfnLint = (() => {
  try {
    return execFileSync('cfn-lint', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();
if (!cfnLint) {
  console.warn('cfn-lint is not installed: the cfn-lint checks are skipped (pip install cfn-lint)');
}

describe.skipIf(!cfnLint)(`cfn-lint (${cfnLint ?? 'absent'})`, () => {
  // One run over the three variants: cfn-lint's start-up is most of its time.
  it('reports nothing, not even a warning, on any deployment variant', () => {
    let output = '';
    try {
      output = execFileSync(
        'cfn-lint',
        ['--', ...[plain, withZone, noActivation].map((built) => built.templatePath)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 180_000);
});
