/**
 * `kubectl get`: tables from the server's column sets, `-o` object formats, selectors,
 * `-A`, `--sort-by`, `-L`, `--show-labels`, `--no-headers`, `-w`/`--watch-only`.
 * Mirrors k8s.io/kubectl/pkg/cmd/get/get.go (Run, printGeneric, watch).
 */
import type { KubeObject } from '../../engine/index';
import { fieldSelectorFlag, filenameFlag, recursiveFlag, selectorFlag, showManagedFieldsFlag } from '../commonFlags';
import type { Fetched } from '../fetch';
import { fetchRefs, noResourcesMessage } from '../fetch';
import { type Kube, apiErrorLine, fail } from '../kube';
import { metaString, readManifests } from '../manifest';
import { isObjectFormat, printObjects, unknownFormat } from '../printers/output';
import { sortObjects } from '../printers/sort';
import { renderTable, tableRows } from '../printers/table';
import { type ResourceRef, parseResourceArgs, qualifiedSingular, resourceOf } from '../resources';
import type { CommandSpec } from '../spec';
import { watchObjects } from './getWatch';

const MISSING_TYPE = 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n";

/** The refs named by args or by `-f` files. */
function refsFor(k: Kube): { ok: true; refs: ResourceRef[]; multipleTypes: boolean } | { ok: false; code: number } {
  const files = k.flags.list('filename');
  if (files.length > 0) {
    const m = readManifests(k, files, k.flags.bool('recursive'));
    if (!m.ok) return { ok: false, code: fail(k, m.error) };
    const refs = m.objects.map((o) => ({ type: o.type, name: metaString(o.obj, 'name') }));
    return { ok: true, refs, multipleTypes: new Set(refs.map((r) => r.type)).size > 1 };
  }
  if (k.flags.args.length === 0) { k.err(MISSING_TYPE); return { ok: false, code: 1 }; }
  const parsed = parseResourceArgs(k.flags.args);
  if (!parsed.ok) return { ok: false, code: fail(k, parsed.error) };
  return { ok: true, refs: parsed.refs, multipleTypes: parsed.multipleTypes };
}

/** Prints the table for each kind in turn, a blank line between kinds. */
function printTables(k: Kube, groups: KubeObject[][], multipleTypes: boolean): void {
  let first = true;
  for (const objs of groups) {
    const o = objs[0];
    if (!o) continue;
    const { header, rows } = tableRows(objs, {
      wide: k.flags.str('output') === 'wide', noHeaders: k.flags.bool('no-headers'), withNamespace: k.flags.bool('all-namespaces'),
      showLabels: k.flags.bool('show-labels'), labelColumns: k.flags.list('label-columns'), now: k.now(),
      ...(multipleTypes || k.flags.bool('show-kind') ? { kindPrefix: qualifiedSingular(resourceOf(o.kind)) } : {}),
    });
    if (!first) k.out('\n');
    first = false;
    k.out(renderTable(k.flags.bool('no-headers') ? undefined : header, rows));
  }
}

/** Groups objects by kind in first-seen order (one table per kind). */
function groupByKind(objs: readonly KubeObject[]): KubeObject[][] {
  const groups = new Map<string, KubeObject[]>();
  for (const o of objs) groups.set(o.kind, [...(groups.get(o.kind) ?? []), o]);
  return [...groups.values()];
}

function reportErrors(k: Kube, fetched: readonly Fetched[]): boolean {
  let failed = false;
  for (const f of fetched) {
    if (!f.error) continue;
    if (f.error.reason === 'NotFound' && k.flags.bool('ignore-not-found')) continue;
    k.err(apiErrorLine(f.error));
    failed = true;
  }
  return failed;
}

function runGet(k: Kube): number | Promise<number> {
  const format = k.flags.str('output');
  if (format !== '' && format !== 'wide' && !isObjectFormat(format)) return fail(k, unknownFormat(format, true));
  const r = refsFor(k);
  if (!r.ok) return r.code;
  const opts = { selector: k.flags.str('selector'), fieldSelector: k.flags.str('field-selector'), allNamespaces: k.flags.bool('all-namespaces') };
  if (k.flags.bool('watch') || k.flags.bool('watch-only')) return watchObjects(k, r.refs, opts);
  const fetched = fetchRefs(k, r.refs, opts);
  const sorted = sortObjects(fetched.flatMap((f) => f.objects), k.flags.str('sort-by'));
  if (!sorted.ok) return fail(k, sorted.error);
  const objs = sorted.objects;
  let code = 0;
  if (isObjectFormat(format)) {
    const single = r.refs.length === 1 && r.refs[0]?.name !== undefined;
    const printed = printObjects(objs, format, single, k.flags.bool('no-headers'));
    if (!printed.ok) return fail(k, printed.error);
    if (objs.length > 0 || !format.startsWith('custom-columns=')) k.out(printed.text);
  } else {
    printTables(k, groupByKind(objs), r.multipleTypes);
  }
  if (reportErrors(k, fetched)) code = 1;
  const tableLike = !isObjectFormat(format) || format.startsWith('custom-columns=');
  const allNamed = r.refs.every((x) => x.name !== undefined);
  if (objs.length === 0 && code === 0 && tableLike && !allNamed) k.err(noResourcesMessage(k, r.refs.map((x) => x.type), opts.allNamespaces));
  return code;
}

export const getCommand: CommandSpec = {
  name: 'get',
  group: 'Basic Commands (Intermediate):',
  short: 'Display one or many resources',
  long: 'Display one or many resources.\n\n' +
    ' Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don\'t specify any namespace.\n\n' +
    ' By specifying the output as \'template\' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n\n' +
    'Use "kubectl api-resources" for a complete list of supported resources.',
  example: [
    '# List all pods in ps output format', 'kubectl get pods', '',
    '# List all pods in ps output format with more information (such as node name)', 'kubectl get pods -o wide', '',
    '# List deployments in JSON output format, in the "v1" version of the "apps" API group', 'kubectl get deployments.v1.apps -o json', '',
    '# List a single pod in JSON output format', 'kubectl get -o json pod web-pod-13je7', '',
    '# Return only the phase value of the specified pod', 'kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}', '',
    '# List resource information in custom columns', 'kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image', '',
    '# List all replication controllers and services together in ps output format', 'kubectl get rc,services', '',
    '# List one or more resources by their type and names', 'kubectl get rc/web service/frontend pods/web-pod-13je7',
  ].join('\n'),
  use: 'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  args: 'resources',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' },
    fieldSelectorFlag,
    filenameFlag('identifying the resource to get from a server.'),
    { name: 'ignore-not-found', type: 'bool', usage: 'If set to true, suppresses NotFound error for specific objects that do not exist. Using this flag with commands that query for collections of resources has no effect when no resources are found.' },
    { name: 'label-columns', short: 'L', type: 'stringSlice', usage: 'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...' },
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].' },
    { name: 'output-watch-events', type: 'bool', usage: 'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.' },
    recursiveFlag,
    selectorFlag,
    { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
    { name: 'show-labels', type: 'bool', usage: 'When printing, show all labels as the last column (default hide labels column)' },
    showManagedFieldsFlag,
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string." },
    { name: 'watch', short: 'w', type: 'bool', usage: 'After listing/getting the requested object, watch for changes.' },
    { name: 'watch-only', type: 'bool', usage: 'Watch for changes to the requested object(s), without listing/getting first.' },
  ],
  run: runGet,
};
