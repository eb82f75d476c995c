import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import type { FileAnnotation } from '../src/report/annotations.js';
import { escapeCode, escapeText } from '../src/report/index.js';

/**
 * GitHub shows about 10 annotations of each type per step (and 50 per job); the first ones go out
 * as workflow annotations on their file and line, the rest are listed in the job summary.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

function properties(a: FileAnnotation): AnnotationProperties {
  const sameLine = a.startLine === a.endLine;
  return {
    file: a.path,
    startLine: a.startLine,
    endLine: a.endLine,
    ...(sameLine && a.startColumn !== undefined ? { startColumn: a.startColumn } : {}),
    ...(sameLine && a.endColumn !== undefined ? { endColumn: a.endColumn } : {}),
    ...(a.title ? { title: a.title } : {}),
  };
}

const EMIT = { failure: core.error, warning: core.warning, notice: core.notice } as const;

/** Emits the first ANNOTATIONS_PER_LEVEL of each level; returns the ones left for the summary. */
export function emitAnnotations(list: FileAnnotation[], perLevel = ANNOTATIONS_PER_LEVEL): FileAnnotation[] {
  const count = { failure: 0, warning: 0, notice: 0 };
  const rest: FileAnnotation[] = [];
  for (const a of list) {
    if (count[a.level] >= perLevel) {
      rest.push(a);
      continue;
    }
    count[a.level]++;
    EMIT[a.level](a.message, properties(a));
  }
  return rest;
}

/** The annotations that did not fit, as a markdown list for the job summary. */
export function summaryOfRest(rest: FileAnnotation[]): string {
  if (!rest.length) return '';
  const lines = rest.map(
    (a) =>
      `- ${escapeCode(`${a.path}:${a.startLine}`)} ${a.level}${a.title ? ` (${escapeText(a.title, 200)})` : ''}: ${escapeText(a.message, 1000)}`,
  );
  return [
    `### ${rest.length} more finding${rest.length === 1 ? '' : 's'}`,
    '',
    `GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each kind per step; these did not fit:`,
    '',
    ...lines,
  ].join('\n');
}
