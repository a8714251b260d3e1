import { describe, expect, it } from 'vitest';
import { toFieldHtml } from './html.js';
import { clozeTerms, containsTerm, maskTerms, termPattern } from './terms.js';

describe('termPattern', () => {
  it('should match whole Latin words (with plurals), case-insensitively, longest first', () => {
    const pattern = termPattern(['VM', 'Virtual machine', 'x'])!;
    expect('A VM and two VMs; a virtual machine, VMware.'.match(pattern)).toEqual(['VM', 'VMs', 'virtual machine']);
    expect(containsTerm('VMware only', pattern)).toBe(false);
  });

  it('should match CJK terms anywhere, also next to Latin text', () => {
    const pattern = termPattern(['虚拟机', 'KVM'])!;
    expect('KVM是一种虚拟机监控程序'.match(pattern)).toEqual(['KVM', '虚拟机']);
  });

  it('should escape regex characters and ignore terms shorter than 2 characters', () => {
    expect(termPattern(['C', ''])).toBeNull();
    expect('use C++ (and C#)'.match(termPattern(['C++', 'C#'])!)).toEqual(['C++', 'C#']);
  });
});

describe('maskTerms', () => {
  it('should replace every occurrence with a blank and escape the rest', () => {
    const html = toFieldHtml(maskTerms('Xen <b> & Xen', termPattern(['Xen']), '[…]'));
    expect(html).toBe('<span class="cv-blank">[…]</span> &#x3C;b> &#x26; <span class="cv-blank">[…]</span>');
  });
});

describe('clozeTerms', () => {
  it('should wrap every occurrence as cloze 1', () => {
    expect(clozeTerms('A hypervisor, or Type 1 hypervisor.', termPattern(['Hypervisor', 'Type 1 hypervisor']))).toBe('A {{c1::hypervisor}}, or {{c1::Type 1 hypervisor}}.');
    expect(clozeTerms('Nothing here.', termPattern(['Xen']))).toBeNull();
  });

  it('should leave terms alone that would break cloze syntax', () => {
    expect(clozeTerms('a::b is odd', termPattern(['a::b']))).toBeNull();
    expect(clozeTerms('use {x} now', termPattern(['{x}']))).toBeNull();
  });
});
