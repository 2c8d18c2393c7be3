/**
 * A drag handle between two panes: a focusable separator that also resizes with the arrow
 * keys (2 % a press, 10 % with Shift), Home and End, as the WAI-ARIA window splitter does.
 */
import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef } from 'react';

interface Props {
  label: string;
  /** Current size of the controlled pane, as a fraction of the container. */
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the pane (pane on the left), −1 when it shrinks it. */
  direction: 1 | -1;
  onChange: (fraction: number) => void;
}

export function ResizeHandle({ label, value, min, max, direction, onChange }: Props) {
  const drag = useRef<{ x: number; value: number; width: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const width = e.currentTarget.parentElement?.getBoundingClientRect().width ?? 1;
    drag.current = { x: e.clientX, value, width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    onChange(d.value + (direction * (e.clientX - d.x)) / d.width);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const stepBy = e.shiftKey ? 0.1 : 0.02;
    const moves: Record<string, number> = {
      ArrowLeft: value - direction * stepBy, ArrowRight: value + direction * stepBy, Home: min, End: max,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onChange(next);
  };

  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value * 100)}
      aria-valuemin={Math.round(min * 100)}
      aria-valuemax={Math.round(max * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
