/**
 * The shape of one kubectl command in the command tree (cobra.Command's fields that matter
 * here). `root.ts` walks the tree, `help.ts` renders `--help` from the same data.
 */
import type { FlagDef } from './flags';
import type { Kube } from './kube';

/** Where a command sits in `kubectl help` (the groups of kubectl's root help). */
export type CommandGroup =
  | 'Basic Commands (Beginner):'
  | 'Basic Commands (Intermediate):'
  | 'Deploy Commands:'
  | 'Cluster Management Commands:'
  | 'Troubleshooting and Debugging Commands:'
  | 'Advanced Commands:'
  | 'Settings Commands:'
  | 'Other Commands:';

/** What the positional arguments complete to. */
export type ArgCompletion = 'resources' | 'deployments' | 'pods' | 'none' | 'files';

export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  /** One line, as in `kubectl help`. */
  short: string;
  /** The help text's first part (already in kubectl's layout: paragraphs after the first start with a space). */
  long: string;
  /** Example lines without the two-space indent. */
  example?: string;
  /** Usage after `kubectl `, without the trailing ` [options]`. */
  use: string;
  group?: CommandGroup;
  flags?: readonly FlagDef[];
  subcommands?: readonly CommandSpec[];
  /** A group command run without a subcommand prints its help on this stream and exits 1. */
  helpStream?: 'stdout' | 'stderr';
  args?: ArgCompletion;
  run?(k: Kube): Promise<number> | number;
}
