/** The directives of a CSP header or meta tag, by name. */
export function directives(csp: string | null | undefined): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}
