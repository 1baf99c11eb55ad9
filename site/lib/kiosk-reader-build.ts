// The reader origin of this build (server side only: it reads the build's environment).
import { DEFAULT_READER_ORIGIN, readerOriginFrom } from './kiosk-reader-origin.ts';

export const kioskReaderOrigin = readerOriginFrom(process.env.KIOSK_READER_ORIGIN || DEFAULT_READER_ORIGIN);
