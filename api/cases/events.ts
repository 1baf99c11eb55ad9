// A case's events: its part of the global audit chain (api/audit/chain.ts), in chain order.
export { caseEventsOf, eventsOfCases, type AuditRow as CaseEvent } from '../audit/chain.ts';
