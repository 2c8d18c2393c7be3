/**
 * Everything the page needs from the lab's runtime (session, engine helpers, view model),
 * gathered so boot.ts can load it with one dynamic import: the page's first JavaScript
 * holds React, xterm and the page itself, and the cluster arrives right behind it.
 */
export { createSession } from '../lab/index';
export { createClusterViewer, engineViewHelpers } from '../lab/view/index';
export { startRouting } from './scenario/controller';
