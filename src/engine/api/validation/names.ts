/**
 * String-format checks with the server's wording. Mirrors apimachinery
 * pkg/util/validation/validation.go (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label,
 * IsQualifiedName, IsValidLabelValue, IsValidPercent, IsValidPortName, RegexError).
 * Each returns the list of problems; empty means valid.
 */

/** `msg (e.g. 'a',  or 'b', regex used for validation is 're')` — including the double space Go's loop leaves. */
export function regexError(msg: string, re: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${re}')`;
  let out = msg + ' (e.g. ';
  examples.forEach((ex, i) => {
    if (i > 0) out += ' or ';
    out += `'${ex}', `;
  });
  return out + `regex used for validation is '${re}')`;
}

/** `must be no more than N characters`. */
export const maxLenError = (n: number): string => `must be no more than ${n} characters`;
/** `must be between lo and hi, inclusive`. */
export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL}$`);
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_RE = new RegExp(`^${DNS1035_LABEL}$`);
const QNAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QNAME_RE = new RegExp(`^${QNAME}$`);
const LABEL_VALUE = `(${QNAME})?`;
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE}$`);
const PERCENT = '[0-9]+%';
const PERCENT_RE = new RegExp(`^${PERCENT}$`);

/** The one shared result of a check that found nothing (most names: no array per name). */
const NO_PROBLEMS: readonly string[] = Object.freeze([]);

/**
 * Wraps a format check: a valid value (nearly every write: generated pod and event names are
 * unique, so a memo of them would only grow) costs one regex test and shares one empty result;
 * the problems of an invalid one are built by `check`.
 */
function memo(check: (v: string) => string[], valid: (v: string) => boolean): (v: string) => string[] {
  return (v) => {
    if (valid(v)) return NO_PROBLEMS as string[];
    return check(v);
  };
}

/** The fast path of isQualifiedName: `[prefix/]name` with nothing to report. */
function validQualifiedName(v: string): boolean {
  const i = v.indexOf('/');
  const name = i < 0 ? v : v.slice(i + 1);
  if (name.length === 0 || name.length > 63 || !QNAME_RE.test(name)) return false;
  if (i < 0) return true;
  const prefix = v.slice(0, i);
  return prefix.length > 0 && prefix.length <= 253 && DNS1123_SUBDOMAIN_RE.test(prefix);
}

/** A container or port-less name: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63. */
export const isDNS1123Label = memo(function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1123_LABEL_RE.test(v)) {
    if (DNS1123_SUBDOMAIN_RE.test(v)) errs.push('must not contain dots');
    else errs.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL, 'my-name', '123-abc'));
  }
  return errs;
}, (v) => v.length <= 63 && DNS1123_LABEL_RE.test(v));

/** Object names of most kinds: dot-separated DNS-1123 labels, at most 253. */
export const isDNS1123Subdomain = memo(function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(v)) {
    errs.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN, 'example.com'));
  }
  return errs;
}, (v) => v.length <= 253 && DNS1123_SUBDOMAIN_RE.test(v));

/** Service names: a DNS-1035 label (starts with a letter), at most 63. */
export function isDNS1035Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_LABEL_RE.test(v)) {
    errs.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_LABEL, 'my-name', 'abc-123'));
  }
  return errs;
}

/** Label and annotation keys: `[prefix/]name`. */
export const isQualifiedName = memo(function isQualifiedName(v: string): string[] {
  const errs: string[] = [];
  const parts = v.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0] ?? '';
  else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => 'prefix part ' + m));
  } else {
    return [
      'a qualified name ' + regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", QNAME, 'MyName', 'my.name', '123-abc') +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part ' + maxLenError(63));
  if (!QNAME_RE.test(name)) {
    errs.push('name part ' + regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", QNAME, 'MyName', 'my.name', '123-abc'));
  }
  return errs;
}, validQualifiedName);

/** Label values: empty, or a qualified-name-like string of at most 63. */
export const isValidLabelValue = memo(function isValidLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(v)) {
    errs.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE, 'MyValue', 'my_value', '12345'));
  }
  return errs;
}, (v) => v.length <= 63 && LABEL_VALUE_RE.test(v));

/** IntOrString percentages: `[0-9]+%`. */
export function isValidPercent(v: string): string[] {
  return PERCENT_RE.test(v) ? [] : [regexError("a valid percent string must be a numeric string followed by an ending '%'", PERCENT, '1%', '93%')];
}

/** Port names (IANA_SVC_NAME): at most 15, `[-a-z0-9]`, a letter, no `--`, no edge hyphen. */
export function isValidPortName(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(v)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(v)) errs.push('must contain at least one letter (a-z)');
  if (v.includes('--')) errs.push('must not contain consecutive hyphens');
  if (v.startsWith('-') || v.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** Ports: 1..65535. */
export function isValidPortNum(n: number): string[] {
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}
