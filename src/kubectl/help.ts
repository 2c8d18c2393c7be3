/**
 * `--help` text in kubectl's layout, generated from the command table.
 * Mirrors k8s.io/kubectl/pkg/util/templates/templates.go (MainUsageTemplate) and
 * templater.go (flag listing: `    -f, --filename=[]:` then a tab-indented usage line).
 */
import type { FlagDef } from './flags';
import { helpDefault } from './flags';
import type { CommandSpec } from './spec';

/** cobra's minimum padding for subcommand names; kubectl then adds three spaces. */
const MIN_NAME_PADDING = 11;

/** `  history       View rollout history` lines for a parent's subcommands. */
export function commandList(cmds: readonly CommandSpec[], padTo?: number): string {
  const width = padTo ?? Math.max(MIN_NAME_PADDING, ...cmds.map((c) => c.name.length)) + 3;
  return cmds.map((c) => `  ${c.name.padEnd(width)}${c.short}\n`).join('');
}

/** The Options section's entries, sorted by long name as pflag's VisitAll does. */
export function flagUsages(flags: readonly FlagDef[]): string {
  return [...flags]
    .filter((f) => !f.hidden)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}=${helpDefault(f)}:\n\t${f.usage}\n`)
    .join('\n');
}

const indentExample = (ex: string): string => ex.split('\n').map((l) => `  ${l}`).join('\n');

/** The full `kubectl <path> --help` text. */
export function renderHelp(cmd: CommandSpec, path: string): string {
  const parts: string[] = [`${cmd.long}\n`];
  if (cmd.aliases?.length) parts.push(`Aliases:\n${[cmd.name, ...cmd.aliases].join(', ')}\n`);
  if (cmd.example) parts.push(`Examples:\n${indentExample(cmd.example)}\n`);
  if (cmd.subcommands?.length) parts.push(`Available Commands:\n${commandList(cmd.subcommands)}`);
  const flags = cmd.flags ?? [];
  if (flags.some((f) => !f.hidden)) parts.push(`Options:\n${flagUsages(flags)}`);
  parts.push(`Usage:\n  kubectl ${cmd.use} [options]\n`);
  const tail: string[] = [];
  if (cmd.subcommands?.length) tail.push(`Use "${path} <command> --help" for more information about a given command.`);
  tail.push('Use "kubectl options" for a list of global command-line options (applies to all commands).');
  parts.push(`${tail.join('\n')}\n`);
  return parts.join('\n');
}
