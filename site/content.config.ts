import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy.ts';
import { provinceSchema } from './schemas/province.ts';
import { regionSchema } from './schemas/region.ts';

// CONTENT_DIR lets a test build a broken copy of the content and see the build fail.
const contentDir = process.env.CONTENT_DIR ?? './content';

// Policies live per language: content/policies/<lang>/<id>.md, so a translation is a file, nothing else.
const policies = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${contentDir}/policies` }),
  schema: policySchema,
});

const regions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/regions` }),
  schema: regionSchema,
});

// Lines a province publishes for all its counties, shown where a county publishes none.
const provinces = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/provinces` }),
  schema: provinceSchema,
});

export const collections = { policies, regions, provinces };
