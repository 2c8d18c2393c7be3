/**
 * Service validation for ClusterIP and NodePort services. Mirrors pkg/apis/core/validation/
 * validation.go (ValidateService, validateServicePort) and the NodePort allocator's range check.
 */
import type { FieldError } from '../fieldErrors';
import { duplicate, forbiddenField, invalid, notSupported, required } from '../fieldErrors';
import { isPlainObject, show } from '../objectUtil';
import { validateLabels } from './meta';
import { isValidPortName, isValidPortNum } from './names';

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const AFFINITIES = ['ClientIP', 'None'];

/** The NodePort range of a default cluster. */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

function validatePort(p: Record<string, unknown>, f: string, requireName: boolean, type: unknown): FieldError[] {
  const errs: FieldError[] = [];
  if (typeof p.name === 'string' && p.name !== '') for (const m of isValidPortName(p.name)) errs.push(invalid(`${f}.name`, p.name, m));
  else if (requireName) errs.push(required(`${f}.name`, ''));
  for (const m of isValidPortNum(Number(p.port ?? 0))) errs.push(invalid(`${f}.port`, p.port ?? 0, m));
  if (!(typeof p.protocol === 'string' && PROTOCOLS.includes(p.protocol))) errs.push(notSupported(`${f}.protocol`, p.protocol ?? '', PROTOCOLS));
  const tp = p.targetPort;
  if (typeof tp === 'number') for (const m of isValidPortNum(tp)) errs.push(invalid(`${f}.targetPort`, tp, m));
  else if (typeof tp === 'string') for (const m of isValidPortName(tp)) errs.push(invalid(`${f}.targetPort`, tp, m));
  const np = p.nodePort;
  if (typeof np === 'number' && np !== 0) {
    if (type === 'ClusterIP') errs.push(forbiddenField(`${f}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
    else if (np < NODE_PORT_RANGE.min || np > NODE_PORT_RANGE.max) {
      errs.push(invalid(`${f}.nodePort`, np, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE.min}-${NODE_PORT_RANGE.max}`));
    }
  }
  return errs;
}

/** ValidateService's spec part (after defaulting). */
export function validateServiceSpec(spec: unknown): FieldError[] {
  if (!isPlainObject(spec)) return [required('spec.ports', '')];
  const errs: FieldError[] = [];
  const type = spec.type;
  if (!(typeof type === 'string' && SERVICE_TYPES.includes(type))) errs.push(notSupported('spec.type', type ?? '', SERVICE_TYPES));
  if (!(typeof spec.sessionAffinity === 'string' && AFFINITIES.includes(spec.sessionAffinity))) errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity ?? '', AFFINITIES));
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  if (ports.length === 0 && type !== 'ExternalName' && spec.clusterIP !== 'None') errs.push(required('spec.ports', ''));
  const names = new Set<string>();
  const keys = new Set<string>();
  const nodePorts = new Set<number>();
  ports.forEach((p: unknown, i) => {
    const f = `spec.ports[${i}]`;
    if (!isPlainObject(p)) return;
    errs.push(...validatePort(p, f, ports.length > 1, type));
    if (typeof p.name === 'string' && p.name !== '') {
      if (names.has(p.name)) errs.push(duplicate(`${f}.name`, p.name));
      names.add(p.name);
    }
    const key = `${show(p.port)}/${show(p.protocol)}`;
    if (keys.has(key)) errs.push(duplicate(f, { port: p.port, protocol: p.protocol }));
    keys.add(key);
    if (typeof p.nodePort === 'number' && p.nodePort !== 0) {
      if (nodePorts.has(p.nodePort)) errs.push(duplicate(`${f}.nodePort`, p.nodePort));
      nodePorts.add(p.nodePort);
    }
  });
  errs.push(...validateLabels(spec.selector, 'spec.selector'));
  return errs;
}
