import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { pickCreated, recordLocator, sendFields, showFor, withDisplay } from '../../shared';
import { encodePathId } from '../../shared/send';
import { apiRequest } from '../../transport';
import {
	actionField,
	actionSpec,
	ADDITIONAL_FIELDS,
	additionalFields,
	byName,
	newPolicyOptions,
	newPolicySpecs,
} from './fields';
import { sendSignatureSettings } from './signatureSettings';

const NAME = `${ADDITIONAL_FIELDS}.name`;
const TEMPLATE_ID = 'policyTemplateId';

/** The template ID as a path segment of `/policy-templates/{id}`, refused where it cannot be one. */
function templatePathId(this: IExecuteSingleFunctions): string {
	const id = String(this.getNodeParameter(TEMPLATE_ID, '', { extractValue: true }) ?? '').trim();
	return encodePathId(this.getNode(), this.getItemIndex(), TEMPLATE_ID, 'policy-templates', id);
}

/** Checked before the create, as the template is read by that ID once the policy exists. */
async function checkTemplateId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	templatePathId.call(this);
	return requestOptions;
}

export const createFromTemplateSend = [
	sendFields([
		{ parameter: 'policyTemplateId', key: 'policyTemplateId', type: 'string', required: true },
		actionSpec,
		{ parameter: NAME, key: 'name', type: 'string' },
		...newPolicySpecs,
	]),
	checkTemplateId,
	sendSignatureSettings(`${ADDITIONAL_FIELDS}.signatureSettings`),
];

/** The name the new policy got: the one given, else the template's. */
async function newPolicyName(this: IExecuteSingleFunctions): Promise<string> {
	const name = String(this.getNodeParameter(NAME, '') ?? '').trim();
	if (name !== '') return name;

	const path = `/policy-templates/${templatePathId.call(this)}`;
	const template = (await apiRequest.call(this, 'GET', path, {
		itemIndex: this.getItemIndex(),
	})) as IDataObject | undefined;
	return String(template?.name ?? '');
}

/** Like the shared created-record output, but the name may come from the template. */
export async function createdFromTemplate(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (items[0]?.json as IDataObject | undefined)?.data;
	if (data && typeof data === 'object' && 'id' in data) return [{ json: data as IDataObject }];

	const name = await newPolicyName.call(this);
	const policies = ((await apiRequest.call(this, 'GET', '/policies', {
		itemIndex: this.getItemIndex(),
	})) ?? []) as IDataObject[];
	return [{ json: pickCreated(policies, 'name', name) ?? { success: true } }];
}

export const createFromTemplateFields = withDisplay(showFor('policy', ['createFromTemplate']), [
	recordLocator('policyTemplate', {
		name: 'policyTemplateId',
		description: 'The SiberMate policy template to copy',
	}),
	actionField,
	additionalFields(
		[
			...newPolicyOptions,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string' as const,
				default: '',
				description: "Name of the new policy. Leave empty to use the template's name.",
			},
		].sort(byName),
	),
]);
