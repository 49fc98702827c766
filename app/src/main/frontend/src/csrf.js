// Spring Security's CSRF token, from the page's meta tags, for requests that change something.
export function csrfHeaders() {
  const read = (name) => document.querySelector(`meta[name="${name}"]`)?.content;
  const header = read('_csrf_header');
  const token = read('_csrf');
  return header && token ? { [header]: token } : {};
}
