// SES receipt-rule actions for the intake: raw MIME to S3, then the inbound function. Written here
// rather than taken from aws-ses-actions because those grant SES access by account only; these
// also pin the grant to our one receipt rule (aws:SourceArn), which SES sends with each request.
import { Aws } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { BucketPolicy, IBucket } from 'aws-cdk-lib/aws-s3';
import type { IReceiptRuleAction, ReceiptRuleActionConfig } from 'aws-cdk-lib/aws-ses';

const ses = new ServicePrincipal('ses.amazonaws.com');

type ReceiptRule = Parameters<IReceiptRuleAction['bind']>[0];

/** Stores each message as `<prefix><SES messageId>`. */
export class StoreRawMail implements IReceiptRuleAction {
  constructor(
    private readonly bucket: IBucket,
    private readonly prefix: string,
    private readonly receiptRuleArn: string,
  ) {}

  bind(rule: ReceiptRule): ReceiptRuleActionConfig {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesIntakeToStoreRawMail',
        principals: [ses],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${this.prefix}*`)],
        conditions: {
          StringEquals: {
            'aws:SourceAccount': Aws.ACCOUNT_ID,
            'aws:SourceArn': this.receiptRuleArn,
          },
        },
      }),
    );
    // SES checks that it may write to the bucket when the rule is created.
    const policy: BucketPolicy | undefined = this.bucket.policy;
    if (policy) rule.node.addDependency(policy);
    return { s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: this.prefix } };
  }
}

/** Invokes the function asynchronously (`Event`): SES does not wait, Lambda retries. */
export class InvokeInbound implements IReceiptRuleAction {
  constructor(
    private readonly fn: IFunction,
    private readonly receiptRuleArn: string,
  ) {}

  bind(rule: ReceiptRule): ReceiptRuleActionConfig {
    this.fn.addPermission('AllowSesIntake', {
      principal: ses,
      action: 'lambda:InvokeFunction',
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: this.receiptRuleArn,
    });
    // SES also checks its invoke permission when the rule is created.
    rule.node.addDependency(this.fn.permissionsNode.findChild('AllowSesIntake'));
    return { lambdaAction: { functionArn: this.fn.functionArn, invocationType: 'Event' } };
  }
}
