// Makes the stack's receipt rule set the active one, and on delete gives the account back the set
// that was active before (or turns receiving off when there was none, or leaves alone a set someone
// activated since). CloudFormation can create a rule set but not activate it: only one is active
// per account and region. See plan.ts for the decision and handler.ts for the Lambda.
import { join } from 'node:path';
import { CustomResource, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { FUNCTION_RUNTIME, withoutRedundantRoleDependency } from '../followup-function.ts';

export const RULE_SET_ACTIVATION_TYPE = 'Custom::ReceiptRuleSetActivation';

export interface RuleSetActivationProps {
  ruleSetName: string;
  projectRoot: string;
}

export class RuleSetActivation extends Construct {
  readonly handler: NodejsFunction;
  readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: RuleSetActivationProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'Role', {
      description: 'followup: activate the intake receipt rule set, restore the previous on delete',
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    logGroup.grantWrite(role);
    role.addToPolicy(
      new PolicyStatement({
        // None of these three SES actions supports resource-level permissions.
        actions: [
          'ses:DescribeActiveReceiptRuleSet',
          'ses:DescribeReceiptRuleSet',
          'ses:SetActiveReceiptRuleSet',
        ],
        resources: ['*'],
      }),
    );
    this.handler = new NodejsFunction(this, 'Handler', {
      entry: join(props.projectRoot, 'infra/rule-set-activation/handler.ts'),
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      description: 'followup: make the intake rule set active; restore the previous one on delete',
      memorySize: 256,
      timeout: Duration.seconds(30),
      role,
      logGroup,
      bundling: {
        format: OutputFormat.CJS,
        target: 'node24',
        minify: true,
        bundleAwsSDK: true,
        forceDockerBundling: false,
        tsconfig: join(props.projectRoot, 'tsconfig.json'),
      },
    });
    withoutRedundantRoleDependency(this.handler);
    this.resource = new CustomResource(this, 'Resource', {
      resourceType: RULE_SET_ACTIVATION_TYPE,
      serviceToken: this.handler.functionArn,
      properties: { RuleSetName: props.ruleSetName },
    });
  }
}
