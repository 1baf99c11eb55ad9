// What the server acknowledged during the drill, and what it may or may not have done (the answer was lost with it).
export interface AcknowledgedClaim {
  key: string;
  body: string;
  network: string;
  factor: string;
  caseNumber: string;
  /** The 201 answer as first received. */
  answer: unknown;
}

export interface AcknowledgedAction {
  caseNumber: string;
  action: string;
  /** The audit event the action appends. */
  kind: string;
  /** The case's version in the 200 answer. */
  version: number;
}

export interface DrillLedger {
  claims: AcknowledgedClaim[];
  /** Claims sent whose answer never came: a retry with the same key must answer (and from then on they count). */
  inDoubt: Omit<AcknowledgedClaim, 'caseNumber' | 'answer'>[];
  actions: AcknowledgedAction[];
  lookups: number;
  /** 5xx answers while the sqld primary was down on purpose (nothing acknowledged; claims among them retried). */
  outageAnswers: number;
  /** Answers that were neither the expected success nor a lost connection (a defect unless explained). */
  unexpected: string[];
}

export const emptyLedger = (): DrillLedger => ({ claims: [], inDoubt: [], actions: [], lookups: 0, outageAnswers: 0, unexpected: [] });
