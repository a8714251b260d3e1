/**
 * The part of Eleventy 3's programmatic API the site uses (the package ships JavaScript without
 * declarations).
 */
declare module '@11ty/eleventy' {
  /** Eleventy's configuration API, as passed to a config callback. */
  export interface EleventyUserConfig {
    setTemplateFormats(formats: string[]): void;
    configureTemplateHandling(options: { writeMode?: 'sync' | 'async' }): void;
    on(event: string, callback: () => Promise<void> | void): void;
    addGlobalData(name: string, value: () => unknown): void;
    addTemplate(path: string, content: object, data?: object): void;
    addWatchTarget(path: string): void;
    setServerOptions(options: object): void;
  }

  /** Options of the Eleventy constructor. */
  export interface EleventyOptions {
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    configPath?: string | false;
    config?: (eleventyConfig: EleventyUserConfig) => void;
  }

  /** Eleventy's console logger (`logWithOptions` with `force` prints even in quiet mode: the summary line). */
  export interface EleventyLogger {
    logWithOptions(options: { message: string; type?: string; prefix?: string; color?: string; force?: boolean }): void;
  }

  /** A programmatic Eleventy run. */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** The logger (created on first use). */
    logger: EleventyLogger;
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
