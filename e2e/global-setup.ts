/**
 * Serves the built app (`dist/`, run `npm run build` first) with vite's preview server on
 * a free port of 127.0.0.1 and hands its URL to the tests as `baseURL`.
 */
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await preview({
    preview: { host: '127.0.0.1', port: Number(process.env.E2E_PORT ?? 0), strictPort: true },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
