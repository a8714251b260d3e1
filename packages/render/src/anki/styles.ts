/**
 * Card styling shared by every CloudVirt note type: readable on phones, light and dark (Anki adds
 * `.nightMode` / `.night_mode` to the card in night mode), CJK-aware fonts picked by `lang`.
 *
 * Changing this text changes every note type: bump `noteTypesUpdated` in `cloudvirt-note-types.ts`.
 *
 * @module
 */

/** The CSS of every CloudVirt note type. */
export const cloudVirtCss = `.card {
  --cv-fg: #1f2328;
  --cv-muted: #59636e;
  --cv-bg: #ffffff;
  --cv-accent: #0b62c4;
  --cv-rule: #d0d7de;
  --cv-soft: #f3f5f7;
  --cv-mark: #fff3bf;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.55;
  color: var(--cv-fg);
  background-color: var(--cv-bg);
  text-align: left;
  overflow-wrap: anywhere;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --cv-fg: #e6edf3;
  --cv-muted: #9ba7b4;
  --cv-bg: #1e1f22;
  --cv-accent: #6cb6ff;
  --cv-rule: #3d444d;
  --cv-soft: #2b2d31;
  --cv-mark: #5c4d00;
}
.cv { max-width: 38rem; margin: 0 auto; padding: 0 0.75rem; }
:lang(zh-Hans) { font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif; }
.cv p, .cv ul, .cv ol { margin: 0.4em 0; }
.cv ul, .cv ol { padding-left: 1.3em; }
.cv a { color: var(--cv-accent); }
.cv code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--cv-soft); padding: 0 0.2em; border-radius: 3px; }
.cv pre { overflow-x: auto; background: var(--cv-soft); padding: 0.5em; border-radius: 4px; }
.cv-front { font-size: 1.1em; }
.cv-term { font-size: 1.6em; font-weight: 600; text-align: center; margin: 0.6em 0; }
.cv-term [lang] { display: block; }
.cv-question { font-size: 1.05em; margin: 0.6em 0; }
.cv-answer { font-size: 1.35em; font-weight: 600; text-align: center; margin: 0.5em 0; }
.cv-answer [lang] { display: block; }
.cv-context { font-size: 0.8em; color: var(--cv-muted); text-transform: none; margin-bottom: 0.4em; }
.cv-ask { text-align: center; font-size: 1.4em; color: var(--cv-muted); margin-top: 0.6em; }
.cv-blank { color: var(--cv-accent); font-weight: 600; white-space: nowrap; }
.cv-definition { margin: 0.6em 0; }
.cv-label { font-size: 0.8em; color: var(--cv-muted); font-weight: 600; margin-right: 0.4em; }
.cv-aliases, .cv-examples, .cv-note, .cv-others, .cv-statement { font-size: 0.9em; margin: 0.5em 0; }
.cv-explanation { font-size: 0.85em; color: var(--cv-fg); border-left: 3px solid var(--cv-rule); padding-left: 0.7em; margin: 0.8em 0; }
.cv-explanation h1, .cv-explanation h2, .cv-explanation h3, .cv-explanation h4 { font-size: 1em; margin: 0.6em 0 0.2em; }
.cv-source { font-size: 0.7em; color: var(--cv-muted); margin-top: 1.2em; border-top: 1px solid var(--cv-rule); padding-top: 0.4em; }
.cv-source a { color: var(--cv-muted); }
.cv-table { border-collapse: collapse; font-size: 0.8em; margin: 0.6em auto; }
.cv-table th, .cv-table td { border: 1px solid var(--cv-rule); padding: 0.2em 0.5em; text-align: left; }
.cv-table .cv-current td, .cv-table .cv-current th { background: var(--cv-mark); }
.cloze { color: var(--cv-accent); font-weight: 700; }
hr#answer { border: 0; border-top: 1px solid var(--cv-rule); margin: 0.9em 0; }
img { max-width: 100%; height: auto; }
@media (max-width: 480px) {
  .card { font-size: 18px; }
  .cv { padding: 0 0.25rem; }
  .cv-term { font-size: 1.4em; }
}
`;
