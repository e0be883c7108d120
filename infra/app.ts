// CDK app entry (cdk.json runs it with tsx): context -> validated settings -> the one stack.
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { readStackSettings } from './settings.ts';
import { FollowupStack } from './stack.ts';

const app = new App();
new FollowupStack(app, 'Followup', {
  settings: readStackSettings((key) => app.node.tryGetContext(key)),
  projectRoot: fileURLToPath(new URL('..', import.meta.url)),
});
app.synth();
