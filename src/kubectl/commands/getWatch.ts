/**
 * `kubectl get -w` / `--watch-only`: the initial table (unless watch-only), then one row per
 * watch event, each flushed on its own as kubectl's tabwriter does, until Ctrl-C (or, headless,
 * until nothing more can happen). Mirrors k8s.io/kubectl/pkg/cmd/get/get.go watch.
 */
import type { KubeObject, WatchEvent } from '../../engine/index';
import type { FetchOptions } from '../fetch';
import { fetchRefs, namespaceFor, noResourcesMessage } from '../fetch';
import { type Kube, apiErrorLine, fail } from '../kube';
import { isObjectFormat, printObjects } from '../printers/output';
import { renderTable, tableRows } from '../printers/table';
import type { ResourceRef } from '../resources';

function rowsFor(k: Kube, objs: readonly KubeObject[], events?: readonly string[]) {
  const t = tableRows(objs, {
    wide: k.flags.str('output') === 'wide', noHeaders: false, withNamespace: k.flags.bool('all-namespaces'),
    showLabels: k.flags.bool('show-labels'), labelColumns: k.flags.list('label-columns'), now: k.now(),
  });
  if (!events) return t;
  return { header: ['EVENT', ...t.header], rows: t.rows.map((r, i) => [events[i] ?? '', ...r]) };
}

/** Watches one type (kubectl allows a single type with -w). */
export async function watchObjects(k: Kube, refs: readonly ResourceRef[], opts: FetchOptions): Promise<number> {
  const types = new Set(refs.map((r) => r.type));
  const [ref] = refs;
  if (!ref || types.size > 1) return fail(k, 'you may only specify a single resource type');
  const format = k.flags.str('output');
  const withEvents = k.flags.bool('output-watch-events');
  const noHeaders = k.flags.bool('no-headers');
  let headerPrinted = noHeaders;
  const widths: number[] = [];
  let printed = 0;
  const names = new Set(refs.flatMap((r) => (r.name === undefined ? [] : [r.name])));
  const print = (objs: KubeObject[], events: string[]) => {
    if (isObjectFormat(format)) {
      for (const o of objs) {
        const p = printObjects([o], format, true);
        if (!p.ok) continue;
        k.out(format === 'yaml' && printed > 0 ? `---\n${p.text}` : p.text);
        printed++;
      }
      return;
    }
    const { header, rows } = rowsFor(k, objs, withEvents ? events : undefined);
    k.out(renderTable(headerPrinted ? undefined : header, rows, widths));
    headerPrinted = true;
  };
  if (!k.flags.bool('watch-only')) {
    const fetched = fetchRefs(k, refs, opts);
    for (const f of fetched) if (f.error) { k.err(apiErrorLine(f.error)); return 1; }
    const objs = fetched.flatMap((f) => f.objects);
    if (objs.length === 0) k.err(noResourcesMessage(k, [ref.type], opts.allNamespaces ?? false));
    else print(objs, objs.map(() => 'ADDED'));
  }
  const stop = k.api.watch(ref.type.kind, {
    ...(opts.allNamespaces || !ref.type.namespaced ? {} : { namespace: namespaceFor(k, ref.type) }),
    ...(opts.selector ? { labelSelector: opts.selector } : {}),
    ...(opts.fieldSelector ? { fieldSelector: opts.fieldSelector } : {}),
  }, (ev: WatchEvent) => {
    if (names.size > 0 && !names.has(ev.object.metadata.name)) return;
    print([ev.object], [ev.type]);
  });
  const outcome = await k.ctx.time.waitFor(() => false, undefined, k.ctx.interrupt);
  stop();
  return outcome === 'interrupted' ? 130 : 0;
}
