import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenarioJsonSchema } from './jsonSchema';

const committed = new URL('../../scenarios/scenario.schema.json', import.meta.url);

describe('scenarios/scenario.schema.json', () => {
  it('matches the zod schema (UPDATE_SCHEMA=1 npx vitest run src/scenarios/jsonSchema.test.ts rewrites it)', () => {
    const fresh = generateScenarioJsonSchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(committed, fresh);
    expect(readFileSync(committed, 'utf8')).toBe(fresh);
  });

  it('offers every check kind to editors', () => {
    const schema = JSON.parse(generateScenarioJsonSchema()) as { definitions: Record<string, unknown> };
    expect(Object.keys(schema.definitions).filter((k) => k.startsWith('check-'))).toHaveLength(25);
  });
});
