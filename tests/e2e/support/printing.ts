// Reading Chromium's own PDF of a page: how many pages, on which page each heading and what follows it landed
// (from the tagged PDF's structure tree), which addresses it links to, and what a phone reads from a QR code.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { parse } from 'yaml';

/** The origin the build prints (content/site.yaml, or SITE_ORIGIN as the build was given it). */
export const siteOrigin = (process.env.SITE_ORIGIN || parse(readFileSync(new URL('../../../content/site.yaml', import.meta.url), 'utf8')).origin).replace(/\/+$/, '');

/** The page printed as a tagged A4 PDF, as a person pressing 打印 would get it. */
export async function printA4(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', tagged: true });
}

interface PdfObject { id: number; body: string }

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(?:^|\s)(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) found.set(Number(m[1]), { id: Number(m[1]), body: m[2]! });
  return found;
}

const ref = (body: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** Page object ids in reading order, walking the page tree from the catalog. */
function pageIds(objs: Map<number, PdfObject>): number[] {
  const catalog = [...objs.values()].find((o) => /\/Type \/Catalog\b/.test(o.body));
  if (!catalog) throw new Error('PDF has no catalog');
  const walk = (id: number): number[] => {
    const body = objs.get(id)?.body ?? '';
    if (/\/Type \/Page\b/.test(body)) return [id];
    const kids = /\/Kids \[([^\]]*)\]/.exec(body)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => walk(Number(k[1])));
  };
  return walk(ref(catalog.body, 'Pages')!);
}

/** Number of pages in the PDF. */
export function pageCount(pdf: Buffer): number {
  return pageIds(objects(pdf)).length;
}

/** Addresses the PDF links to (link annotations). */
export function linkedUrls(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

interface StructElem { id: number; type: string; parent?: number | undefined; page?: number | undefined; kids: (number | { ref: number } | { page: number })[] }

function structure(objs: Map<number, PdfObject>): Map<number, StructElem> {
  const elems = new Map<number, StructElem>();
  for (const o of objs.values()) {
    if (!/\/Type \/StructElem\b/.test(o.body)) continue;
    const k = /\/K (\[[^\]]*\]|\d+ 0 R|\d+)/.exec(o.body)?.[1] ?? '';
    // /K holds marked-content ids (on the element's page), child elements, or marked-content references with their own page.
    const kids = [...k.matchAll(/<<[^>]*?\/Pg (\d+) 0 R[^>]*>>|(\d+) 0 R|(\d+)/g)].map((m) =>
      m[1] ? { page: Number(m[1]) } : m[2] ? { ref: Number(m[2]) } : Number(m[3]),
    );
    elems.set(o.id, { id: o.id, type: /\/S \/(\w+)/.exec(o.body)?.[1] ?? '', parent: ref(o.body, 'P'), page: ref(o.body, 'Pg'), kids });
  }
  return elems;
}

/** Where a heading and the first thing after it were printed (1-based page numbers). */
export interface HeadingPlacement { tag: 'H1' | 'H2' | 'H3'; page: number; nextPage: number | undefined }

/** Every h1–h3 in reading order with the page its text ends on and the page the following block starts on. */
export function headingPlacements(pdf: Buffer): HeadingPlacement[] {
  const objs = objects(pdf);
  const pages = pageIds(objs);
  const elems = structure(objs);
  const pagesOf = (e: StructElem): number[] =>
    e.kids.flatMap((k) => {
      if (typeof k === 'number') return e.page === undefined ? [] : [e.page];
      if ('page' in k) return [k.page];
      const child = elems.get(k.ref);
      return child ? pagesOf(child) : [];
    });
  const pageNo = (id: number) => pages.indexOf(id) + 1;
  // The first printed content after `e` in reading order: its later siblings, else its parent's.
  const nextPage = (e: StructElem): number | undefined => {
    const parent = e.parent === undefined ? undefined : elems.get(e.parent);
    if (!parent) return undefined;
    const at = parent.kids.findIndex((k) => typeof k === 'object' && 'ref' in k && k.ref === e.id);
    for (const k of parent.kids.slice(at + 1)) {
      const first = typeof k === 'number' ? parent.page : 'page' in k ? k.page : elems.get(k.ref) && pagesOf(elems.get(k.ref)!)[0];
      if (first !== undefined) return pageNo(first);
    }
    return nextPage(parent);
  };
  // Elements are written children first; order them as the tree reads, from the elements under the tree root.
  const ordered: StructElem[] = [];
  const visit = (e: StructElem) => {
    ordered.push(e);
    for (const k of e.kids) if (typeof k === 'object' && 'ref' in k && elems.has(k.ref)) visit(elems.get(k.ref)!);
  };
  for (const top of elems.values()) if (top.parent === undefined || !elems.has(top.parent)) visit(top);
  return ordered
    .filter((e): e is StructElem & { type: HeadingPlacement['tag'] } => /^H[123]$/.test(e.type))
    .map((e) => ({ tag: e.type, page: pageNo(pagesOf(e).at(-1)!), nextPage: nextPage(e) }));
}

/** What a phone camera reads from the QR code in this screenshot. */
export async function readQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
