/** `kubectl rollout`: the group of rollout subcommands. Mirrors k8s.io/kubectl/pkg/cmd/rollout/rollout.go. */
import type { CommandSpec } from '../spec';
import { rolloutHistoryCommand } from './rolloutHistory';
import { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from './rolloutMarkers';
import { rolloutStatusCommand } from './rolloutStatus';
import { rolloutUndoCommand } from './rolloutUndo';

export const rolloutCommand: CommandSpec = {
  name: 'rollout',
  group: 'Deploy Commands:',
  short: 'Manage the rollout of a resource',
  long: 'Manage the rollout of one or many resources.\n        \n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets',
  example: [
    '# Rollback to the previous deployment', 'kubectl rollout undo deployment/abc', '',
    '# Check the rollout status of a daemonset', 'kubectl rollout status daemonset/foo', '',
    '# Restart a deployment', 'kubectl rollout restart deployment/abc', '',
    "# Restart deployments with the 'app=nginx' label", 'kubectl rollout restart deployment --selector=app=nginx',
  ].join('\n'),
  use: 'rollout SUBCOMMAND',
  helpStream: 'stdout',
  subcommands: [rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand],
};
