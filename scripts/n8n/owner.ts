import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { N8nInstall } from './install';

/** Local-only login for the editor that `npm start` and `npm run demo` open. */
export const DEMO_OWNER = {
	email: 'demo@sibermate.example',
	password: 'SiberMate-demo-1',
	firstName: 'Demo',
	lastName: 'Owner',
};

/** Environment that creates the editor's owner account at start-up, skipping the setup page. */
export function ownerEnv(install: N8nInstall): Record<string, string> {
	const load = createRequire(join(install.dir, 'package.json'));
	const bcrypt = load('bcryptjs') as { hashSync(password: string, rounds: number): string };
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: DEMO_OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: DEMO_OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: DEMO_OWNER.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt.hashSync(DEMO_OWNER.password, 10),
	};
}
