import { describe, expect, it } from 'vitest';
import { commandLines, isShellBlock, renderMarkdown } from './markdown';

describe('step Markdown', () => {
  it.each([
    { name: 'emphasis and inline code', md: 'Set **maxSurge** to `1`.', html: '<p>Set <strong>maxSurge</strong> to <code>1</code>.</p>\n' },
    { name: 'raw HTML is escaped', md: '<script>alert(1)</script>', html: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { name: 'inline HTML is escaped', md: 'a <b onclick="x()">b</b>', html: '<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n' },
    { name: 'javascript: links lose their target', md: '[click](javascript:alert(1))', html: '<p>click</p>\n' },
    { name: 'https links open in a new tab', md: '[docs](https://kubernetes.io)', html: '<p><a href="https://kubernetes.io" target="_blank" rel="noreferrer noopener">docs</a></p>\n' },
  ])('$name', ({ md, html }) => {
    expect(renderMarkdown(md)).toEqual([{ kind: 'html', html }]);
  });

  it('hands fenced code blocks back as data, between HTML runs', () => {
    const parts = renderMarkdown('Run:\n\n```bash\nkubectl get rs\n```\n\nThen look.');
    expect(parts.map((p) => p.kind)).toEqual(['html', 'code', 'html']);
    expect(parts[1]).toEqual({ kind: 'code', lang: 'bash', text: 'kubectl get rs' });
  });

  it.each([
    { name: 'one per line, comments and blanks dropped', text: '# look\nkubectl get rs\n\nkubectl get pods', lines: ['kubectl get rs', 'kubectl get pods'] },
    { name: 'backslash continuations joined', text: 'kubectl create deployment web \\\n  --image=nginx', lines: ['kubectl create deployment web   --image=nginx'] },
    { name: 'a leading "$ " prompt removed', text: '$ kubectl get deploy', lines: ['kubectl get deploy'] },
  ])('commandLines: $name', ({ text, lines }) => {
    expect(commandLines(text)).toEqual(lines);
  });

  it.each([['bash', true], ['', true], ['yaml', false], ['json', false]] as const)('isShellBlock(%j) = %j', (lang, yes) => {
    expect(isShellBlock(lang)).toBe(yes);
  });
});
