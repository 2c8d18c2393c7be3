/**
 * The small tools against GNU coreutils and grep: every expected text below was produced by
 * the real tools on Debian (coreutils 9.1, grep 3.8, bash 5.2) on the same files.
 */
import { describe, expect, it } from 'vitest';
import { testShell } from '../testing/session';

const files = {
  'f.txt': 'one\ntwo\nthree\n',
  'g.txt': 'four\nfive\n',
  'c.txt': 'a:1\nb:3\nc:2\nnocolon\n',
  'dup.txt': 'x\nx\ny\nz\nz\n',
  'sp.txt': 'a   b  c\n',
  't.txt': 'a1\nb2\nc3\nmatch d4\ne5\nf6\ng7\nh8\nmatch i9\nj10\nmatch k11\nl12\nm13\n',
  'u.txt': 'x\nmatch y\nz\n',
};

describe('tools match coreutils', () => {
  it.each([
    ["cat -n f.txt", "     1\tone\n     2\ttwo\n     3\tthree\n", 0],
    ["cat -A f.txt", "one$\ntwo$\nthree$\n", 0],
    ["head -c 5 f.txt", "one\nt", 0],
    ["tail -2 f.txt", "two\nthree\n", 0],
    ["head f.txt g.txt", "==> f.txt <==\none\ntwo\nthree\n\n==> g.txt <==\nfour\nfive\n", 0],
    ["head -n -1 f.txt", "one\ntwo\n", 0],
    ["grep -n o f.txt g.txt", "f.txt:1:one\nf.txt:2:two\ng.txt:1:four\n", 0],
    ["grep -c o f.txt g.txt", "f.txt:2\ng.txt:1\n", 0],
    ["grep -l o f.txt g.txt", "f.txt\ng.txt\n", 0],
    ["grep -x two f.txt", "two\n", 0],
    ["grep -e one -e two f.txt", "one\ntwo\n", 0],
    ["grep 't\\(w\\|h\\)' f.txt", "two\nthree\n", 0],
    ["grep -E 't(w|h)' f.txt", "two\nthree\n", 0],
    ["grep -o 'e\\+' f.txt", "e\nee\n", 0],
    ["grep -in TWO f.txt", "2:two\n", 0],
    ["grep -m1 o f.txt", "one\n", 0],
    ["grep -A1 match t.txt", "match d4\ne5\n--\nmatch i9\nj10\nmatch k11\nl12\n", 0],
    ["grep -B2 match t.txt", "b2\nc3\nmatch d4\n--\ng7\nh8\nmatch i9\nj10\nmatch k11\n", 0],
    ["grep -n -C1 match t.txt", "3-c3\n4:match d4\n5-e5\n--\n8-h8\n9:match i9\n10-j10\n11:match k11\n12-l12\n", 0],
    ["grep -C1 match t.txt u.txt", "t.txt-c3\nt.txt:match d4\nt.txt-e5\n--\nt.txt-h8\nt.txt:match i9\nt.txt-j10\nt.txt:match k11\nt.txt-l12\n--\nu.txt-x\nu.txt:match y\nu.txt-z\n", 0],
    ["grep -n -A2 -m2 match t.txt", "4:match d4\n5-e5\n6-f6\n--\n9:match i9\n10-j10\n11-match k11\n", 0],
    ["grep -c -C1 match t.txt", "3\n", 0],
    ["grep -v -A1 '[a-k]' t.txt", "l12\nm13\n", 0],
    ["grep --context=1 match u.txt", "x\nmatch y\nz\n", 0],
    ["grep -C x match t.txt", "grep: x: invalid context length argument\n", 2],
    ["sort -r f.txt", "two\nthree\none\n", 0],
    ["sort -t: -k2 c.txt", "nocolon\na:1\nc:2\nb:3\n", 0],
    ["sort -n c.txt", "a:1\nb:3\nc:2\nnocolon\n", 0],
    ["sort -u dup.txt", "x\ny\nz\n", 0],
    ["cut -d: -f1 c.txt", "a\nb\nc\nnocolon\n", 0],
    ["cut -f2 -d: -s c.txt", "1\n3\n2\n", 0],
    ["cut -c2- f.txt", "ne\nwo\nhree\n", 0],
    ["uniq -d dup.txt", "x\nz\n", 0],
    ["uniq -u dup.txt", "y\n", 0],
    ["uniq -c dup.txt", "      2 x\n      1 y\n      2 z\n", 0],
    ["wc -c f.txt g.txt", "14 f.txt\n10 g.txt\n24 total\n", 0],
    ["wc -lw f.txt", " 3  3 f.txt\n", 0],
    ["wc f.txt g.txt", " 3  3 14 f.txt\n 2  2 10 g.txt\n 5  5 24 total\n", 0],
    ["echo \"a b\" | wc", "      1       2       4\n", 0],
    ["tr -s ' ' < sp.txt", "a b c\n", 0],
    ["tr -c 'a-z\\n' '_' < f.txt", "one\ntwo\nthree\n", 0],
    ["tr 'ot' '0T' < f.txt", "0ne\nTw0\nThree\n", 0],
    ["seq 5 -1 1", "5\n4\n3\n2\n1\n", 0],
    ["seq -w 1 10 | tail -2", "09\n10\n", 0],
    ["seq 1 0.5 2", "1.0\n1.5\n2.0\n", 0],
    ["seq 0", "", 0],
    ["seq 3 2", "", 0],
    ["printf '%x %o %X %e\\n' 255 8 255 1234.5", "ff 10 FF 1.234500e+03\n", 0],
    ["printf '%-10s|\\n' hi", "hi        |\n", 0],
    ["printf '%c%c\\n' abc def", "ad\n", 0],
    ["printf '%5.2f|%-6d|%+d\\n' 3.14159 42 7", " 3.14|42    |+7\n", 0],
    ["printf \"%d\\n\" 3abc", "bash: printf: 3abc: invalid number\n3\n", 1],
    ["echo -e 'a\\c b'", "a", 0],
    ["basename /a/b/c.yaml .yaml", "c\n", 0],
    ["dirname /a/b/c.yaml", "/a/b\n", 0],
    ["cp f.txt f.txt", "cp: 'f.txt' and 'f.txt' are the same file\n", 1],
    ["mv f.txt f.txt", "mv: 'f.txt' and 'f.txt' are the same file\n", 1],
    ["ls nope f.txt", "ls: cannot access 'nope': No such file or directory\nf.txt\n", 2],
    ["rm -r q; ls q", "rm: cannot remove 'q': No such file or directory\nls: cannot access 'q': No such file or directory\n", 2],
  ])('%s', async (line, out, status) => {
    const t = testShell({ files });
    expect(await t.run(line)).toEqual({ out, status });
  });
});
