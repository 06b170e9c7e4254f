import type { N8nInstall } from './install';

/**
 * Settings that keep a local n8n from contacting any outside host: telemetry, version and
 * "what's new" checks, templates, banners, community package lookups and license renewal.
 * Hosts that cannot be switched off point at a closed port on 127.0.0.1 instead.
 */
export const OFFLINE_ENV: Record<string, string> = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
	N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
	N8N_DIAGNOSTICS_POSTHOG_API_HOST: 'http://127.0.0.1:9',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_TEMPLATES_HOST: 'http://127.0.0.1:9/',
	N8N_DYNAMIC_BANNERS_ENABLED: 'false',
	N8N_HIRING_BANNER_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_COMMUNITY_PACKAGES_ENABLED: 'false',
	N8N_VERIFIED_PACKAGES_ENABLED: 'false',
	N8N_UNVERIFIED_PACKAGES_ENABLED: 'false',
	N8N_REINSTALL_MISSING_PACKAGES: 'false',
	N8N_COMMUNITY_PACKAGES_REGISTRY: 'http://127.0.0.1:9',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	N8N_LICENSE_DETACH_FLOATING_ON_SHUTDOWN: 'false',
	N8N_LICENSE_SERVER_URL: 'http://127.0.0.1:9/v1',
	N8N_AI_ENABLED: 'false',
	N8N_SENTRY_DSN: '',
	N8N_FRONTEND_SENTRY_DSN: '',
	EXTERNAL_FRONTEND_HOOKS_URLS: '',
	// Modules that fetch catalogues from api.n8n.io or call AI services; the package needs none.
	N8N_DISABLED_MODULES: [
		'chat-hub',
		'community-packages',
		'instance-ai',
		'mcp-registry',
		'quick-connect',
		'workflow-builder',
	].join(','),
};

export type N8nEnvOptions = {
	install: N8nInstall;
	userFolder: string;
	/** Folders whose built nodes n8n loads (the package's dist/). */
	customExtensions: string[];
	/** Folders the Read/Write Files from Disk node may use. */
	fileAccess: string[];
	brokerPort: number;
};

export function n8nEnv(options: N8nEnvOptions): NodeJS.ProcessEnv {
	const nodeBinDir = options.install.nodeBin.replace(/\/node$/, '');
	return {
		PATH: `${nodeBinDir}:${process.env.PATH ?? ''}`,
		HOME: process.env.HOME,
		LANG: process.env.LANG ?? 'C.UTF-8',
		TZ: 'UTC',
		...OFFLINE_ENV,
		N8N_USER_FOLDER: options.userFolder,
		N8N_CUSTOM_EXTENSIONS: options.customExtensions.join(';'),
		N8N_RESTRICT_FILE_ACCESS_TO: options.fileAccess.join(';'),
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		NODE_ENV: 'production',
	};
}
