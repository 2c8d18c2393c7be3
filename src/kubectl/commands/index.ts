/** Every kubectl command, in the order `kubectl help` lists them within their groups. */
import type { CommandSpec } from '../spec';
import { getCommand } from './get';

export const COMMANDS: readonly CommandSpec[] = [
  getCommand,
];
