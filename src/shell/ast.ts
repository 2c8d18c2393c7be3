/** The small AST the parser builds and the executor walks (names follow bash's parse.y). */

/** A piece of a word: literal text or an expansion; `q` marks text inside quotes (no splitting or globbing). */
export type WordPart =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'var'; name: string; op: ParamOp; arg: WordPart[]; q: boolean }
  | { t: 'cmd'; src: string; q: boolean }
  | { t: 'arith'; src: string; q: boolean }
  | { t: 'bad'; raw: string };

/** The operators of `${name<op>arg}`; '' is plain `$name`, 'len' is `${#name}`. */
export type ParamOp = '' | 'len' | ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | '/' | '//' | '^^' | '^' | ',,' | ',';

/** A word as typed (`raw`, for keywords and messages) and as parsed into parts. */
export interface Word { raw: string; parts: WordPart[] }

/** A here-document; the lexer fills `body` when it reaches the lines after the command. */
export interface HereDoc { delim: string; quoted: boolean; stripTabs: boolean; body: string; line: number; complete: boolean }

export type RedirOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

/** One redirection; `fd` null means the operator's default (0 for input, 1 for output). */
export interface Redir { fd: number | null; op: RedirOp; target: Word; heredoc?: HereDoc }

export interface Assign { name: string; value: Word; append: boolean }

export type Cmd =
  | { t: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redir[]; line: number }
  | { t: 'if'; clauses: Array<{ cond: List; body: List }>; otherwise: List | null; redirs: Redir[] }
  | { t: 'for'; name: string; items: Word[] | null; body: List; redirs: Redir[] }
  | { t: 'while'; until: boolean; cond: List; body: List; redirs: Redir[] }
  | { t: 'group'; body: List; redirs: Redir[] }
  | { t: 'subshell'; body: List; redirs: Redir[] }
  | { t: 'func'; name: string; body: Cmd; redirs: Redir[] }
  | { t: 'case'; word: Word; arms: Array<{ patterns: Word[]; body: List }>; redirs: Redir[] }
  /** `[[ … ]]`: the words between the brackets, operators included as words. */
  | { t: 'cond'; words: Word[]; redirs: Redir[] };

/** `cmd | cmd |& cmd`, optionally negated with `!`; `stderr[i]` is true for `|&` after command i. */
export interface Pipeline { bang: boolean; cmds: Cmd[]; stderr: boolean[] }

export interface AndOr { first: Pipeline; rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }> }

/** Commands separated by `;`, `&` or newlines. */
export interface List { items: AndOr[] }
