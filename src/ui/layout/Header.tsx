/** The slim header: the lab's name, the mode, the catalogue link, time controls, reset and theme. */
import { reset } from '../state/actions';
import { useUi } from '../state/hooks';
import { selectTheme } from '../state/selectors';
import { cycleTheme } from '../theme';
import { TimeControls } from './TimeControls';

const THEME_LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function Header({ route }: { route: string }) {
  const theme = useUi(selectTheme);
  return (
    <header className="lab-header">
      <h1 className="brand"><span aria-hidden="true">⎈</span> kubelab</h1>
      <span className="mode-badge">Sandbox</span>
      <nav aria-label="Lab">
        <a href={route.startsWith('#/scenarios') ? '#/' : '#/scenarios'} className="link">
          {route.startsWith('#/scenarios') ? 'Close scenarios' : 'Scenarios'}
        </a>
      </nav>
      <div className="spacer" />
      <TimeControls />
      <button type="button" className="btn" onClick={() => { if (window.confirm('Reset the lab? The cluster and the shell start afresh.')) reset(); }}>
        Reset
      </button>
      <button type="button" className="btn" onClick={cycleTheme} aria-label={THEME_LABEL[theme]} title={THEME_LABEL[theme]}>
        {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
      </button>
    </header>
  );
}
