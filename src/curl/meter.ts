/**
 * curl's progress meter (stderr), shown when the body does not go to a terminal and -s was
 * not given. Mirrors lib/progress.c: a two-line header, then lines redrawn with `\r`.
 */

/** The meter's two header lines. */
export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** A byte count in at most 5 characters, as progress.c's max5data: `  615`, ` 976k`, ` 9.7M`. */
export function max5(n: number): string {
  const K = 1024, M = K * K;
  if (n < 100_000) return String(n).padStart(5);
  if (n < 10_000 * K) return `${Math.floor(n / K)}k`.padStart(5);
  if (n < 100 * M) return `${Math.floor(n / M)}.${Math.floor((n % M) / (M / 10))}M`;
  if (n < 10_000 * M) return `${Math.floor(n / M)}M`.padStart(5);
  return `${Math.floor(n / (K * M))}G`.padStart(5);
}

/** A duration as `H:MM:SS` in 8 characters; `--:--:--` under one second (curl prints dashes until a second has passed). */
export function meterTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s <= 0) return '--:--:--';
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

/** One meter line (without the leading `\r`): totals, received, speeds and times. */
export function meterLine(o: { total: number; received: number; elapsedMs: number }): string {
  const pct = (part: number): string => String(o.total > 0 ? Math.floor((part * 100) / o.total) : 0).padStart(3);
  const speed = o.elapsedMs > 0 ? Math.floor((o.received * 1000) / o.elapsedMs) : o.received;
  return `${pct(o.received)} ${max5(o.total)}  ${pct(o.received)} ${max5(o.received)}    0     0  ${max5(speed)}      0 --:--:-- ${meterTime(o.elapsedMs)} --:--:-- ${max5(speed)}`;
}

/** The zero line every transfer starts with. */
export const ZERO_LINE = meterLine({ total: 0, received: 0, elapsedMs: 0 });
