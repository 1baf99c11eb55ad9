// Every table, by domain.
export * from './agents.ts';
export * from './alerts.ts';
export * from './caseEvents.ts';
export * from './caseMembers.ts';
export * from './cases.ts';
export * from './idempotencyKeys.ts';
export * from './settings.ts';
export * from './uploads.ts';
