/**
 * The licence and attribution line of a pack (`content/pack.md`), in both languages, for outputs that
 * carry it as text: the handbooks and the Anki deck descriptions. The dataset and the page markup carry
 * the same facts as RDF / schema.org properties.
 *
 * @module
 */
import type { LocalizedText, Pack } from '@cloudvirt/core';

/**
 * The notice: name and version, who wrote it, the text licence (name, SPDX id, URL), the works the
 * text is based on (title in their own language; the translation in parentheses), and that code is
 * licensed separately.
 *
 * @param pack The pack.
 * @returns One sentence group per language, plain text.
 */
export function packLicenseNotice(pack: Pack): LocalizedText {
  const basesEn = pack.basedOn.map((basis) => `“${basis.title[basis.lang]}”${basis.lang === 'en' ? '' : ` (${basis.title.en}, in Chinese)`}${basis.url === undefined ? '' : ` ${basis.url}`}`);
  const basesZh = pack.basedOn.map((basis) => `《${basis.title.zh}》${basis.url === undefined ? '' : ` ${basis.url}`}`);
  const en = [
    `${pack.name.en} ${pack.version} by ${pack.creator.name.en}. The text is licensed under ${pack.license.name.en} (${pack.license.id}, ${pack.license.url}).`,
    basesEn.length === 0 ? '' : ` Based on ${basesEn.join('; ')}.`,
    ' Software code is licensed separately (MIT).',
  ].join('');
  const zh = [
    `${pack.name.zh} ${pack.version}，作者：${pack.creator.name.zh}。文本采用${pack.license.name.zh}（${pack.license.id}，${pack.license.url}）授权。`,
    basesZh.length === 0 ? '' : `基于${basesZh.join('、')}。`,
    '软件代码另行以MIT许可证授权。',
  ].join('');
  return { en, zh };
}
