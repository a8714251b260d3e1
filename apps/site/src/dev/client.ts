/**
 * The dev server's browser side: a small script, injected into every HTML page the dev server sends,
 * that listens to the server's events (Server-Sent Events at {@link devEventsPath}), reloads the page when
 * its own HTML changed, and shows the content's errors in an overlay (built with DOM text nodes only, so
 * a message can never inject markup). The page templates know nothing of it.
 *
 * @module
 */

/** Where the dev server serves the script. */
export const devClientPath = '/__cloudvirt/dev.js';

/** Where the dev server streams its events. */
export const devEventsPath = '/__cloudvirt/events';

/** The id of the error overlay element. */
export const overlayId = 'cloudvirt-dev-overlay';

/** One error as the overlay lists it (a compile message, or a problem of the site build). */
export interface OverlayError {
  /** `file:line:col` (the path as the compiler names it). */
  readonly location: string;
  /** The rule id (`missing-field`, …), or `site` for a problem the site build found. */
  readonly ruleId: string;
  /** What is wrong ("Unexpected X, expected Y"). */
  readonly reason: string;
  /** How to fix it. */
  readonly note: string;
}

/** What the `status` event carries. */
export interface DevStatus {
  /** The content's errors (empty: the content compiles). */
  readonly errors: readonly OverlayError[];
}

/**
 * Insert the client script into a page, just before `</body>` (at the end when there is none).
 *
 * @param html The page as rendered.
 * @param pagePath The path the page was requested at (the server compares its HTML by this path).
 * @param hash The hash of `html`, so the server knows which version the browser has.
 * @returns The page with the script.
 */
export function injectDevClient(html: string, pagePath: string, hash: string): string {
  const attribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const tag = `<script src="${devClientPath}" data-path="${attribute(pagePath)}" data-hash="${attribute(hash)}"></script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? `${html}${tag}` : `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/** The script served at {@link devClientPath} (plain ES2020, no dependencies). */
export const devClientScript = `// cloudvirt-site dev: live reload and the error overlay.
(() => {
  'use strict';
  const script = document.currentScript;
  const pagePath = script.dataset.path;
  const hash = script.dataset.hash;
  const id = ${JSON.stringify(overlayId)};
  let dismissed = '';
  let returnFocus = null;

  const element = (name, attributes, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    for (const child of children) node.append(child);
    return node;
  };

  const style = () => {
    if (document.getElementById(id + '-style') !== null) return;
    const css = [
      '#' + id + ' { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 2rem 1rem; background: rgba(17, 17, 17, 0.6); }',
      '#' + id + ' .cv-panel { box-sizing: border-box; max-width: 56rem; margin: 0 auto; padding: 1.25rem 1.5rem; background: #fff; color: #1b1b1b; border-top: 0.4rem solid #b3261e; border-radius: 0.25rem; font: 1rem/1.5 system-ui, sans-serif; box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.4); }',
      '#' + id + ' h2 { margin: 0 0 0.25rem; font-size: 1.25rem; color: #8c1d18; }',
      '#' + id + ' ol { margin: 1rem 0; padding-left: 1.5rem; }',
      '#' + id + ' li { margin: 0 0 1rem; }',
      '#' + id + ' code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; overflow-wrap: anywhere; }',
      '#' + id + ' .cv-rule { margin-left: 0.5rem; padding: 0 0.4rem; border-radius: 0.2rem; background: #f3e1df; color: #5e0f0b; font-family: ui-monospace, monospace; font-size: 0.85em; }',
      '#' + id + ' p { margin: 0.25rem 0; }',
      '#' + id + ' .cv-hint { color: #3d3d3d; }',
      '#' + id + ' button { font: inherit; padding: 0.35rem 1rem; border: 1px solid #1b1b1b; border-radius: 0.25rem; background: #fff; color: #1b1b1b; cursor: pointer; }',
      '#' + id + ' button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }',
    ].join('\\n');
    document.head.append(element('style', { id: id + '-style' }, css));
  };

  const close = () => {
    const overlay = document.getElementById(id);
    if (overlay === null) return;
    dismissed = overlay.dataset.signature || '';
    overlay.remove();
    if (returnFocus !== null && typeof returnFocus.focus === 'function') returnFocus.focus();
    returnFocus = null;
  };

  const show = (errors) => {
    const signature = JSON.stringify(errors);
    const current = document.getElementById(id);
    if (errors.length === 0) {
      dismissed = '';
      if (current !== null) close();
      return;
    }
    if (current !== null && current.dataset.signature === signature) return;
    if (signature === dismissed) return;
    if (current !== null) current.remove();
    else returnFocus = document.activeElement;
    style();
    const count = errors.length === 1 ? '1 error' : errors.length + ' errors';
    const list = element('ol', {});
    for (const error of errors) {
      list.append(
        element(
          'li',
          {},
          element('p', {}, element('code', { class: 'cv-location' }, error.location), element('span', { class: 'cv-rule' }, error.ruleId)),
          element('p', { class: 'cv-reason' }, error.reason),
          element('p', { class: 'cv-hint' }, 'hint: ' + error.note),
        ),
      );
    }
    const button = element('button', { type: 'button', class: 'cv-close' }, 'Close');
    button.addEventListener('click', close);
    const overlay = element(
      'div',
      { id, role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': id + '-title', 'aria-describedby': id + '-note', lang: 'en', tabindex: '-1' },
      element(
        'div',
        { class: 'cv-panel' },
        element('h2', { id: id + '-title' }, count + ' in the content'),
        element('p', { id: id + '-note' }, 'This page is the last version that compiled. Fix the files below and save: the page updates by itself.'),
        list,
        button,
      ),
    );
    overlay.dataset.signature = signature;
    overlay.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      // Keep the focus in the dialog: its one control is the button.
      if (event.key === 'Tab') {
        event.preventDefault();
        button.focus();
      }
    });
    document.body.append(overlay);
    button.focus();
  };

  const query = '?path=' + encodeURIComponent(pagePath) + '&hash=' + encodeURIComponent(hash);
  const events = new EventSource(${JSON.stringify(devEventsPath)} + query);
  events.addEventListener('reload', () => {
    events.close();
    location.reload();
  });
  events.addEventListener('status', (event) => show(JSON.parse(event.data).errors));
})();
`;
