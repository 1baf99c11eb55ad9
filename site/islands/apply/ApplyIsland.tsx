import ApplyForm from './ApplyForm.tsx';
import { apiClient } from './client.ts';
import type { CountyChoice } from './regions.ts';
import { fill, type Strings } from './strings.ts';

export interface ApplyIslandProps {
  base: string;
  lang: string;
  strings: Strings;
  counties: CountyChoice[];
  programmes: { id: string; title: string }[];
  caseHref: string;
}

// A resident applying for their own household.
export default function ApplyIsland(props: ApplyIslandProps) {
  return (
    <ApplyForm agent={false} draftKey="mzy-apply-draft" client={apiClient(props.base, props.lang)} lang={props.lang}
      s={(key, params) => fill(props.strings, key, params)} counties={props.counties} programmes={props.programmes} caseHref={props.caseHref} />
  );
}
