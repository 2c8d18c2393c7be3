import { describe, expect, it } from 'vitest';
import type { Command } from './command';
import { testShell } from './testing/session';

const kubectl: Command = {
  name: 'kubectl', summary: 'k8s',
  run: () => Promise.resolve(0),
  complete: (req) => {
    const [, verb] = req.words;
    if (req.words.length === 2) return ['get', 'describe', 'delete'].filter((v) => v.startsWith(verb ?? ''));
    if (req.words.length === 3 && verb === 'get') return ['pods', 'deployments'];
    return [];
  },
};

describe('complete', () => {
  const t = testShell({ commands: [kubectl], files: { 'web.yaml': '', 'web2.yaml': '', 'manifests/a.yaml': '', '.hidden': '' } });

  it.each([
    { name: 'command names in first position', line: 'kube', from: 0, want: ['kubectl'] },
    { name: 'builtins and tools in first position', line: 'his', from: 0, want: ['history'] },
    { name: 'kubectl verbs through the k alias', line: 'k ge', from: 2, want: ['get'] },
    { name: 'kubectl resource types', line: 'kubectl get p', from: 12, want: ['pods'] },
    { name: 'file names when kubectl has nothing', line: 'kubectl apply -f we', from: 17, want: ['web.yaml', 'web2.yaml'] },
    { name: 'directories end with a slash', line: 'cat man', from: 4, want: ['manifests/'] },
    { name: 'files inside a directory', line: 'cat manifests/', from: 4, want: ['manifests/a.yaml'] },
    { name: 'hidden files only with a dot', line: 'ls .h', from: 3, want: ['.hidden'] },
    { name: 'variables after $', line: 'echo $HOM', from: 5, want: ['$HOME'] },
    { name: 'after a pipe, command names again', line: 'ls | gr', from: 5, want: ['grep'] },
  ])('$name', ({ line, from, want }) => {
    const r = t.shell.complete(line, line.length);
    expect(r.from).toBe(from);
    expect(r.to).toBe(line.length);
    expect(r.candidates).toEqual(want);
  });
});
