/**
 * The container and pod-template blocks of describe (deployment, replicaset, pod, rollout
 * history --revision). Mirrors k8s.io/kubectl/pkg/describe/describe.go describeContainers,
 * DescribePodTemplate, describeVolumes and printPodTolerationsMultiline.
 */
import type { core } from '../../engine/index';
import { type DescribeWriter, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './describeWriter';

const ports = (list: readonly core.ContainerPort[] | undefined, host: boolean): string =>
  (list ?? []).map((p) => `${host ? (p.hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`).join(',');

function describeState(w: DescribeWriter, title: string, s: core.ContainerState | undefined): void {
  if (s?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(s.running.startedAt)}\n`);
  } else if (s?.terminated) {
    const t = s.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message.trim()}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
    if (s?.waiting?.reason) w.write(3, `Reason:\t${s.waiting.reason}\n`);
    if (s?.waiting?.message) w.write(3, `Message:\t${s.waiting.message}\n`);
  }
}

function describeProbe(w: DescribeWriter, title: string, p: core.Probe | undefined): void {
  if (!p) return;
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  let what = 'unknown';
  if (p.httpGet) what = `http-get ${(p.httpGet.scheme ?? 'HTTP').toLowerCase()}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? ''}`;
  else if (p.tcpSocket) what = `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port}`;
  else if (p.exec) what = `exec [${(p.exec.command ?? []).join(' ')}]`;
  w.write(2, `${title}:\t${what} ${attrs}\n`);
}

function describeResources(w: DescribeWriter, r: core.ResourceRequirements | undefined): void {
  for (const [title, list] of [['Limits', r?.limits], ['Requests', r?.requests]] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (keys.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const k of keys) w.write(3, `${k}:\t${String(list?.[k] ?? '')}\n`);
  }
}

function describeEnv(w: DescribeWriter, c: core.Container): void {
  const env = c.env ?? [];
  if (env.length === 0) { w.write(2, 'Environment:\t<none>\n'); return; }
  w.write(2, 'Environment:\n');
  for (const e of env) {
    if (e.valueFrom?.fieldRef) w.write(3, `${e.name}:\t (${e.valueFrom.fieldRef.apiVersion ?? 'v1'}:${e.valueFrom.fieldRef.fieldPath})\n`);
    else if (e.valueFrom?.secretKeyRef) w.write(3, `${e.name}:\t<set to the key '${e.valueFrom.secretKeyRef.key}' in secret '${e.valueFrom.secretKeyRef.name ?? ''}'>\tOptional: ${String(e.valueFrom.secretKeyRef.optional ?? false)}\n`);
    else if (e.valueFrom?.configMapKeyRef) w.write(3, `${e.name}:\t<set to the key '${e.valueFrom.configMapKeyRef.key}' of config map '${e.valueFrom.configMapKeyRef.name ?? ''}'>\tOptional: ${String(e.valueFrom.configMapKeyRef.optional ?? false)}\n`);
    else w.write(3, `${e.name}:\t${e.value ?? ''}\n`);
  }
}

function describeMounts(w: DescribeWriter, c: core.Container): void {
  const mounts = c.volumeMounts ?? [];
  if (mounts.length === 0) { w.write(2, 'Mounts:\t<none>\n'); return; }
  w.write(2, 'Mounts:\n');
  for (const m of [...mounts].sort((a, b) => a.mountPath.localeCompare(b.mountPath))) {
    w.write(3, `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`);
  }
}

/** `Containers:` and one block per container; `statuses` present for pods. `space` is '  ' inside a pod template. */
export function describeContainers(w: DescribeWriter, label: string, containers: readonly core.Container[], statuses: readonly core.ContainerStatus[] | undefined, space: string): void {
  w.write(0, `${space}${label}:\n`);
  for (const c of containers) {
    const st = statuses?.find((s) => s.name === c.name);
    w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
    if (st) w.write(2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(2, `Image ID:\t${st.imageID}\n`);
    const p = ports(c.ports, false);
    w.write(2, p.includes(',') ? `Ports:\t${p}\n` : `Port:\t${p || '<none>'}\n`);
    const hp = ports(c.ports, true);
    w.write(2, hp.includes(',') ? `Host Ports:\t${hp}\n` : `Host Port:\t${hp || '<none>'}\n`);
    for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
      if (!list?.length) continue;
      w.write(2, `${title}:\n`);
      for (const s of list.flatMap((x) => x.split('\n'))) w.write(3, `${s}\n`);
    }
    if (st) {
      describeState(w, 'State', st.state);
      if (st.lastState?.terminated) describeState(w, 'Last State', st.lastState);
      w.write(2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${st.restartCount}\n`);
    }
    describeResources(w, c.resources);
    describeProbe(w, 'Liveness', c.livenessProbe);
    describeProbe(w, 'Readiness', c.readinessProbe);
    describeProbe(w, 'Startup', c.startupProbe);
    describeEnv(w, c);
    describeMounts(w, c);
  }
}

/** `Volumes:\t<none>` or one entry per volume. */
export function describeVolumes(w: DescribeWriter, volumes: readonly core.Volume[] | undefined, space: string): void {
  if (!volumes?.length) { w.write(0, `${space}Volumes:\t<none>\n`); return; }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(space ? 2 : 1, `${v.name}:\n`);
    const lvl = space ? 3 : 2;
    if (v.emptyDir) {
      w.write(lvl, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
      w.write(lvl, `Medium:\t${v.emptyDir.medium ?? ''}\n`);
      w.write(lvl, `SizeLimit:\t${String(v.emptyDir.sizeLimit ?? '<unset>')}\n`);
    } else if (v.configMap) {
      w.write(lvl, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
      w.write(lvl, `Name:\t${v.configMap.name ?? ''}\n`);
      w.write(lvl, `Optional:\t${String(v.configMap.optional ?? false)}\n`);
    } else if (v.projected) {
      w.write(lvl, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const src of v.projected.sources ?? []) {
        if (src.secret) { w.write(lvl, `SecretName:\t${src.secret.name ?? ''}\n`); w.write(lvl, `SecretOptionalName:\t${src.secret.optional === undefined ? '<nil>' : String(src.secret.optional)}\n`); }
        else if (src.downwardAPI) w.write(lvl, 'DownwardAPI:\ttrue\n');
        else if (src.configMap) { w.write(lvl, `ConfigMapName:\t${src.configMap.name ?? ''}\n`); w.write(lvl, `ConfigMapOptional:\t${src.configMap.optional === undefined ? '<nil>' : String(src.configMap.optional)}\n`); }
        else if (src.serviceAccountToken) w.write(lvl, `TokenExpirationSeconds:\t${src.serviceAccountToken.expirationSeconds ?? 3600}\n`);
      }
    } else if (v.secret) {
      w.write(lvl, 'Type:\tSecret (a volume populated by a Secret)\n');
      w.write(lvl, `SecretName:\t${v.secret.secretName ?? ''}\n`);
      w.write(lvl, `Optional:\t${String(v.secret.optional ?? false)}\n`);
    } else {
      w.write(lvl, `<unknown>\n`);
    }
  }
}

/** `Tolerations:\tkey=value:effect op=Exists for 300s` lines. */
export function printTolerations(w: DescribeWriter, title: string, tolerations: readonly core.Toleration[] | undefined, level = 0): void {
  if (!tolerations?.length) { w.write(level, `${title}:\t<none>\n`); return; }
  tolerations.forEach((t, i) => {
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(i === 0 ? level : 0, `${i === 0 ? `${title}:` : ''}\t${s}\n`);
  });
}

/** `Pod Template:` as describe deployment/replicaset and rollout history print it. */
export function describePodTemplate(w: DescribeWriter, t: core.PodTemplateSpec | undefined): void {
  w.write(0, 'Pod Template:\n');
  if (!t) { w.write(1, '<unset>'); return; }
  printLabelsMultiline(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length > 0) printAnnotationsMultiline(w, '  Annotations', t.metadata?.annotations);
  const spec = t.spec;
  if (spec?.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec?.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', spec?.containers ?? [], undefined, '  ');
  describeVolumes(w, spec?.volumes, '  ');
  printLabelsMultiline(w, '  Node-Selectors', spec?.nodeSelector);
  printTolerations(w, '  Tolerations', spec?.tolerations);
  if (spec?.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
}
