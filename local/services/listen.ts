// Local stack plumbing: listening on TCP ports, free ones and endpoint URLs for the AWS stand-ins
// that `npm start` and the test suites run on loopback.
import { createServer } from 'node:net';
import { LOCAL_HOST } from '../defaults.ts';

export const defaultHost = LOCAL_HOST;

/** A port nobody listens on right now; another process may still take it before we do. */
export async function freePort(host: string = defaultHost): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error(`could not read the port of a probe socket on ${host}`);
  }
  return address.port;
}

/** The URL a client on this machine uses for a listener bound to `host`. */
export function endpointUrl(host: string, port: number): string {
  // A wildcard bind is reachable on loopback; clients cannot connect to the wildcard itself.
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? defaultHost : host;
  return reachable.includes(':') ? `http://[${reachable}]:${port}` : `http://${reachable}:${port}`;
}

/** Starts `server` listening (port 0 = a free one) and resolves with the port it got. */
export async function listen(
  server: { listen(port: number, host: string, ready: () => void): unknown } & Pick<
    import('node:net').Server,
    'once' | 'off' | 'address'
  >,
  port: number,
  host: string = defaultHost,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`could not read the port of the server on ${host}`);
  }
  return address.port;
}
