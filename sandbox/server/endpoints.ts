import endpoints from '../api/endpoints.json';

export interface EndpointSpec {
	tag: string;
	method: string;
	path: string;
	summary: string;
	description: string;
	parameters: Array<{
		name: string;
		in: string;
		required: boolean;
		type: string;
		description: string;
	}>;
	body: Array<{ name: string; required: boolean; type: string; description: string }>;
	statuses: number[];
	requestExample: unknown;
	responseExample: unknown;
}

export const ENDPOINTS = endpoints as EndpointSpec[];

export const endpointKey = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

export const acceptsCompanyId = (e: EndpointSpec) =>
	e.parameters.some((p) => p.name === 'companyId' && p.in === 'query');
