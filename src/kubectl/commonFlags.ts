/** Flags several kubectl commands share, worded as kubectl's help words them. */
import type { FlagDef } from './flags';

export const outputFlag = (formats: string): FlagDef => ({ name: 'output', short: 'o', type: 'string', usage: `Output format. One of: (${formats}).` });
export const OBJECT_OUTPUT = outputFlag('json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file');

export const selectorFlag: FlagDef = {
  name: 'selector', short: 'l', type: 'string',
  usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
};

export const fieldSelectorFlag: FlagDef = {
  name: 'field-selector', type: 'string',
  usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
};

export const filenameFlag = (what: string): FlagDef => ({ name: 'filename', short: 'f', type: 'stringSlice', usage: `Filename, directory, or URL to files ${what}` });
export const recursiveFlag: FlagDef = {
  name: 'recursive', short: 'R', type: 'bool',
  usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
};

export const dryRunFlag: FlagDef = {
  name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged',
  usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
};

export const allFlag = (what: string): FlagDef => ({ name: 'all', type: 'bool', usage: `Select all resources, in the namespace of the specified resource types${what}` });

export const showManagedFieldsFlag: FlagDef = { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' };

export const timeoutFlag = (usage: string, def = 0): FlagDef => ({ name: 'timeout', type: 'duration', default: def, usage });

export const recordFlag: FlagDef = {
  name: 'record', type: 'bool', hidden: true, deprecated: '--record will be removed in the future',
  usage: 'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.',
};

export type DryRun = 'none' | 'client' | 'server';

/** Parses `--dry-run`; `unchanged` (bare `--dry-run`) means client, as kubectl warns. */
export function parseDryRun(value: string): { ok: true; value: DryRun } | { ok: false; error: string } {
  if (value === 'none' || value === '' || value === 'false') return { ok: true, value: 'none' };
  if (value === 'client' || value === 'unchanged' || value === 'true') return { ok: true, value: 'client' };
  if (value === 'server') return { ok: true, value: 'server' };
  return { ok: false, error: `Invalid dry-run value (${value}). Must be "none", "server", or "client".` };
}

/** ` (dry run)` / ` (server dry run)` after a success line. */
export const dryRunSuffix = (d: DryRun): string => (d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '');
