/**
 * Tab completion: command names in command position, `$VARIABLES`, the command's own
 * completer (kubectl supplies verbs, resources, names and flags), else file names — the
 * behaviour of bash with kubectl's `complete -o default` script.
 */
import type { Cmd } from './ast';
import type { Command, FileSystem } from './command';
import type { Builtin } from './builtins/types';
import type { ShellVar } from './state';

/** The text to replace (`from`..`to` in the line), the sorted candidates, and how to list them. */
export interface Completion {
  from: number;
  to: number;
  /** Replacement texts; a directory ends with `/` (no space is added after it). */
  candidates: string[];
  /** What to show in the list on a second Tab (file names without their directory); same order. */
  display?: string[];
}

/** What completion may consult. */
export interface CompletionSources {
  fs: FileSystem;
  aliases: ReadonlyMap<string, string>;
  functions: ReadonlyMap<string, Cmd>;
  builtins: ReadonlyMap<string, Builtin>;
  commands: ReadonlyMap<string, Command>;
  vars: ReadonlyMap<string, ShellVar>;
}

const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'in', 'function', 'time', 'case', 'esac'];
const SEPARATORS = /(?:&&|\|\||[;|&(){}]|\bthen\b|\bdo\b|\belse\b|\bif\b|\bwhile\b|\buntil\b|`|\$\()/g;

/** Completes the word before `cursor` in `line`. */
export function completeLine(line: string, cursor: number, src: CompletionSources): Completion {
  const before = line.slice(0, cursor);
  const start = wordStart(before);
  const word = before.slice(start);
  const segment = lastSegment(before.slice(0, start));
  const prior = segment.split(/\s+/).filter((w) => w !== '' && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
  const base = { from: start, to: cursor };
  if (word.startsWith('$') && !word.includes('/')) {
    const names = [...src.vars.keys()].filter((n) => n.startsWith(word.slice(1))).sort();
    return { ...base, candidates: names.map((n) => '$' + n) };
  }
  if (prior.length === 0 && !word.includes('/')) return { ...base, candidates: commandNames(word, src) };
  const [cmdName, ...args] = expandAlias(prior, src.aliases);
  const command = cmdName === undefined ? undefined : src.commands.get(cmdName) ?? src.builtins.get(cmdName);
  if (command?.complete) {
    const found = command.complete({ words: [cmdName ?? '', ...args, unescape(word)], fs: src.fs }).filter((c) => c.startsWith(unescape(word)));
    if (found.length > 0) return { ...base, candidates: [...new Set(found)].sort() };
  }
  return { ...base, ...fileNames(word, src.fs) };
}

/** Start of the word being completed: after the last unescaped blank or operator. */
function wordStart(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i] ?? '';
    if (/[\s;|&<>()]/.test(c) && before[i - 1] !== '\\') return i + 1;
  }
  return 0;
}

function lastSegment(text: string): string {
  let last = 0;
  for (const m of text.matchAll(SEPARATORS)) last = m.index + m[0].length;
  return text.slice(last);
}

function expandAlias(words: string[], aliases: ReadonlyMap<string, string>): string[] {
  const first = words[0];
  const value = first === undefined ? undefined : aliases.get(first);
  return value === undefined ? words : [...value.split(/\s+/).filter(Boolean), ...words.slice(1)];
}

function commandNames(prefix: string, src: CompletionSources): string[] {
  const all = new Set<string>([...src.builtins.keys(), ...src.commands.keys(), ...src.aliases.keys(), ...src.functions.keys(), ...KEYWORDS]);
  return [...all].filter((n) => n.startsWith(prefix)).sort();
}

function unescape(word: string): string {
  return word.replace(/\\(.)/g, '$1').replace(/^(['"])/, '');
}

/** File names in the directory of `word` starting with its last component. */
function fileNames(word: string, fs: FileSystem): Pick<Completion, 'candidates' | 'display'> {
  const plain = unescape(word);
  const slash = plain.lastIndexOf('/');
  const dir = slash < 0 ? '' : plain.slice(0, slash + 1);
  const prefix = plain.slice(slash + 1);
  const entries = fs.readDir(dir === '' ? '.' : dir);
  if (!entries.ok) return { candidates: [] };
  const names = entries.value.filter((n) => n.startsWith(prefix) && (prefix.startsWith('.') || !n.startsWith('.'))).sort();
  const candidates: string[] = [];
  const display: string[] = [];
  for (const name of names) {
    const st = fs.stat(dir + name);
    const isDir = st.ok && st.value.kind === 'dir';
    candidates.push(escape(dir + name) + (isDir ? '/' : ''));
    display.push(name + (isDir ? '/' : ''));
  }
  return { candidates, display };
}

function escape(path: string): string {
  return path.replace(/([\s'"\\$`!&;|<>()*?[\]{}])/g, '\\$1');
}
