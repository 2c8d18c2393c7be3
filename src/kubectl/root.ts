/**
 * The command tree: finds the command an argv names, parses its flags (pflag semantics,
 * global flags included), answers `--help`, unknown commands and flag errors with cobra's
 * and kubectl's texts, then runs the command. Mirrors k8s.io/kubectl/pkg/cmd/cmd.go and
 * spf13/cobra command.go (Find, legacyArgs, SuggestionsFor).
 */
import { withServerWarnings } from './warnings';
import type { ClusterApi, LogReader } from '../engine/index';
import type { CommandContext } from '../shell/command';
import { COMMANDS } from './commands/index';
import { parseFlags } from './flags';
import { GLOBAL_FLAGS, HELP_FLAG } from './globalFlags';
import { commandList, flagUsages, renderHelp } from './help';
import type { Kube, KubeContext } from './kube';
import type { CommandGroup, CommandSpec } from './spec';
import { suggestionsFor } from './suggest';

const GROUPS: readonly CommandGroup[] = [
  'Basic Commands (Beginner):', 'Basic Commands (Intermediate):', 'Deploy Commands:', 'Cluster Management Commands:',
  'Troubleshooting and Debugging Commands:', 'Advanced Commands:', 'Settings Commands:', 'Other Commands:',
];

/** The grouped command list and usage lines of the root help (cobra's usage template). */
function rootUsage(): string {
  const width = Math.max(11, ...COMMANDS.map((c) => c.name.length)) + 3;
  const sections = GROUPS.map((g) => {
    const cmds = COMMANDS.filter((c) => c.group === g);
    const plugins = g === 'Other Commands:' ? 'Subcommands provided by plugins:\n\n' : '';
    return cmds.length === 0 ? plugins : `${plugins}${g}\n${commandList(cmds, width)}\n`;
  }).join('');
  return sections +
    'Usage:\n  kubectl [flags] [options]\n\n' +
    'Use "kubectl <command> --help" for more information about a given command.\n' +
    'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
}

/** `kubectl` / `kubectl help`: the grouped command list. */
export function rootHelp(): string {
  return 'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n' + rootUsage();
}

/** `kubectl options`. */
export function optionsHelp(): string {
  return `The following options can be passed to any command:\n\n${flagUsages(GLOBAL_FLAGS)}`;
}

const findChild = (cmds: readonly CommandSpec[], word: string): CommandSpec | undefined =>
  cmds.find((c) => c.name === word || (c.aliases ?? []).includes(word));

/** Global flags that take a value in the next word (`-n ns`), so that word is not a command name. */
const takesValue = (arg: string): boolean => {
  if (arg.includes('=')) return false;
  if (arg.startsWith('--')) return GLOBAL_FLAGS.some((f) => f.type !== 'bool' && `--${f.name}` === arg);
  return arg.length === 2 && GLOBAL_FLAGS.some((f) => f.type !== 'bool' && f.short === arg[1]);
};

export interface Located {
  chain: CommandSpec[];
  /** argv with the command-name words removed. */
  rest: string[];
}

/** Walks argv to the deepest command named (cobra Find with stripFlags). */
export function locate(argv: readonly string[]): Located {
  const chain: CommandSpec[] = [];
  const rest: string[] = [];
  let children: readonly CommandSpec[] = COMMANDS;
  let searching = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    if (a.startsWith('-') && a.length > 1) {
      rest.push(a);
      if (searching && takesValue(a) && i + 1 < argv.length) rest.push(argv[++i] ?? '');
      continue;
    }
    const child = searching ? findChild(children, a) : undefined;
    if (child) { chain.push(child); children = child.subcommands ?? []; continue; }
    searching = false;
    rest.push(a);
  }
  return { chain, rest };
}

export interface RootOptions {
  api: ClusterApi & LogReader;
  context: KubeContext;
}

const out = (ctx: CommandContext) => (t: string) => ctx.stdout.write(t);
const err = (ctx: CommandContext) => (t: string) => ctx.stderr.write(t);

function unknownRootCommand(ctx: CommandContext, word: string): number {
  const names = COMMANDS.map((c) => c.name);
  const sugg = suggestionsFor(word, names);
  let text = `Error: unknown command "${word}" for "kubectl"\n`;
  if (sugg.length > 0) text += `\nDid you mean this?\n${sugg.map((s) => `\t${s}\n`).join('')}\n`;
  ctx.stderr.write(text);
  return 1;
}

/** Runs one kubectl command line. */
export async function runKubectl(opts: RootOptions, ctx: CommandContext): Promise<number> {
  const argv = ctx.argv.slice(1);
  if (argv[0] === 'help') return runHelpCommand(ctx, argv.slice(1));
  const { chain, rest } = locate(argv);
  const cmd = chain.at(-1);
  const path = ['kubectl', ...chain.map((c) => c.name)].join(' ');
  if (!cmd) return runRoot(ctx, rest);
  const parsed = parseFlags([...(cmd.flags ?? []), ...GLOBAL_FLAGS, HELP_FLAG], rest);
  if (!parsed.ok) {
    const hint = cmd.name === 'options' ? "Run 'kubectl options' without flags." : `See '${path} --help' for usage.`;
    ctx.stderr.write(`Error: ${parsed.error}\n${hint}\n`);
    return 1;
  }
  const flags = parsed.value;
  if (flags.bool('help')) { out(ctx)(renderHelp(cmd, path)); return 0; }
  for (const d of flags.deprecations) ctx.stderr.write(`${d}\n`);
  if (!cmd.run) return runGroup(ctx, cmd, path, flags.args);
  const ns = flags.str('namespace');
  const k: Kube = {
    api: withServerWarnings(opts.api, err(ctx)), ctx, context: opts.context, namespace: ns || opts.context.namespace, namespaceExplicit: flags.changed('namespace'),
    path, flags, out: out(ctx), err: err(ctx), now: () => ctx.time.now(),
  };
  return cmd.run(k);
}

function runRoot(ctx: CommandContext, rest: string[]): Promise<number> | number {
  const parsed = parseFlags([...GLOBAL_FLAGS, HELP_FLAG], rest);
  if (!parsed.ok) {
    ctx.stderr.write(`Error: ${parsed.error}\nSee 'kubectl --help' for usage.\n`);
    return 1;
  }
  const [first] = parsed.value.args;
  if (first === undefined) { out(ctx)(rootHelp()); return 0; }
  return unknownRootCommand(ctx, first);
}

function runGroup(ctx: CommandContext, cmd: CommandSpec, path: string, args: readonly string[]): number {
  if (args.length > 0) {
    ctx.stderr.write(`error: unknown command "${args[0] ?? ''}"\nSee '${path} -h' for help and examples\n`);
    return 1;
  }
  const text = renderHelp(cmd, path);
  if (cmd.helpStream === 'stdout') ctx.stdout.write(text);
  else ctx.stderr.write(text);
  return 1;
}

/** `kubectl help [command…]`. */
function runHelpCommand(ctx: CommandContext, words: readonly string[]): number {
  if (words.length === 0) { ctx.stdout.write(rootHelp()); return 0; }
  const { chain, rest } = locate(words);
  const cmd = chain.at(-1);
  if (!cmd || rest.some((w) => !w.startsWith('-'))) {
    ctx.stdout.write(`Unknown help topic [\`${words.join(' ')}\`]\n\n\n${rootUsage()}`);
    return 0;
  }
  ctx.stdout.write(renderHelp(cmd, ['kubectl', ...chain.map((c) => c.name)].join(' ')));
  return 0;
}
