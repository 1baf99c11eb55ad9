// The portal on Node: @hono/node-server with the portal's own response class, which writes the headers every answer
// carries together with the handler's (see portalResponse.ts). server.ts serves with it, and so do tests of the
// Node path.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { PortalResponse } from './portalResponse.ts';

interface PortalServerOptions {
  fetch: (request: Request, env: object) => Response | Promise<Response>;
  port: number;
  hostname: string;
}

export function servePortal(options: PortalServerOptions, listening?: (info: AddressInfo) => void): ServerType {
  return serve({ ...options, serverOptions: { ServerResponse: PortalResponse } }, listening);
}
