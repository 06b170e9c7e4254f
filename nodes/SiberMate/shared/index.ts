export { actionResult, SUCCESS_FALSE_MEANS_NOTHING_DONE } from './actionResult';
export { companyScope, companyQuery, COMPANY_SCOPE_PARAMETER } from './companyScope';
export { showFor, withDisplay } from './display';
export {
	booleanFilter,
	filtersCollection,
	sendBooleanFilters,
	sendChoices,
	type ChoiceSpec,
} from './filters';
export { getManyFields, readLimit } from './getManyFields';
export { idListField, type IdListKind } from './idListField';
export { type RecordKind } from './kinds';
export { EMAIL_PATTERN, recordLocator } from './recordLocator';
export { applyLimit, deletedResult, unwrapData } from './output';
export { route } from './routing';
export {
	castValue,
	emptyIdList,
	invalidParameter,
	normaliseIdList,
	pathWithIds,
	readBoolean,
	readInteger,
	RESERVED_PATH_WORDS,
	sendFields,
	sendIdList,
	type FieldSpec,
	type FieldType,
	type IdListSource,
	type PreSend,
} from './send';
export {
	createdRecord,
	CREATED_LOOKUP_PICKS_NEWEST,
	pickCreated,
	type CreatedLookup,
} from './created';
export { simplifyField, simplifyOutput } from './simplify';
export {
	asNodeFailure,
	batchSizeOption,
	chunk,
	DEFAULT_BATCH_SIZE,
	readBatchSize,
	rejectedItem,
	rowErrorOf,
	type NodeFailure,
	type RowError,
} from './bulk';
