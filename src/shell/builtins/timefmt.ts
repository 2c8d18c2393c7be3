/** strftime in UTC over simulated time, for `date`, `ls -l` and `watch` (the lab's clock has no time zone). */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number): string => String(n).padStart(2, '0');

/** Formats `ms` (since the epoch) with strftime conversions; unknown ones are kept as typed. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const get = {
    Y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), H: d.getUTCHours(), M: d.getUTCMinutes(),
    S: d.getUTCSeconds(), w: d.getUTCDay(),
  };
  const yday = Math.floor((Date.UTC(get.Y, get.m, get.d) - Date.UTC(get.Y, 0, 1)) / 86400000) + 1;
  const conv = (c: string): string | undefined => {
    switch (c) {
      case 'Y': return String(get.Y);
      case 'y': return p2(get.Y % 100);
      case 'C': return p2(Math.floor(get.Y / 100));
      case 'm': return p2(get.m + 1);
      case 'd': return p2(get.d);
      case 'e': return String(get.d).padStart(2, ' ');
      case 'H': return p2(get.H);
      case 'I': return p2(get.H % 12 === 0 ? 12 : get.H % 12);
      case 'k': return String(get.H).padStart(2, ' ');
      case 'M': return p2(get.M);
      case 'S': return p2(get.S);
      case 'N': return String((ms % 1000 + 1000) % 1000).padStart(3, '0') + '000000';
      case 'p': return get.H < 12 ? 'AM' : 'PM';
      case 'P': return get.H < 12 ? 'am' : 'pm';
      case 'a': return (DAYS[get.w] ?? '').slice(0, 3);
      case 'A': return DAYS[get.w] ?? '';
      case 'b': case 'h': return (MONTHS[get.m] ?? '').slice(0, 3);
      case 'B': return MONTHS[get.m] ?? '';
      case 'j': return String(yday).padStart(3, '0');
      case 'u': return String(get.w === 0 ? 7 : get.w);
      case 'w': return String(get.w);
      case 's': return String(Math.floor(ms / 1000));
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case 'T': return `${p2(get.H)}:${p2(get.M)}:${p2(get.S)}`;
      case 'R': return `${p2(get.H)}:${p2(get.M)}`;
      case 'D': return `${p2(get.m + 1)}/${p2(get.d)}/${p2(get.Y % 100)}`;
      case 'F': return `${get.Y}-${p2(get.m + 1)}-${p2(get.d)}`;
      case 'c': return strftime('%a %b %e %H:%M:%S %Y', ms);
      case 'x': return strftime('%m/%d/%y', ms);
      case 'X': return strftime('%H:%M:%S', ms);
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
      default: return undefined;
    }
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] ?? '';
    if (c !== '%' || i + 1 >= format.length) { out += c; continue; }
    const r = conv(format[i + 1] ?? '');
    out += r ?? '%' + (format[i + 1] ?? '');
    i++;
  }
  return out;
}

/** `date`'s default output: `Thu Jan  1 00:00:05 UTC 2026`. */
export function defaultDate(ms: number): string {
  return strftime('%a %b %e %H:%M:%S %Z %Y', ms);
}
