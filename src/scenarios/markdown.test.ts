import { describe, expect, it } from 'vitest';
import { codeBlocks } from './markdown';

describe('codeBlocks', () => {
  it('finds fenced blocks with their language, backticks and tildes', () => {
    const md = 'Run:\n\n```bash\nkubectl get pods\nkubectl get rs\n```\n\nthen\n\n~~~\nsleep 5\n~~~\n';
    expect(codeBlocks(md)).toEqual([
      { lang: 'bash', text: 'kubectl get pods\nkubectl get rs' },
      { lang: '', text: 'sleep 5' },
    ]);
  });

  it('keeps a shorter fence inside a longer one and runs an unclosed block to the end', () => {
    expect(codeBlocks('````md\n```\nx\n````\n```sh\nopen')).toEqual([
      { lang: 'md', text: '```\nx' },
      { lang: 'sh', text: 'open' },
    ]);
  });
});
