// Each built page's CSP header: the policy of its own <meta> tag (script and style hashes, from the build's
// manifest) plus what a meta tag cannot say. Pages the manifest does not know get the strict default.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_MANIFEST } from '../../scripts/build/csp-hashes.mjs';
import { DEFAULT_CSP, HEADER_ONLY_DIRECTIVES } from './security-headers.ts';

/** The CSP header for a built HTML file, given by its path under the site root (e.g. apply/index.html). */
export type PagePolicy = (file: string) => string;

export function loadPagePolicies(root: string): PagePolicy {
  const manifest = join(root, CSP_MANIFEST);
  if (!existsSync(manifest)) {
    console.warn(`${manifest} is missing: run \`npm run build\`; pages get a CSP without their inline-script hashes.`);
    return () => DEFAULT_CSP;
  }
  const policies = new Map<string, string>();
  for (const [file, policy] of Object.entries(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>)) {
    policies.set(file, `${policy.trim().replace(/;$/, '')}; ${HEADER_ONLY_DIRECTIVES}`);
  }
  return (file) => policies.get(file) ?? DEFAULT_CSP;
}

/** The built file a request path (under the site root, base stripped) is answered from: /apply/ → apply/index.html. */
export function pageFile(path: string): string {
  const file = path.replace(/^\/+/, '');
  if (file === '' || file.endsWith('/')) return `${file}index.html`;
  return file.endsWith('.html') ? file : `${file}/index.html`;
}
