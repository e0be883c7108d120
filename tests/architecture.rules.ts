// Tests -> the architecture as dependency-cruiser rules: which folder may import which. Checked by
// tests/architecture.test.ts on every `npm test`; each rule there also proves it can fail.
import type { IFlattenedRuleSet, IRegularForbiddenRuleType } from 'dependency-cruiser';

type Restriction = Pick<IRegularForbiddenRuleType, 'from' | 'to'>;

/** The Lambda entry points: thin, they hand one event to one use-case. */
const ENTRY_POINTS = '^functions/(inbound|milestone)\\.ts$';
const CORE = '^functions/core/';
const USE_CASES = '^functions/core/use-cases/';
const ADAPTERS = '^functions/adapters/';
/** What sits around core in functions/: the entry points, their wiring and the configuration. */
const OUTSIDE_CORE = '^functions/(inbound\\.ts|milestone\\.ts|config\\.ts|commons/)';
const LOCAL = '^local/';
const INFRA = '^infra/';
/** Packages that speak to AWS or run Lambda; resolved into node_modules or, unresolved, by name. */
const AWS_PACKAGES =
  '(^|/node_modules/)(@aws-sdk|@smithy|@aws-lambda-powertools|aws-lambda|@middy|aws-cdk-lib|aws-cdk|constructs|cdk-nag)(/|$)';
/** Node modules that reach the disk, the network or other processes: I/O belongs to adapters. */
const NODE_IO =
  '^(node:)?(fs|fs/promises|net|http|https|http2|dgram|child_process|os|worker_threads)$';

/** A forbidden arrow: `from` may not import `to`. Every rule is an error: it fails `npm test`. */
const forbid = (
  name: string,
  comment: string,
  from: Restriction['from'],
  to: Restriction['to'],
): IRegularForbiddenRuleType => ({
  name,
  comment,
  severity: 'error',
  from,
  to,
});

export const ARCHITECTURE_RULES: IFlattenedRuleSet = {
  forbidden: [
    forbid(
      'entry-points-call-use-cases',
      'An entry point hands its event to a use-case; domain rules stay behind it.',
      { path: ENTRY_POINTS },
      { path: CORE, pathNot: USE_CASES },
    ),
    forbid(
      'entry-points-no-adapters',
      'Adapters are wired once, in functions/commons/runtime.ts, not by each entry point.',
      { path: ENTRY_POINTS },
      { path: ADAPTERS },
    ),
    forbid(
      'domain-below-use-cases',
      'Use-cases call the domain and the ports; nothing in core calls a use-case back.',
      { path: CORE, pathNot: USE_CASES },
      { path: USE_CASES },
    ),
    forbid(
      'adapters-implement-ports',
      'An adapter implements a port; it never calls a use-case, an entry point or wiring.',
      { path: ADAPTERS },
      { path: `${USE_CASES}|${OUTSIDE_CORE}|${LOCAL}|${INFRA}` },
    ),
    forbid(
      'core-no-aws-sdk',
      'Core is plain TypeScript: AWS is reached through a port and its adapter.',
      { path: CORE },
      { path: AWS_PACKAGES },
    ),
    forbid(
      'core-no-adapters',
      'Core knows the ports, never their implementations.',
      { path: CORE },
      { path: ADAPTERS },
    ),
    forbid(
      'core-no-local',
      'The local stack is one more caller of core; core never reaches into it.',
      { path: CORE },
      { path: LOCAL },
    ),
    forbid(
      'core-no-outer-layers',
      'Core gets its configuration and wiring passed in; it imports none of them.',
      { path: CORE },
      { path: `${OUTSIDE_CORE}|${INFRA}|^bin/|^tests/` },
    ),
    forbid(
      'core-no-io',
      'Disk, network and processes are effects: a port in core, an adapter outside it.',
      { path: CORE },
      { dependencyTypes: ['core'], path: NODE_IO },
    ),
    forbid(
      'functions-no-local-or-infra',
      'What runs in Lambda depends on neither the local stack nor the CDK app.',
      { path: '^functions/' },
      { path: `${LOCAL}|${INFRA}|^tests/` },
    ),
    forbid(
      'infra-no-core-internals',
      'The CDK app validates settings through functions/config.ts, not core internals.',
      { path: INFRA },
      { path: `${CORE}|${ADAPTERS}|^functions/commons/|${LOCAL}` },
    ),
    forbid(
      'no-unresolved-import',
      'A relative import that resolves to no file would hide its arrow from every rule above.',
      {},
      { couldNotResolve: true, path: '^\\.\\.?/' },
    ),
    forbid(
      'no-cycle',
      'Modules form a tree of layers: no import cycle, type-only imports included.',
      {},
      { circular: true },
    ),
  ],
};
