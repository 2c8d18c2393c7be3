/** kubectl's global (persistent) flags, accepted by every command and listed by `kubectl options`. */
import type { FlagDef } from './flags';

const s = (name: string, usage: string, extra: Partial<FlagDef> = {}): FlagDef => ({ name, type: 'string', usage, ...extra });

export const GLOBAL_FLAGS: readonly FlagDef[] = [
  s('as', 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.'),
  s('cluster', 'The name of the kubeconfig cluster to use'),
  s('context', 'The name of the kubeconfig context to use'),
  { name: 'insecure-skip-tls-verify', type: 'bool', usage: "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure" },
  s('kubeconfig', 'Path to the kubeconfig file to use for CLI requests.'),
  { name: 'match-server-version', type: 'bool', usage: 'Require server version to match client version' },
  s('namespace', 'If present, the namespace scope for this CLI request', { short: 'n' }),
  s('request-timeout', "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.", { default: '0' }),
  s('server', 'The address and port of the Kubernetes API server', { short: 's' }),
  s('token', 'Bearer token for authentication to the API server'),
  s('user', 'The name of the kubeconfig user to use'),
  { name: 'v', short: 'v', type: 'int', usage: 'number for the log level verbosity' },
];

/** The help flag cobra adds to every command. */
export const HELP_FLAG: FlagDef = { name: 'help', short: 'h', type: 'bool', usage: 'help for kubectl', hidden: true };
