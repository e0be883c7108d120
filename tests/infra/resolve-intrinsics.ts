// Test helper for the infra suite: turns the CloudFormation intrinsics in a synthesized template
// into the plausible strings a deployment would produce, so values meant for the functions can be
// fed to the same code that reads them in Lambda; and the property shapes the suites share.
import { createHash } from 'node:crypto';

export interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

export const FAKE_ACCOUNT = '123456789012';
export const FAKE_REGION = 'eu-west-1';

const pseudo: Record<string, string> = {
  'AWS::AccountId': FAKE_ACCOUNT,
  'AWS::Region': FAKE_REGION,
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'Followup',
};

const arnPrefix = (service: string, global = false) =>
  `arn:aws:${service}:${global ? '' : FAKE_REGION}:${FAKE_ACCOUNT}`;

/** Deterministic stand-in for a generated secret: `length` characters, no punctuation. */
export function fakeSecret(logicalId: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round += 1) {
    out += createHash('sha256').update(`${logicalId}:${round}`).digest('base64url');
  }
  return out.replaceAll(/[-_]/g, 'x').slice(0, length);
}

export function createResolver(template: TemplateJson) {
  const resource = (logicalId: string) => {
    const found = template.Resources[logicalId];
    if (!found) throw new Error(`template has no resource ${logicalId}`);
    return found;
  };
  const declaredName = (logicalId: string, property: string) => {
    const value = resource(logicalId).Properties?.[property];
    return typeof value === 'string' ? value : undefined;
  };

  const ref = (logicalId: string): string => {
    const fixed = pseudo[logicalId];
    if (fixed) return fixed;
    const { Type } = resource(logicalId);
    switch (Type) {
      case 'AWS::DynamoDB::Table':
        return declaredName(logicalId, 'TableName') ?? `Followup-${logicalId}`;
      case 'AWS::S3::Bucket':
        return declaredName(logicalId, 'BucketName') ?? `followup-${logicalId.toLowerCase()}`;
      case 'AWS::Lambda::Function':
        return declaredName(logicalId, 'FunctionName') ?? `Followup-${logicalId}`;
      case 'AWS::SQS::Queue':
        return `https://sqs.${FAKE_REGION}.amazonaws.com/${FAKE_ACCOUNT}/Followup-${logicalId}`;
      case 'AWS::SecretsManager::Secret':
        return `${arnPrefix('secretsmanager')}:secret:${logicalId}-AbCdEf`;
      case 'AWS::IAM::Role':
        return `Followup-${logicalId}`;
      default:
        throw new Error(`no plausible Ref value for ${Type} (${logicalId})`);
    }
  };

  const getAtt = (logicalId: string, attribute: string): string => {
    const { Type } = resource(logicalId);
    const key = `${Type}.${attribute}`;
    switch (key) {
      case 'AWS::Lambda::Function.Arn':
        return `${arnPrefix('lambda')}:function:${ref(logicalId)}`;
      case 'AWS::IAM::Role.Arn':
        return `arn:aws:iam::${FAKE_ACCOUNT}:role/${ref(logicalId)}`;
      case 'AWS::SQS::Queue.Arn':
        return `${arnPrefix('sqs')}:Followup-${logicalId}`;
      case 'AWS::SQS::Queue.QueueName':
        return `Followup-${logicalId}`;
      case 'AWS::DynamoDB::Table.Arn':
        return `${arnPrefix('dynamodb')}:table/${ref(logicalId)}`;
      case 'AWS::Logs::LogGroup.Arn':
        return `${arnPrefix('logs')}:log-group:Followup-${logicalId}:*`;
      case 'AWS::S3::Bucket.Arn':
        return `arn:aws:s3:::${ref(logicalId)}`;
      case 'AWS::SES::EmailIdentity.DkimDNSTokenName1':
      case 'AWS::SES::EmailIdentity.DkimDNSTokenName2':
      case 'AWS::SES::EmailIdentity.DkimDNSTokenName3':
        return `token${attribute.slice(-1)}._domainkey.${resource(logicalId).Properties?.EmailIdentity}`;
      case 'AWS::SES::EmailIdentity.DkimDNSTokenValue1':
      case 'AWS::SES::EmailIdentity.DkimDNSTokenValue2':
      case 'AWS::SES::EmailIdentity.DkimDNSTokenValue3':
        return `token${attribute.slice(-1)}.dkim.amazonses.com`;
      default:
        throw new Error(`no plausible value for Fn::GetAtt ${key}`);
    }
  };

  const resolve = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      const [name, argument] = entries[0] ?? [];
      if (entries.length === 1 && name === 'Ref') return ref(String(argument));
      if (entries.length === 1 && name === 'Fn::GetAtt' && Array.isArray(argument)) {
        return getAtt(String(argument[0]), String(argument[1]));
      }
      if (entries.length === 1 && name === 'Fn::Join' && Array.isArray(argument)) {
        const [separator, parts] = argument as [string, unknown[]];
        return resolveDynamicReference(parts) ?? parts.map(resolve).join(separator);
      }
    }
    throw new Error(`cannot resolve ${JSON.stringify(value)}`);
  };

  // `{{resolve:secretsmanager:<secret>:SecretString:::}}` is resolved by CloudFormation at deploy
  // time to the generated value: stand in a value of the length the template asks for.
  const resolveDynamicReference = (parts: unknown[]): string | undefined => {
    const [head, secret] = parts;
    if (head !== '{{resolve:secretsmanager:' || !secret || typeof secret !== 'object') return;
    const logicalId = (secret as { Ref?: string }).Ref;
    if (!logicalId) return;
    const generate = resource(logicalId).Properties?.GenerateSecretString as
      | { PasswordLength?: number }
      | undefined;
    return fakeSecret(logicalId, generate?.PasswordLength ?? 32);
  };

  return { resolve, ref, getAtt };
}

/** The properties of a bucket no one outside the account reads, encrypted at rest by S3. */
export const PRIVATE_ENCRYPTED_BUCKET = {
  PublicAccessBlockConfiguration: {
    BlockPublicAcls: true,
    BlockPublicPolicy: true,
    IgnorePublicAcls: true,
    RestrictPublicBuckets: true,
  },
  BucketEncryption: {
    ServerSideEncryptionConfiguration: [
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ],
  },
};
