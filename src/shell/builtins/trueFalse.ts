/** `true`, `false` and `:` (bash builtins; they ignore their arguments). */
import type { Builtin } from './types';

const constant = (name: string, status: number, summary: string): Builtin => ({
  name, summary, kind: 'builtin', run: () => Promise.resolve(status),
});

export const trueBuiltin = constant('true', 0, 'Return a successful result.');
export const falseBuiltin = constant('false', 1, 'Return an unsuccessful result.');
export const colon = constant(':', 0, 'Null command.');
