// Lint, and the layer rules of README.md "Layers": each folder may import only what sits below it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const UI_PACKAGES = '^(react|react-dom|motion|framer-motion|zustand|@xterm|@codemirror|codemirror|marked)(/.*)?$';
const layer = (name) => `(^|/)(\\.\\.?/)+(.*/)?${name}(/|$)`;
const forbid = (regex, message) => ({ regex, message });

/** Rules per layer, mirroring the table in README.md. */
const layers = {
  engine: [
    forbid(UI_PACKAGES, 'engine is pure: no UI packages'),
    forbid('^(yaml|zod|@marcbachmann/.*)$', 'engine imports no runtime packages'),
    forbid(layer('(shell|kubectl|curl|scenarios|lab|headless|ui)'), 'engine imports nothing else in src/'),
  ],
  shell: [
    forbid(UI_PACKAGES, 'shell has no UI'),
    forbid(layer('(engine|kubectl|curl|scenarios|lab|headless|ui)'), 'shell imports nothing else in src/'),
  ],
  kubectl: [
    forbid(UI_PACKAGES, 'kubectl has no UI'),
    forbid(layer('engine/.+') + '(?<!engine/index(\\.ts)?)$', 'kubectl uses the engine only through engine/index.ts'),
    forbid(layer('shell/(?!command(\\.ts)?$).+'), 'kubectl uses only shell/command.ts'),
    forbid(layer('(scenarios|lab|headless|ui)'), 'kubectl may not import scenarios, lab, headless or ui'),
  ],
  curl: [
    forbid(UI_PACKAGES, 'curl has no UI'),
    forbid(layer('engine/.+') + '(?<!engine/index(\\.ts)?)$', 'curl uses the engine only through engine/index.ts'),
    forbid(layer('shell/(?!command(\\.ts)?$).+'), 'curl uses only shell/command.ts'),
    forbid(layer('(kubectl|scenarios|lab|headless|ui)'), 'curl may not import kubectl, scenarios, lab, headless or ui'),
  ],
  scenarios: [
    forbid(UI_PACKAGES, 'scenarios have no UI'),
    forbid(layer('engine/.+') + '(?<!engine/index(\\.ts)?)$', 'scenarios use the engine only through engine/index.ts'),
    forbid(layer('(shell|kubectl|lab|headless|ui)'), 'scenarios may import only the engine'),
  ],
  lab: [
    forbid(UI_PACKAGES, 'lab has no UI'),
    forbid(layer('(headless|ui)'), 'lab may not import headless or ui'),
  ],
  headless: [
    forbid(UI_PACKAGES, 'headless has no UI'),
    forbid(layer('(ui)'), 'headless may not import ui'),
    forbid(layer('(engine|shell|kubectl|curl|scenarios)'), 'headless goes through lab'),
  ],
  ui: [
    { regex: layer('(engine|shell|kubectl|curl|scenarios)'), allowTypeImports: true, message: 'ui reaches the cluster through lab (type imports from the engine are fine)' },
    forbid(layer('headless'), 'ui may not import headless'),
  ],
};

const layerConfigs = Object.entries(layers).map(([name, patterns]) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  ignores: [`src/${name}/**/*.test.{ts,tsx}`],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}));

export default defineConfig(
  { ignores: ['dist', 'node_modules', '.ci/out', 'e2e/screenshots', 'bench/out'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs,
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'setTimeout', message: 'engine time is simulated: schedule on the SimClock' },
        { name: 'setInterval', message: 'engine time is simulated: schedule on the SimClock' },
        { name: 'setImmediate', message: 'engine time is simulated: schedule on the SimClock' },
        { name: 'performance', message: 'engine time is simulated: no wall clock' },
        { name: 'window', message: 'engine has no DOM' },
        { name: 'document', message: 'engine has no DOM' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'engine time is simulated: use the SimClock, not Date.now()' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'engine time is simulated: use the SimClock, not new Date()' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'engine randomness is seeded: use the cluster Rng, not Math.random()' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
);
