// Secrets adapter (Secrets Manager): the reply secret's value, read by ARN on AWS so that it never
// sits in a function's environment.
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export async function readSecretString(client: SecretsManagerClient, arn: string): Promise<string> {
  const secret = await client.send(new GetSecretValueCommand({ SecretId: arn }));
  if (secret.SecretString === undefined) throw new Error('the secret holds no string value');
  return secret.SecretString;
}
