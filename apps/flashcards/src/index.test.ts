import { describe, expect, it } from 'vitest';
import * as flashcards from './index.js';

describe('@cloudvirt/flashcards', () => {
  it('should expose the public API', () => {
    expect(Object.keys(flashcards).sort()).toEqual([
      'OutputError',
      'PackContentError',
      'UsageError',
      'buildStandardDownloads',
      'checkOutputName',
      'deckLanguages',
      'defaultFileName',
      'exitCodes',
      'exportFlashcards',
      'formatExtensions',
      'formatOfPath',
      'listFlashcards',
      'outputFormats',
      'planFlashcards',
      'resolveFlashcardsOptions',
      'sliceKnowledgeBase',
      'standardDownloadNames',
      'summarizeAnkiPlan',
      'writeFileAtomic',
      'writeStandardDownloads',
    ]);
  });
});
