// One HTTP POST of a webhook delivery (decision 061), guarded against server-side request forgery: the
// address's host is resolved here and every address it resolves to must be public (not loopback, private,
// link-local — 169.254.169.254 is the cloud's metadata service —, …), checked at connection time on the
// very address connected to, so a name that changes its answer between check and use (DNS rebinding)
// gains nothing. `allowLocal` (WEBHOOKS_ALLOW_LOCAL=1: tests, a receiver on the same machine) lifts it.
// Redirects are not followed (a 3xx is a failed attempt); the whole request has `timeoutMs`.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPrivateAddress } from '@rf/domain/integrations/webhooks';

export class WebhookAddressError extends Error {
  constructor(host: string) {
    super(`address refused: ${host} is not a public address`);
    this.name = 'WebhookAddressError';
  }
}

export interface PostResult {
  statusCode: number;
}

const MAX_RESPONSE_BYTES = 64 * 1024;

function guardedLookup(allowLocal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const list = addresses ?? [];
      if (list.length === 0) return callback(new Error(`no address for ${hostname}`), '', 4);
      if (!allowLocal && list.some((entry) => isPrivateAddress(entry.address)))
        return callback(new WebhookAddressError(hostname), '', 4);
      if ((options as { all?: boolean }).all)
        return (callback as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

export function postWebhook(input: {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowLocal: boolean;
}): Promise<PostResult> {
  const url = new URL(input.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!input.allowLocal && isIP(host) && isPrivateAddress(host))
    return Promise.reject(new WebhookAddressError(host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
        lookup: guardedLookup(input.allowLocal),
        signal: AbortSignal.timeout(input.timeoutMs),
        agent: false,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          // The answer's body is not needed: read a little, then let it go.
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on('end', () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on('close', () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on('error', () => resolve({ statusCode: response.statusCode ?? 0 }));
      },
    );
    request.on('error', (error) =>
      reject(error.name === 'AbortError' ? new Error(`no answer within ${input.timeoutMs / 1000} s`) : error),
    );
    request.end(input.body);
  });
}
