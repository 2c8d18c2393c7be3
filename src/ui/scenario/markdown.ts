/**
 * Step text to HTML with marked: raw HTML in the source is shown as text (escaped), links
 * keep only http(s), mailto and in-page targets, and fenced code blocks are handed back as
 * data so the panel can make their lines clickable into the terminal.
 */
import { Marked, type Token, type Tokens } from 'marked';

/** A piece of a rendered step: HTML, or a code block the panel draws itself. */
export type MarkdownPart = { kind: 'html'; html: string } | { kind: 'code'; lang: string; text: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const SAFE_HREF = /^(https?:|mailto:|#)/i;

const marked = new Marked({
  gfm: true,
  renderer: {
    html: (t: Tokens.HTML | Tokens.Tag) => escapeHtml(t.text),
    link(t: Tokens.Link) {
      const text = this.parser.parseInline(t.tokens);
      if (!SAFE_HREF.test(t.href)) return text;
      return `<a href="${escapeHtml(t.href)}" target="_blank" rel="noreferrer noopener">${text}</a>`;
    },
    image: (t: Tokens.Image) => escapeHtml(t.text),
  },
});

/** Splits `markdown` into HTML runs and code blocks, in order. */
export function renderMarkdown(markdown: string): MarkdownPart[] {
  const tokens = marked.lexer(markdown);
  const parts: MarkdownPart[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const list = Object.assign(run, { links: tokens.links });
    parts.push({ kind: 'html', html: marked.parser(list) });
    run = [];
  };
  for (const t of tokens) {
    if (t.type === 'code') {
      flush();
      parts.push({ kind: 'code', lang: (t as Tokens.Code).lang ?? '', text: (t as Tokens.Code).text });
    } else {
      run.push(t);
    }
  }
  flush();
  return parts;
}

const SHELL_LANGS = new Set(['', 'bash', 'sh', 'shell', 'console', 'terminal']);

/** Whether a code block holds commands (its lines can be typed into the terminal). */
export const isShellBlock = (lang: string): boolean => SHELL_LANGS.has(lang.toLowerCase());

/** The commands of a shell block: lines joined across trailing backslashes, blanks and comments dropped. */
export function commandLines(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = pending + raw;
    if (/\\$/.test(raw)) {
      pending = `${line.slice(0, -1)}`;
      continue;
    }
    pending = '';
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) out.push(trimmed.replace(/^\$\s+/, ''));
  }
  if (pending.trim() !== '') out.push(pending.trim());
  return out;
}
