/**
 * The text kubectl describe builds: indented `Label:\tvalue` lines aligned by Go's tabwriter,
 * multi-line labels/annotations, RFC 1123Z times and the Events table.
 * Mirrors k8s.io/kubectl/pkg/describe/describe.go (PrefixWriter, printLabelsMultiline,
 * printAnnotationsMultiline, DescribeEvents).
 */
import type { Event } from '../../engine/index';
import { parseTimestamp, translateTimestampSince } from '../../engine/index';
import { DESCRIBE_TABWRITER, tabwrite } from './tabwriter';

/** Collects describe lines; `level` indents by two spaces per level (LEVEL_0 … LEVEL_4). */
export class DescribeWriter {
  private text = '';
  write(level: number, line: string): void {
    this.text += '  '.repeat(level) + line;
  }
  /** The text with its tabs left in, as kubectl's plain PrefixWriter gives it (rollout history). */
  raw(): string {
    return this.text;
  }
  /** The aligned text. */
  render(): string {
    return tabwrite(this.text, DESCRIBE_TABWRITER);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Go's time.RFC1123Z in UTC: `Thu, 01 Jan 2026 00:00:00 +0000`. */
export function rfc1123z(ts: string | null | undefined): string {
  const t = parseTimestamp(ts);
  if (t === undefined) return '<unknown>';
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()] ?? ''}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** `Labels:\tapp=web` then `\tpod-template-hash=…` lines; `<none>` when empty. */
export function printLabelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, level = 0): void {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) { w.write(level, `${title}:\t<none>\n`); return; }
  keys.forEach((k, i) => w.write(i === 0 ? level : 0, `${i === 0 ? `${title}:` : ''}\t${k}=${labels?.[k] ?? ''}\n`));
}

const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** `Annotations:\tkey: value` lines (last-applied-configuration hidden, long values cut at 140 chars). */
export function printAnnotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined, level = 0): void {
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort();
  if (keys.length === 0) { w.write(level, `${title}:\t<none>\n`); return; }
  keys.forEach((k, i) => {
    const raw = annotations?.[k] ?? '';
    const value = raw.length > MAX_ANNOTATION_LEN ? `${raw.slice(0, MAX_ANNOTATION_LEN)}...` : raw;
    w.write(i === 0 ? level : 0, `${i === 0 ? `${title}:` : ''}\t${k}: ${value.replace(/\n/g, '\n\t')}\n`);
  });
}

/** The events of one object, oldest first (SortableEvents orders by lastTimestamp). */
export function eventsFor(events: readonly Event[], uid: string, kind: string, name: string): Event[] {
  const mine = events.filter((e) => (e.involvedObject.uid ? e.involvedObject.uid === uid : e.involvedObject.kind === kind && e.involvedObject.name === name));
  const last = (e: Event) => parseTimestamp(e.lastTimestamp ?? e.firstTimestamp ?? e.eventTime) ?? 0;
  return mine.map((e, i) => ({ e, i })).sort((a, b) => last(a.e) - last(b.e) || a.i - b.i).map((x) => x.e);
}

/** The Events table at the bottom of describe, or `Events:\t<none>`. */
export function describeEvents(w: DescribeWriter, events: readonly Event[], now: number): void {
  if (events.length === 0) { w.write(0, 'Events:\t<none>\n'); return; }
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of events) {
    const count = e.count ?? 1;
    const age = count > 1
      ? `${translateTimestampSince(e.lastTimestamp, now)} (x${count} over ${translateTimestampSince(e.firstTimestamp, now)})`
      : translateTimestampSince(e.firstTimestamp ?? e.eventTime, now);
    const from = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${age}\t${from}\t${(e.message ?? '').trim()}\n`);
  }
}
