import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** Where ensure.sh installs n8n; also holds the editor's data for npm start. */
export const CACHE_HOME =
	process.env.SIBERMATE_N8N_HOME ?? join(homedir(), '.cache', 'n8n-nodes-sibermate');
