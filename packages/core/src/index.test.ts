import { describe, expect, it } from 'vitest';
import * as core from './index.js';

describe('@cloudvirt/core', () => {
  it('should expose the public api', () => {
    expect(Object.keys(core).sort()).toEqual(
      ['conceptKinds', 'languageTags', 'levels', 'locales', 'relationTypeList', 'relationTypes'].sort(),
    );
  });

  it('should give every relation type an inverse, both labels and a SKOS mapping', () => {
    for (const type of core.relationTypeList) {
      const info = core.relationTypes[type];
      expect(info.type).toBe(type);
      expect(info.label.en && info.label.zh && info.inverseLabel.en && info.inverseLabel.zh).toBeTruthy();
      expect(['broader', 'related']).toContain(info.skos);
      if (info.symmetric) expect(info.inverse).toBe(type);
      else expect(info.inverse).not.toBe(type);
    }
  });
});
