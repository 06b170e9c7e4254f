import { ERROR_CODES, type ErrorCode } from './assumptions';

/** An API failure answered as `{ error: { code, message } }` with the code's status. */
export class ApiError extends Error {
	readonly status: number;

	constructor(
		readonly code: ErrorCode,
		message: string,
		status?: number,
	) {
		super(message);
		this.status = status ?? ERROR_CODES[code];
	}
}

export const notFound = (what: string, id: string) =>
	new ApiError('not_found', `${what} '${id}' was not found`);

export const invalid = (message: string) => new ApiError('validation_error', message);

/** Error code used when a fault or generic failure only has a status. */
export function codeForStatus(status: number): ErrorCode {
	const byStatus: Record<number, ErrorCode> = {
		400: 'validation_error',
		401: 'unauthorized',
		403: 'forbidden',
		404: 'not_found',
		411: 'length_required',
		413: 'payload_too_large',
		429: 'rate_limited',
		502: 'bad_gateway',
		503: 'service_unavailable',
		504: 'gateway_timeout',
	};
	return byStatus[status] ?? 'internal_error';
}

export function errorBody(code: string, message: string) {
	return { error: { code, message } };
}
