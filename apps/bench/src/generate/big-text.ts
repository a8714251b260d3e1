/**
 * A big explanation for the `big-text` benchmark: paragraphs of prose with concept links and text that
 * must stay text (escaped markup, entities, separators, bidi and zero-width characters, emoji), the shape
 * of the 5 MB explanation of @cloudvirt/checks' hostile corpus.
 *
 * @module
 */

/** One paragraph; `index` varies the text so no two paragraphs are equal. */
function paragraph(index: number): string {
  return [
    `Paragraph ${index}: virtualization lets one machine run many isolated systems (see [the hypervisor](concept:hypervisor)),`,
    `and the text \\<script>window.__pwned=${index}\\</script> stays text, as do &lt;img onerror=window.__pwned=1&gt; &amp; "quotes" 'apostrophes',`,
    `separators\u2028and\u2029marks, bidi \u202eRLO\u202c and zero\u200bwidth characters, emoji \u{1F600}\u{1F469}\u200d\u{1F4BB}.`,
    'The hypervisor traps sensitive instructions and emulates them, so that the guest operating system keeps running as if it owned the hardware;',
    'the virtual machine monitor schedules virtual processors on physical ones, maps guest memory to host memory and forwards device access.',
    'Cloud computing then pools these virtual resources and hands them out on demand, through self-service interfaces and automation.',
  ].join('\n');
}

/**
 * Markdown of at least `bytes` UTF-8 bytes.
 *
 * @param bytes The minimum size.
 * @returns The Markdown (paragraphs separated by blank lines).
 */
export function bigExplanation(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const text = paragraph(index);
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
}
