// The CDK app as both `cdk synth` and the infra tests build it: context -> validated settings ->
// the one stack, with cdk-nag's AwsSolutions pack as a validation plugin, so that any finding not
// acknowledged in the stack (with its reason) fails the synth.
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readStackSettings } from './settings.ts';
import { FollowupStack } from './stack.ts';

export const STACK_NAME = 'Followup';

export function createFollowupApp(projectRoot: string, props?: AppProps) {
  const app = new App(props);
  const nag = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(nag);
  const stack = new FollowupStack(app, STACK_NAME, {
    settings: readStackSettings((key) => app.node.tryGetContext(key)),
    projectRoot,
  });
  return { app, stack, nag };
}
