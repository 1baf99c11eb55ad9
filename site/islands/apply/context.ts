// What every screen of the apply island shares: the draft, its setter, the current errors and the strings.
import { createContext, useContext, type Accessor } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { ApiClient } from './client.ts';
import type { Draft } from './draft.ts';
import type { FieldError } from './ErrorSummary.tsx';
import type { CountyChoice } from './regions.ts';
import type { Screen } from './screens.ts';
import type { UploadsInFlight } from './uploadsInFlight.ts';
import type { Message } from './validate.ts';

export interface ApplyContext {
  draft: Draft;
  set: SetStoreFunction<Draft>;
  errors: Accessor<FieldError[]>;
  s: Message;
  client: ApiClient;
  lang: string;
  counties: CountyChoice[];
  /** Catalog id → title of every programme one can apply for. */
  programmes: { id: string; title: string }[];
  agent: boolean;
  goTo: (screen: Screen) => void;
  /** Photos still being sent: 继续 waits for them. */
  uploads: UploadsInFlight;
}

export const Apply = createContext<ApplyContext>();

export function useApply(): ApplyContext {
  const context = useContext(Apply);
  if (!context) throw new Error('Apply screens render inside ApplyIsland');
  return context;
}

export function errorOf(context: ApplyContext, field: string): string | undefined {
  return context.errors().find((e) => e.field === field)?.message;
}
