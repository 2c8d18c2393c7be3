/** `clear`: homes the cursor and erases the screen and scrollback, as ncurses clear does for xterm. */
import type { Builtin } from './types';

export const clear: Builtin = {
  name: 'clear',
  summary: 'Clear the terminal screen.',
  kind: 'tool',
  run: (ctx) => {
    ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
    return Promise.resolve(0);
  },
};
