/**
 * The parts of the untyped peers that the benchmark calls.
 */

declare module 'anki-apkg-export' {
  /** One deck being written. */
  export interface AnkiExporter {
    /** Add a note (one card) with these two sides. */
    addCard(front: string, back: string, options?: { tags?: string | readonly string[] }): void;
    /** The `.apkg` zip. */
    save(options?: object): Promise<Buffer>;
  }
  /** The writer class, for a given SQLite schema template and sql.js module. */
  export const Exporter: new (deckName: string, options: { template: string; sql: unknown }) => AnkiExporter;
  /** `new AnkiExport(deckName)`: the writer with the package's bundled sql.js 0.5. */
  const AnkiExport: new (deckName: string, template?: object) => AnkiExporter;
  export default AnkiExport;
}

declare module 'anki-apkg-export/dist/template.js' {
  /** The SQL that creates an empty Anki collection. */
  const createTemplate: (options?: object) => string;
  export default createTemplate;
}

declare module '@11ty/eleventy' {
  /** The configuration API used by the peer. */
  export interface EleventyConfig {
    addGlobalData(name: string, value: unknown): void;
    setTemplateFormats(formats: string[]): void;
  }
  /** Eleventy's programmatic API. */
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; configPath?: string | false; config?: (config: EleventyConfig) => void });
    write(): Promise<unknown>;
  }
}
