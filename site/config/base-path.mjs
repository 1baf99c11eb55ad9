// The portal may live under a county portal's path (e.g. /mzj/): BASE_PATH sets it at build and serve time.
/** @returns {string} the base path with a leading and a trailing slash */
export function basePath(raw = process.env.BASE_PATH ?? '/') {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
