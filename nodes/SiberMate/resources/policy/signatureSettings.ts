import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { castValue, type FieldSpec, type PreSend } from '../../shared';

export const SIGNATURE_TYPES = ['fixed', 'lastSignature', 'newUsers', 'none'] as const;

export const SIGNATURE_INTERVAL_UNITS = ['months', 'years'] as const;

/** `signatureSettings` of create, update and create from template, as an optional group. */
export const signatureSettingsOption: INodeProperties = {
	displayName: 'Signature Settings',
	name: 'signatureSettings',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description: 'When learners have to sign the policy. Type is required once any setting is added.',
	options: [
		{
			displayName: 'Interval Length',
			name: 'intervalLength',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 1,
			description: 'Number of interval units between signature rounds (a positive whole number)',
		},
		{
			displayName: 'Interval Unit',
			name: 'intervalUnit',
			type: 'options',
			options: [
				{ name: 'Months', value: 'months' },
				{ name: 'Years', value: 'years' },
			],
			default: 'years',
		},
		{
			displayName: 'Set Default',
			name: 'setDefault',
			type: 'boolean',
			default: false,
			description: "Whether to save these settings as the organization's default",
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'Date of the first signature round; only the date is sent (YYYY-MM-DD)',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Fixed', value: 'fixed', description: 'Sign again on a fixed schedule' },
				{
					name: 'Last Signature',
					value: 'lastSignature',
					description: "Sign again an interval after each learner's last signature",
				},
				{ name: 'New Users', value: 'newUsers', description: 'Only new learners sign' },
				{ name: 'None', value: 'none', description: 'No signature required' },
			],
			default: 'fixed',
		},
		{
			displayName: 'Use Default',
			name: 'useDefault',
			type: 'boolean',
			default: false,
			description: "Whether to apply the organization's default signature settings",
		},
	],
};

interface Setting {
	key: string;
	type: FieldSpec['type'];
	allowed?: readonly string[];
	check?: (value: unknown) => boolean;
	expected: string;
}

const SETTINGS: Setting[] = [
	{ key: 'type', type: 'string', allowed: SIGNATURE_TYPES, expected: SIGNATURE_TYPES.join(', ') },
	{ key: 'startDate', type: 'date', expected: 'a date (YYYY-MM-DD)' },
	{
		key: 'intervalLength',
		type: 'integer',
		check: (value) => (value as number) >= 1,
		expected: 'a positive whole number',
	},
	{
		key: 'intervalUnit',
		type: 'string',
		allowed: SIGNATURE_INTERVAL_UNITS,
		expected: SIGNATURE_INTERVAL_UNITS.join(', '),
	},
	{ key: 'useDefault', type: 'boolean', expected: 'true or false' },
	{ key: 'setDefault', type: 'boolean', expected: 'true or false' },
];

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Sends the settings added to the group at `parameter`, typed, as `signatureSettings`. */
export function sendSignatureSettings(parameter: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = (this.getNodeParameter(parameter, {}) ?? {}) as IDataObject;
		const invalid = (message: string, description: string) =>
			new NodeOperationError(this.getNode(), `Signature Settings: ${message}`, {
				itemIndex: this.getItemIndex(),
				description,
			});

		const settings: IDataObject = {};
		for (const setting of SETTINGS) {
			if (isBlank(raw[setting.key])) continue;
			const value = castValue(raw[setting.key], setting.type);
			const valid =
				value !== undefined &&
				(!setting.allowed || setting.allowed.includes(String(value))) &&
				(!setting.check || setting.check(value));
			if (!valid) {
				throw invalid(
					`"${String(raw[setting.key])}" is not a valid ${setting.key}`,
					`Enter ${setting.expected} (parameter "${parameter}.${setting.key}").`,
				);
			}
			settings[setting.key] = value;
		}
		if (Object.keys(settings).length === 0) return requestOptions;
		if (settings.type === undefined) {
			throw invalid(
				'add a Type',
				`The API requires a signature type (${SIGNATURE_TYPES.join(', ')}) whenever signature settings are sent.`,
			);
		}

		requestOptions.body = {
			...((requestOptions.body as IDataObject | undefined) ?? {}),
			signatureSettings: settings,
		};
		return requestOptions;
	};
}
