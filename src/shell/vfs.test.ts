import { describe, expect, it } from 'vitest';
import { createVfs, normalizePath, restoreVfs } from './vfs';

const make = (): ReturnType<typeof createVfs> => createVfs({ home: '/root', now: () => 1000, files: { 'web.yaml': 'kind: Pod\n', 'k8s/svc.yaml': 'kind: Service\n' } });

describe('vfs', () => {
  it.each([
    { name: 'relative to cwd', path: 'a/b', cwd: '/root', want: '/root/a/b' },
    { name: 'dot and dot-dot', path: './a/../b/.', cwd: '/root', want: '/root/b' },
    { name: 'tilde', path: '~/x', cwd: '/tmp', want: '/root/x' },
    { name: 'above the root stays at the root', path: '../../..', cwd: '/root', want: '/' },
    { name: 'repeated slashes', path: '//etc///hostname', cwd: '/', want: '/etc/hostname' },
  ])('normalizes $name', ({ path, cwd, want }) => {
    expect(normalizePath(path, cwd, '/root')).toBe(want);
  });

  it.each([
    { name: 'reading a missing file', op: (fs: ReturnType<typeof make>) => fs.readFile('nope'), error: 'ENOENT' },
    { name: 'reading a directory', op: (fs: ReturnType<typeof make>) => fs.readFile('k8s'), error: 'EISDIR' },
    { name: 'writing under a file', op: (fs: ReturnType<typeof make>) => fs.writeFile('web.yaml/x', ''), error: 'ENOTDIR' },
    { name: 'writing over a directory', op: (fs: ReturnType<typeof make>) => fs.writeFile('k8s', ''), error: 'EISDIR' },
    { name: 'mkdir of an existing directory', op: (fs: ReturnType<typeof make>) => fs.mkdir('k8s'), error: 'EEXIST' },
    { name: 'mkdir without parents', op: (fs: ReturnType<typeof make>) => fs.mkdir('a/b'), error: 'ENOENT' },
    { name: 'removing a non-empty directory', op: (fs: ReturnType<typeof make>) => fs.remove('k8s'), error: 'ENOTEMPTY' },
    { name: 'moving a directory into itself', op: (fs: ReturnType<typeof make>) => fs.rename('k8s', 'k8s/sub'), error: 'EINVAL' },
  ])('fails $name', ({ op, error }) => {
    expect(op(make())).toEqual({ ok: false, error });
  });

  it('/dev/null swallows writes', () => {
    const fs = make();
    expect(fs.writeFile('/dev/null', 'x')).toEqual({ ok: true, value: undefined });
    expect(fs.readFile('/dev/null')).toEqual({ ok: true, value: '' });
  });

  it('round-trips through serialize and restore', () => {
    const fs = make();
    fs.mkdir('empty');
    fs.chdir('k8s');
    const copy = restoreVfs(JSON.parse(JSON.stringify(fs.serialize())) as ReturnType<typeof fs.serialize>, () => 2000);
    expect(copy.cwd()).toBe('/root/k8s');
    expect(copy.readFile('svc.yaml')).toEqual({ ok: true, value: 'kind: Service\n' });
    expect(copy.readDir('/root')).toEqual({ ok: true, value: ['empty', 'k8s', 'web.yaml'] });
    expect(copy.serialize()).toEqual(fs.serialize());
  });
});
