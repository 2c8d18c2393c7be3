/** Every kubectl command, in the order `kubectl help` lists them within their groups. */
import type { CommandSpec } from '../spec';
import { applyCommand } from './apply';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { getCommand } from './get';
import { replaceCommand } from './replace';
import { rolloutCommand } from './rollout';
import { scaleCommand } from './scale';
import { setCommand } from './set';

export const COMMANDS: readonly CommandSpec[] = [
  createCommand,
  setCommand,
  getCommand,
  deleteCommand,
  rolloutCommand,
  scaleCommand,
  describeCommand,
  applyCommand,
  replaceCommand,
];
