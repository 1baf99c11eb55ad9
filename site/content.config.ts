import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy.ts';
import { regionSchema } from './schemas/region.ts';

// Policies live per language: content/policies/<lang>/<id>.md, so a translation is a file, nothing else.
const policies = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/policies' }),
  schema: policySchema,
});

const regions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/regions' }),
  schema: regionSchema,
});

export const collections = { policies, regions };
