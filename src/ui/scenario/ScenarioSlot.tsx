/**
 * The place the scenario panel will take (issue: scenarios). Until that lands it says so
 * plainly and keeps the lab usable as a free sandbox.
 */
export function ScenarioSlot() {
  return (
    <section className="scenario-slot" aria-labelledby="scenario-title">
      <h2 id="scenario-title">Scenarios</h2>
      <p>
        The scenario catalogue and its guided lessons are not built yet; they come with the
        scenarios work. This panel is where a lesson&apos;s goal, hints and checks will appear.
      </p>
      <p>Until then the lab is a free sandbox: try <code>kubectl create deployment web --image=nginx:1.27 --replicas=3</code>, then <code>kubectl set image deployment/web nginx=nginx:1.28</code>.</p>
      <p><a href="#/" className="link">Close this panel</a></p>
    </section>
  );
}
