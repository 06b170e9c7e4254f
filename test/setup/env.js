// n8n-core writes its settings under N8N_USER_FOLDER: keep them out of the home folder.
const os = require('os');
const path = require('path');

process.env.N8N_USER_FOLDER ??= path.join(os.tmpdir(), 'n8n-nodes-sibermate-jest');
process.env.N8N_LOG_LEVEL = 'silent';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
