/**
 * Which content files each frontmatter JSON Schema applies to, and the schema files' names: shared by the
 * schema generator (schema.ts) and the editor set-up `cloudvirt-pack init` writes (init.ts), which must not
 * import the generator (it writes the schemas when run as a script).
 *
 * @module
 */

/** The content file types that have a frontmatter schema. */
export const schemaFileTypes = ['concept', 'comparison', 'topics', 'responsibility-matrix', 'pack', 'terminology'] as const;

/** A content file type: `concept` (concepts/*.md), `comparison` (comparisons/*.md), `topics` (topics.md)… */
export type SchemaFileType = (typeof schemaFileTypes)[number];

/** Which files of a content folder each schema applies to (glob, relative to the content folder). */
export const schemaFileGlobs: Readonly<Record<SchemaFileType, string>> = {
  concept: 'concepts/*.md',
  comparison: 'comparisons/*.md',
  topics: 'topics.md',
  'responsibility-matrix': 'responsibility-matrix.md',
  pack: 'pack.md',
  terminology: 'terminology.md',
};

/** The file name of a type's schema: `concept.schema.json`. */
export function schemaFileName(type: SchemaFileType): string {
  return `${type}.schema.json`;
}
