/**
 * Just enough of resource.Quantity for describe node: parse cpu to millicores and memory to
 * bytes, and print sums the way Quantity.String does. Mirrors k8s.io/apimachinery/pkg/api/resource.
 */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** The value in base units (cores or bytes); 0 for what does not parse. */
export function parseQuantity(q: string | number | undefined): number {
  if (q === undefined) return 0;
  if (typeof q === 'number') return q;
  const m = /^([0-9.]+)(Ki|Mi|Gi|Ti|m|k|M|G|T)?$/.exec(q.trim());
  if (!m) return 0;
  const unit = m[2] ?? '';
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit] ?? 1);
}

/** CPU as Quantity prints it: `2`, `250m`, `0`. */
export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Memory as Quantity prints a binary-SI value: `128Mi`, `2Gi`, `0`. */
export function formatMemory(bytes: number): string {
  if (bytes === 0) return '0';
  for (const [suffix, f] of [['Ti', BINARY.Ti], ['Gi', BINARY.Gi], ['Mi', BINARY.Mi], ['Ki', BINARY.Ki]] as const) {
    if (f && bytes % f === 0) return `${bytes / f}${suffix}`;
  }
  return String(bytes);
}
