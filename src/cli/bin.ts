import path from 'node:path';
import { runCli } from './main';

// The `openai-privacy-lens` executable: process I/O around the in-process CLI. Large scans read
// files on threads running dist/cli-reader.js (see readPool.ts), built next to this file.
const io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s), cwd: process.cwd(), workerScript: path.join(__dirname, 'cli-reader.js') };
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`openai-privacy-lens: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
