import type { Rolldown } from 'vite';

export declare function entryChunk(options: {
  entry: string;
  sharedFiles: string[];
  leftOut?: RegExp[];
}): Rolldown.CodeSplittingGroup;

export declare function dsfrComponentsChunk(modules: {
  entry: string;
  screen: string;
}): Rolldown.CodeSplittingGroup;
