/** Every kubectl command, in the order `kubectl help` lists them within their groups. */
import type { CommandSpec } from '../spec';
import { applyCommand } from './apply';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { editCommand } from './edit';
import { apiVersionsCommand, eventsCommand } from './events';
import { explainCommand } from './explain';
import { exposeCommand } from './expose';
import { getCommand } from './get';
import { apiResourcesCommand, clusterInfoCommand, configCommand, optionsCommand, versionCommand } from './info';
import { logsCommand } from './logs';
import { waitCommand } from './wait';
import { annotateCommand, labelCommand } from './label';
import { patchCommand } from './patch';
import { replaceCommand } from './replace';
import { rolloutCommand } from './rollout';
import { scaleCommand } from './scale';
import { setCommand } from './set';

export const COMMANDS: readonly CommandSpec[] = [
  createCommand,
  exposeCommand,
  setCommand,
  explainCommand,
  getCommand,
  editCommand,
  deleteCommand,
  rolloutCommand,
  scaleCommand,
  clusterInfoCommand,
  describeCommand,
  logsCommand,
  eventsCommand,
  applyCommand,
  patchCommand,
  replaceCommand,
  waitCommand,
  labelCommand,
  annotateCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  versionCommand,
  optionsCommand,
];
