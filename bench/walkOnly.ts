// The floor under the CLI's scan time: a process that only lists, reads and prefilters the files as
// the CLI does (same reader threads), with no analysis and no report. Run by bench.ts.
import path from 'node:path';
import { readSourceFiles } from '../src/cli/readPool';
import { PREFILTER_TERMS } from '../src/core/detect/detectFile';

async function main(root: string): Promise<void> {
  let files = 0;
  let candidates = 0;
  const workerScript = path.resolve(__dirname, '../../dist/cli-reader.js');
  for await (const doc of readSourceFiles(root, { maxFileSize: 1 << 20, onSkip: () => undefined, prefilterTerms: PREFILTER_TERMS }, workerScript)) {
    files++;
    if (doc.text.length > 0) candidates++;
  }
  process.stdout.write(`${files} files, ${candidates} candidates\n`);
}

void main(process.argv[2] ?? '.');
