// Every table, by domain.
export * from './accounts.ts';
export * from './alerts.ts';
export * from './auditEvents.ts';
export * from './caseEvents.ts';
export * from './caseMembers.ts';
export * from './cases.ts';
export * from './idempotencyKeys.ts';
export * from './settings.ts';
export * from './terminals.ts';
export * from './uploads.ts';
export * from './conflicts.ts';
export * from './notices.ts';
export * from './reports.ts';
export * from './ratings.ts';
