// The load of one cycle: residents sending claims, residents looking their case up, the clerk moving cases, all at
// once until the server dies under them. A request whose connection dies is not acknowledged; anything else that is
// not the answer expected goes to `unexpected`.
import { drillClaim, type DrillClaim } from './drillClaims.ts';
import type { DrillLedger } from './drillLedger.ts';
import { SURVEY_ACTIONS, type StaffSession } from './drillStaff.ts';

export interface LoadOptions {
  base: string;
  run: number;
  ledger: DrillLedger;
  session: () => StaffSession;
  /** Numbers the claims across cycles. */
  nextResident: () => number;
  claimWorkers: number;
  lookupWorkers: number;
  staffWorkers: number;
  /** True while the database is down on purpose: a 5xx then acknowledges nothing and is no defect. */
  outage?: () => boolean;
}

const STAFF_NETWORK = '10.255.0.1';
const json = { 'content-type': 'application/json' };

/** True when the request never got an answer (the server died): not acknowledged, and not a defect. */
const lostConnection = (error: unknown) => error instanceof TypeError;

export async function sendClaim(base: string, claim: Omit<DrillClaim, 'factor'>): Promise<Response> {
  return fetch(`${base}/api/cases`, { method: 'POST', headers: { ...json, 'idempotency-key': claim.key, 'x-forwarded-for': claim.network }, body: claim.body });
}

// The console's page sends its own origin, the server's.
function staffHeaders(base: string, session: StaffSession) {
  return { ...json, cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'x-forwarded-for': STAFF_NETWORK, origin: new URL(base).origin };
}

/** Runs until `stopped()`; each worker's loop ends at its next request after that. */
export async function runLoad(options: LoadOptions, stopped: () => boolean): Promise<void> {
  const { base, ledger } = options;
  const expectedFailure = (status: number) => {
    if (status < 500 || !options.outage?.()) return false;
    ledger.outageAnswers++;
    return true;
  };
  const note = (what: string) => ledger.unexpected.push(what);

  const claimer = async () => {
    while (!stopped()) {
      const claim = drillClaim(options.run, options.nextResident());
      try {
        const res = await sendClaim(base, claim);
        const text = await res.text();
        if (res.status === 201) {
          const answer = JSON.parse(text) as { caseNumber: string };
          ledger.claims.push({ ...claim, caseNumber: answer.caseNumber, answer });
        } else if (res.status === 503 || expectedFailure(res.status)) ledger.inDoubt.push(claim);
        else note(`claim ${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        if (!lostConnection(error)) throw error;
        ledger.inDoubt.push(claim);
      }
    }
  };

  const looker = async () => {
    while (!stopped()) {
      const claim = ledger.claims[Math.floor(Math.random() * ledger.claims.length)];
      if (!claim) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      try {
        const res = await fetch(`${base}/api/cases/lookup`, { method: 'POST', headers: { ...json, 'x-forwarded-for': claim.network }, body: JSON.stringify({ caseNumber: claim.caseNumber, factor: claim.factor }) });
        const text = await res.text();
        if (res.status === 200) ledger.lookups++;
        else if (res.status !== 429 && !expectedFailure(res.status)) note(`lookup ${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        if (!lostConnection(error)) throw error;
      }
    }
  };

  // Each clerk worker takes every staffWorkers-th claim, so two never race for one case (that is a 409, tested elsewhere).
  const clerk = async (worker: number) => {
    let next = worker;
    while (!stopped()) {
      const claim = ledger.claims[next];
      if (!claim) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      try {
        const headers = staffHeaders(base, options.session());
        const read = await fetch(`${base}/api/staff/cases/${claim.caseNumber}`, { headers });
        if (read.status !== 200) {
          if (expectedFailure(read.status)) {
            await new Promise((r) => setTimeout(r, 20));
            continue;
          }
          note(`staff read ${read.status} ${(await read.text()).slice(0, 200)}`);
          next += options.staffWorkers;
          continue;
        }
        const shown = (await read.json()) as { version: number; allowedActions: { action: string }[] };
        const action = shown.allowedActions.map((a) => a.action).find((a) => a in SURVEY_ACTIONS);
        if (!action) {
          next += options.staffWorkers;
          continue;
        }
        const { kind, input } = SURVEY_ACTIONS[action]!;
        const res = await fetch(`${base}/api/staff/cases/${claim.caseNumber}/actions`, { method: 'POST', headers, body: JSON.stringify({ action, version: shown.version, ...input() }) });
        const text = await res.text();
        if (res.status === 200) ledger.actions.push({ caseNumber: claim.caseNumber, action, kind, version: (JSON.parse(text) as { version: number }).version });
        else if (!expectedFailure(res.status)) note(`action ${action} ${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        if (!lostConnection(error)) throw error;
      }
    }
  };

  await Promise.all([
    ...Array.from({ length: options.claimWorkers }, claimer),
    ...Array.from({ length: options.lookupWorkers }, looker),
    ...Array.from({ length: options.staffWorkers }, (_, i) => clerk(i)),
  ]);
}
