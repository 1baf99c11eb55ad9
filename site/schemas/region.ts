import { z } from 'astro/zod';
import { democraticReviewSchema, workflowLimitsSchema } from '../../api/schemas/workflow.ts';
import { checkPlaceSources, institutionSchema, officeSchema, placeSourceSchema, townshipOfficeSchema, townshipSchema } from './place.ts';

const text = z.string().trim().min(1);

/** A local standard: a figure is only published with its year and its source. */
export const standardSchema = z.object({
  /** Key that policy pages refer to, e.g. dibao-urban. */
  key: text,
  /** Catalog id of the programme the figure belongs to. */
  programme: text,
  /** What the figure is, in plain words, e.g. 城市低保标准. */
  label: text,
  /** Amount in yuan. */
  amount: z.number().positive(),
  /** Period of the amount. */
  period: z.enum(['month', 'year', 'once']),
  /** Whom the amount is for: each person, each subsidy item, each household. */
  per: z.enum(['person', 'item', 'household']),
  /** Year the figure applies to; absent when the source does not state it, and then the figure is not published on pages. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** Document the figure is taken from, with its issuer and date, e.g. 会同县民政局2022年上半年工作总结(2022-09-01). */
  source: text,
  /** What the figure is: a line people are measured against (default), or a planned average target that is not. */
  kind: z.enum(['standard', 'planned-average']).default('standard'),
  /** Web address where the figure was read, when it was read on a public page. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** People the local rule leaves out: public-sector-retirees (机关事业单位), enterprise-retirees (企业), as 瓮安's 高龄补贴. */
  excludes: z.array(z.enum(['public-sector-retirees', 'enterprise-retirees'])).optional(),
});

/** A county-level jurisdiction with its townships, offices, institutions and local standards. */
export const regionSchema = z
  .object({
    /** GB/T 2260 code, six digits. */
    code: z.string().regex(/^\d{6}$/),
    /** Name, e.g. 会同县. */
    name: text,
    /** Province and prefecture, e.g. 湖南省怀化市. */
    parent: text,
    /** GB/T 2260 code of the province, six digits, e.g. 430000; its lines are in content/provinces/<code>.yaml. */
    province: z.string().regex(/^\d{2}0000$/),
    /** Documents and lists the place data rests on. */
    sources: z.array(placeSourceSchema).default([]),
    /** Districts or counties inside a prefecture-level city, each with its own townships and bureau; empty for a county. */
    districts: z
      .array(z.object({ code: z.string().regex(/^\d{6}$/), name: text, office: officeSchema.optional(), townships: z.array(townshipSchema).default([]) }))
      .default([]),
    /** Townships of a county; a city keeps them under its districts. */
    townships: z.array(townshipSchema).default([]),
    /** How every township's office is described; absent when no source does. */
    townshipOffice: townshipOfficeSchema.optional(),
    /** The county (or city) bureau. */
    office: officeSchema,
    /** Local institutions the sources name. */
    institutions: z.array(institutionSchema).default([]),
    /** Local standards, each dated and sourced. */
    standards: z.array(standardSchema).default([]),
    /** Amount up to which the township decides 临时救助 alone (yuan), where the county delegates. */
    townshipLinshiLimit: z.object({ amount: z.number().positive(), year: z.number().int().optional(), source: text }).optional(),
    /** How many days a signed 代办 authorisation stays usable; the county sets it (no national text does), default 90. */
    agentAuthorisationDays: z.number().int().min(1).max(366).optional(),
    /** Programmes for which the county keeps 民主评议 (社会救助暂行办法 §11(二) makes it one method among several). */
    democraticReview: democraticReviewSchema.optional(),
    /** The county's own step limits (content/workflows/*.yaml holds the defaults), each with its document. */
    workflowLimits: workflowLimitsSchema.optional(),
  })
  .superRefine(checkPlaceSources)
  .superRefine((region, ctx) => {
    const cited = region.democraticReview?.source;
    if (cited !== undefined && !region.sources.some((s) => s.id === cited)) ctx.addIssue({ code: 'custom', message: `unknown source id "${cited}"`, path: ['democraticReview', 'source'] });
  });

export type Region = z.infer<typeof regionSchema>;
export type Standard = z.infer<typeof standardSchema>;
