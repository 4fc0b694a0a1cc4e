import type { Rolldown } from 'vite';

export declare function dsfrComponentsChunk(modules: {
  entry: string;
  screen: string;
}): Rolldown.CodeSplittingGroup;
