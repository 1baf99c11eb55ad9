/** A county or district with the townships and villages residents pick from (site/lib/service-regions.ts). */
export interface CountyChoice {
  code: string;
  name: string;
  townships: { name: string; villages: string[] }[];
}
