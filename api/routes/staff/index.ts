// The staff console's API under /api/staff/: every answer no-store.
import { featureRouter } from '../../http/router.ts';
import { staffAccounts } from './accounts.ts';
import { staffActions } from './actions.ts';
import { staffAttachments } from './attachments.ts';
import { staffCases } from './cases.ts';
import { staffConflicts } from './conflicts.ts';
import { staffDashboard } from './dashboard.ts';
import { noStore } from './noStore.ts';
import { staffPaymentRolls } from './paymentRolls.ts';
import { staffRevealId } from './revealId.ts';
import { staffObjectionRoutes } from './objections.ts';
import { staffReportRoutes } from './reports.ts';
import { staffFollowUpRoutes } from './followUps.ts';
import { staffTerminals } from './terminals.ts';

const router = featureRouter();
// Registered apart from the chain below: a chained .use() would drop the routes' types from the typed client.
router.use('/staff/*', noStore);

export const staff = router
  .route('/', staffCases)
  .route('/', staffAttachments)
  .route('/', staffRevealId)
  .route('/', staffActions)
  .route('/', staffAccounts)
  .route('/', staffPaymentRolls)
  .route('/', staffConflicts)
  .route('/', staffDashboard)
  .route('/', staffObjectionRoutes)
  .route('/', staffReportRoutes)
  .route('/', staffFollowUpRoutes)
  .route('/', staffTerminals);
