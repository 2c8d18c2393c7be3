/** `exit`, `break`, `continue`, `return` (bash's builtins/exit.def, break.def, return.def). */
import type { Builtin } from './types';

/** Parses the optional numeric argument; null (after bash's message) when it is not a number. */
function numericArg(arg: string | undefined, name: string, write: (t: string) => void): number | null | undefined {
  if (arg === undefined) return undefined;
  if (/^[-+]?[0-9]+$/.test(arg)) return Number(arg);
  write(`bash: ${name}: ${arg}: numeric argument required\n`);
  return null;
}

/**
 * `exit [n]`. The lab keeps the session open: like an interactive bash, it prints `exit`,
 * stops the rest of the input and sets `$?` to n; the next prompt then appears in the same session.
 */
export const exit: Builtin = {
  name: 'exit',
  summary: 'Exit the shell.',
  kind: 'builtin',
  run: (ctx, sh) => {
    if (!sh.state.subshell) ctx.stderr.write('exit\n');
    const n = numericArg(ctx.argv[1], 'exit', (t) => ctx.stderr.write(t));
    if (ctx.argv.length > 2 && n !== null) {
      ctx.stderr.write('bash: exit: too many arguments\n');
      return Promise.resolve(1);
    }
    const code = n === null ? 2 : n === undefined ? sh.state.status : n & 255;
    sh.state.flow = { kind: 'exit', code };
    return Promise.resolve(code);
  },
};

function loopControl(name: 'break' | 'continue'): Builtin {
  return {
    name,
    summary: name === 'break' ? 'Exit for, while, or until loops.' : 'Resume for, while, or until loops.',
    kind: 'builtin',
    run: (ctx, sh) => {
      const n = numericArg(ctx.argv[1], name, (t) => ctx.stderr.write(t));
      if (n === null) return Promise.resolve(1);
      if (n !== undefined && n < 1) {
        ctx.stderr.write(`bash: ${name}: ${n}: loop count out of range\n`);
        return Promise.resolve(1);
      }
      if (sh.state.loopDepth === 0) {
        ctx.stderr.write(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`);
        return Promise.resolve(0);
      }
      sh.state.flow = { kind: name, levels: Math.min(n ?? 1, sh.state.loopDepth) };
      return Promise.resolve(0);
    },
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');

export const returnBuiltin: Builtin = {
  name: 'return',
  summary: 'Return from a shell function.',
  kind: 'builtin',
  run: (ctx, sh) => {
    if (sh.state.depth === 0) {
      ctx.stderr.write("bash: return: can only `return' from a function or sourced script\n");
      return Promise.resolve(1);
    }
    const n = numericArg(ctx.argv[1], 'return', (t) => ctx.stderr.write(t));
    const code = n === null ? 2 : n === undefined ? sh.state.status : n & 255;
    sh.state.flow = { kind: 'return', code };
    return Promise.resolve(code);
  },
};
