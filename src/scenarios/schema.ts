/**
 * The scenario file format (zod). One schema serves validation (load.ts) and the JSON Schema
 * editors use for completion (scenarios/scenario.schema.json, see jsonSchema.ts).
 */
import { z } from 'zod';
import { CHECK_KINDS } from './checks/registry';
import { imageSpecSchema } from './imageSpec';

const checkId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and "-", starting with a letter');

/** Keys every check carries besides its kind. */
const common = {
  id: z.exactOptional(checkId.describe('Names the check, for `after:` and the PASS/FAIL lines.')),
  message: z.exactOptional(z.string().min(1).describe('Replaces the default message (what is required, in words).')),
  after: z.exactOptional(checkId.describe('Counts only once the named check has passed, and only what happened after it.')),
  latch: z.exactOptional(z.boolean().describe('Once met, stays met (for steps the learner must pass through).')),
};

/** A check as written: exactly one kind key (or all/any/not) plus the common keys. */
export type RawCheck = { [kind: string]: unknown; id?: string; message?: string; after?: string; latch?: boolean };

const leafSchemas = CHECK_KINDS.map((k) =>
  z.object({ [k.kind]: k.args, ...common }).strict().meta({ id: `check-${k.kind}`, description: k.summary }),
);

export const checkSchema: z.ZodType<RawCheck> = z
  .union([
    ...leafSchemas,
    z.object({ get all() { return z.array(checkSchema).min(1); }, ...common }).strict().describe('Every listed check passes.'),
    z.object({ get any() { return z.array(checkSchema).min(1); }, ...common }).strict().describe('At least one listed check passes.'),
    z.object({ get not() { return checkSchema; }, ...common }).strict().describe('The check does not pass.'),
  ])
  .meta({ id: 'Check' });

const relPath = z.string().min(1).regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))/, 'a path relative to the home directory, without ".."');

/** A steady request stream the lab starts right after the setup commands (engine/traffic TrafficOptions). */
const trafficSchema = z
  .object({
    service: z.string().min(1).describe('The Service to send requests to (created by the setup commands).'),
    namespace: z.exactOptional(z.string().min(1).describe('Its namespace (default: `default`).')),
    port: z.exactOptional(z.int().min(1).max(65535).describe("A port of the Service (default: the Service's first port).")),
    path: z.exactOptional(z.string().regex(/^\//, 'a path starting with "/"').describe('Request path (default: `/`).')),
    ratePerSecond: z.number().positive().max(1000).describe('Requests per simulated second (at most 1000).'),
  })
  .strict()
  .describe('A steady stream of requests to a Service, started after the setup commands, so the learner works under traffic.')
  .meta({ id: 'Traffic' });

const stepSchema = z
  .object({
    title: z.string().min(1),
    text: z.string().min(1).describe('Markdown; fenced code blocks become clickable commands.'),
    hints: z.array(z.string().min(1)).default([]).describe("This step's hints (Markdown), revealed one at a time."),
    checks: z.array(checkSchema).default([]).describe('What must be true for this step to be done.'),
  })
  .strict()
  .meta({ id: 'Step' });

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"').describe('Matches the file name: 040-id.yaml.'),
    title: z.string().min(1),
    summary: z.string().min(1).describe('One or two sentences for the catalogue card.'),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    minutes: z.int().positive().describe('Estimated time to complete.'),
    tags: z.array(z.string().min(1)).default([]),
    setup: z
      .object({
        files: z.record(relPath, z.string()).default({}).describe('Home-relative path → content, written before the learner starts.'),
        commands: z.array(z.string().min(1)).default([]).describe('Shell lines run (and awaited) before the learner starts.'),
        images: z.array(imageSpecSchema).default([]).describe('Extra images for the simulated registry.'),
        seed: z.exactOptional(z.int().nonnegative().describe('Seeds pod names and jitter (default: the lab default).')),
        traffic: z.exactOptional(trafficSchema),
      })
      .strict()
      .default({ files: {}, commands: [], images: [] }),
    steps: z.array(stepSchema).min(1),
    solution: z.array(z.string().min(1)).min(1).describe('Reference solution: shell lines that complete every step.'),
    explanation: z.string().min(1).describe('Markdown shown after success.'),
  })
  .strict()
  .meta({ id: 'Scenario', title: 'kubelab scenario' });

/** A scenario file after zod parsing, before check normalisation. */
export type ScenarioFile = z.output<typeof scenarioSchema>;
