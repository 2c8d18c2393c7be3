import { describe, expect, it } from 'vitest';
import { needsMore } from './shell';
import { testShell } from './testing/session';

const noAlias = (): undefined => undefined;

describe('needsMore', () => {
  it.each([
    { name: 'a plain command is complete', src: 'echo hi', want: 'complete' },
    { name: 'an open double quote continues', src: 'echo "abc', want: 'continue' },
    { name: 'an open single quote continues', src: "echo 'abc", want: 'continue' },
    { name: 'a trailing backslash continues', src: 'echo a \\', want: 'continue' },
    { name: 'a trailing pipe continues', src: 'echo a |', want: 'continue' },
    { name: 'a trailing && continues', src: 'true &&', want: 'continue' },
    { name: 'a for loop without done continues', src: 'for i in 1 2; do echo $i', want: 'continue' },
    { name: 'an if without fi continues', src: 'if true; then', want: 'continue' },
    { name: 'a here-document without its delimiter continues', src: 'cat <<EOF\nabc', want: 'continue' },
    { name: 'a here-document with its delimiter is complete', src: 'cat <<EOF\nabc\nEOF', want: 'complete' },
    { name: 'an open $( continues', src: 'echo $(date', want: 'continue' },
    { name: 'a case without esac continues', src: 'case $x in\n  a) echo a;;', want: 'continue' },
    { name: 'a stray done is an error', src: 'done', want: 'error' },
    { name: 'a stray ;; is an error', src: 'echo ;;', want: 'error' },
    { name: 'a while loop over lines is complete', src: 'while true\ndo\n  sleep 1\ndone', want: 'complete' },
  ])('$name', ({ src, want }) => {
    expect(needsMore(src, noAlias)).toBe(want);
  });
});

describe('syntax errors print bash messages and set $? to 2', () => {
  it.each([
    { name: 'unexpected done', src: 'done', out: "bash: syntax error near unexpected token `done'\n" },
    { name: 'unexpected ;;', src: 'echo ;;', out: "bash: syntax error near unexpected token `;;'\n" },
    { name: 'leading semicolon', src: '; echo', out: "bash: syntax error near unexpected token `;'\n" },
    { name: 'redirection without a target', src: 'echo >', out: "bash: syntax error near unexpected token `newline'\n" },
    { name: 'double pipe operators', src: 'echo a | | b', out: "bash: syntax error near unexpected token `|'\n" },
    { name: 'a close paren', src: 'echo )', out: "bash: syntax error near unexpected token `)'\n" },
    { name: 'unterminated quote at end of input', src: 'echo "abc', out: "bash: unexpected EOF while looking for matching `\"'\n" },
    { name: 'unterminated loop at end of input', src: 'for x in 1; do echo', out: 'bash: syntax error: unexpected end of file\n' },
  ])('$name', async ({ src, out }) => {
    const t = testShell();
    expect(await t.run(src)).toEqual({ out, status: 2 });
  });

  it('runs earlier lines before the line with the error, and later ones after it', async () => {
    const t = testShell();
    expect((await t.run('echo a\necho )\necho b')).out).toBe("a\nbash: syntax error near unexpected token `)'\nb\n");
  });

  it('refuses nesting deeper than the limit without throwing', async () => {
    const t = testShell();
    const deep = '('.repeat(500) + 'echo x' + ')'.repeat(500);
    expect((await t.run(deep)).out).toBe('bash: maximum nesting level exceeded (100)\n');
  });

  it.each([
    ['$(', ')'], ['"$(echo ', ')"'], ['${x:-', '}'], ['$((', '))'], ['(', ')'], ['{ ', '; }'], ['`echo ', '`'],
  ])('nesting %s 20000 deep ends cleanly, without an internal error', async (open, close) => {
    const t = testShell();
    const r = await t.run('echo ' + open.repeat(20000) + 'x' + close.repeat(20000));
    expect(r.out).not.toContain('internal error');
    expect(r.out.length).toBeGreaterThan(0);
  });

  it('stops runaway command substitution with a message', async () => {
    const t = testShell();
    const deep = '$('.repeat(150) + 'echo x' + ')'.repeat(150);
    const r = await t.run(`echo ${deep}`);
    expect(r.out).toContain('bash: maximum nesting level exceeded (100)\n');
  });

  it('stops endless function recursion with bash\'s FUNCNEST message', async () => {
    const t = testShell();
    const r = await t.run('f() { f; }; f');
    expect(r.out).toBe('bash: f: maximum function nesting level exceeded (100)\n');
    expect(r.status).toBe(1);
  });
});
