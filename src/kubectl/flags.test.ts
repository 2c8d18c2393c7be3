import { describe, expect, it } from 'vitest';
import { type FlagDef, formatDuration, helpDefault, parseDuration, parseFlags } from './flags';

const defs: FlagDef[] = [
  { name: 'namespace', short: 'n', type: 'string', usage: '' },
  { name: 'replicas', type: 'int', usage: '' },
  { name: 'watch', short: 'w', type: 'bool', usage: '' },
  { name: 'all', short: 'A', type: 'bool', usage: '' },
  { name: 'timeout', type: 'duration', usage: '' },
  { name: 'filename', short: 'f', type: 'stringSlice', usage: '' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: '' },
];

describe('parseFlags (pflag semantics)', () => {
  it.each([
    { name: '--x=v', argv: ['--namespace=dev', 'pods'], flag: 'namespace', want: 'dev', args: ['pods'] },
    { name: '--x v', argv: ['--namespace', 'dev', 'pods'], flag: 'namespace', want: 'dev', args: ['pods'] },
    { name: '-n ns', argv: ['-n', 'dev'], flag: 'namespace', want: 'dev', args: [] },
    { name: '-nns', argv: ['-ndev'], flag: 'namespace', want: 'dev', args: [] },
    { name: '-n=ns', argv: ['-n=dev'], flag: 'namespace', want: 'dev', args: [] },
    { name: 'flags after args (interspersed)', argv: ['pods', '-w'], flag: 'watch', want: true, args: ['pods'] },
    { name: 'combined bool shorthands', argv: ['-wA'], flag: 'all', want: true, args: [] },
    { name: 'bool --flag=false', argv: ['--watch=false'], flag: 'watch', want: false, args: [] },
    { name: 'ints in base 0', argv: ['--replicas=0x10'], flag: 'replicas', want: 16, args: [] },
    { name: 'duration 1m30s in ms', argv: ['--timeout=1m30s'], flag: 'timeout', want: 90_000, args: [] },
    { name: 'string slices split on commas and repeat', argv: ['-f', 'a.yaml,b.yaml', '-f', 'c.yaml'], flag: 'filename', want: ['a.yaml', 'b.yaml', 'c.yaml'], args: [] },
    { name: '-- ends flags', argv: ['--', '-w'], flag: 'watch', want: false, args: ['-w'] },
    { name: 'bare --dry-run takes its no-option default', argv: ['--dry-run', 'x'], flag: 'dry-run', want: 'unchanged', args: ['x'] },
  ])('$name', ({ argv, flag, want, args }) => {
    const r = parseFlags(defs, argv);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    const got = typeof want === 'boolean' ? v.bool(flag) : typeof want === 'number' ? v.int(flag) : Array.isArray(want) ? v.list(flag) : v.str(flag);
    expect(got).toEqual(want);
    expect(v.args).toEqual(args);
  });

  it.each([
    { name: 'unknown long flag', argv: ['--foo'], error: 'unknown flag: --foo' },
    { name: 'unknown shorthand', argv: ['-z'], error: "unknown shorthand flag: 'z' in -z" },
    { name: 'unknown shorthand inside a group', argv: ['-wz'], error: "unknown shorthand flag: 'z' in -wz" },
    { name: 'missing value for a long flag', argv: ['--namespace'], error: 'flag needs an argument: --namespace' },
    { name: 'missing value for a shorthand', argv: ['-n'], error: "flag needs an argument: 'n' in -n" },
    { name: 'bad int', argv: ['--replicas=x'], error: 'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax' },
    { name: 'bad bool names the shorthand too', argv: ['--watch=3'], error: 'invalid argument "3" for "-w, --watch" flag: strconv.ParseBool: parsing "3": invalid syntax' },
    { name: 'duration without unit', argv: ['--timeout=30'], error: 'invalid argument "30" for "--timeout" flag: time: missing unit in duration "30"' },
    { name: 'duration garbage', argv: ['--timeout=x'], error: 'invalid argument "x" for "--timeout" flag: time: invalid duration "x"' },
  ])('rejects $name', ({ argv, error }) => {
    expect(parseFlags(defs, argv)).toEqual({ ok: false, error });
  });
});

describe('durations (Go time package)', () => {
  it.each([
    ['30s', 30_000], ['1m30s', 90_000], ['1.5h', 5_400_000], ['500ms', 500], ['0', 0], ['2h45m', 9_900_000],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text)).toEqual({ ok: true, ms });
  });

  it.each([[0, '0s'], [30_000, '30s'], [90_000, '1m30s'], [3_600_000, '1h0m0s'], [500, '500ms']])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('helpDefault (pflag defaults in help)', () => {
  it.each<{ def: FlagDef; want: string }>([
    { def: { name: 'a', type: 'bool', usage: '' }, want: 'false' },
    { def: { name: 'a', type: 'string', default: 'none', usage: '' }, want: "'none'" },
    { def: { name: 'a', type: 'int', default: -1, usage: '' }, want: '-1' },
    { def: { name: 'a', type: 'duration', default: 30_000, usage: '' }, want: '30s' },
    { def: { name: 'a', type: 'stringSlice', usage: '' }, want: '[]' },
  ])('$want', ({ def, want }) => {
    expect(helpDefault(def)).toBe(want);
  });
});
