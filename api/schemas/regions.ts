// Counties, townships and villages for the apply form's pickers: GET /api/regions.
import { z } from 'zod';

export const townshipSchema = z.object({
  /** Code of the township, where the source documents give one. */
  code: z.string().optional(),
  /** Name, e.g. 林城镇. */
  name: z.string(),
  /** Villages (村/社区) the source documents name; may be empty. */
  villages: z.array(z.string()),
});

export const countySchema = z.object({
  /** GB/T 2260 code, six digits. */
  code: z.string(),
  /** Name, e.g. 会同县. */
  name: z.string(),
  /** Province and prefecture, e.g. 湖南省怀化市. */
  parent: z.string(),
  /** Districts or counties inside a prefecture-level city, each with its own townships and bureau; empty for a county. */
  districts: z.array(z.object({ code: z.string(), name: z.string(), office: z.string(), townships: z.array(townshipSchema) })),
  /** Townships (乡镇/街道) of a county; a city lists them under its districts. Not every township may be listed: a
   * claim may name another one (其他), unless it is a township of another county. */
  townships: z.array(townshipSchema),
  /** Office residents go to. */
  office: z.string(),
});

export const regionsResponseSchema = z.object({
  /** The jurisdictions this portal serves. */
  counties: z.array(countySchema),
});

export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
