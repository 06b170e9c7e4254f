export type AccountType = 'tenant' | 'msp';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface Company {
	id: string;
	name: string;
	domain: string;
	domainLock: boolean;
	accountType: AccountType;
	/** The MSP that manages this company, if any. */
	parentId: string | null;
	planName: string;
	learnerLimit: number;
	apiKey: string | null;
	breachUnavailable: boolean;
	gapAnalysisCourseId: string;
	createdAt: string;
}

export interface Learner {
	id: string;
	companyId: string;
	email: string;
	firstName: string;
	lastName: string;
	externalLearnerId: string | null;
	locale: string;
	inactive: boolean;
	excludedFromAutoEnrol: boolean;
	/** Baseline risk score (0..100) before simulation outcomes are added. */
	baseRisk: number;
	createdAt: string;
	updatedAt: string;
}

export interface Group {
	id: string;
	companyId: string;
	name: string;
	memberIds: Set<string>;
	managerIds: string[];
	createdAt: string;
}

export type CourseType = 'training' | 'gap_analysis';

export interface Course {
	id: string;
	/** null for the managed catalog. */
	ownerCompanyId: string | null;
	name: string;
	displayName: string;
	difficulty: number;
	subject: string;
	type: CourseType;
	description: string;
	durationMinutes: number;
	locales: string[];
	createdAt: string;
}

export interface Enrolment {
	learnerId: string;
	courseId: string;
	enrollDate: string;
	startDate: string | null;
	finishDate: string | null;
	score: number | null;
	reminderCount: number;
	lastReminderAt: string | null;
}

export interface PolicyVersion {
	id: string;
	majorVersion: number;
	minorVersion: number;
	pdfFile: string | null;
	createdAt: string;
	publishedAt: string | null;
}

export interface SignatureSettings {
	type: 'fixed' | 'lastSignature' | 'newUsers' | 'none';
	startDate?: string;
	intervalLength?: number;
	intervalUnit?: 'months' | 'years';
	useDefault?: boolean;
	setDefault?: boolean;
}

export interface Policy {
	id: string;
	companyId: string;
	name: string;
	type: 'pdf' | 'text';
	category: string | null;
	ownerName: string | null;
	ownerEmail: string | null;
	isPublic: boolean;
	signatureSettings: SignatureSettings | null;
	templateId: string | null;
	live: PolicyVersion | null;
	draft: PolicyVersion | null;
	/** Every version ever live, oldest first (the current live one last). */
	history: PolicyVersion[];
	/** `resend` flag of the most recent publish. */
	lastPublishResend: boolean | null;
	createdAt: string;
	updatedAt: string;
}

export interface PolicyAssignment {
	id: string;
	learnerId: string;
	policyId: string;
	assignedAt: string;
	visit: string | null;
	signed: string | null;
	signedOffline: boolean;
	sentVersionId: string | null;
	visitedVersionId: string | null;
	signedVersionId: string | null;
	reminderCount: number;
}

export interface PolicyTemplate {
	id: string;
	/** null for managed templates. */
	ownerCompanyId: string | null;
	name: string;
	type: 'pdf' | 'text';
	category: string;
	locales: string[];
	isLive: boolean;
	description: string;
	createdAt: string;
}

export interface Upload {
	key: string;
	companyId: string;
	field: string;
	filename: string;
	contentType: string;
	size: number;
	sha256: string;
	createdAt: string;
}

export type SimulationStatus = 'scheduled' | 'running' | 'completed';

export interface SimulationResult {
	id: string;
	learnerId: string;
	simulationId: string;
	open: string | null;
	visit: string | null;
	compromise: string | null;
	report: string | null;
	createdAt: string;
	deliveryMethod: string;
}

export interface Simulation {
	id: string;
	companyId: string;
	name: string;
	status: SimulationStatus;
	createdAt: string;
	startDate: string;
	endDate: string;
	deliveryMethod: string;
	recipientIds: Set<string>;
	/** By learner ID. */
	results: Map<string, SimulationResult>;
}

export interface BreachService {
	id: string;
	name: string;
	breachDate: string;
	category: string;
	dataClassNames: string[];
}

export interface BreachExposure {
	email: string;
	breachIds: string[];
}

/** Everything one company owns. */
export interface CompanyData {
	learners: Map<string, Learner>;
	/** Lower-cased email to learner ID. */
	emailIndex: Map<string, string>;
	groups: Map<string, Group>;
	courses: Map<string, Course>;
	/** Key `${learnerId}|${courseId}`. */
	enrolments: Map<string, Enrolment>;
	policies: Map<string, Policy>;
	/** Key `${learnerId}|${policyId}`. */
	policyAssignments: Map<string, PolicyAssignment>;
	policyTemplates: Map<string, PolicyTemplate>;
	simulations: Map<string, Simulation>;
	breachExposures: BreachExposure[];
}
