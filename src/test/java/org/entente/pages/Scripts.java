package org.entente.pages;

/** The scripts the page checks run inside a page. */
final class Scripts {

    private Scripts() {}

    /** Every link, form action and htmx URL on the page, as "METHOD absolute-url"; this site only. */
    static final String LINKS = """
            () => {
              const found = [];
              const add = (method, url) => {
                if (url === null) return;
                const absolute = new URL(url, document.baseURI);
                if (absolute.origin !== location.origin) return;
                absolute.hash = '';
                found.push(method.toUpperCase() + ' ' + absolute.href);
              };
              // A link to "#x" moves within the page it is on: no request, whatever address the page has
              // (a refused form answered at its POST-only address lists its errors as such links).
              document.querySelectorAll('a[href]').forEach(a => {
                const href = a.getAttribute('href');
                if (!href.startsWith('#')) add('GET', href);
              });
              document.querySelectorAll('form').forEach(f =>
                  add(f.getAttribute('method') || 'GET', f.getAttribute('action') ?? ''));
              document.querySelectorAll('[formaction]').forEach(b =>
                  add(b.getAttribute('formmethod') || (b.form && b.form.getAttribute('method')) || 'GET',
                      b.getAttribute('formaction')));
              for (const verb of ['get', 'post', 'put', 'patch', 'delete']) {
                document.querySelectorAll('[hx-' + verb + '],[data-hx-' + verb + ']').forEach(e =>
                    add(verb, e.getAttribute('data-hx-' + verb) ?? e.getAttribute('hx-' + verb)));
              }
              return found;
            }""";

    /** The outermost elements sticking out of the viewport, not inside a scrolling container. */
    static final String OVERFLOWING = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              for (const e of document.body.querySelectorAll('*')) {
                const box = e.getBoundingClientRect();
                if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
                // An absolutely placed element escapes every scrolling box that does not contain it.
                let inside = false;
                if (getComputedStyle(e).position !== 'absolute' && getComputedStyle(e).position !== 'fixed') for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                  const box2 = p.getBoundingClientRect();
                  if (getComputedStyle(p).overflowX !== 'visible' || box2.right > width + 1 || box2.left < -1) {
                    inside = true;
                    break;
                  }
                }
                if (inside) continue;
                const classes = typeof e.className === 'string' && e.className.trim()
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '';
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes
                    + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
                if (found.length === 6) break;
              }
              return found.join('; ');
            }""";

    /** axe-core's violations of WCAG 2.1 A and AA, one line each with up to three elements. */
    static final String AXE = """
            async () => {
              const result = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations']
              });
              return result.violations.map(v => v.id + ': ' + v.help + ' — '
                  + v.nodes.slice(0, 3).map(n => n.target.join(' ')
                      + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ')' : ''))
                      .join('; ')
                  + (v.nodes.length > 3 ? ' … and ' + (v.nodes.length - 3) + ' more' : ''));
            }""";
}
