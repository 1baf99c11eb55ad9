// 低保 and 特困 are alternatives for one person: nobody is paid both, and 特困 usually gives more.
import type { ProgrammeAnswer } from './types.ts';

/** Adds the "one or the other" note to both answers when a person living alone could have either. */
export function withAlternatives(answers: readonly ProgrammeAnswer[], persons: number): ProgrammeAnswer[] {
  const open = (id: string) => answers.some((a) => a.id === id && a.eligible !== false);
  if (persons !== 1 || !open('dibao') || !open('tekun')) return [...answers];
  return answers.map((a) => (a.id === 'dibao' || a.id === 'tekun' ? { ...a, noteKeys: [...(a.noteKeys ?? []), 'alternative.dibao-tekun'] } : a));
}
