/**
 * How a simulated image behaves. The built-in catalogue (registry/catalog.ts) describes
 * real images this way; scenarios add their own (a version that never turns ready, one
 * that crashes, one that answers 500s).
 */

/** What the image's default command does once started. */
export type ImageProcess =
  /** A server: runs until stopped. */
  | { kind: 'serve' }
  /** Exits by itself after `afterMs` with `exitCode` (perl, busybox without a command). */
  | { kind: 'exit'; afterMs: number; exitCode: number };

/** How the image answers an HTTP request on its port (traffic, curl). */
export interface ImageHttp {
  port: number;
  status: number;
  /** Response headers, e.g. { Server: 'nginx/1.27.3' }. */
  headers: Record<string, string>;
  /** Body; `{{pod}}`, `{{version}}` and `{{path}}` are filled in per request. */
  body: string;
  latencyMs: number;
}

export interface ImageSpec {
  /** Repository as written in a pod spec: `nginx`, `perl`, `kubelab/demo`. */
  repository: string;
  /** Tags this entry covers. Unknown tags of a known repository fail to pull as a real registry's `not found`. */
  tags: string[];
  /** Time to pull on a node that has not cached it. */
  pullMs: number;
  /** From pulled to container running. */
  startMs: number;
  /** From running until a readiness probe first passes; null = it never does. A container without a readinessProbe is ready as it starts. */
  readyAfterMs: number | null;
  process: ImageProcess;
  /** Lines the container writes to stdout at start (what `kubectl logs` shows). */
  logs: string[];
  /** Time the process takes to stop after SIGTERM (capped by the grace period). */
  stopMs: number;
  http?: ImageHttp;
  /** Compressed size, for the kubelet's `Pulled` event (`Image size: 72188133 bytes.`). */
  sizeBytes?: number;
  /** Executables on the image's PATH, so a `command` naming something else fails to start as runc reports it. */
  binaries?: string[];
}
