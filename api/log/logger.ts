// The server's log: pino, one JSON line per event, written to stdout by sonic-boom off the request path (async:
// lines wait in a buffer and go out together). LOG_LEVEL (info unless set: trace, debug, info, warn, error, silent).
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function makeLogger(env: NodeJS.ProcessEnv = process.env, destination: DestinationStream = pino.destination({ dest: 1, sync: false })): Logger {
  return pino({ level: env['LOG_LEVEL'] || 'info' }, destination);
}
