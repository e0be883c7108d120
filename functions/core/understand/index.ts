// Inbound use-case -> reader, its public face: one raw inbound message read into its envelope
// and a Reading (read-message.ts), the commands of a reply (command.ts), a `time:` correction.
// Pure: no I/O.
export type { Command, CommandVerb } from './command.ts';
export {
  APPLICATION_VERBS,
  CORRECTIONS,
  ownText,
  parseCommand,
  parseCommands,
} from './command.ts';
export type { Envelope } from './envelope.ts';
export {
  CONFIDENCE_THRESHOLD,
  resolveCorrectedTime,
  type UnderstandOptions,
  type Understood,
  understandMessage,
} from './read-message.ts';
