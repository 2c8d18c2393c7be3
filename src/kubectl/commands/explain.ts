/**
 * `kubectl explain TYPE[.field…]`: the documentation of a resource or one of its fields, in
 * the layout of kubectl's OpenAPI v3 plaintext template (GROUP/KIND/VERSION, FIELD,
 * DESCRIPTION, FIELDS). Mirrors k8s.io/kubectl/pkg/explain/v2 (templates/plaintext.tmpl).
 */
import { type Kube, fail } from '../kube';
import { EXPLAIN_ROOTS, type FieldDoc, TYPES } from '../explainSchema';
import { resolveType } from '../resources';
import type { CommandSpec } from '../spec';

/** Word-wraps text to `width` columns, indenting every line by `indent` spaces (blank lines kept). */
export function wrap(text: string, width: number, indent: number): string {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') { out.push(pad); continue; }
    let line = '';
    for (const word of para.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) { out.push(pad + line); line = word; }
      else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(pad + line);
  }
  return `${out.join('\n')}\n`;
}

const elementType = (t: string): string => t.replace(/^\[\]/, '');

function fieldsBlock(typeName: string, recursive: boolean, depth = 2): string {
  const t = TYPES[elementType(typeName)];
  if (!t) return '';
  let out = '';
  for (const name of Object.keys(t.fields).sort()) {
    const fd = t.fields[name] as FieldDoc;
    out += `${' '.repeat(depth)}${name}\t<${fd.type}>${fd.required ? ' -required-' : ''}\n`;
    if (recursive) { out += fieldsBlock(fd.type, true, depth + 2); continue; }
    if (fd.enum) out += `${' '.repeat(depth)}enum: ${fd.enum.join(', ')}\n`;
    out += `${wrap(fd.description, 76, depth + 2)}\n`;
  }
  return out;
}

function runExplain(k: Kube): number {
  const [arg] = k.flags.args;
  if (!arg) return fail(k, 'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
  const [typeWord = '', ...path] = arg.split('.');
  const rt = resolveType(typeWord);
  if (!rt) return fail(k, `the server doesn't have a resource type "${typeWord}"`);
  const root = EXPLAIN_ROOTS[rt.kind];
  if (!root) return fail(k, `couldn't find resource for "${rt.group ? `${rt.group}/` : ''}${rt.version}, Kind=${rt.kind}"`);
  let typeName = root;
  let field: { name: string; doc: FieldDoc } | undefined;
  for (const seg of path) {
    const doc = TYPES[elementType(typeName)]?.fields[seg];
    if (!doc) return fail(k, `field "${seg}" does not exist`);
    field = { name: seg, doc };
    typeName = doc.type;
  }
  const recursive = k.flags.bool('recursive');
  let out = `${rt.group ? `GROUP:      ${rt.group}\n` : ''}KIND:       ${rt.kind}\nVERSION:    ${rt.version}\n\n`;
  if (field) out += `FIELD: ${field.name} <${field.doc.type}>\n${field.doc.enum ? `ENUM:\n${field.doc.enum.map((e) => `    ${e}\n`).join('')}` : ''}\n`;
  const description = field ? field.doc.description : (TYPES[root]?.description ?? '');
  const typeDesc = field ? TYPES[elementType(typeName)]?.description : undefined;
  out += `${field ? '\n' : ''}DESCRIPTION:\n${wrap(typeDesc ? `${description}\n${typeDesc}` : description, 76, 4)}    \n`;
  const fields = fieldsBlock(typeName, recursive);
  if (fields) out += `FIELDS:\n${fields}${recursive ? '\n' : ''}\n`;
  k.out(out);
  return 0;
}

export const explainCommand: CommandSpec = {
  name: 'explain',
  group: 'Basic Commands (Intermediate):',
  short: 'Get documentation for a resource',
  long: 'Describe fields and structure of various resources.\n\n This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n        <type>.<fieldName>[.<fieldName>]\n\n Information about each field is retrieved from the server in OpenAPI format.\n\nUse "kubectl api-resources" for a complete list of supported resources.',
  example: "# Get the documentation of the resource and its fields\nkubectl explain pods\n\n# Get all the fields in the resource\nkubectl explain pods --recursive\n\n# Get the explanation for deployment in supported api versions\nkubectl explain deployments --api-version=apps/v1\n\n# Get the documentation of a specific field of a resource\nkubectl explain pods.spec.containers\n\n# Get the documentation of resources in different format\nkubectl explain deployment --output=plaintext-openapiv2",
  use: 'explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2]',
  flags: [
    { name: 'api-version', type: 'string', usage: 'Use given api-version (group/version) of the resource.' },
    { name: 'output', short: 'o', type: 'string', default: 'plaintext', usage: 'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).' },
    { name: 'recursive', type: 'bool', usage: 'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.' },
  ],
  args: 'resources',
  run: runExplain,
};
