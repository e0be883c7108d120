// The receipt rule set activation behind the custom resource: the decision (which set becomes
// active, what is remembered to restore) and the handler's promise to always answer CloudFormation.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ActivationState,
  decodePhysicalId,
  encodePhysicalId,
  planActivation,
} from '../../infra/rule-set-activation/plan.ts';

const ours = 'Followup-intake';
const state = (over: Partial<ActivationState>): ActivationState => ({
  requestType: 'Create',
  ruleSetName: ours,
  physicalResourceId: undefined,
  activeRuleSetName: undefined,
  ...over,
});

describe('planActivation', () => {
  it('activates ours on create and remembers the set it replaces', () => {
    expect(planActivation(state({ activeRuleSetName: 'company-mail' }))).toEqual({
      action: { activate: ours },
      physicalResourceId: encodePhysicalId(ours, 'company-mail'),
    });
    expect(planActivation(state({}))).toEqual({
      action: { activate: ours },
      physicalResourceId: encodePhysicalId(ours, undefined),
    });
  });

  it('remembers nothing when ours is already active (a re-created resource)', () => {
    const plan = planActivation(state({ activeRuleSetName: ours }));
    expect(decodePhysicalId(plan.physicalResourceId)).toEqual({
      ruleSetName: ours,
      previous: undefined,
    });
  });

  it('keeps what the create remembered through updates, re-activating ours', () => {
    const physicalResourceId = encodePhysicalId(ours, 'company-mail');
    for (const active of [undefined, ours, 'someone-else']) {
      expect(
        planActivation(
          state({ requestType: 'Update', physicalResourceId, activeRuleSetName: active }),
        ),
      ).toEqual({ action: { activate: ours }, physicalResourceId });
    }
  });

  it('on delete restores the remembered set, or turns receiving off when there was none', () => {
    const remembering = encodePhysicalId(ours, 'company-mail');
    expect(
      planActivation(
        state({ requestType: 'Delete', physicalResourceId: remembering, activeRuleSetName: ours }),
      ),
    ).toEqual({ action: { restoreIfExists: 'company-mail' }, physicalResourceId: remembering });
    const empty = encodePhysicalId(ours, undefined);
    expect(
      planActivation(
        state({ requestType: 'Delete', physicalResourceId: empty, activeRuleSetName: ours }),
      ).action,
    ).toEqual({ deactivate: true });
  });

  it('on delete leaves alone a set someone activated since, and undoes nothing after a failed create', () => {
    const remembering = encodePhysicalId(ours, 'company-mail');
    for (const active of ['someone-else', undefined]) {
      expect(
        planActivation(
          state({
            requestType: 'Delete',
            physicalResourceId: remembering,
            activeRuleSetName: active,
          }),
        ).action,
      ).toBe('nothing');
    }
    expect(
      planActivation(
        state({
          requestType: 'Delete',
          physicalResourceId: 'Activate-failed',
          activeRuleSetName: ours,
        }),
      ).action,
    ).toBe('nothing');
  });

  it('round-trips rule set names through the physical id', () => {
    for (const previous of [undefined, 'a', 'with.dots_and-dashes']) {
      expect(decodePhysicalId(encodePhysicalId(ours, previous))).toEqual({
        ruleSetName: ours,
        previous,
      });
    }
    expect(decodePhysicalId(undefined)).toBeUndefined();
    expect(decodePhysicalId('Followup-intake')).toBeUndefined();
  });
});

describe('the activation handler', () => {
  const responses: unknown[] = [];
  const cloudFormation = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      responses.push({ method: request.method, body: JSON.parse(body) });
      response.end();
    });
  });
  afterAll(() => new Promise<void>((resolve) => cloudFormation.close(() => resolve())));

  it('answers FAILED with the reason when SES cannot be reached, instead of leaving the stack waiting', async () => {
    await new Promise<void>((resolve) => cloudFormation.listen(0, '127.0.0.1', resolve));
    const { port } = cloudFormation.address() as AddressInfo;
    // A closed port stands in for an unreachable SES; no credentials leave the machine.
    // Put back in place, never by replacing process.env: a plain object there no longer reaches
    // the real environment (os.tmpdir() reads that), for every later file of this worker.
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'not-a-secret',
      AWS_ENDPOINT_URL_SES: 'http://127.0.0.1:9',
      AWS_MAX_ATTEMPTS: '1',
    });
    try {
      const { handler } = await import('../../infra/rule-set-activation/handler.ts');
      const event = {
        RequestType: 'Create',
        ServiceToken: 'arn:aws:lambda:eu-west-1:123456789012:function:activation',
        ResponseURL: `http://127.0.0.1:${port}/response`,
        StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/Followup/1',
        RequestId: 'request-1',
        LogicalResourceId: 'ActivateIntakeRuleSet',
        ResourceType: 'Custom::ReceiptRuleSetActivation',
        ResourceProperties: { ServiceToken: 'x', RuleSetName: ours },
      } satisfies CloudFormationCustomResourceEvent;
      await handler(event);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      method: 'PUT',
      body: {
        Status: 'FAILED',
        RequestId: 'request-1',
        LogicalResourceId: 'ActivateIntakeRuleSet',
        PhysicalResourceId: 'ActivateIntakeRuleSet-failed',
        Reason: expect.stringMatching(/\S/),
      },
    });
    // The environment it put back is still the process's own: later files of this worker set
    // TMPDIR and the like, and os.tmpdir() reads the real environment.
    const before = process.env.TMPDIR;
    process.env.TMPDIR = '/followup-env-probe';
    try {
      expect(tmpdir()).toBe('/followup-env-probe');
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });
});
