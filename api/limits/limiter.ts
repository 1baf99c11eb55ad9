// Failed attempts limited per (subject, client) and per client, never per subject alone: a stranger's failures
// must not lock the owner out. Many failures on one subject from everywhere only raise an alert for staff.
// A subject is what is guessed at (a case number, an ID number, an account); a client is an IP network or a kiosk
// terminal (see lookup/bucket.ts).
import { makeFailureCounter, type LockRule } from './failureCounter.ts';

export interface LimiterRules {
  /** Failures on one subject from one client before that client waits. */
  perSubjectClient: LockRule;
  /** Failures from one IP network, whatever the subjects. */
  perClient: LockRule;
  /** Failures from one kiosk terminal, whatever the subjects: it serves many residents. */
  perTerminal: LockRule;
  /** Failures on one subject from all clients together that raise an alert; this never refuses anyone. */
  subjectAlert: { limit: number; windowMs: number };
}

/** Why a client may not try now, and for how long. */
export interface Refusal {
  /** 'subject': this client failed on this subject too often; 'client': this client failed too often overall. */
  by: 'subject' | 'client';
  waitMs: number;
  /** The failures that led to it (the rule's limit), for the message. */
  failures: number;
}

/** A subject that just reached the alert ceiling. */
export interface SubjectAlert {
  subject: string;
  failures: number;
  since: number;
}

export interface Limiter {
  refusal(subject: string, client: string, now: number): Refusal | undefined;
  /** Counts a failure; returns the alert to raise when the subject just reached its ceiling across clients. */
  recordFailure(subject: string, client: string, now: number): SubjectAlert | undefined;
  /** The client got the subject right: its earlier failures on it are forgotten. */
  recordSuccess(subject: string, client: string): void;
}

export function makeLimiter(rules: LimiterRules): Limiter {
  const counter = makeFailureCounter();
  const pair = (subject: string, client: string) => `${subject}@${client}`;
  const clientRule = (client: string) => (client.startsWith('terminal:') ? rules.perTerminal : rules.perClient);
  const alertRule: LockRule = { ...rules.subjectAlert, lockMs: 0 };
  return {
    refusal(subject, client, now) {
      const bySubject = counter.lockedFor(pair(subject, client), now);
      const byClient = counter.lockedFor(client, now);
      if (bySubject === 0 && byClient === 0) return undefined;
      return bySubject >= byClient
        ? { by: 'subject', waitMs: bySubject, failures: rules.perSubjectClient.limit }
        : { by: 'client', waitMs: byClient, failures: clientRule(client).limit };
    },
    recordFailure(subject, client, now) {
      counter.fail(pair(subject, client), rules.perSubjectClient, now);
      counter.fail(client, clientRule(client), now);
      const reached = counter.fail(subject, alertRule, now);
      return reached && { subject, ...reached };
    },
    recordSuccess(subject, client) {
      counter.forget(pair(subject, client));
    },
  };
}
