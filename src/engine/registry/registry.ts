/**
 * The simulated registry: resolves an image reference as containerd would (default registry
 * docker.io, `library/` for official images, tag `latest`), finds its behaviour in the
 * catalogue, and fails like a real registry when the repository or tag does not exist.
 */
import { builtinImages } from './catalog';
import type { ImageSpec } from './types';

/** A parsed reference: `nginx:1.27` → docker.io/library/nginx:1.27. */
export interface ImageRef {
  /** As written in the pod spec. */
  image: string;
  /** Fully qualified, as containerd prints it. */
  full: string;
  /** The catalogue key: `nginx`, `kubelab/demo`, `quay.io/org/app`. */
  repository: string;
  tag: string;
}

/** Why an image cannot run. */
export type PullFailure =
  | { reason: 'InvalidImageName'; message: string }
  | { reason: 'ErrImagePull'; message: string };

export type ImageLookup = { ok: true; ref: ImageRef; spec: ImageSpec } | { ok: false; ref?: ImageRef; failure: PullFailure };

/** The registry a cluster's kubelets pull from. */
export interface Registry {
  lookup(image: string): ImageLookup;
  /** Adds images; a tag given again replaces the earlier behaviour. */
  add(images: readonly ImageSpec[]): void;
}

const REFERENCE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** Parses an image reference; undefined when it is not a valid reference. Mirrors distribution/reference normalisation. */
export function parseImageRef(image: string): ImageRef | undefined {
  if (!REFERENCE.test(image)) return undefined;
  const [nameTag = '', digest] = image.split('@');
  const slash = nameTag.lastIndexOf('/');
  const colon = nameTag.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? nameTag.slice(0, colon) : nameTag;
  const tag = hasTag ? nameTag.slice(colon + 1) : digest ? '' : 'latest';
  const first = name.split('/')[0] ?? '';
  const hasDomain = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const domain = hasDomain ? first : 'docker.io';
  let path = hasDomain ? name.slice(first.length + 1) : name;
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const repository = domain === 'docker.io' ? path.replace(/^library\//, '') : `${domain}/${path}`;
  const full = `${domain}/${path}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { image, full, repository, tag: tag || 'latest' };
}

/** containerd's error for a tag that does not exist. */
export function notFoundMessage(ref: ImageRef): string {
  return `rpc error: code = NotFound desc = failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": ${ref.full}: not found`;
}

/** containerd's error for a Docker Hub repository that does not exist (Hub answers 401). */
export function accessDeniedMessage(ref: ImageRef): string {
  return `rpc error: code = Unknown desc = failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** Creates a registry holding the built-in catalogue plus `extra`. */
export function createRegistry(extra: readonly ImageSpec[] = []): Registry {
  const byRepo = new Map<string, Map<string, ImageSpec>>();
  const memo = new Map<string, ImageLookup>();
  const add = (images: readonly ImageSpec[]): void => {
    memo.clear();
    for (const spec of images) {
      const repo = parseImageRef(spec.repository)?.repository ?? spec.repository;
      let tags = byRepo.get(repo);
      if (!tags) byRepo.set(repo, (tags = new Map<string, ImageSpec>()));
      for (const t of spec.tags) tags.set(t, spec);
    }
  };
  add(builtinImages());
  add(extra);
  return {
    add,
    lookup(image) {
      let found = memo.get(image);
      if (!found) memo.set(image, (found = resolve(image)));
      return found;
    },
  };

  /** Resolves one reference against the catalogue (memoised by `lookup` until images change). */
  function resolve(image: string): ImageLookup {
    const ref = parseImageRef(image);
    if (!ref) {
      return { ok: false, failure: { reason: 'InvalidImageName', message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format` } };
    }
    const tags = byRepo.get(ref.repository);
    if (!tags) return { ok: false, ref, failure: { reason: 'ErrImagePull', message: ref.full.startsWith('docker.io/') ? accessDeniedMessage(ref) : notFoundMessage(ref) } };
    const spec = tags.get(ref.tag) ?? (image.includes('@') ? tags.get('latest') : undefined);
    if (!spec) return { ok: false, ref, failure: { reason: 'ErrImagePull', message: notFoundMessage(ref) } };
    return { ok: true, ref, spec };
  }
}
