// The staff console's API under /api/staff/: every answer no-store.
import { featureRouter } from '../../http/router.ts';
import { staffAttachments } from './attachments.ts';
import { staffCases } from './cases.ts';
import { noStore } from './noStore.ts';
import { staffRevealId } from './revealId.ts';

export const staff = featureRouter()
  .use('/staff/*', noStore)
  .route('/', staffCases)
  .route('/', staffAttachments)
  .route('/', staffRevealId);
