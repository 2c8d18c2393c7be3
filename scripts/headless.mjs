// Runs a headless tool (src/headless/<name>.ts) fast: bundles it with esbuild into
// node_modules/.cache/kubelab/<name>.mjs when any source is newer than the bundle, then runs it.
// Usage: node scripts/headless.mjs <name> [args...]   (what `npm run sim|grade|scenarios:check` call)
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const entry = join(root, 'src', 'headless', `${name}.ts`);
if (!name || !existsSync(entry)) {
  process.stderr.write(`headless: no tool named ${name ?? '(none)'}\n`);
  process.exit(2);
}
const outfile = join(root, 'node_modules', '.cache', 'kubelab', `${name}.mjs`);

/** Newest modification time among the sources the bundle is built from. */
function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json|yaml)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(outfile) || statSync(outfile).mtimeMs < Math.max(newestSource(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs);
if (stale) {
  mkdirSync(dirname(outfile), { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'error', sourcemap: 'inline',
    // import.meta.dirname in the sources must still point at src/headless.
    define: { 'import.meta.dirname': JSON.stringify(dirname(entry)) },
  });
}
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
