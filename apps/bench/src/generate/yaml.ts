/**
 * YAML scalars for generated frontmatter: plain when YAML reads them back unchanged, double-quoted
 * (JSON escaping, which is valid YAML) otherwise.
 *
 * @module
 */

const reserved = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\.?\d|\.inf|\.nan)).*$/iu;
const unsafeStart = /^[\s\-?:,[\]{}#&*!|>'"%@`]/u;

/**
 * A scalar for block context (`key: value`, `- value`).
 *
 * @param value The text.
 * @returns The text as written in YAML.
 */
export function yamlScalar(value: string): string {
  const plain =
    value !== '' &&
    !unsafeStart.test(value) &&
    !reserved.test(value) &&
    !/[\n\r\t]/u.test(value) &&
    !value.includes(': ') &&
    !value.includes(' #') &&
    !value.endsWith(':') &&
    !value.endsWith(' ');
  return plain ? value : JSON.stringify(value);
}

/**
 * A scalar for flow context (`[a, b]`), where commas and brackets end a plain scalar.
 *
 * @param value The text.
 * @returns The text as written in YAML.
 */
export function yamlFlowScalar(value: string): string {
  return /[,[\]{}]/u.test(value) ? JSON.stringify(value) : yamlScalar(value);
}

/**
 * A flow sequence: `[a, b, c]`.
 *
 * @param values The items.
 * @returns The sequence as written in YAML.
 */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map(yamlFlowScalar).join(', ')}]`;
}
