/**
 * Every choice the SiberMate API reference leaves open, in one place.
 * The README's Limitations section lists these.
 */

/** Field of the upload answer that carries the file key: `{ data: { fileKey } }`. */
export const UPLOAD_FILE_KEY_FIELD = 'fileKey';

/** Prefix of generated upload keys. */
export const UPLOAD_KEY_PREFIX = 'upload_';

/** Allowed policy `action` values: saveDraft keeps a draft, publish makes the version live. */
export const POLICY_ACTIONS = ['saveDraft', 'publish'] as const;

/** Largest accepted policy PDF, in bytes (larger answers 413). */
export const MAX_POLICY_PDF_BYTES = 10 * 1024 * 1024;

/** Multipart framing allowed on top of the PDF when checking Content-Length before reading. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Largest accepted JSON body, in bytes (larger answers 413). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** Bytes a policy upload must start with. */
export const PDF_MAGIC = '%PDF-';

/** Item of `errors` in `POST /learners/bulk`: one per rejected learner. */
export interface BulkLearnerError {
	/** Position in the request's `learners` array. */
	index: number;
	email: string;
	code: string;
	message: string;
}

/**
 * `success` in bulk create and in enrol/remind/assign answers: true when at least one item
 * succeeded (a learner created, a learner/course or learner/policy pair completed).
 */
export const batchSuccess = (succeededCount: number): boolean => succeededCount > 0;

/** Item of `failures` in enrol/remind/assign answers: a valid pair that could not be done. */
export interface PairFailure {
	learnerId: string;
	courseId?: string;
	policyId?: string;
	code: string;
	message: string;
}

/** Item of `errors` in enrol/remind/assign answers: one per unknown learner, course or policy ID. */
export interface IdError {
	id: string;
	kind: 'learner' | 'course' | 'policy';
	code: 'not_found';
	message: string;
}

/**
 * Action endpoints that take lists of existing IDs and answer `{}` (activate, deactivate,
 * bulk delete, group add/remove, unenrol, gap-analysis actions, policy removals, bulk policy
 * delete) reject the whole request with 404 `not_found` when any ID is unknown, and change nothing.
 */
export const UNKNOWN_IDS_REJECT_WHOLE_REQUEST = true;

/** Items of `GET /companies`. */
export const COMPANY_LIST_FIELDS = ['id', 'name', 'domain', 'learnerCount'] as const;

/** In record mode (`createReturnsRecord`), creates answer the created record exactly as GET returns it. */
export const CREATE_RECORD_MODE_RETURNS_GET_SHAPE = true;

/** Stable error codes. */
export const ERROR_CODES = {
	unauthorized: 401,
	forbidden: 403,
	not_found: 404,
	validation_error: 400,
	invalid_json: 400,
	free_email_domain: 400,
	email_domain_locked: 400,
	duplicate_email: 400,
	unknown_group: 400,
	unknown_learner: 400,
	unknown_upload: 400,
	invalid_pdf: 400,
	missing_file: 400,
	no_draft: 400,
	length_required: 411,
	payload_too_large: 413,
	rate_limited: 429,
	internal_error: 500,
	bad_gateway: 502,
	breach_unavailable: 503,
	service_unavailable: 503,
	not_ready: 503,
	gateway_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Free-email providers rejected as learner emails (compared case-insensitively, exact domain). */
export const FREE_EMAIL_DOMAINS = [
	'aol.com',
	'gmail.com',
	'gmx.com',
	'gmx.net',
	'googlemail.com',
	'hotmail.com',
	'icloud.com',
	'live.com',
	'mail.com',
	'me.com',
	'msn.com',
	'outlook.com',
	'proton.me',
	'protonmail.com',
	'yahoo.co.uk',
	'yahoo.com',
	'yandex.com',
	'ymail.com',
	'zoho.com',
] as const;

/** With domain lock on, the email domain must equal the company domain (subdomains rejected). */
export const DOMAIN_LOCK_EXACT_MATCH = true;

/** Boolean query parameters accept exactly `true` or `false` (anything else answers 400). */
export const BOOLEAN_QUERY_VALUES = ['true', 'false'] as const;

/** Default window of `GET /reports/risk-score-history` when a date is omitted, in days. */
export const RISK_HISTORY_DEFAULT_DAYS = 30;

/** Longest window `GET /reports/risk-score-history` accepts, in days (longer answers 400). */
export const RISK_HISTORY_MAX_DAYS = 366;

/** Risk score thresholds (0..100) for `riskScoreLevel`: below medium is low, at or above high is high. */
export const RISK_LEVEL_THRESHOLDS = { medium: 35, high: 65 } as const;

/** Grade letters for a finished course score. */
export const GRADE_THRESHOLDS = [
	{ min: 90, grade: 'A' },
	{ min: 80, grade: 'B' },
	{ min: 70, grade: 'C' },
	{ min: 60, grade: 'D' },
	{ min: 0, grade: 'F' },
] as const;

/** Length of the rate-limit window; the limit counts API requests per API key (or per anonymous caller). */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Simulated clock start: every seeded timestamp derives from it, never from Date.now(). */
export const SANDBOX_BASE_DATE = '2026-06-15T09:00:00.000Z';

/** Seed of the deterministic PRNG. */
export const SANDBOX_SEED = 20260615;
