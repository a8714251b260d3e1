import { describe, expect, it } from 'vitest';

describe('@cloudvirt/render', () => {
  it('should expose each adapter as a subpath', async () => {
    const root = await import('./index.js');
    for (const sub of ['markdown', 'anki', 'jsonld'] as const) {
      const mod = await import(`./${sub}.js`);
      for (const key of Object.keys(mod)) expect(root).toHaveProperty(key);
    }
  });
});
