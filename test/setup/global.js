const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async () => {
	const folder = path.join(os.tmpdir(), 'n8n-nodes-sibermate-jest');
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
};
