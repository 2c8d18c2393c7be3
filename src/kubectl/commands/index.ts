/** Every kubectl command, in the order `kubectl help` lists them within their groups. */
import type { CommandSpec } from '../spec';
import { applyCommand } from './apply';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { getCommand } from './get';
import { replaceCommand } from './replace';
import { scaleCommand } from './scale';

export const COMMANDS: readonly CommandSpec[] = [
  createCommand,
  getCommand,
  deleteCommand,
  scaleCommand,
  describeCommand,
  applyCommand,
  replaceCommand,
];
