/** xterm colour themes matching the page's light and dark palettes. */
import type { ITheme } from '@xterm/xterm';

export const TERMINAL_THEMES: Record<'light' | 'dark', ITheme> = {
  dark: {
    background: '#0f1419', foreground: '#d8dee9', cursor: '#f0c674', cursorAccent: '#0f1419',
    selectionBackground: '#3a4a63', black: '#1d2430', red: '#ef6b73', green: '#8fcf7a', yellow: '#f0c674',
    blue: '#6cb6ff', magenta: '#d3a0ff', cyan: '#5fd7d7', white: '#d8dee9',
    brightBlack: '#6c7a89', brightRed: '#ff8b92', brightGreen: '#a8e28f', brightYellow: '#ffd88a',
    brightBlue: '#8ccaff', brightMagenta: '#e2bdff', brightCyan: '#87e8e8', brightWhite: '#ffffff',
  },
  light: {
    background: '#fbfbf8', foreground: '#1f2328', cursor: '#0b5cad', cursorAccent: '#fbfbf8',
    selectionBackground: '#b6d4f5', black: '#1f2328', red: '#c4314b', green: '#2b7a2b', yellow: '#8a6100',
    blue: '#0b5cad', magenta: '#8e3fb3', cyan: '#1b7c83', white: '#6e7781',
    brightBlack: '#57606a', brightRed: '#d7263d', brightGreen: '#2f8f2f', brightYellow: '#9a6b00',
    brightBlue: '#1f6fd1', brightMagenta: '#a24cc9', brightCyan: '#1f8f96', brightWhite: '#8c959f',
  },
};
