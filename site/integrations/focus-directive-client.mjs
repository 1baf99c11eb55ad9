/** @type {import('astro').ClientDirective} */
export default (load, _options, el) => {
  const start = async () => {
    el.removeEventListener('focusin', start);
    el.removeEventListener('pointerdown', start);
    const hydrate = await load();
    await hydrate();
  };
  el.addEventListener('focusin', start);
  el.addEventListener('pointerdown', start);
  if (el.contains(document.activeElement)) start();
};
