/** Pathname expansion (`*`, `?`, `[…]`) against the virtual filesystem, as bash does by default. */
import type { FileSystem } from './command';

/** One piece of a field: `active` text may hold pattern characters; inactive text was quoted. */
export interface Segment { text: string; active: boolean }

/** True when the field contains an unquoted `*`, `?` or `[`. */
export function hasGlob(segs: readonly Segment[]): boolean {
  return segs.some((s) => s.active && /[*?[]/.test(s.text));
}

/** Turns segments into a pattern string where quoted characters are backslash-escaped. */
export function toPattern(segs: readonly Segment[]): string {
  return segs.map((s) => (s.active ? s.text : s.text.replace(/[*?[\]\\]/g, '\\$&'))).join('');
}

/** Converts a glob pattern to a regular expression matching a whole string. */
export function patternToRegex(pattern: string, opts: { slash?: boolean } = {}): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) { re += escapeRe(pattern[++i] ?? ''); continue; }
    if (c === '*') { re += opts.slash ? '.*' : '[^/]*'; continue; }
    if (c === '?') { re += opts.slash ? '.' : '[^/]'; continue; }
    if (c === '[') {
      const end = findClassEnd(pattern, i);
      if (end > 0) { re += classToRe(pattern.slice(i + 1, end)); i = end; continue; }
    }
    re += escapeRe(c);
  }
  return new RegExp('^' + re + '$', 's');
}

function findClassEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++;
  while (j < p.length && p[j] !== ']') j++;
  return j < p.length ? j : -1;
}

function classToRe(body: string): string {
  const negate = body.startsWith('!') || body.startsWith('^');
  const inner = (negate ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&').replace(/\[:(\w+):\\\]/g, (_m, n: string) => posixClass(n));
  return `[${negate ? '^' : ''}${inner}]`;
}

function posixClass(name: string): string {
  const map: Record<string, string> = { alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9a-fA-F' };
  return map[name] ?? '';
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Expands a pattern to the sorted list of matching paths; empty when nothing matches. */
export function globPaths(pattern: string, fs: FileSystem): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let bases: string[] = [absolute ? '/' : ''];
  for (const [idx, comp] of comps.entries()) {
    if (comp === '' && idx === 0) continue;
    const last = idx === comps.length - 1;
    const next: string[] = [];
    for (const base of bases) {
      if (!/[*?[]/.test(comp.replace(/\\./g, ''))) {
        const path = join(base, comp.replace(/\\(.)/g, '$1'));
        if (fs.stat(path || '.').ok) next.push(path);
        continue;
      }
      const entries = fs.readDir(base === '' ? '.' : base);
      if (!entries.ok) continue;
      const re = patternToRegex(comp);
      for (const name of entries.value) {
        if (name.startsWith('.') && !comp.startsWith('.')) continue;
        if (!re.test(name)) continue;
        const path = join(base, name);
        if (!last) {
          const st = fs.stat(path);
          if (!st.ok || st.value.kind !== 'dir') continue;
        }
        next.push(path);
      }
    }
    bases = next;
  }
  if (pattern.endsWith('/')) bases = bases.map((b) => b + '/');
  return bases.filter((b) => b !== '').sort();
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base.endsWith('/') ? base + name : `${base}/${name}`;
}
