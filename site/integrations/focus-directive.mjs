// Adds `client:focus`: an island hydrates the first time anything inside it takes focus (the search box).
/** @returns {import('astro').AstroIntegration} */
export default function focusDirective() {
  return {
    name: 'focus-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'focus', entrypoint: new URL('./focus-directive-client.mjs', import.meta.url).pathname });
      },
    },
  };
}
