// CloudVirt site script: enhancements only; every page works without it.
// 1. Definition previews also open on mouse hover (keyboard and touch use the preview buttons).
// 2. The responsibility matrix highlights the row and column of the cell under the pointer or focus.
(() => {
  'use strict';

  const hoverCapable = window.matchMedia('(hover: hover) and (pointer: fine)').matches;

  function setupHoverPreviews() {
    if (!hoverCapable || typeof HTMLElement.prototype.showPopover !== 'function') return;
    let openTimer = 0;
    let closeTimer = 0;
    let hovered = null;
    const close = () => {
      if (hovered && hovered.matches(':popover-open')) hovered.hidePopover();
      hovered = null;
    };
    const scheduleClose = () => {
      window.clearTimeout(openTimer);
      window.clearTimeout(closeTimer);
      closeTimer = window.setTimeout(close, 300);
    };
    document.querySelectorAll('a.concept-link[data-concept]').forEach((link) => {
      const popover = document.getElementById(`preview-${link.dataset.concept}`);
      if (!popover) return;
      link.addEventListener('mouseenter', () => {
        window.clearTimeout(closeTimer);
        window.clearTimeout(openTimer);
        openTimer = window.setTimeout(() => {
          if (popover.matches(':popover-open')) return;
          close();
          try {
            popover.showPopover({ source: link });
          } catch {
            popover.showPopover();
          }
          hovered = popover;
        }, 450);
      });
      link.addEventListener('mouseleave', scheduleClose);
    });
    document.querySelectorAll('.preview[popover]').forEach((popover) => {
      popover.addEventListener('mouseenter', () => window.clearTimeout(closeTimer));
      popover.addEventListener('mouseleave', () => {
        if (popover === hovered) scheduleClose();
      });
      popover.addEventListener('toggle', (event) => {
        if (event.newState === 'closed' && popover === hovered) hovered = null;
      });
    });
    // A click on a preview button takes over a hover-opened popover: it must stay open.
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.preview-button')) {
        window.clearTimeout(openTimer);
        window.clearTimeout(closeTimer);
        hovered = null;
      }
    });
  }

  function setupMatrix() {
    document.querySelectorAll('table[data-matrix]').forEach((table) => {
      const clear = () => table.querySelectorAll('.is-highlighted').forEach((cell) => cell.classList.remove('is-highlighted'));
      const highlight = (target) => {
        clear();
        const cell = target instanceof Element ? target.closest('td, th') : null;
        if (!cell || !table.contains(cell)) return;
        const row = cell.closest('tr');
        const column = cell.dataset.column;
        if (row && row.parentElement && row.parentElement.tagName === 'TBODY') {
          row.querySelectorAll('td, th').forEach((each) => each.classList.add('is-highlighted'));
        }
        if (column) table.querySelectorAll(`[data-column="${column}"]`).forEach((each) => each.classList.add('is-highlighted'));
      };
      table.addEventListener('mouseover', (event) => highlight(event.target));
      table.addEventListener('focusin', (event) => highlight(event.target));
      table.addEventListener('mouseleave', clear);
      table.addEventListener('focusout', (event) => {
        if (!(event.relatedTarget instanceof Node) || !table.contains(event.relatedTarget)) clear();
      });
    });
  }

  setupHoverPreviews();
  setupMatrix();
})();
