// The policy catalog's ids (content/policies/zh-CN/<id>.md, one page each), read once: what a 举报 about a programme names.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const policiesDir = join(import.meta.dirname, '../../content/policies/zh-CN');

export const CATALOG_IDS: ReadonlySet<string> = new Set(readdirSync(policiesDir).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')));
