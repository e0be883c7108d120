// `npm start`: the local stack on its documented ports until Ctrl-C.
import { resolve } from 'node:path';
import { LOCAL_PORTS, type LocalPortName, localPort } from './defaults.ts';
import { startLocalStack } from './stack.ts';

export async function runLocalStack() {
  const dataDir = resolve(process.env.FOLLOWUP_DATA_DIR ?? '.data');
  const config = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('FOLLOWUP_') && entry[1] !== undefined,
    ),
  );
  const stack = await startLocalStack({
    dataDir,
    config,
    ports: Object.fromEntries(
      Object.keys(LOCAL_PORTS).map((service) => [service, localPort(service as LocalPortName)]),
    ) as Record<LocalPortName, number>,
  });
  console.log(`followup local stack is running (data in ${dataDir})

  intake (SMTP)      ${stack.endpoints.smtp}   mail to ${stack.config.FOLLOWUP_INTAKE_ADDRESS}
  allowed senders    ${stack.config.FOLLOWUP_ALLOWED_SENDERS}${stack.config.FOLLOWUP_ADMINS ? `\n  admins             ${stack.config.FOLLOWUP_ADMINS} (allow, revoke, users by mail)` : ''}
  SES web UI         ${stack.endpoints.ses}   every mail followup sent
  DynamoDB           ${stack.endpoints.dynamodb} (${stack.dynamodbEngine})
  Scheduler          ${stack.endpoints.scheduler}
  S3                 ${stack.endpoints.s3}
  local clock        ${stack.clock.now().toISOString()}

Try:  npx followup forward tests/fixtures/mail/confirmation-simple.eml
      npx followup clock advance 3d
Ctrl-C stops it.`);
  await new Promise<void>((done) => {
    const stop = () => {
      console.log('\nstopping…');
      stack.close().then(done, done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
