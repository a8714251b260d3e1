/**
 * A concept file the compiler tests add to a copy of the content (`concepts/lxc.md`): valid, with a
 * relation to an existing concept.
 *
 * @module
 */

/** The text of `concepts/lxc.md`. */
export const lxc = `---
kind: product
topic: vmm-structures
level: advanced
updated: 2026-11-26
label:
  en: LXC
  zh: LXC
definition:
  en: A set of Linux containers managed from user space.
  zh: 在用户空间管理的一组Linux容器。
relations:
  - {type: contrasts-with, target: kvm}
sources:
  - url: https://www.redhat.com/zh/topics/virtualization/what-is-virtualization
    lang: zh
    seed: true
    title:
      en: What is virtualization? (Red Hat, Chinese edition)
      zh: 什么是虚拟化?(红帽)
---

# en

LXC shares the host kernel.

# zh

LXC共享宿主机的内核。
`;
