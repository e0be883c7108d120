// CDK app entry (cdk.json runs it with tsx): builds the app of followup-app.ts and synthesizes it.
import { fileURLToPath } from 'node:url';
import { createFollowupApp } from './followup-app.ts';

const { app } = createFollowupApp(fileURLToPath(new URL('..', import.meta.url)));
app.synth();
