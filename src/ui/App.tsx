/** Placeholder root until the lab page lands (issue 6). */
export function App() {
  return <main data-testid="app">kubelab</main>;
}
