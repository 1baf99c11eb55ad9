import { z } from 'astro/zod';
import { CATALOG_CATEGORIES } from '../../api/domain/catalog.ts';

/** Catalog categories, in the order the home page lists them. */
export const categoryIds = CATALOG_CATEGORIES;

/** Life situations the home page groups programmes by. */
export const situationIds = ['sick', 'elderly', 'children', 'disaster', 'marriage', 'funeral', 'organisation', 'poor', 'disabled'] as const;

const text = z.string().trim().min(1);

/** One policy page in one language: every section of DESIGN.md, in the order the page shows them. */
export const policySchema = z.object({
  /** Official name, e.g. 最低生活保障. */
  title: text,
  /** The short name people use, e.g. 低保; defaults to nothing. */
  short: z.string().optional(),
  /** Catalog category, one of categoryIds. */
  category: z.enum(categoryIds),
  /** Plain summary shown in lists and search results; at most 80 characters (code points). */
  summary: text.refine((s) => [...s].length <= 80, 'summary must be at most 80 characters'),
  /** Words residents use for this programme (old names, slang, typical questions); at least 3. */
  aliases: z.array(text).min(3),
  /** Life situations this programme answers; may be empty. */
  situations: z.array(z.enum(situationIds)).default([]),
  /** 是什么: paragraphs, separated by blank lines. */
  what: text,
  /** 谁可以申请: a lead sentence and the eligibility points, one condition each. */
  who: z.object({ intro: text, points: z.array(text).min(1) }),
  /** 能得到什么: what the programme gives, and keys of the local standards shown beside it (content/regions). */
  benefits: z.object({ text: text, standards: z.array(text).default([]) }),
  /** 要带什么材料: one item per document, with an optional note (copies, who signs). */
  materials: z.array(z.object({ name: text, note: z.string().optional() })).min(1),
  /** 怎么办理: steps in order, each with who acts and the time limit in plain words. */
  steps: z.array(z.object({ name: text, actor: text, timeLimit: text, text: text })).min(1),
  /** 在哪里办: where to go, in plain words. */
  where: text,
  /** 常见问题: question and answer pairs; at least one. */
  faq: z.array(z.object({ q: text, a: text })).min(1),
  /** 政策依据: regulations with document number where there is one, and year. */
  basis: z.array(z.object({ title: text, docNo: z.string().optional(), year: z.number().int().min(1949).max(2100) })).min(1),
  /** 更新日期: when the page's facts were last checked (YYYY-MM-DD). */
  updated: z.coerce.date(),
});

export type Policy = z.infer<typeof policySchema>;

/** Section ids in page order; the headings come from the locale files. */
export const sectionIds = ['what', 'who', 'benefits', 'materials', 'steps', 'where', 'faq', 'basis', 'updated'] as const;
