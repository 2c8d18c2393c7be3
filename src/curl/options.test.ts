import { describe, expect, it } from 'vitest';
import { parseCurlArgs, usageError } from './options';
import { parseCurlUrl } from './url';
import { ZERO_LINE, max5, meterLine, meterTime } from './meter';

describe('curl option parsing', () => {
  it.each([
    { name: 'bundled short flags', args: ['-sS', 'web'], want: { silent: true, showError: true, urls: ['web'] } },
    { name: 'short option with its argument glued', args: ['-oout.txt', 'web'], want: { output: 'out.txt', urls: ['web'] } },
    { name: 'bundle ending in an option that takes the next word', args: ['-sSo', 'out.txt', 'web'], want: { silent: true, output: 'out.txt', urls: ['web'] } },
    { name: 'long options with separate arguments', args: ['--max-time', '2.5', '--write-out', '%{http_code}', 'web'], want: { maxTime: 2.5, writeOut: '%{http_code}' } },
    { name: '-m and --connect-timeout', args: ['-m', '5', '--connect-timeout', '1', 'web'], want: { maxTime: 5, connectTimeout: 1 } },
    { name: '--no- turns a flag off', args: ['-s', '--no-silent', 'web'], want: { silent: false } },
    { name: '-H repeats', args: ['-H', 'A: 1', '-H', 'B: 2', 'web'], want: { headers: ['A: 1', 'B: 2'] } },
    { name: '-X, -A and -d', args: ['-X', 'PUT', '-A', 'probe/1', '-d', 'a=1', 'web'], want: { method: 'PUT', userAgent: 'probe/1', data: 'a=1' } },
    { name: 'flags curl has that change nothing here are accepted', args: ['-kL', '--compressed', 'web'], want: { urls: ['web'] } },
    { name: 'ignored options still consume their argument', args: ['-u', 'me:pw', '--retry', '3', 'web'], want: { urls: ['web'] } },
    { name: 'after -- everything is a URL', args: ['--', '-s'], want: { urls: ['-s'], silent: false } },
    { name: 'several URLs', args: ['web', 'web:8080'], want: { urls: ['web', 'web:8080'] } },
  ])('$name', ({ args, want }) => {
    const r = parseCurlArgs(args);
    expect(r.ok && r.options).toMatchObject(want);
  });

  it.each([
    { name: 'long option with =value is not curl syntax', args: ['--max-time=5', 'web'], message: 'option --max-time=5: is unknown' },
    { name: 'unknown long option', args: ['--foo'], message: 'option --foo: is unknown' },
    { name: 'unknown short option', args: ['-9', 'web'], message: 'option -9: is unknown' },
    { name: 'missing argument', args: ['-o'], message: 'option -o: requires parameter' },
    { name: 'missing argument of a long option', args: ['web', '--write-out'], message: 'option --write-out: requires parameter' },
    { name: 'word where a number belongs', args: ['--max-time', 'soon', 'web'], message: 'option --max-time: expected a proper numerical parameter' },
    { name: 'negative timeout', args: ['--connect-timeout', '-1', 'web'], message: 'option --connect-timeout: expected a positive numerical parameter' },
    { name: '--no- on an option that takes an argument', args: ['--no-output', 'web'], message: 'option --no-output: is unknown' },
  ])('$name', ({ args, message }) => {
    expect(parseCurlArgs(args)).toEqual({ ok: false, message });
  });

  it('prints the two lines curl prints after a mistake', () => {
    expect(usageError('option -o: requires parameter')).toBe("curl: option -o: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
  });
});

describe('curl URLs', () => {
  it.each([
    { name: 'bare host gets http, port 80 and /', raw: 'web', want: { scheme: 'http', host: 'web', port: 80, path: '/', effective: 'http://web/', hostHeader: 'web' } },
    { name: 'host and port', raw: 'web:8080', want: { port: 8080, effective: 'http://web:8080/', hostHeader: 'web:8080' } },
    { name: 'path and query kept, fragment dropped', raw: 'http://web/a/b?x=1#top', want: { path: '/a/b?x=1', effective: 'http://web/a/b?x=1' } },
    { name: 'query without a path', raw: 'web?x=1', want: { path: '/?x=1' } },
    { name: 'default port is not repeated', raw: 'http://web:80/', want: { effective: 'http://web/', hostHeader: 'web' } },
    { name: 'https defaults to 443', raw: 'https://web', want: { scheme: 'https', port: 443 } },
    { name: 'user info is not part of the host', raw: 'http://me:pw@web/', want: { host: 'web' } },
    { name: 'IP literal', raw: '10.96.0.12:80', want: { host: '10.96.0.12', port: 80 } },
  ])('$name', ({ raw, want }) => {
    const r = parseCurlUrl(raw);
    expect(r.ok && r.url).toMatchObject(want);
  });

  it.each([
    { name: 'port out of range', raw: 'http://web:99999/', want: { code: 3, message: 'URL using bad/illegal format or missing URL' } },
    { name: 'no host', raw: 'http://', want: { code: 3, message: 'URL using bad/illegal format or missing URL' } },
    { name: 'scheme curl lacks here', raw: 'ftp2://web', want: { code: 1, message: 'Protocol "ftp2" not supported' } },
  ])('$name', ({ raw, want }) => {
    expect(parseCurlUrl(raw)).toEqual({ ok: false, error: want });
  });
});

describe('progress meter', () => {
  it('the zero line has curl\'s columns', () => {
    expect(ZERO_LINE).toBe('  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0');
  });
  it('a finished 18-byte transfer', () => {
    expect(meterLine({ total: 18, received: 18, elapsedMs: 12 })).toBe('100    18  100    18    0     0   1500      0 --:--:-- --:--:-- --:--:--  1500');
  });
  it.each([
    { n: 615, want: '  615' }, { n: 99_999, want: '99999' }, { n: 100_000, want: '  97k' }, { n: 20_000_000, want: '19.0M' },
  ])('max5($n) = "$want"', ({ n, want }) => { expect(max5(n)).toBe(want); });
  it.each([
    { ms: 999, want: '--:--:--' }, { ms: 5_001, want: ' 0:00:05' }, { ms: 130_001, want: ' 0:02:10' },
  ])('meterTime($ms) = "$want"', ({ ms, want }) => { expect(meterTime(ms)).toBe(want); });
});
