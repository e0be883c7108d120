// The DNS records mail for the domain needs: MX to SES receiving, Easy DKIM, a custom MAIL FROM
// (MX + SPF) and DMARC. One list, either created in a Route 53 zone or printed as zone-file lines.
import { CfnOutput } from 'aws-cdk-lib';
import { CnameRecord, type IHostedZone, MxRecord, TxtRecord } from 'aws-cdk-lib/aws-route53';
import type { DkimRecord } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';

/** SES sends bounces from `bounce.<domain>`, so SPF aligns with the domain (relaxed). */
export const MAIL_FROM_SUBDOMAIN = 'bounce';
/**
 * Every message followup sends is DKIM-signed by SES for the domain, so mail failing DMARC is not
 * ours: quarantine it. A dedicated (sub)domain is assumed; see the README.
 */
export const DMARC_POLICY = 'v=DMARC1; p=quarantine';
export const MAIL_FROM_SPF = 'v=spf1 include:amazonses.com ~all';

export type MailDnsRecord = { id: string; purpose: string; name: string } & (
  | { type: 'MX'; priority: number; host: string }
  | { type: 'TXT'; text: string }
  | { type: 'CNAME'; target: string }
);

export function mailDnsRecords(
  domain: string,
  region: string,
  dkim: readonly DkimRecord[],
): MailDnsRecord[] {
  const mailFrom = `${MAIL_FROM_SUBDOMAIN}.${domain}`;
  return [
    {
      id: 'Mx',
      purpose: 'receive mail for the domain with SES',
      name: domain,
      type: 'MX',
      priority: 10,
      host: `inbound-smtp.${region}.amazonaws.com`,
    },
    ...dkim.map((record, index) => ({
      id: `Dkim${index + 1}`,
      purpose: 'Easy DKIM: SES signs outgoing mail for the domain',
      name: record.name,
      type: 'CNAME' as const,
      target: record.value,
    })),
    {
      id: 'MailFromMx',
      purpose: 'custom MAIL FROM: bounces come back to SES',
      name: mailFrom,
      type: 'MX',
      priority: 10,
      host: `feedback-smtp.${region}.amazonses.com`,
    },
    {
      id: 'MailFromSpf',
      purpose: 'custom MAIL FROM: SPF allows SES to send for it',
      name: mailFrom,
      type: 'TXT',
      text: MAIL_FROM_SPF,
    },
    {
      id: 'Dmarc',
      purpose: 'DMARC policy',
      name: `_dmarc.${domain}`,
      type: 'TXT',
      text: DMARC_POLICY,
    },
  ];
}

/** One BIND zone-file line, accepted by most DNS hosts' import and by Route 53's. */
export function zoneFileLine(record: MailDnsRecord): string {
  switch (record.type) {
    case 'MX':
      return `${record.name}. 3600 IN MX ${record.priority} ${record.host}.`;
    case 'TXT':
      return `${record.name}. 3600 IN TXT "${record.text}"`;
    case 'CNAME':
      return `${record.name}. 3600 IN CNAME ${record.target}.`;
  }
}

export function addRecordToZone(scope: Construct, zone: IHostedZone, record: MailDnsRecord) {
  const id = `Dns${record.id}`;
  const common = { zone, recordName: `${record.name}.`, comment: `followup: ${record.purpose}` };
  switch (record.type) {
    case 'MX':
      return new MxRecord(scope, id, {
        ...common,
        values: [{ priority: record.priority, hostName: record.host }],
      });
    case 'TXT':
      return new TxtRecord(scope, id, { ...common, values: [record.text] });
    case 'CNAME':
      return new CnameRecord(scope, id, { ...common, domainName: record.target });
  }
}

export function addRecordOutput(scope: Construct, record: MailDnsRecord) {
  return new CfnOutput(scope, `Dns${record.id}`, {
    description: `DNS record to create (${record.purpose})`,
    value: zoneFileLine(record),
  });
}
