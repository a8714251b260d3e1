import { describe, expect, it } from 'vitest';
import { introducesFollowingBlock, keySentences, splitSentences } from './sentences.js';
import { termPattern } from './terms.js';

describe('splitSentences', () => {
  it('should split English sentences but not after abbreviations or initials', () => {
    expect(splitSentences('Xen is a hypervisor, e.g. for AWS. It runs Dom0! Does it? Yes. J. Smith wrote it. 3 VMs run.')).toEqual([
      'Xen is a hypervisor, e.g. for AWS.',
      'It runs Dom0!',
      'Does it?',
      'Yes.',
      'J. Smith wrote it.',
      '3 VMs run.',
    ]);
    expect(splitSentences('Version 2.1 of v1.2 is out.')).toEqual(['Version 2.1 of v1.2 is out.']);
  });

  it('should split Chinese sentences after 。！？', () => {
    expect(splitSentences('KVM 是内核模块。它把 Linux 变成虚拟机监控程序！对吗？')).toEqual(['KVM 是内核模块。', '它把 Linux 变成虚拟机监控程序！', '对吗？']);
  });
});

describe('keySentences', () => {
  const isKnownConcept = (id: string): boolean => id === 'xen';

  it('should keep sentences that name the concept, with context, in order, at most three', () => {
    const markdown = [
      'A **hypervisor** creates and runs VMs. Nothing to see.',
      '',
      '- The [hypervisor](concept:xen) schedules vCPUs.',
      '- Hypervisor.',
      '',
      '```',
      'hypervisor in code is skipped.',
      '```',
      '',
      'A hypervisor creates and runs VMs. A hypervisor. Type 1 hypervisors run on bare metal. The last hypervisor sentence is dropped.',
    ].join('\n');
    expect(keySentences(markdown, { pattern: termPattern(['hypervisor']), locale: 'en', isKnownConcept })).toEqual([
      'A hypervisor creates and runs VMs.',
      'The hypervisor schedules vCPUs.',
      'Type 1 hypervisors run on bare metal.',
    ]);
  });

  it('should use a shorter minimum context for Chinese', () => {
    expect(keySentences('虚拟机监控器。虚拟机监控器负责管理虚拟机。', { pattern: termPattern(['虚拟机监控器']), locale: 'zh', isKnownConcept })).toEqual(['虚拟机监控器负责管理虚拟机。']);
  });

  it('should skip sentences that introduce a list, which dangle on a card', () => {
    const zh = ['混合云中的环境因企业而异，可能包括：', '', '- 本地数据中心', '- 公共云', '', '混合云把这些环境连接起来并统一管理。'].join('\n');
    expect(keySentences(zh, { pattern: termPattern(['混合云']), locale: 'zh', isKnownConcept })).toEqual(['混合云把这些环境连接起来并统一管理。']);
    const en = [
      'Full virtualization on x86 went through two stages:',
      '',
      '1. Software-based full virtualization.',
      '',
      'The layers of full virtualization include',
      '',
      '- the VMM',
      '',
      'Full virtualization runs unmodified guests.',
    ].join('\n');
    expect(keySentences(en, { pattern: termPattern(['full virtualization']), locale: 'en', isKnownConcept })).toEqual([
      'Software-based full virtualization.',
      'Full virtualization runs unmodified guests.',
    ]);
  });
});

describe('introducesFollowingBlock', () => {
  it('should flag a colon at the end, ASCII or full-width, also before a closing bracket', () => {
    expect(introducesFollowingBlock('It has two stages:', false)).toBe(true);
    expect(introducesFollowingBlock('它经历了两个阶段：', false)).toBe(true);
    expect(introducesFollowingBlock('它有三种（如下）：”', false)).toBe(true);
    expect(introducesFollowingBlock('Ratio 1:2 is common.', false)).toBe(false);
  });

  it('should flag an unfinished last sentence only when a list follows its block', () => {
    expect(introducesFollowingBlock('The layers include', true)).toBe(true);
    expect(introducesFollowingBlock('The layers include', false)).toBe(false);
    expect(introducesFollowingBlock('The layers are as follows.', true)).toBe(true);
    expect(introducesFollowingBlock('各层如下。', true)).toBe(true);
    expect(introducesFollowingBlock('The layers are as follows.', false)).toBe(false);
    expect(introducesFollowingBlock('The layers are listed in the table.', true)).toBe(false);
  });
});
