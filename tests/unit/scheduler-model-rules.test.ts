// The Scheduler emulator's encoded rules against the official Smithy model: every shape, member,
// constraint, HTTP binding, operation and error the emulator uses must equal the model's traits.
// Runs only where ../shared/aws-models/scheduler.json sits next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  errorStatus,
  operations,
  type ShapeRule,
  shapes,
} from '../../local/scheduler-emulator/model-rules.ts';

interface ModelShape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  member?: { target: string };
  key?: { target: string };
  value?: { target: string };
  input?: { target: string };
  errors?: { target: string }[];
  traits?: Record<string, unknown>;
}

const modelPath = fileURLToPath(
  new URL('../../../shared/aws-models/scheduler.json', import.meta.url),
);
const model = existsSync(modelPath)
  ? (JSON.parse(readFileSync(modelPath, 'utf8')) as { shapes: Record<string, ModelShape> })
  : undefined;
if (!model) {
  console.warn(`scheduler-model-rules: skipped, no Smithy model at ${modelPath}`);
}

const namespace = 'com.amazonaws.scheduler#';
const local = (id: string) => id.replace(namespace, '');
const constraintTraits = ['smithy.api#length', 'smithy.api#pattern', 'smithy.api#range'];

function modelShape(name: string): ModelShape {
  const shape = model?.shapes[namespace + name];
  if (!shape) throw new Error(`the model has no shape ${name}`);
  return shape;
}

function enumValues(shape: ModelShape): string[] | undefined {
  const values = shape.traits?.['smithy.api#enum'] as { value: string }[] | undefined;
  return values?.map((v) => v.value);
}

function referencedShapes(rule: ShapeRule): string[] {
  switch (rule.type) {
    case 'list':
      return [rule.member];
    case 'map':
      return [rule.key, rule.value];
    case 'structure':
      return Object.values(rule.members).map((m) => m.target);
    default:
      return [];
  }
}

describe.skipIf(!model)('Scheduler emulator rules equal the Smithy model', () => {
  it.each(Object.entries(shapes))('shape %s', (name, rule) => {
    const shape = modelShape(name);
    expect(shape.type).toBe(rule.type);
    const traits = shape.traits ?? {};
    switch (rule.type) {
      case 'string':
        expect(rule.length).toEqual(traits['smithy.api#length']);
        expect(rule.pattern).toEqual(traits['smithy.api#pattern']);
        expect(rule.enum).toEqual(enumValues(shape));
        break;
      case 'integer':
        expect(rule.range).toEqual(traits['smithy.api#range']);
        break;
      case 'list':
        expect(rule.member).toBe(local(shape.member?.target ?? ''));
        expect(rule.length).toEqual(traits['smithy.api#length']);
        break;
      case 'map':
        expect(rule.key).toBe(local(shape.key?.target ?? ''));
        expect(rule.value).toBe(local(shape.value?.target ?? ''));
        expect(rule.length).toEqual(traits['smithy.api#length']);
        break;
      case 'structure': {
        const members = shape.members ?? {};
        // Every member, so a member added to the model shows up here as a difference.
        expect(Object.keys(rule.members).sort()).toEqual(Object.keys(members).sort());
        for (const [member, memberRule] of Object.entries(rule.members)) {
          const modelMember = members[member];
          const memberTraits = modelMember?.traits ?? {};
          expect({ member, target: memberRule.target }).toEqual({
            member,
            target: local(modelMember?.target ?? ''),
          });
          expect({ member, required: memberRule.required === true }).toEqual({
            member,
            required: 'smithy.api#required' in memberTraits,
          });
          expect({ member, httpLabel: memberRule.httpLabel === true }).toEqual({
            member,
            httpLabel: 'smithy.api#httpLabel' in memberTraits,
          });
          expect({ member, httpQuery: memberRule.httpQuery }).toEqual({
            member,
            httpQuery: memberTraits['smithy.api#httpQuery'],
          });
          expect({ member, idempotencyToken: memberRule.idempotencyToken === true }).toEqual({
            member,
            idempotencyToken: 'smithy.api#idempotencyToken' in memberTraits,
          });
          // Member-level constraints narrow the target's; the only one the model has is a pattern.
          expect({ member, pattern: memberRule.pattern }).toEqual({
            member,
            pattern: memberTraits['smithy.api#pattern'],
          });
          const otherConstraints = constraintTraits
            .filter((t) => t !== 'smithy.api#pattern')
            .filter((t) => t in memberTraits);
          expect({ member, otherConstraints }).toEqual({ member, otherConstraints: [] });
        }
        break;
      }
      default:
        expect(Object.keys(traits).filter((t) => constraintTraits.includes(t))).toEqual([]);
    }
  });

  it('encodes every shape its rules refer to', () => {
    const missing = Object.values(shapes)
      .flatMap(referencedShapes)
      .filter((name) => !(name in shapes));
    expect(missing).toEqual([]);
  });

  it('answers each error shape with its model status', () => {
    const modelErrors = Object.entries(model?.shapes ?? {})
      .filter(([, shape]) => shape.traits?.['smithy.api#error'] !== undefined)
      .map(([id, shape]) => [local(id), shape.traits?.['smithy.api#httpError']]);
    expect(Object.entries(errorStatus).sort()).toEqual(modelErrors.sort());
  });

  it('routes every operation as the model binds it', () => {
    const modelOperations = Object.entries(model?.shapes ?? {})
      .filter(([, shape]) => shape.type === 'operation')
      .map(([id]) => local(id))
      .sort();
    expect(Object.keys(operations).sort()).toEqual(modelOperations);
    for (const [name, rule] of Object.entries(operations)) {
      const operation = modelShape(name);
      const http = operation.traits?.['smithy.api#http'] as { method: string; uri: string };
      expect({ name, method: rule.method, uri: rule.uri, code: 200 }).toEqual({ name, ...http });
      expect({ name, input: rule.input }).toEqual({
        name,
        input: local(operation.input?.target ?? ''),
      });
      expect({ name, errors: [...rule.errors].sort() }).toEqual({
        name,
        errors: (operation.errors ?? []).map((e) => local(e.target)).sort(),
      });
    }
  });
});
