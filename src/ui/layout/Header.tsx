/** The slim header: the lab's name, the mode, the catalogue link, time controls, reset and theme. */
import { reset } from '../state/actions';
import { useUi } from '../state/hooks';
import { selectTheme } from '../state/selectors';
import { cycleTheme } from '../theme';
import { useScenarioState } from '../scenario/scenarioStore';
import { TimeControls } from './TimeControls';

const THEME_LABEL = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function Header({ route }: { route: string }) {
  const theme = useUi(selectTheme);
  const active = useScenarioState((s) => s.active);
  const labHref = active.kind === 'sandbox' ? '#/' : `#/scenario/${encodeURIComponent(active.kind === 'scenario' ? active.scenario.id : active.id)}`;
  return (
    <header className="lab-header">
      <h1 className="brand"><span aria-hidden="true">⎈</span> kubelab</h1>
      <span className="mode-badge">{active.kind === 'scenario' ? `Scenario: ${active.scenario.title}` : active.kind === 'sandbox' ? 'Sandbox' : 'Scenario'}</span>
      <nav aria-label="Lab">
        <a href={route.startsWith('#/scenarios') ? labHref : '#/scenarios'} className="link">
          {route.startsWith('#/scenarios') ? 'Back to the lab' : 'Scenarios'}
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
