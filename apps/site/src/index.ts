/**
 * `@cloudvirt/site`: build the bilingual static site of any knowledge pack. The command line is
 * `cloudvirt-site build --kb <package | path>`; this entry (and `@cloudvirt/site/build`) is the same build
 * for programs:
 *
 * ```ts
 * import { loadPack } from '@cloudvirt/core/compiler';
 * import { buildSite } from '@cloudvirt/site';
 *
 * const { kb } = await loadPack('my-pack');
 * const result = await buildSite({ outDir: '_site', data: kb });
 * ```
 *
 * @module
 */
export { assertSafeOutDir, buildSite, siteKnowledgeBase, type BuildSiteOptions, type BuildSiteResult, type Migration, type Redirect } from './build-site.js';
export { siteIdentity, type SiteIdentity, type SiteIdentityText } from './site-identity.js';
