// What staff typed into the action forms, kept per action and field outside the forms, so that a reload of the case
// (after 409 stale_version, or a new version) re-renders the forms with every typed character still there.
import type { ActionField } from './caseTypes.ts';

/** Kinds whose text is sent as a number, and kinds sent as a list (one entry per line). */
const NUMBER_KINDS = new Set(['amount']);
const LIST_KINDS = new Set(['text-list', 'names']);

export const isListKind = (kind: string) => LIST_KINDS.has(kind);
export const isBooleanKind = (kind: string) => kind === 'boolean';
export const isLongText = (kind: string) => isListKind(kind);
export const isChoiceKind = (kind: string) => kind === 'choice';
export const inputType = (kind: string) => (kind === 'date' ? 'date' : kind === 'month' ? 'month' : 'text');
export const inputMode = (kind: string) => (NUMBER_KINDS.has(kind) ? 'decimal' : undefined);

/** Whether the typed text counts as filled in. */
export function isFilled(field: ActionField, text: string): boolean {
  if (isBooleanKind(field.kind)) return text === 'true';
  return isListKind(field.kind) ? text.split('\n').some((line) => line.trim()) : text.trim() !== '';
}

/** The JSON value of one field as the action route takes it. */
export function fieldValue(field: ActionField, text: string): unknown {
  if (isBooleanKind(field.kind)) return text === 'true';
  if (isListKind(field.kind)) return text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (NUMBER_KINDS.has(field.kind)) return Number(text.trim().replace(/[,，\s]/g, ''));
  return text.trim();
}
