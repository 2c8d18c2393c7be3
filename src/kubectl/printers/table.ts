/**
 * The human-readable table of `kubectl get`: the server's columns (engine printers), plus
 * kubectl's NAMESPACE, LABELS and `-L` columns, kind-qualified names when several types print,
 * and `--no-headers`. Mirrors k8s.io/cli-runtime/pkg/printers/tableprinter.go and
 * kubectl/pkg/cmd/get/humanreadable_flags.go.
 */
import type { KubeObject } from '../../engine/index';
import { formatLabels, tableFor } from '../../engine/index';
import { TABLE_TABWRITER, tabwrite } from './tabwriter';

export interface TableOptions {
  wide: boolean;
  noHeaders: boolean;
  /** Show the NAMESPACE column (`-A`). */
  withNamespace: boolean;
  showLabels: boolean;
  /** `-L` label keys. */
  labelColumns: readonly string[];
  /** `deployment.apps` when several types print: names become `deployment.apps/web`. */
  kindPrefix?: string;
  now: number;
}

/** `-L app.kubernetes.io/name` gives the header `NAME` (last path segment, upper-cased). */
const labelHeader = (key: string): string => (key.split('/').pop() ?? key).toUpperCase();

/** Header cells and body rows for objects of one kind. */
export function tableRows(objs: readonly KubeObject[], opts: TableOptions): { header: string[]; rows: string[][] } {
  const first = objs[0];
  if (!first) return { header: [], rows: [] };
  const spec = tableFor(first.kind) as { columns: readonly { name: string; wide: boolean }[]; cells(o: KubeObject, now: number): string[] };
  const keep = spec.columns.map((c) => opts.wide || !c.wide);
  const header = spec.columns.filter((_, i) => keep[i]).map((c) => c.name.toUpperCase());
  const rows = objs.map((o) => {
    const cells = spec.cells(o, opts.now).filter((_, i) => keep[i]);
    if (opts.kindPrefix && first.kind !== 'Event') cells[0] = `${opts.kindPrefix}/${cells[0] ?? ''}`;
    const row = opts.withNamespace ? [o.metadata.namespace ?? '', ...cells] : cells;
    for (const key of opts.labelColumns) row.push(o.metadata.labels?.[key] ?? '');
    if (opts.showLabels) row.push(formatLabels(o.metadata.labels));
    return row;
  });
  if (opts.withNamespace) header.unshift('NAMESPACE');
  header.push(...opts.labelColumns.map(labelHeader));
  if (opts.showLabels) header.push('LABELS');
  return { header, rows };
}

/** Renders rows through kubectl's tabwriter; `remembered` carries column widths across watch flushes. */
export function renderTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[], remembered?: number[]): string {
  const lines = [...(header ? [header] : []), ...rows].map((r) => `${r.join('\t')}\n`).join('');
  return tabwrite(lines, remembered ? { ...TABLE_TABWRITER, remembered } : TABLE_TABWRITER);
}
