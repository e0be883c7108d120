// The whole AWS deployment: SES receiving -> S3 + inbound function -> DynamoDB and one EventBridge
// Scheduler schedule per milestone -> milestone function -> SES to the user. Failures land in
// queues with alarms, never silently. Checked by cdk-nag (AwsSolutions) at every synth: each
// acknowledgement below says why the rule does not fit.
import {
  Annotations,
  ArnFormat,
  CfnOutput,
  type CfnResource,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, Table } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { PublicHostedZone } from 'aws-cdk-lib/aws-route53';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { CfnSchedule, CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  Identity,
  ReceiptRuleSet,
  TlsPolicy,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import {
  DOCTOR_EVENT,
  DOCTOR_TIMEOUT_SECONDS,
  INBOUND_TIMEOUT_SECONDS,
  RAW_MAIL_RETENTION_DAYS,
} from '../functions/config.ts';
import { createFollowupFunction } from './followup-function.ts';
import {
  addRecordOutput,
  addRecordToZone,
  MAIL_FROM_SUBDOMAIN,
  mailDnsRecords,
} from './mail-dns.ts';
import { InvokeInbound, StoreRawMail } from './receipt-actions.ts';
import { RuleSetActivation } from './rule-set-activation/construct.ts';
import { type StackSettings, StackSettingsError } from './settings.ts';

export const SCHEDULE_GROUP_NAME = 'followup';
export const RAW_MAIL_PREFIX = 'inbound/';
/** The user's own handlebars templates, laid out like templates/, in the raw-mail bucket. */
export const TEMPLATE_OVERRIDES_PREFIX = 'templates/';
export const RECEIPT_RULE_NAME = 'intake';
/** `followup doctor`, daily: its schedule's name in the group, and when it runs (UTC). */
export const DOCTOR_SCHEDULE = { name: 'doctor-daily', expression: 'cron(0 5 * * ? *)' } as const;
export const ACCESS_LOG_PREFIX = 'raw-mail/';
/**
 * How long one attempt of each function may run. Each lease in core (the inbound message lease,
 * the milestone send lease) must outlast one attempt; tests/infra/stack.test.ts holds them to it.
 */
export const FUNCTION_TIMEOUT_SECONDS = {
  inbound: INBOUND_TIMEOUT_SECONDS,
  milestone: 30,
  doctor: DOCTOR_TIMEOUT_SECONDS,
} as const;
/** Memory per function (MB); Lambda bills duration by it (`npm run bench` prices it). */
export const FUNCTION_MEMORY_MB = { inbound: 1024, milestone: 512, doctor: 512 } as const;
const REPLY_SECRET_LENGTH = 64;

export interface FollowupStackProps extends StackProps {
  settings: StackSettings;
  /** Repository root (package-lock.json, functions/, templates/). */
  projectRoot: string;
}

export class FollowupStack extends Stack {
  constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, {
      description: 'followup: interview follow-up drafts by email',
      ...props,
    });
    // Before any child: S3 access logs delivered under a bucket policy, not the legacy ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const { settings } = props;
    Tags.of(this).add('app', 'followup');
    const intakeAddress = `${settings.intakeLocalPart}@${settings.domain}`;

    if (settings.allowedSendersArePlaceholder) {
      Annotations.of(this).addWarningV2(
        'followup:allowed-senders-placeholder',
        `No allowedSenders or admins in context: using the placeholder ${settings.allowedSenders.join(', ')}, ` +
          'so every real mail would be ignored. Deploy with -c allowedSenders=you@your-mail.example ' +
          '(comma list).',
      );
    }

    // --- Storage -------------------------------------------------------------------------------
    const table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The user's applications and schedules: deleting the table takes a deliberate step first.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const privateBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    } satisfies BucketProps;
    // Who read or wrote raw mail, kept a while after the mail itself expires. (cdk-nag accepts
    // that a log bucket does not log its own access.)
    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...privateBucket,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
    });

    // Also holds the user's template overrides under templates/ (never expired).
    const rawMail = new Bucket(this, 'RawMail', {
      ...privateBucket,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: ACCESS_LOG_PREFIX,
      // Raw mail is personal data: keep it only as long as a retry or an investigation needs it.
      lifecycleRules: [
        {
          id: 'expire-raw-mail',
          prefix: RAW_MAIL_PREFIX,
          expiration: Duration.days(RAW_MAIL_RETENTION_DAYS),
        },
        { id: 'abort-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });

    // The functions get its ARN and read the value once per container, so it never shows in
    // their configuration (nor in the template or the cloud assembly).
    const replySecret = new Secret(this, 'ReplySecret', {
      description: 'followup: HMAC key of the reply tokens in interviews+<token>@ addresses',
      generateSecretString: { passwordLength: REPLY_SECRET_LENGTH, excludePunctuation: true },
      // Replacing it would invalidate every reply address already sent.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      replySecret,
      'AwsSolutions-SMG4',
      'The HMAC key of the reply addresses already sent: rotating it would make every earlier reply address unreadable.',
    );

    // --- Queues for anything that failed -------------------------------------------------------
    const queueDefaults = {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    };
    const scheduleDeadLetters = new Queue(this, 'ScheduleDeadLetters', queueDefaults);
    const inboundFailures = new Queue(this, 'InboundFailures', queueDefaults);
    const milestoneFailures = new Queue(this, 'MilestoneFailures', queueDefaults);
    for (const [queue, whose] of [
      [scheduleDeadLetters, 'EventBridge Scheduler dead-letter queue of the milestone schedules'],
      [inboundFailures, 'on-failure destination of the inbound function'],
      [milestoneFailures, 'on-failure destination of the milestone and doctor functions'],
    ] as const) {
      acknowledge(
        queue,
        'AwsSolutions-SQS3',
        `This queue is itself the ${whose}; nothing consumes it, an alarm fires on its first message, and a queue behind it would only move failed events away from that alarm.`,
      );
    }

    // --- Scheduling ----------------------------------------------------------------------------
    const scheduleGroup = new CfnScheduleGroup(this, 'ScheduleGroup', {
      name: SCHEDULE_GROUP_NAME,
    });
    const scheduleGroupArn = this.formatArn({
      service: 'scheduler',
      resource: 'schedule-group',
      resourceName: SCHEDULE_GROUP_NAME,
    });

    // Named, so its ARN is known before it exists: the function's own environment carries it
    // (a GetAtt on itself would be a circular reference).
    const milestoneFunctionName = `${this.stackName}-milestone`;
    if (milestoneFunctionName.length > 64) {
      throw new StackSettingsError(
        `stack name ${this.stackName} is too long: ${milestoneFunctionName} exceeds 64 characters`,
      );
    }
    const milestoneFunctionArn = this.formatArn({
      service: 'lambda',
      resource: 'function',
      resourceName: milestoneFunctionName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });

    const schedulerRole = new Role(this, 'SchedulerRole', {
      description: 'EventBridge Scheduler: invoke the followup milestone function',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': this.account, 'aws:SourceArn': scheduleGroupArn },
        },
      }),
    });

    // --- Functions -----------------------------------------------------------------------------
    const environment: Record<string, string> = {
      FOLLOWUP_ALLOWED_SENDERS: settings.allowedSenders.join(','),
      FOLLOWUP_ADMINS: settings.admins.join(','),
      FOLLOWUP_INTAKE_ADDRESS: intakeAddress,
      FOLLOWUP_FROM_ADDRESS: intakeAddress,
      FOLLOWUP_DEFAULT_TIMEZONE: settings.defaultTimezone,
      FOLLOWUP_REPLY_SECRET_ARN: replySecret.secretArn,
      FOLLOWUP_TABLE_NAME: table.tableName,
      FOLLOWUP_RAW_MAIL_BUCKET: rawMail.bucketName,
      FOLLOWUP_RAW_MAIL_PREFIX: RAW_MAIL_PREFIX,
      FOLLOWUP_SCHEDULE_GROUP: SCHEDULE_GROUP_NAME,
      FOLLOWUP_MILESTONE_FUNCTION_ARN: milestoneFunctionArn,
      FOLLOWUP_SCHEDULER_ROLE_ARN: schedulerRole.roleArn,
      FOLLOWUP_SCHEDULE_DLQ_ARN: scheduleDeadLetters.queueArn,
      FOLLOWUP_S3_FORCE_PATH_STYLE: 'false',
      FOLLOWUP_TEMPLATE_OVERRIDES: `s3://${rawMail.bucketName}/${TEMPLATE_OVERRIDES_PREFIX}`,
      FOLLOWUP_POLICY: JSON.stringify(settings.policy),
      FOLLOWUP_STOCK_PHRASES: settings.stockPhrases,
    };

    const milestone = createFollowupFunction(this, 'Milestone', {
      projectRoot: props.projectRoot,
      entry: 'functions/milestone.ts',
      description: 'followup: a milestone came due -> email the draft to the user',
      functionName: milestoneFunctionName,
      memorySize: FUNCTION_MEMORY_MB.milestone,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.milestone),
      environment,
      retryAttempts: 2,
      onFailure: new SqsDestination(milestoneFailures),
    });

    // `followup doctor`, daily: the milestone function's code, deployed with a timeout of its own
    // (it lists every schedule and reads every user; a firing's 30 s would cut it short).
    const doctor = createFollowupFunction(this, 'Doctor', {
      projectRoot: props.projectRoot,
      entry: 'functions/milestone.ts',
      description: 'followup doctor: repair schedules that disagree with the stored milestones',
      memorySize: FUNCTION_MEMORY_MB.doctor,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.doctor),
      environment,
      // A run cut short by its budget has done what it could; tomorrow's starts elsewhere.
      retryAttempts: 0,
      onFailure: new SqsDestination(milestoneFailures),
    });

    const inbound = createFollowupFunction(this, 'Inbound', {
      projectRoot: props.projectRoot,
      entry: 'functions/inbound.ts',
      description: 'followup: mail received by SES -> understand it, plan or cancel, acknowledge',
      memorySize: FUNCTION_MEMORY_MB.inbound,
      timeout: Duration.seconds(FUNCTION_TIMEOUT_SECONDS.inbound),
      environment,
      retryAttempts: 2,
      onFailure: new SqsDestination(inboundFailures),
      // A mail flood must not take the account's whole concurrency; throttled SES events wait
      // in Lambda's asynchronous queue (up to 6 hours) and are retried.
      reservedConcurrentExecutions: settings.inboundReservedConcurrency,
    });

    schedulerRole.addToPolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [milestone.functionArn, doctor.functionArn],
      }),
    );
    schedulerRole.addToPolicy(
      new PolicyStatement({
        actions: ['sqs:SendMessage'],
        resources: [scheduleDeadLetters.queueArn],
      }),
    );

    // --- Least-privilege grants ----------------------------------------------------------------
    const grantTable = (grantee: IGrantable) =>
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          // Items are read by key only: no Scan, no batch operations.
          actions: [
            'dynamodb:GetItem',
            'dynamodb:Query',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
            'dynamodb:DeleteItem',
            'dynamodb:ConditionCheckItem',
          ],
          resources: [table.tableArn],
        }),
      );
    const grantSend = (grantee: IGrantable) =>
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          // The domain identity sends; while the account is in the SES sandbox, SES also checks
          // the recipients' identities, and followup only ever writes to its users. Users admins
          // allow later are not named here: a deployment for many users needs production access.
          resources: [
            ...new Set([settings.domain, ...settings.allowedSenders, ...settings.admins]),
          ].map((identity) =>
            this.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
          ),
        }),
      );

    // Both functions write mail, so both read the user's templates: that prefix and nothing else.
    const grantTemplateOverrides = (grantee: IGrantable) => {
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [rawMail.arnForObjects(`${TEMPLATE_OVERRIDES_PREFIX}*`)],
        }),
      );
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [rawMail.bucketArn],
          conditions: { StringLike: { 's3:prefix': `${TEMPLATE_OVERRIDES_PREFIX}*` } },
        }),
      );
    };

    const grantReplySecret = (grantee: IGrantable) =>
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [replySecret.secretArn],
        }),
      );

    grantReplySecret(milestone);
    grantTable(milestone);
    grantSend(milestone);
    grantTemplateOverrides(milestone);

    // The doctor repairs schedules only: the table and the Scheduler, no mail (the secret is read
    // at load by every container of this code).
    grantReplySecret(doctor);
    grantTable(doctor);

    grantReplySecret(inbound);
    grantTable(inbound);
    grantSend(inbound);
    grantTemplateOverrides(inbound);
    // Reads each message it is handed; `forget` deletes the user's (recorded by key, no listing).
    inbound.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:DeleteObject'],
        resources: [rawMail.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
      }),
    );
    // Inbound plans and moves milestones; the milestone function re-schedules the weekly digest;
    // the doctor repairs schedules.
    for (const fn of [inbound, milestone, doctor]) {
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: [
            'scheduler:CreateSchedule',
            'scheduler:UpdateSchedule',
            'scheduler:DeleteSchedule',
            'scheduler:GetSchedule',
          ],
          resources: [
            this.formatArn({
              service: 'scheduler',
              resource: 'schedule',
              resourceName: `${SCHEDULE_GROUP_NAME}/*`,
            }),
          ],
        }),
      );
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['iam:PassRole'],
          resources: [schedulerRole.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
        }),
      );
    }
    inbound.node.addDependency(scheduleGroup);
    milestone.node.addDependency(scheduleGroup);
    doctor.node.addDependency(scheduleGroup);

    // The doctor also lists the group. ListSchedules has no resource type: IAM authorizes it on
    // `schedule/*/*` of the account and region, and the request's GroupName keeps the answer to
    // the followup group.
    doctor.addToRolePolicy(
      new PolicyStatement({
        actions: ['scheduler:ListSchedules'],
        resources: [
          this.formatArn({ service: 'scheduler', resource: 'schedule', resourceName: '*/*' }),
        ],
      }),
    );
    acknowledge(
      doctor.role?.node.tryFindChild('DefaultPolicy') as IConstruct,
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/*/*]',
      'ListSchedules supports no resource-level permission; IAM checks it against schedule/*/* of this account and region, and the doctor lists the followup group only.',
    );
    const doctorSchedule = new CfnSchedule(this, 'DoctorSchedule', {
      name: DOCTOR_SCHEDULE.name,
      groupName: SCHEDULE_GROUP_NAME,
      description: 'followup doctor: repair schedules that disagree with the stored milestones',
      scheduleExpression: DOCTOR_SCHEDULE.expression,
      scheduleExpressionTimezone: 'UTC',
      flexibleTimeWindow: { mode: 'FLEXIBLE', maximumWindowInMinutes: 60 },
      state: 'ENABLED',
      target: {
        arn: doctor.functionArn,
        roleArn: schedulerRole.roleArn,
        input: JSON.stringify(DOCTOR_EVENT),
        retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 6 * 60 * 60 },
        deadLetterConfig: { arn: scheduleDeadLetters.queueArn },
      },
    });
    doctorSchedule.addResourceDependency(scheduleGroup);
    acknowledge(
      doctor.role?.node.tryFindChild('DefaultPolicy') as IConstruct,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${SCHEDULE_GROUP_NAME}/*]`,
      'The doctor repairs any milestone schedule of the group, named at run time; the grant is limited to the followup schedule group.',
    );
    for (const fn of [inbound, milestone]) {
      const policy = fn.role?.node.tryFindChild('DefaultPolicy') as IConstruct;
      acknowledge(
        policy,
        `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${SCHEDULE_GROUP_NAME}/*]`,
        'Schedules are named per application and milestone at run time; the grant is limited to the followup schedule group.',
      );
      acknowledge(
        policy,
        `AwsSolutions-IAM5[Resource::<${this.getLogicalId(rawMail.node.defaultChild as CfnResource)}.Arn>/${TEMPLATE_OVERRIDES_PREFIX}*]`,
        'The user uploads template overrides under any name; reads are limited to the templates/ prefix.',
      );
    }
    acknowledge(
      inbound.role?.node.tryFindChild('DefaultPolicy') as IConstruct,
      `AwsSolutions-IAM5[Resource::<${this.getLogicalId(rawMail.node.defaultChild as CfnResource)}.Arn>/${RAW_MAIL_PREFIX}*]`,
      'SES names each stored message by its message id; reads and deletes are limited to the inbound/ prefix.',
    );

    // --- SES receiving -------------------------------------------------------------------------
    const ruleSetName = `${this.stackName}-intake`;
    const receiptRuleArn = this.formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${ruleSetName}:receipt-rule/${RECEIPT_RULE_NAME}`,
    });
    const ruleSet = new ReceiptRuleSet(this, 'IntakeRuleSet', { receiptRuleSetName: ruleSetName });
    // SES matches a recipient address together with its +label forms, so the plain intake
    // address also catches the interviews+<token>@ reply addresses.
    const rule = ruleSet.addRule('Intake', {
      receiptRuleName: RECEIPT_RULE_NAME,
      recipients: [intakeAddress],
      enabled: true,
      scanEnabled: true,
      // Forwarded mail comes from the user's own provider, and every major one delivers over TLS.
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new StoreRawMail(rawMail, RAW_MAIL_PREFIX, receiptRuleArn),
        new InvokeInbound(inbound, receiptRuleArn),
      ],
    });

    if (settings.activateRuleSet) {
      const activation = new RuleSetActivation(this, 'ActivateIntakeRuleSet', {
        ruleSetName,
        projectRoot: props.projectRoot,
      });
      // Activate only a complete set; on delete, restore the previous set before ours goes.
      activation.node.addDependency(rule);
      acknowledge(
        activation.handler.role?.node.tryFindChild('DefaultPolicy') as IConstruct,
        'AwsSolutions-IAM5[Resource::*]',
        'SES receipt rule set activation and description have no resource-level permissions.',
      );
    }

    // --- Sending identity and DNS --------------------------------------------------------------
    const hostedZone = settings.hostedZone
      ? PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', {
          hostedZoneId: settings.hostedZone.id,
          zoneName: settings.hostedZone.name,
        })
      : undefined;
    // Easy DKIM; the DKIM, MAIL FROM and DMARC records are made below, from one list.
    const mailIdentity = new EmailIdentity(this, 'MailIdentity', {
      identity: Identity.domain(settings.domain),
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      mailFromDomain: `${MAIL_FROM_SUBDOMAIN}.${settings.domain}`,
    });
    for (const record of mailDnsRecords(settings.domain, this.region, mailIdentity.dkimRecords)) {
      if (hostedZone) addRecordToZone(this, hostedZone, record);
      else addRecordOutput(this, record);
    }

    // --- Alarms --------------------------------------------------------------------------------
    const alarmTopic = settings.alarmEmail
      ? new Topic(this, 'Alarms', { displayName: 'followup alarms', enforceSSL: true })
      : undefined;
    if (alarmTopic && settings.alarmEmail) {
      alarmTopic.addSubscription(new EmailSubscription(settings.alarmEmail));
    }
    const alarmOnAny = (id: string, description: string, metric: IMetric) => {
      const alarm = new Alarm(this, id, {
        alarmDescription: description,
        metric,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      if (alarmTopic) alarm.addAlarmAction(new SnsAction(alarmTopic));
      return alarm;
    };
    const fiveMinutes = Duration.minutes(5);
    alarmOnAny(
      'ScheduleDeadLettersAlarm',
      'A milestone schedule could not invoke the milestone function: see the schedule DLQ.',
      scheduleDeadLetters.metricApproximateNumberOfMessagesVisible({
        period: fiveMinutes,
        statistic: 'Maximum',
      }),
    );
    alarmOnAny(
      'InboundFailuresAlarm',
      'Received mail failed processing after retries: see the inbound failure queue.',
      inboundFailures.metricApproximateNumberOfMessagesVisible({
        period: fiveMinutes,
        statistic: 'Maximum',
      }),
    );
    alarmOnAny(
      'MilestoneFailuresAlarm',
      'A milestone failed after retries and its draft was not sent: see the milestone failure queue.',
      milestoneFailures.metricApproximateNumberOfMessagesVisible({
        period: fiveMinutes,
        statistic: 'Maximum',
      }),
    );
    alarmOnAny(
      'InboundErrorsAlarm',
      'The inbound function reported errors.',
      inbound.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
    );
    alarmOnAny(
      'MilestoneErrorsAlarm',
      'The milestone function reported errors.',
      milestone.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
    );
    alarmOnAny(
      'DoctorErrorsAlarm',
      'The daily doctor failed some repairs, or failed: see its log.',
      doctor.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
    );

    // --- Outputs -------------------------------------------------------------------------------
    new CfnOutput(this, 'IntakeAddress', {
      description: 'Forward interview confirmations here',
      value: intakeAddress,
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'RawMailBucketName', { value: rawMail.bucketName });
    new CfnOutput(this, 'TemplateOverridesLocation', {
      description:
        'Upload your own templates here (laid out like templates/); each is checked at load',
      value: `s3://${rawMail.bucketName}/${TEMPLATE_OVERRIDES_PREFIX}`,
    });
    new CfnOutput(this, 'ReceiptRuleSetName', { value: ruleSetName });
    new CfnOutput(this, 'InboundFailureQueueUrl', { value: inboundFailures.queueUrl });
  }
}

/** A cdk-nag rule that does not fit this construct, and why: cdk-nag reports every other. */
function acknowledge(scope: IConstruct, id: string, reason: string) {
  Validations.of(scope).acknowledge({ id, reason });
}
