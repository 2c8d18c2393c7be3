/** Every builtin and tool of the lab's shell. */
import { alias, unalias } from './alias';
import { bash, shProgram } from './bash';
import { cat } from './cat';
import { cd } from './cd';
import { clear } from './clear';
import { cp, mv } from './cpmv';
import { cut } from './cut';
import { date } from './date';
import { echo } from './echo';
import { nano, vi, vim } from './editor';
import { env } from './env';
import { evalBuiltin } from './eval';
import { breakBuiltin, continueBuiltin, exit, returnBuiltin } from './flow';
import { grep } from './grep';
import { head, tail } from './headTail';
import { help } from './help';
import { history } from './history';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { basename, dirname, hostname, whoami } from './names';
import { printf } from './printf';
import { pwd } from './pwd';
import { read } from './read';
import { rm } from './rm';
import { seq } from './seq';
import { sleep } from './sleep';
import { sort } from './sort';
import { tee } from './tee';
import { bracket, test } from './test';
import { timeout } from './timeout';
import { touch } from './touch';
import { tr } from './tr';
import { colon, falseBuiltin, trueBuiltin } from './trueFalse';
import { type, which } from './type';
import type { Builtin } from './types';
import { uniq } from './uniq';
import { exportBuiltin, unset } from './vars';
import { watch } from './watch';
import { wc } from './wc';

/** The builtins and tools, in no particular order (the shell indexes them by name). */
export function allBuiltins(): Builtin[] {
  return [
    alias, unalias, bash, shProgram, cat, cd, clear, cp, mv, cut, date, echo, nano, vi, vim, env, evalBuiltin, breakBuiltin, continueBuiltin,
    exit, returnBuiltin, grep, head, tail, help, history, ls, mkdir, basename, dirname, hostname, whoami, printf, pwd, read,
    rm, seq, sleep, sort, tee, bracket, test, timeout, touch, tr, colon, falseBuiltin, trueBuiltin, type, which, uniq,
    exportBuiltin, unset, watch, wc,
  ];
}
