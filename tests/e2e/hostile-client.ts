// What the abuse suites share: a client that streams huge bodies without holding them, the servers' resident
// memory, and the addresses a hostile client comes from. What they read in the database is in database.ts.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';

/**
 * Headers of a request that reached the apps through the trusted proxy (Playwright, on loopback) from
 * `address`; `forged` is what the client wrote in X-Forwarded-For itself, which the proxy keeps on the left.
 */
export function fromClient(address: string, forged?: string): Record<string, string> {
  return { 'x-forwarded-for': forged ? `${forged}, ${address}` : address };
}

/** A fresh address per run, so a re-run on a kept database starts with fresh allowances. */
export function documentationAddress(tag: number): string {
  return `198.18.${tag % 250}.${1 + (Date.now() % 250)}`;
}

export interface HugeAnswer {
  /** The server's status, or 0 when it cut the connection before its answer could be read. */
  status: number;
  /** Bytes the client managed to send before the server answered and closed. */
  sent: number;
  ms: number;
}

/**
 * Posts `megabytes` of form data, generated as it is sent (never held in memory here either), with its
 * length declared or chunked. Resolves with the server's answer, whenever it comes. Like a browser, it sends
 * the headers first and gives the server a moment to answer before the body; then one chunk at a time,
 * reading in between, so a refusal is read before the server closes the connection.
 */
export function postHuge(
  url: string,
  megabytes: number,
  { chunked = false, headers = {} }: { chunked?: boolean; headers?: Record<string, string> } = {},
): Promise<HugeAnswer> {
  const total = megabytes * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(chunked ? {} : { 'content-length': String(total) }),
          ...headers,
        },
      },
      (res) => {
        answered = true;
        res.resume();
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, sent, ms: performance.now() - started });
          req.destroy();
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // The server answered and closed while we were still writing: our write may fail (EPIPE, ECONNRESET)
      // a moment before its answer is read, and a reset discards that answer. Wait for it a little; if it
      // never comes, the server cut the connection — a refusal too (status 0), which the tests accept only
      // with the server still serving and its memory flat.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') {
        setTimeout(() => {
          if (!answered) resolve({ status: 0, sent, ms: performance.now() - started });
        }, 2000);
        return;
      }
      reject(error);
    });
    req.flushHeaders();
    const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
    (async () => {
      await pause(200);
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) await new Promise((done) => req.once('drain', done));
        await pause(1);
      }
      if (!answered) req.end();
    })().catch(reject);
  });
}

/** The resident memory of a process, in MiB (Linux). */
export function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(status.match(/VmRSS:\s+(\d+)\s+kB/)?.[1]);
  return kib / 1024;
}
