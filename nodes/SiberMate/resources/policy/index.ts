import type { INodeProperties } from 'n8n-workflow';

import {
	actionResult,
	applyLimit,
	companyScope,
	createdRecord,
	deletedResult,
	route,
	unwrapData,
} from '../../shared';
import { assignFields } from './assign';
import { createFields, createSend } from './create';
import {
	createdFromTemplate,
	createFromTemplateFields,
	createFromTemplateSend,
} from './createFromTemplate';
import { deleteManyFields, deleteManySend } from './deleteMany';
import { discardDraftFields } from './discardDraft';
import { getFields } from './get';
import { getAllFields, getAllSend } from './getAll';
import { learnerPairsSend } from './learnerPairs';
import { MAX_POLICY_PDF_BYTES, outputFileKey, sendPdfForm, UPLOAD_PATH } from './pdf';
import { publishDraftFields, publishDraftSend } from './publishDraft';
import { removeAssignmentFields } from './removeAssignment';
import { sendReminderFields } from './sendReminder';
import { updateFields, updateSend } from './update';
import { uploadPdfFields } from './uploadPdf';

const MAX_POLICY_PDF_MIB = MAX_POLICY_PDF_BYTES / (1024 * 1024);

const createdPolicy = createdRecord({ path: '/policies', field: 'name', parameter: 'name' });

export const policyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['policy'] } },
		options: [
			{
				name: 'Assign',
				value: 'assign',
				action: 'Assign policies to learners',
				description:
					'Assign every chosen policy to every chosen learner; the result lists completed pairs, failures and unknown IDs',
				routing: route('POST', '/policy-assignments', [actionResult], learnerPairsSend),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a policy',
				description:
					'Create a policy from a PDF (a binary file of the input item, or a key from Upload PDF), as a draft or published; outputs the new policy',
				routing: route('POST', '/policies', [createdPolicy], createSend),
			},
			{
				name: 'Create From Template',
				value: 'createFromTemplate',
				action: 'Create a policy from a template',
				description:
					'Create an organization policy from a SiberMate policy template; outputs the new policy',
				routing: route(
					'POST',
					'/policies/from-template',
					[createdFromTemplate],
					createFromTemplateSend,
				),
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				action: 'Delete policies',
				description:
					'Permanently delete policies and their assignments. Cannot be undone; an unknown ID rejects the whole request.',
				routing: route('DELETE', '/policies/bulk', [deletedResult], deleteManySend),
			},
			{
				name: 'Discard Draft',
				value: 'discardDraft',
				action: 'Discard a policy draft',
				description:
					'Throw away the draft version of a policy; the live version stays unchanged. Cannot be undone.',
				routing: route('POST', '/policies/{policyId}/discard-draft'),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a policy',
				description: 'Retrieve one policy with its versions and signature settings',
				routing: route('GET', '/policies/{policyId}'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many policies',
				description: 'List policies, optionally only published or only PDF ones',
				routing: route('GET', '/policies', [unwrapData, applyLimit], getAllSend),
			},
			{
				name: 'Publish Draft',
				value: 'publishDraft',
				action: 'Publish a policy draft',
				description:
					'Make the draft version of a policy live, as a minor or major version, optionally resending it',
				routing: route(
					'POST',
					'/policies/{policyId}/publish-draft',
					[unwrapData],
					publishDraftSend,
				),
			},
			{
				name: 'Remove Assignment',
				value: 'removeAssignment',
				action: 'Remove policy assignments',
				description:
					'Unassign every chosen policy from every chosen learner; an unknown ID rejects the whole request',
				routing: route('POST', '/policy-removals', [actionResult], learnerPairsSend),
			},
			{
				name: 'Send Reminder',
				value: 'sendReminder',
				action: 'Send policy reminders',
				description:
					'Remind learners to sign assigned policies; the result lists completed pairs, failures and unknown IDs',
				routing: route('POST', '/policy-reminders', [actionResult], learnerPairsSend),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a policy',
				description:
					'Change policy details, or save a new PDF version (a binary file of the input item or a key from Upload PDF) as a draft or published',
				routing: route('PATCH', '/policies/{policyId}', [unwrapData], updateSend),
			},
			{
				name: 'Upload PDF',
				value: 'uploadPdf',
				action: 'Upload a policy PDF',
				description: `Upload the PDF in a binary property of the input item (max ${MAX_POLICY_PDF_MIB} MiB); outputs the file key for Create or Update`,
				routing: route('POST', UPLOAD_PATH, [outputFileKey], [sendPdfForm]),
			},
		],
		default: 'getAll',
	},
	companyScope('policy', ['get', 'getAll']),
	...assignFields,
	...createFields,
	...createFromTemplateFields,
	...deleteManyFields,
	...discardDraftFields,
	...getFields,
	...getAllFields,
	...publishDraftFields,
	...removeAssignmentFields,
	...sendReminderFields,
	...updateFields,
	...uploadPdfFields,
];
