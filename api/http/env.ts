// What every /api handler can reach through the context: the services opened at start.
import type { Services } from '../services.ts';

export interface AppEnv {
  Variables: {
    services: Services;
    requestId: string;
    /** Where the portal is served, with both slashes (e.g. / or /mzj/): the agent cookie's path. */
    basePath: string;
  };
}
