import { detectCallSites } from '../../../src/core/detect/detectFile';
import type { ProjectIndex } from '../../../src/core/detect/projectIndex';

/** The sites the detector finds in `text`, a line each: `12 POST /v1/chat/completions openai` (line, verb, endpoint, provider). */
export function siteLines(text: string, fileName: string, project?: ProjectIndex): string[] {
  return detectCallSites(text, { fileName, ...(project ? { project } : {}) }).sites.map((s) => `${s.range.start.line + 1} ${s.httpMethod} ${s.endpoint} ${s.provider}`);
}
