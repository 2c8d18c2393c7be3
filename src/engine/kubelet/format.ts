/**
 * Small text helpers of the kubelet: Go duration strings (as in `Successfully pulled image … in
 * 3.2s`) and the timestamp shapes images print in their logs.
 */

/** Go's time.Duration String for whole milliseconds: 512ms, 3.2s, 1m5.3s. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${trim(s)}s`;
  const m = Math.floor(s / 60);
  const rest = s - m * 60;
  if (m < 60) return `${m}m${trim(rest)}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${trim(rest)}s`;
}

function trim(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Fills `{{time}}` (nginx), `{{apacheTime}}`, `{{redisTime}}` and `{{ip}}` in an image's log line. */
export function renderLogLine(line: string, at: number, ip: string): string {
  const d = new Date(at);
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate();
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return line
    .replaceAll('{{time}}', `${Y}/${pad(M + 1)}/${pad(D)} ${hms}`)
    .replaceAll('{{apacheTime}}', `${DAYS[d.getUTCDay()]} ${MONTHS[M]} ${pad(D)} ${hms}.${pad(d.getUTCMilliseconds() * 1000, 6)} ${Y}`)
    .replaceAll('{{redisTime}}', `${pad(D)} ${MONTHS[M]} ${Y} ${hms}.${pad(d.getUTCMilliseconds(), 3)}`)
    .replaceAll('{{ip}}', ip);
}
