/** curl for the lab: requests into the simulated cluster network. */
export { createCurl } from './curl';
export type { CurlDeps } from './curl';
