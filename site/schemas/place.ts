// Places and people of a region: the 区划 lists and documents they rest on, townships, offices and local institutions.
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** A document or list the place data rests on; entries elsewhere in the file cite it by `id`. */
export const placeSourceSchema = z.object({
  /** Short id the file's entries cite, e.g. nbs-2023. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Title of the document or list, as residents would recognise it. */
  title: text,
  /** Date published, YYYY or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
  /** Where it was read: URL, repository path or the project's source file, and the data's cut-off. */
  where: z.string().optional(),
});

const sourceIds = z.array(z.string()).min(1);

/** A village or community a source document names. */
const villageSchema = z.object({
  /** Name, e.g. 枫木村. */
  name: text,
  /** Source id naming the village. */
  source: text,
  /** Source id placing it in this township, when the naming source does not say which township. */
  placedBy: z.string().optional(),
});

/** Contacts a resident can use; each absent field is not published, and the page says so. */
const contactFields = {
  /** Street address. */
  address: z.string().optional(),
  /** Opening hours in plain words. */
  hours: z.string().optional(),
  /** Phone with area code. */
  phone: z.string().optional(),
};

/** An office: name, contacts where published, the programmes it takes, and the sources of those fields. */
export const officeSchema = z.object({
  /** Name as the source gives it. */
  name: text,
  ...contactFields,
  /** Catalog ids of the programmes the sources say it takes. */
  handles: z.array(text).default([]),
  /** What else a source says about it, in plain words (e.g. that a name is not checked). */
  note: z.string().optional(),
  /** Source ids of the fields above. */
  sources: sourceIds,
});

/** Every township's office, as the county's sources describe them all (a township may add its own contacts). */
export const townshipOfficeSchema = z.object({
  /** The unit inside the 乡镇人民政府/街道办事处, e.g. 民政办; absent when no source names one. */
  unit: z.string().optional(),
  /** Catalog ids the township takes applications for. */
  handles: z.array(text).default([]),
  /** What else the sources say, in plain words. */
  note: z.string().optional(),
  /** Source ids of the fields above. */
  sources: sourceIds,
});

/** A township (乡镇/街道) from an official 区划 list, with the villages the source documents name. */
export const townshipSchema = z.object({
  /** Nine-digit 统计用区划代码, where the list gives one. */
  code: z.string().regex(/^\d{9}$/).optional(),
  /** Name as the list gives it, e.g. 漠滨侗族苗族乡. */
  name: text,
  /** Source id of the list it comes from. */
  source: text,
  villages: z.array(villageSchema).default([]),
  /** Its own office contacts, where a source publishes them. */
  office: z.object({ ...contactFields, sources: sourceIds }).optional(),
});

/** A local institution a source names (care home, social-work station …), shown on the pages of its programmes. */
export const institutionSchema = z.object({
  /** Name as the source gives it. */
  name: text,
  /** What it is. */
  kind: z.enum(['care-home', 'elderly-centre', 'day-care', 'social-work', 'rescue-station', 'funeral-home', 'child-care']),
  /** Township it is in, when the source says. */
  township: z.string().optional(),
  ...contactFields,
  /** Catalog ids of the pages it belongs on. */
  programmes: z.array(text).min(1),
  /** What the source says it does, in plain words. */
  note: z.string().optional(),
  /** Source ids. */
  sources: sourceIds,
});


interface PlaceData {
  sources: { id: string }[];
  townships: z.infer<typeof townshipSchema>[];
  districts: { office?: { sources: string[] } | undefined; townships: z.infer<typeof townshipSchema>[] }[];
  office: { sources: string[] };
  townshipOffice?: { sources: string[] } | undefined;
  institutions: z.infer<typeof institutionSchema>[];
}

/** Every cited source id is listed and every institution's township is one of the region's, so no place fact floats free. */
export function checkPlaceSources(region: PlaceData, ctx: z.RefinementCtx): void {
  const known = new Set(region.sources.map((s) => s.id));
  const cite = (id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !known.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source id "${id}"`, path });
  };
  const townships = (list: typeof region.townships, at: (string | number)[]) =>
    list.forEach((t, i) => {
      cite(t.source, [...at, i, 'source']);
      t.villages.forEach((v, j) => { cite(v.source, [...at, i, 'villages', j, 'source']); cite(v.placedBy, [...at, i, 'villages', j, 'placedBy']); });
      t.office?.sources.forEach((s) => cite(s, [...at, i, 'office', 'sources']));
    });
  townships(region.townships, ['townships']);
  region.districts.forEach((d, i) => {
    townships(d.townships, ['districts', i, 'townships']);
    d.office?.sources.forEach((s) => cite(s, ['districts', i, 'office', 'sources']));
  });
  region.office.sources.forEach((s) => cite(s, ['office', 'sources']));
  region.townshipOffice?.sources.forEach((s) => cite(s, ['townshipOffice', 'sources']));
  const names = new Set([...region.townships, ...region.districts.flatMap((d) => d.townships)].map((t) => t.name));
  region.institutions.forEach((inst, i) => {
    inst.sources.forEach((s) => cite(s, ['institutions', i, 'sources']));
    if (inst.township !== undefined && !names.has(inst.township)) ctx.addIssue({ code: 'custom', message: `unknown township "${inst.township}"`, path: ['institutions', i, 'township'] });
  });
}
