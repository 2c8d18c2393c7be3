/** The zod form of the engine's ImageSpec, so scenarios can add images to the simulated registry. */
import { z } from 'zod';
import type { ImageSpec } from '../engine/index';

export type { ImageSpec };

const ms = z.int().nonnegative();

const imageProcess = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('serve') }).strict().describe('A server: runs until stopped.'),
  z.object({ kind: z.literal('exit'), afterMs: ms, exitCode: z.int() }).strict().describe('Exits by itself after afterMs with exitCode.'),
]);

const imageHttp = z
  .object({
    port: z.int().min(1).max(65535),
    status: z.int().min(100).max(599),
    headers: z.record(z.string(), z.string()),
    body: z.string().describe('`{{pod}}`, `{{version}}` and `{{path}}` are filled in per request.'),
    latencyMs: ms,
  })
  .strict();

/** An image for the simulated registry; times in simulated ms, with defaults for a quick server. */
export const imageSpecSchema = z
  .object({
    repository: z.string().min(1).describe('As written in a pod spec: `nginx`, `perl`, `kubelab/demo`.'),
    tags: z.array(z.string().min(1)).min(1).describe('Tags this entry covers.'),
    pullMs: ms.default(2000).describe('Time to pull on a node that has not cached it (default 2000).'),
    startMs: ms.default(500).describe('From pulled to running (default 500).'),
    readyAfterMs: ms.nullable().default(1000).describe('From running until ready; null = never ready (default 1000).'),
    process: imageProcess.default({ kind: 'serve' }),
    logs: z.array(z.string()).default([]).describe('Lines written to stdout at start.'),
    stopMs: ms.default(1000).describe('Time to stop after SIGTERM, capped by the grace period (default 1000).'),
    http: z.exactOptional(imageHttp),
    sizeBytes: z.exactOptional(z.int().positive().describe("Compressed size, for the kubelet's Pulled event.")),
    binaries: z.exactOptional(z.array(z.string().min(1)).describe('Executables on the PATH; a `command` naming another fails to start.')),
  })
  .strict()
  .meta({ id: 'ImageSpec' });

/** Compile-time proof that a parsed image is the engine's ImageSpec. */
export const asImageSpec = (x: z.output<typeof imageSpecSchema>): ImageSpec => x;
