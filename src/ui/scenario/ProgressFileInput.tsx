/** "Import progress": a file input that reads a progress JSON file and opens its lab. */
import { useId } from 'react';
import { importProgress } from './controller';

export function ProgressFileInput() {
  const id = useId();
  return (
    <span className="file-import">
      <input id={id} type="file" accept="application/json,.json" className="visually-hidden" data-testid="import-progress"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void file.text().then(importProgress);
        }} />
      <label htmlFor={id} className="btn">Import progress…</label>
    </span>
  );
}
