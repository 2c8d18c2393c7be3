/** `!!`, `!$`, `!n`, `!-n` and `!prefix` history expansion before parsing (mirrors bash's lib/readline/histexpand.c). */

export type HistoryExpansion = { ok: true; line: string; changed: boolean } | { ok: false; message: string };

/** Expands history references in `line` against `history` (oldest first). */
export function expandHistory(line: string, history: readonly string[]): HistoryExpansion {
  if (!line.includes('!')) return { ok: true, line, changed: false };
  let out = '';
  let changed = false;
  let single = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (c === "'") single = !single;
    if (c === '\\' && !single) { out += c + (line[i + 1] ?? ''); i++; continue; }
    const next = line[i + 1] ?? '';
    if (c !== '!' || single || next === '' || /[\s=(]/.test(next)) {
      out += c;
      continue;
    }
    const ref = /^!(!|\$|-?[0-9]+|\?[^?\n]*\??|[^\s!=(;&|<>"']+)/.exec(line.slice(i));
    if (!ref) { out += c; continue; }
    const found = resolve(ref[1] ?? '', history);
    if (found === null) return { ok: false, message: `${ref[0]}: event not found` };
    out += found;
    changed = true;
    i += ref[0].length - 1;
  }
  return { ok: true, line: out, changed };
}

function resolve(spec: string, history: readonly string[]): string | null {
  const last = history[history.length - 1];
  if (spec === '!') return last ?? null;
  if (spec === '$') return last === undefined ? null : (last.trim().split(/\s+/).pop() ?? '');
  if (/^-[0-9]+$/.test(spec)) return history[history.length + Number(spec)] ?? null;
  if (/^[0-9]+$/.test(spec)) return history[Number(spec) - 1] ?? null;
  if (spec.startsWith('?')) {
    const needle = spec.slice(1).replace(/\?$/, '');
    for (let i = history.length - 1; i >= 0; i--) if (history[i]?.includes(needle)) return history[i] ?? null;
    return null;
  }
  for (let i = history.length - 1; i >= 0; i--) if (history[i]?.startsWith(spec)) return history[i] ?? null;
  return null;
}

/**
 * Joins a multi-line command into the one-line form bash's `cmdhist` stores: `; ` between
 * commands, a space after words that continue a command (`do`, `then`, `|`, `&&`…), and a
 * backslash-newline removed. Here-documents keep their newlines.
 */
export function joinHistoryLines(source: string): string {
  const text = source.replace(/\n+$/, '');
  if (!text.includes('\n') || text.includes('<<')) return text;
  let out = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const prev = out.trimEnd();
    if (out === '') out = raw.trimEnd();
    else if (prev.endsWith('\\')) out = prev.slice(0, -1) + raw.trimStart();
    else if (line === '') continue;
    else if (/(^|\s)(do|then|else|elif|in|\{|!)$|[|&;({]$/.test(prev)) out = `${prev} ${line}`;
    else out = `${prev}; ${line}`;
  }
  return out;
}
