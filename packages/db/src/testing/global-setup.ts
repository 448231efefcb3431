import type { TestProject } from 'vitest/node';
import { startTestServer } from './server.ts';

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide('pgServerUrl', server.url);
  return () => server.stop();
}
