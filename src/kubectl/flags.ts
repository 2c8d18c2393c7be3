/**
 * Command-line flags with pflag's semantics and error texts: `--x=v`, `--x v`, `-n ns`,
 * `-nns`, combined bool shorthands (`-it`), `--` ends flags, `--flag=false` for bools,
 * Go durations and ints. Mirrors github.com/spf13/pflag flag.go parseArgs/parseLongArg/parseShortArg.
 */

export type FlagType = 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice';

/** One flag as a command declares it. */
export interface FlagDef {
  name: string;
  short?: string;
  type: FlagType;
  /** Default value as pflag prints it in help (`false`, `''`, `[]`, `0s`, `-1`…) is derived from this. */
  default?: string | number | boolean;
  usage: string;
  /** Value used when the flag is given without `=value` (pflag NoOptDefVal), e.g. `--dry-run` → `unchanged`. */
  noOptDefault?: string;
  hidden?: boolean;
  /** Printed as `Flag --x has been deprecated, <text>` when used. */
  deprecated?: string;
}

export type FlagValue = string | number | boolean | string[];

/** Parsed command line: flag values (defaults included), which were set, and positional args. */
export class ParsedFlags {
  constructor(
    private readonly values: ReadonlyMap<string, FlagValue>,
    private readonly setNames: ReadonlySet<string>,
    readonly args: readonly string[],
    /** Positional args after `--` (cobra's ArgsLenAtDash), -1 when there was no `--`. */
    readonly argsLenAtDash: number,
    readonly deprecations: readonly string[],
  ) {}
  changed(name: string): boolean { return this.setNames.has(name); }
  bool(name: string): boolean { return this.values.get(name) === true; }
  str(name: string): string { const v = this.values.get(name); return typeof v === 'string' ? v : ''; }
  int(name: string): number { const v = this.values.get(name); return typeof v === 'number' ? v : 0; }
  /** Duration flags are stored in milliseconds. */
  ms(name: string): number { return this.int(name); }
  list(name: string): string[] { const v = this.values.get(name); return Array.isArray(v) ? v : []; }
}

export type FlagParse = { ok: true; value: ParsedFlags } | { ok: false; error: string };

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go time.ParseDuration, in milliseconds; the error text is Go's. */
export function parseDuration(text: string): { ok: true; ms: number } | { ok: false; error: string } {
  const bad = { ok: false as const, error: `time: invalid duration ${JSON.stringify(text)}` };
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) { sign = s.startsWith('-') ? -1 : 1; s = s.slice(1); }
  if (s === '0') return { ok: true, ms: 0 };
  if (s === '') return bad;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(\.\d*)?/.exec(s);
    if (!num || num[0] === '' || num[0] === '.') return bad;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]+/.exec(s)?.[0];
    if (!unit) return { ok: false, error: `time: missing unit in duration ${JSON.stringify(text)}` };
    const factor = UNITS[unit];
    if (factor === undefined) return { ok: false, error: `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}` };
    total += Number(num[0]) * factor;
    s = s.slice(unit.length);
  }
  return { ok: true, ms: sign * total };
}

/** Go's time.Duration.String for whole milliseconds: `0s`, `30s`, `1m30s`, `1h0m0s`, `500ms`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (Math.abs(ms) < 1000) return `${ms}ms`;
  const neg = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const h = Math.floor(rest / 3_600_000); rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000); rest -= m * 60_000;
  const sec = rest / 1000;
  const secText = `${Number.isInteger(sec) ? sec : sec.toFixed(3).replace(/0+$/, '')}s`;
  if (h > 0) return `${neg}${h}h${m}m${secText}`;
  if (m > 0) return `${neg}${m}m${secText}`;
  return `${neg}${secText}`;
}

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go strconv.ParseInt(s, 0, 64) for the values a learner types. */
function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0x[0-9a-fA-F]+|0o?[0-7]+|0b[01]+|[1-9][0-9_]*|0)$/.exec(s);
  if (!m) return undefined;
  const body = m[2] ?? '';
  const n = body.startsWith('0') && body.length > 1 && !/^0[xob]/.test(body) ? parseInt(body, 8) : Number(body.replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}

function defaultValue(def: FlagDef): FlagValue {
  switch (def.type) {
    case 'bool': return def.default === true;
    case 'int': return typeof def.default === 'number' ? def.default : 0;
    case 'duration': return typeof def.default === 'number' ? def.default : 0;
    case 'string': return typeof def.default === 'string' ? def.default : '';
    case 'stringArray':
    case 'stringSlice': return [];
  }
}

/** Converts one textual value; the error is pflag's `invalid argument …` text. */
function convert(def: FlagDef, raw: string, shown: string, prev: FlagValue | undefined, fresh: boolean): { ok: true; v: FlagValue } | { ok: false; error: string } {
  const invalid = (why: string) => ({ ok: false as const, error: `invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(shown)} flag: ${why}` });
  switch (def.type) {
    case 'bool':
      if (BOOL_TRUE.has(raw)) return { ok: true, v: true };
      if (BOOL_FALSE.has(raw)) return { ok: true, v: false };
      return invalid(`strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`);
    case 'int': {
      const n = parseGoInt(raw);
      return n === undefined ? invalid(`strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`) : { ok: true, v: n };
    }
    case 'duration': {
      const d = parseDuration(raw);
      return d.ok ? { ok: true, v: d.ms } : invalid(d.error);
    }
    case 'string': return { ok: true, v: raw };
    case 'stringArray': return { ok: true, v: [...(fresh ? [] : (prev as string[])), raw] };
    case 'stringSlice': return { ok: true, v: [...(fresh ? [] : (prev as string[])), ...(raw === '' ? [] : raw.split(','))] };
  }
}

class FlagState {
  readonly values = new Map<string, FlagValue>();
  readonly setNames = new Set<string>();
  readonly deprecations: string[] = [];
  constructor(readonly defs: readonly FlagDef[]) {
    for (const d of defs) this.values.set(d.name, defaultValue(d));
  }
  byName(name: string): FlagDef | undefined { return this.defs.find((d) => d.name === name); }
  byShort(c: string): FlagDef | undefined { return this.defs.find((d) => d.short === c); }
  set(def: FlagDef, raw: string, shown: string): string | undefined {
    const r = convert(def, raw, shown, this.values.get(def.name), !this.setNames.has(def.name));
    if (!r.ok) return r.error;
    this.values.set(def.name, r.v);
    if (def.deprecated && !this.setNames.has(def.name)) this.deprecations.push(`Flag --${def.name} has been deprecated, ${def.deprecated}`);
    this.setNames.add(def.name);
    return undefined;
  }
}

/** pflag names a flag with its shorthand whenever it has one: `"-w, --watch"`. */
const shownName = (def: FlagDef, _viaShort: boolean): string => (def.short ? `-${def.short}, --${def.name}` : `--${def.name}`);

function parseLong(st: FlagState, arg: string, rest: string[]): string | undefined {
  const body = arg.slice(2);
  const eq = body.indexOf('=');
  const name = eq >= 0 ? body.slice(0, eq) : body;
  const def = st.byName(name);
  if (!def) return `unknown flag: --${name}`;
  if (eq >= 0) return st.set(def, body.slice(eq + 1), shownName(def, false));
  if (def.type === 'bool') return st.set(def, 'true', shownName(def, false));
  if (def.noOptDefault !== undefined) return st.set(def, def.noOptDefault, shownName(def, false));
  if (rest.length === 0) return `flag needs an argument: --${name}`;
  return st.set(def, rest.shift() ?? '', shownName(def, false));
}

function parseShort(st: FlagState, arg: string, rest: string[]): string | undefined {
  let s = arg.slice(1);
  while (s.length > 0) {
    const c = s[0] ?? '';
    const def = st.byShort(c);
    if (!def) return `unknown shorthand flag: '${c}' in ${arg}`;
    const after = s.slice(1);
    if (after.startsWith('=')) return st.set(def, after.slice(1), shownName(def, true));
    if (def.type === 'bool' || def.noOptDefault !== undefined) {
      const err = st.set(def, def.type === 'bool' ? 'true' : (def.noOptDefault ?? ''), shownName(def, true));
      if (err) return err;
      s = after;
      continue;
    }
    if (after.length > 0) return st.set(def, after, shownName(def, true));
    if (rest.length === 0) return `flag needs an argument: '${c}' in -${c}`;
    return st.set(def, rest.shift() ?? '', shownName(def, true));
  }
  return undefined;
}

/** Parses `argv` (without the command path) against `defs`; flags may come anywhere (interspersed). */
export function parseFlags(defs: readonly FlagDef[], argv: readonly string[]): FlagParse {
  const st = new FlagState(defs);
  const args: string[] = [];
  const rest = [...argv];
  let atDash = -1;
  while (rest.length > 0) {
    const arg = rest.shift() ?? '';
    if (arg === '--') { atDash = args.length; args.push(...rest); break; }
    let err: string | undefined;
    if (arg.startsWith('--')) err = parseLong(st, arg, rest);
    else if (arg.startsWith('-') && arg.length > 1) err = parseShort(st, arg, rest);
    else args.push(arg);
    if (err) return { ok: false, error: err };
  }
  return { ok: true, value: new ParsedFlags(st.values, st.setNames, args, atDash, st.deprecations) };
}

/** The default as kubectl's help prints it: `--replicas=0`, `--dry-run='none'`, `-f, --filename=[]`. */
export function helpDefault(def: FlagDef): string {
  switch (def.type) {
    case 'bool': return def.default === true ? 'true' : 'false';
    case 'int': return String(typeof def.default === 'number' ? def.default : 0);
    case 'duration': return formatDuration(typeof def.default === 'number' ? def.default : 0);
    case 'string': return `'${typeof def.default === 'string' ? def.default : ''}'`;
    case 'stringArray':
    case 'stringSlice': return '[]';
  }
}
