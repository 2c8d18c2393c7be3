/** `printf FORMAT [ARG …]`: %s %d %i %u %x %X %o %f %e %g %c %b %q %%, widths and precision; the format is reused for extra arguments (bash's builtin). */
import { decodeEscapes } from '../escapes';
import type { Builtin } from './types';

const SPEC = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([diouxXfFeEgGcsbq%])/g;

export const printf: Builtin = {
  name: 'printf',
  summary: 'Formats and prints ARGUMENTS under control of the FORMAT.',
  kind: 'builtin',
  run: (ctx) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    const format = args.shift();
    if (format === undefined) {
      ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
      return Promise.resolve(2);
    }
    let status = 0;
    let out = '';
    do {
      const used = { n: 0 };
      const next = (): string | undefined => { const a = args[used.n]; used.n++; return a; };
      const r = formatOnce(format, next, (bad) => { ctx.stderr.write(`bash: printf: ${bad}: invalid number\n`); status = 1; });
      out += r.text;
      args.splice(0, Math.min(used.n, args.length));
      if (r.stop || used.n === 0) break;
    } while (args.length > 0);
    ctx.stdout.write(out);
    return Promise.resolve(status);
  },
};

function formatOnce(format: string, next: () => string | undefined, invalid: (s: string) => void): { text: string; stop: boolean } {
  let text = '';
  let last = 0;
  for (const m of format.matchAll(SPEC)) {
    const lit = decodeEscapes(format.slice(last, m.index), 'printf');
    text += lit.text;
    if (lit.stop) return { text, stop: true };
    last = m.index + m[0].length;
    const [, flags = '', widthSpec, precSpec, conv = 's'] = m;
    if (conv === '%') { text += '%'; continue; }
    const width = widthSpec === '*' ? Number(next() ?? 0) : widthSpec ? Number(widthSpec) : 0;
    const prec = precSpec === '*' ? Number(next() ?? 0) : precSpec !== undefined ? Number(precSpec || 0) : undefined;
    const value = convert(conv, next() ?? '', prec, flags, invalid);
    if (value.stop) return { text: text + value.text, stop: true };
    text += pad(value.text, width, flags, /[diouxXfFeEgG]/.test(conv));
  }
  const tail = decodeEscapes(format.slice(last), 'printf');
  return { text: text + tail.text, stop: tail.stop };
}

function toNumber(arg: string, invalid: (s: string) => void): number {
  if (arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = /^[-+]?0[xX][0-9a-fA-F]+$/.test(arg) ? parseInt(arg, 16) : /^[-+]?0[0-7]+$/.test(arg) ? parseInt(arg, 8) : Number(arg);
  if (!Number.isNaN(n)) return n;
  invalid(arg);
  const prefix = /^\s*[-+]?[0-9]*\.?[0-9]*/.exec(arg)?.[0] ?? '';
  return Number(prefix) || 0;
}

function convert(conv: string, arg: string, prec: number | undefined, flags: string, invalid: (s: string) => void): { text: string; stop?: boolean } {
  switch (conv) {
    case 's': return { text: prec === undefined ? arg : arg.slice(0, prec) };
    case 'b': { const d = decodeEscapes(arg, 'echo'); return { text: d.text, stop: d.stop }; }
    case 'q': return { text: /^[A-Za-z0-9_./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'` };
    case 'c': return { text: arg.slice(0, 1) };
    case 'd': case 'i': case 'u': {
      const n = Math.trunc(toNumber(arg, invalid));
      const sign = n >= 0 && flags.includes('+') ? '+' : n >= 0 && flags.includes(' ') ? ' ' : '';
      return { text: sign + String(n) };
    }
    case 'x': case 'X': case 'o': {
      const n = Math.trunc(toNumber(arg, invalid));
      const s = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(conv === 'o' ? 8 : 16);
      return { text: conv === 'X' ? s.toUpperCase() : s };
    }
    default: {
      const n = toNumber(arg, invalid);
      const p = prec ?? 6;
      const s = conv === 'e' || conv === 'E' ? n.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2') : conv === 'g' || conv === 'G' ? String(Number(n.toPrecision(p || 1))) : n.toFixed(p);
      return { text: conv === conv.toUpperCase() ? s.toUpperCase() : s };
    }
  }
}

function pad(s: string, width: number, flags: string, numeric: boolean): string {
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(s) ? s[0] ?? '' : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}
