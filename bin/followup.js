#!/usr/bin/env node
// `npx followup`: runs the TypeScript CLI from source through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../local/cli.ts');
process.exitCode = await main(process.argv.slice(2));
