/// <reference path="./s3rver.d.ts" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';

export interface S3TestServer {
  /** `http://127.0.0.1:<port>`: what S3_ENDPOINT would be. */
  endpoint: string;
  bucket: string;
  /** The server's one account (s3rver checks AWS signatures against it). */
  accessKeyId: string;
  secretAccessKey: string;
  /** The server environment that selects this bucket (S3_*). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server for tests (s3rver: S3's REST API over HTTP, objects in a temporary folder,
 * AWS signatures checked) on a free port of the loopback, with one bucket. Test dependency only.
 */
export async function startS3TestServer({
  bucket = 'rf-files',
}: {
  bucket?: string;
} = {}): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'rf-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const accessKeyId = 'S3RVER';
  const secretAccessKey = 'S3RVER';
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
