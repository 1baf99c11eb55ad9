import { z } from 'astro/zod';
import { standardSchema } from './region.ts';

/** A province with the lines it publishes for all its counties (最低指导标准), each dated and sourced. */
export const provinceSchema = z.object({
  /** GB/T 2260 code, six digits ending in 0000, e.g. 430000. */
  code: z.string().regex(/^\d{2}0000$/),
  /** Name, e.g. 湖南省. */
  name: z.string().trim().min(1),
  /** Province-wide lines; empty where none was found with its source. */
  standards: z.array(standardSchema).default([]),
});

export type Province = z.infer<typeof provinceSchema>;
