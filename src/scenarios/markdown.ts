/** Finds the fenced code blocks of a step's Markdown: the commands the UI makes clickable. */

/** One fenced block: its info string (`bash`, `yaml`, '') and its lines. */
export interface CodeBlock {
  lang: string;
  text: string;
}

/** Fenced blocks (``` or ~~~) in order of appearance; unclosed blocks run to the end. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const out: CodeBlock[] = [];
  let open: { fence: string; lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (!open && m) {
      open = { fence: m[1]!, lang: m[2] ?? '', lines: [] };
    } else if (open && new RegExp(`^ {0,3}${open.fence[0]}{${open.fence.length},}\\s*$`).test(line)) {
      out.push({ lang: open.lang, text: open.lines.join('\n') });
      open = undefined;
    } else if (open) {
      open.lines.push(line);
    }
  }
  if (open) out.push({ lang: open.lang, text: open.lines.join('\n') });
  return out;
}
