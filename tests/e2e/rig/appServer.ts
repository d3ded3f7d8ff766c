/**
 * Serves the built renderer on 127.0.0.1 through main's own `readAppResponse`, so pages get exactly the files
 * and headers (CSP included) that the app:// handler gives them. Keeps the port across restarts: IndexedDB
 * belongs to an origin, and the port is part of it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readAppResponse } from '../../../electron/protocol/appFiles';

export interface AppServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startAppServer(rootDir: string, port = 0): Promise<AppServer> {
  const server = createServer((request, response) => {
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    readAppResponse(rootDir, `http://${host}${request.url ?? '/'}`, host)
      .then((answer) => {
        response.writeHead(answer.status, answer.headers);
        response.end(request.method === 'HEAD' ? undefined : answer.body);
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await listen(server, port);
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
