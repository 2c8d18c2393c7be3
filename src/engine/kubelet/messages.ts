/**
 * The kubelet's per-container event texts and field paths. Every pod of a Deployment repeats
 * the same few strings (`spec.containers{nginx}`, `Started container nginx`), so each is built
 * once per container name or image and shared, instead of one new string per event.
 */

/** A bounded memo of one string builder (a lab has a handful of images and container names). */
function shared(build: (s: string) => string): (s: string) => string {
  let memo = new Map<string, string>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= 1024) memo = new Map();
      v = build(s);
      memo.set(s, v);
    }
    return v;
  };
}

/** The involvedObject.fieldPath of a container's events. */
export const containerFieldPath = shared((name) => `spec.containers{${name}}`);
/** Pulled, for an image the node has. */
export const imagePresentMessage = shared((image) => `Container image "${image}" already present on machine and can be accessed by the pod`);
/** Pulling. */
export const pullingMessage = shared((image) => `Pulling image "${image}"`);
/** Created. */
export const createdMessage = shared((name) => `Created container: ${name}`);
/** Started. */
export const startedMessage = shared((name) => `Started container ${name}`);
/** Killing. */
export const stoppingMessage = shared((name) => `Stopping container ${name}`);
