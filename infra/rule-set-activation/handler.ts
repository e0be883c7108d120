// Rule-set activation, the Lambda behind the custom resource: CloudFormation event -> read the
// active set -> planActivation -> SES call -> the response CloudFormation waits for.
import {
  DescribeActiveReceiptRuleSetCommand,
  DescribeReceiptRuleSetCommand,
  SESClient,
  SetActiveReceiptRuleSetCommand,
} from '@aws-sdk/client-ses';
import type {
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceResponse,
} from 'aws-lambda';
import { planActivation } from './plan.ts';

const ses = new SESClient({});

async function activeRuleSetName(): Promise<string | undefined> {
  const active = await ses.send(new DescribeActiveReceiptRuleSetCommand({}));
  return active.Metadata?.Name;
}

async function ruleSetExists(name: string): Promise<boolean> {
  try {
    await ses.send(new DescribeReceiptRuleSetCommand({ RuleSetName: name }));
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === 'RuleSetDoesNotExistException') return false;
    throw error;
  }
}

async function apply(event: CloudFormationCustomResourceEvent): Promise<string> {
  const ruleSetName = String(event.ResourceProperties.RuleSetName);
  const plan = planActivation({
    requestType: event.RequestType,
    ruleSetName,
    physicalResourceId: event.RequestType === 'Create' ? undefined : event.PhysicalResourceId,
    activeRuleSetName: await activeRuleSetName(),
  });
  const { action } = plan;
  if (action === 'nothing') return plan.physicalResourceId;
  let activate: string | undefined;
  if ('activate' in action) activate = action.activate;
  if ('restoreIfExists' in action && (await ruleSetExists(action.restoreIfExists))) {
    activate = action.restoreIfExists;
  }
  // Without a name, SES turns email receiving off for the region.
  await ses.send(new SetActiveReceiptRuleSetCommand({ RuleSetName: activate }));
  console.log(JSON.stringify({ requestType: event.RequestType, activated: activate ?? null }));
  return plan.physicalResourceId;
}

/** Always answers CloudFormation: a handler that throws would leave the stack waiting an hour. */
export async function handler(event: CloudFormationCustomResourceEvent): Promise<void> {
  let response: CloudFormationCustomResourceResponse;
  const common = {
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
  try {
    response = { ...common, Status: 'SUCCESS', PhysicalResourceId: await apply(event) };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(JSON.stringify({ requestType: event.RequestType, error: reason }));
    response = {
      ...common,
      Status: 'FAILED',
      Reason: reason.slice(0, 500),
      // A failed create leaves nothing activated; CloudFormation's delete then has nothing to undo.
      PhysicalResourceId:
        event.RequestType === 'Create'
          ? `${event.LogicalResourceId}-failed`
          : event.PhysicalResourceId,
    };
  }
  const body = JSON.stringify(response);
  const answer = await fetch(event.ResponseURL, {
    method: 'PUT',
    headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
  if (!answer.ok) throw new Error(`CloudFormation refused the response: ${answer.status}`);
}
