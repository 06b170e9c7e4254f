import { ENDPOINTS, type EndpointSpec } from './server/endpoints';

function schemaFor(type: string): Record<string, unknown> {
	const enumValues = type.match(/"([^"]+)"/g)?.map((v) => v.slice(1, -1));
	if (enumValues) return { type: 'string', enum: enumValues };
	if (type === 'string:date') return { type: 'string', format: 'date' };
	if (type === 'string:binary') return { type: 'string', format: 'binary' };
	if (type.startsWith('array<')) return { type: 'array', items: schemaFor(type.slice(6, -1)) };
	return { type };
}

function bodySchema(endpoint: EndpointSpec) {
	const properties: Record<string, unknown> = {};
	const required: string[] = [];
	for (const field of endpoint.body) {
		if (field.name.includes('.') || field.name.includes('[]')) continue;
		properties[field.name] = {
			...schemaFor(field.type),
			description: field.description || undefined,
		};
		if (field.required) required.push(field.name);
	}
	return { type: 'object', properties, required: required.length ? required : undefined };
}

function operation(endpoint: EndpointSpec) {
	const multipart = endpoint.path === '/policies/upload';
	return {
		tags: [endpoint.tag],
		summary: endpoint.summary,
		description: endpoint.description,
		security: ['/health', '/ready', '/openapi.json'].includes(endpoint.path) ? [] : undefined,
		parameters: endpoint.parameters.map((p) => ({
			name: p.name,
			in: p.in,
			required: p.required,
			description: p.description || undefined,
			schema: schemaFor(p.type),
		})),
		requestBody: endpoint.body.length
			? {
					required: true,
					content: {
						[multipart ? 'multipart/form-data' : 'application/json']: {
							schema: bodySchema(endpoint),
						},
					},
				}
			: undefined,
		responses: Object.fromEntries(
			endpoint.statuses.map((status) => [
				String(status),
				{
					description: status === 200 ? 'Request succeeded.' : 'Error envelope.',
					content:
						status === 200 && endpoint.responseExample
							? { 'application/json': { example: endpoint.responseExample } }
							: undefined,
				},
			]),
		),
	};
}

/** A small OpenAPI 3 document generated from endpoints.json. */
export function buildOpenApi(serverUrl: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const endpoint of ENDPOINTS) {
		paths[endpoint.path] ??= {};
		paths[endpoint.path][endpoint.method.toLowerCase()] = operation(endpoint);
	}
	return {
		openapi: '3.0.3',
		info: { title: 'SiberMate API (sandbox)', version: '1.0.0' },
		servers: [{ url: serverUrl }],
		security: [{ bearerAuth: [] }],
		components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
		paths,
	};
}
