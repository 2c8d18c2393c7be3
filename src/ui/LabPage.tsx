/**
 * The lab page: terminal, cluster view (with the traffic panel) and (on #/scenario/<id>) the
 * scenario panel side by side, the catalogue over them on #/scenarios, with resizable panes,
 * the slim header, the details drawer and the live region.
 */
import { lazy, Suspense, useEffect } from 'react';
import { ClusterView } from './cluster/ClusterView';
import { DetailsDrawer } from './cluster/DetailsDrawer';
import { LiveAnnouncer } from './cluster/LiveAnnouncer';
import { EditorOverlay } from './editor/EditorOverlay';
import { Header } from './layout/Header';
import { ResizeHandle } from './layout/ResizeHandle';
import { useHashRoute } from './layout/useHashRoute';
import { NoticeBar } from './scenario/NoticeBar';
import { ScenarioSlot } from './scenario/ScenarioSlot';
import { useUi } from './state/hooks';
import { selectSizes } from './state/selectors';
import { PANE_LIMITS, setPaneSize } from './state/uiStore';
import { TerminalPane } from './terminal/TerminalPane';
import { useResolvedTheme } from './theme';
import './lab.css';

const CatalogPage = lazy(() => import('./catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })));
const TrafficPanel = lazy(() => import('./traffic/TrafficPanel').then((m) => ({ default: m.TrafficPanel })));

export function LabPage() {
  const route = useHashRoute();
  const sizes = useUi(selectSizes);
  const theme = useResolvedTheme();
  const scenarioOpen = route.startsWith('#/scenario/');
  const catalogOpen = route.startsWith('#/scenarios');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const columns = scenarioOpen
    ? `${sizes.terminal * 100}% 6px minmax(0, 1fr) 6px ${sizes.scenario * 100}%`
    : `${sizes.terminal * 100}% 6px minmax(0, 1fr)`;
  return (
    <div className="lab">
      <Header route={route} />
      <NoticeBar />
      <main className="lab-main" style={{ gridTemplateColumns: columns }}>
        <section className="pane terminal-pane" aria-label="Terminal">
          <TerminalPane />
          <EditorOverlay />
        </section>
        <ResizeHandle label="Resize the terminal" value={sizes.terminal} min={PANE_LIMITS.terminal[0]}
          max={PANE_LIMITS.terminal[1]} direction={1} onChange={(f) => setPaneSize('terminal', f)} />
        <section className="pane cluster-pane" aria-label="Cluster">
          <ClusterView />
          <Suspense fallback={null}><TrafficPanel /></Suspense>
        </section>
        {scenarioOpen && (
          <>
            <ResizeHandle label="Resize the scenario panel" value={sizes.scenario} min={PANE_LIMITS.scenario[0]}
              max={PANE_LIMITS.scenario[1]} direction={-1} onChange={(f) => setPaneSize('scenario', f)} />
            <section className="pane scenario-pane" aria-label="Scenario">
              <ScenarioSlot />
            </section>
          </>
        )}
        {catalogOpen && (
          <div className="catalog-overlay"><Suspense fallback={<p className="catalog">Loading the catalogue…</p>}><CatalogPage /></Suspense></div>
        )}
      </main>
      <DetailsDrawer />
      <LiveAnnouncer />
    </div>
  );
}
