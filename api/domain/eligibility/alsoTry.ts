// What to look at next when the answer is no: related programmes that are still a yes or a maybe.
import type { Household } from './household.ts';
import type { ProgrammeAnswer, ProgrammeId, ProgrammeResult } from './types.ts';

const RELATED: Record<ProgrammeId, readonly string[]> = {
  dibao: ['tekun', 'dishouru', 'yiliao-jiuzhu', 'linshi-jiuzhu'],
  dishouru: ['yiliao-jiuzhu', 'linshi-jiuzhu'],
  tekun: ['dibao', 'dishouru', 'linshi-jiuzhu'],
  'canji-butie': ['dibao', 'linshi-jiuzhu'],
  'gaoling-jintie': ['yanglao-fuwu'],
  guer: ['wuren-fuyang', 'liushou-ertong'],
  'wuren-fuyang': ['guer', 'liushou-ertong'],
  'linshi-jiuzhu': [],
  'yiliao-jiuzhu': ['linshi-jiuzhu'],
};

/** The answers with `alsoTry` on every no; catalog pages the self-check does not judge are offered when they fit the household. */
export function withAlsoTry(answers: readonly ProgrammeAnswer[], household: Household): ProgrammeResult[] {
  const unjudged: Record<string, boolean> = {
    'yanglao-fuwu': household.members.some((m) => m.age >= 60),
    'liushou-ertong': household.members.some((m) => m.age < 18),
  };
  const open = (id: string) => answers.find((a) => a.id === id)?.eligible ?? unjudged[id] ?? false;
  return answers.map((answer) =>
    answer.eligible === false ? { ...answer, alsoTry: RELATED[answer.id].filter((id) => open(id) !== false) } : { ...answer },
  );
}
