/**
 * `topics.md`: the topic tree (frontmatter only).
 *
 * @module
 */
import type { LocalizedText } from '../src/model.js';
import { suggest } from '../src/suggest.js';
import type { Located } from './markdown.js';
import { parseMarkdown } from './markdown.js';
import type { MessageSink } from './message.js';
import { didYouMean } from './message.js';
import type { SourceFile } from './source-file.js';
import { YamlReader } from './yaml-reader.js';

/** A topic as read from topics.md (fields may be missing when invalid). */
export interface TopicDraft {
  /** The topic id and where it is written. */
  readonly id: Located;
  /** The parent id, when valid. */
  readonly parent: string | undefined;
  /** Display name. */
  readonly label: LocalizedText | undefined;
  /** One-sentence description. */
  readonly description: LocalizedText | undefined;
}

/**
 * Read topics.md. Checks ids (`bad-id`, `duplicate-id`) and parents (`unknown-topic-parent`: the parent
 * must be listed before the child).
 *
 * @param file
 *   topics.md.
 * @param sink
 *   Where problems go.
 * @returns
 *   The topics in file order (only those with a valid, unique id), or `undefined` when the topic list
 *   itself cannot be read (so that references to topics are not all reported as unknown).
 */
export function parseTopics(file: SourceFile, sink: MessageSink): TopicDraft[] | undefined {
  const document = parseMarkdown(file, sink, 'none');
  if (document === undefined) return undefined;
  const parsed = YamlReader.read(document, sink);
  if (parsed === undefined) return undefined;
  const { reader, root } = parsed;
  const fields = reader.map(root, { required: ['topics'] });
  const topicsEntry = fields?.get('topics');
  const items = topicsEntry === undefined ? undefined : reader.list(topicsEntry);
  if (items === undefined) return undefined;

  const topics: TopicDraft[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const topic = reader.map(item, { required: ['id', 'label', 'description'], optional: ['parent'], what: 'a topic' });
    if (topic === undefined) continue;
    const idEntry = topic.get('id');
    const id = idEntry === undefined ? undefined : reader.id(idEntry, 'topic id');
    const labelEntry = topic.get('label');
    const descriptionEntry = topic.get('description');
    const label = labelEntry === undefined ? undefined : reader.text(labelEntry);
    const description = descriptionEntry === undefined ? undefined : reader.text(descriptionEntry);

    let parent: string | undefined;
    const parentEntry = topic.get('parent');
    const parentValue = parentEntry === undefined ? undefined : reader.located(parentEntry);
    if (parentValue !== undefined) {
      if (seen.has(parentValue.value)) {
        parent = parentValue.value;
      } else {
        const reason =
          parentValue.value === id?.value
            ? `Unexpected parent \`${parentValue.value}\` (the topic itself), expected a topic listed before it`
            : `Unexpected parent \`${parentValue.value}\`, expected a topic listed before \`${id?.value ?? 'this topic'}\``;
        reader.report('unknown-topic-parent', parentValue.place, reason, {
          actual: parentValue.value,
          note: didYouMean(suggest(parentValue.value, seen), 'Parents are listed before their children in topics.md.'),
        });
      }
    }

    if (id === undefined) continue;
    if (seen.has(id.value)) {
      reader.report('duplicate-id', id.place, `Unexpected second topic \`${id.value}\`, expected unique topic ids`, { actual: id.value });
      continue;
    }
    seen.add(id.value);
    topics.push({ id, parent, label, description });
  }
  return topics;
}
