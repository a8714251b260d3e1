import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './plain-text.js';

describe('markdownToPlainText', () => {
  it('should keep link text, drop HTML, join soft breaks and separate blocks', () => {
    const markdown = 'A **VMM** runs\n[guests](concept:guest) <b>fast</b>.\n\n- one\n- `two`\n\n<div>gone</div>';
    expect(markdownToPlainText(markdown)).toBe('A VMM runs guests fast.\n\none\ntwo');
  });
});
