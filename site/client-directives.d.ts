// Types the custom `client:focus` directive (site/integrations/focus-directive.mjs) for astro check.
export {};
declare module 'astro' {
  interface AstroClientDirectives {
    'client:focus'?: boolean;
  }
}
