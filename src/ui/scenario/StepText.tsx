/** One step's Markdown: HTML runs, and code blocks whose commands type into the terminal on click. */
import { useMemo } from 'react';
import { typeText } from '../state/actions';
import { commandLines, isShellBlock, renderMarkdown } from './markdown';

/** A command the learner can click to type at the prompt (Enter stays theirs to press). */
export function CommandButton({ line }: { line: string }) {
  return (
    <button type="button" className="cmd-line" onClick={() => typeText(line)} title="Type this command into the terminal">
      <span aria-hidden="true" className="cmd-prompt">$</span> <code>{line}</code>
      <span className="visually-hidden"> (type into the terminal)</span>
    </button>
  );
}

export function StepText({ text }: { text: string }) {
  const parts = useMemo(() => renderMarkdown(text), [text]);
  return (
    <div className="step-text">
      {parts.map((p, i) => {
        if (p.kind === 'html') return <div key={i} dangerouslySetInnerHTML={{ __html: p.html }} />;
        if (!isShellBlock(p.lang)) return <pre key={i} className="code-block"><code>{p.text}</code></pre>;
        return (
          <div key={i} className="code-block commands" role="group" aria-label="Commands">
            {commandLines(p.text).map((line, j) => <CommandButton key={j} line={line} />)}
          </div>
        );
      })}
    </div>
  );
}
