/** Generates scenarios/scenario.schema.json from the zod schema, for editor completion. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The JSON Schema text as committed (2-space JSON, trailing newline). */
export function generateScenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
