import { z } from 'zod';
import { isoDateSchema, sourceSchema } from '../data/source';
import { CATEGORIES } from '../places';
import { HELPER_IDS } from './helpers-schema';

export const SCHEME_IDS = [
	'bijstand', 'bijzondere-bijstand', 'persoonlijk-minimabudget', 'gemeentepolis', 'kwijtschelding', 'dordtpas',
	'kindtegoed', 'ov-regeling', 'ik-doe-mee-premie', 'mantelzorgwaardering', 'schuldhulp', 'voedselbank', 'leergeld',
	'huurtoeslag', 'zorgtoeslag', 'kindgebonden-budget', 'kinderbijslag', 'kinderopvangtoeslag', 'aio-aanvulling',
	'individuele-studietoeslag', 'juridisch-loket',
	'kwijtschelding-waterschap',
	// Care, carers and the schemes still missing (issue #15).
	'wmo-ondersteuning', 'respijtzorg', 'mantelzorgondersteuning', 'casemanager-dementie', 'tegemoetkoming-alleenverdieners',
	'sun-drechtsteden', 'hulpteam-toeslagen', 'tegemoetkoming-kinderopvang', 'jarige-job', 'nationaal-fonds-kinderhulp', 'kledingbank'
] as const;

/** The toeslagen the app estimates (estimates.ts). */
export const ESTIMATE_IDS = ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget'] as const;

/** A scheme's link to help nearby uses the places' own list of needs. */
export const PLACE_CATEGORIES = CATEGORIES;
export const PERIODS = ['year', 'month', 'quarter', 'once'] as const;
/** Papers to bring; each has a message regelingen.papers.<id>. */
export const PAPER_IDS = ['digid', 'id', 'incomeProof', 'bankStatements', 'rentContract', 'taxAssessment', 'orgStatement', 'careForm', 'beschikking', 'bills', 'studyProof'] as const;
export const APPLY_CHANNELS = ['online', 'desk', 'phone', 'post', 'automatic', 'via-helper'] as const;

const helperId = z.enum(HELPER_IDS);
const sources = z.array(sourceSchema).min(1);
const euro = z.number().nonnegative().max(1000000);

/** A figure that holds from a date; `validUntil` null = no end stated (outdated after its calendar year). */
const dated = { from: isoDateSchema, validUntil: isoDateSchema.nullable(), sources };

/** Values for a reason message; names follow reasonValueKind() in types.ts (…Date = ISO date). */
const reasonValues = z.record(z.string(), z.union([z.number(), z.string()]));

const ageBandValue = z.object({ minAge: z.number().int().min(0), maxAge: z.number().int().max(120), value: euro });

export const conditionSchema = z.discriminatedUnion('type', [
	/** Age of the person asked about; `belowAow` / `atAow` use the AOW age from norms.json. */
	z.object({ type: z.literal('age'), min: z.number().int().optional(), belowAow: z.boolean().optional(), atAow: z.boolean().optional() }),
	/** Income at most (or below) a percentage of the 100% bijstandsnorm of the household. */
	z.object({
		type: z.literal('incomeNorm'),
		percent: z.number().positive().max(300),
		comparison: z.enum(['atMost', 'below']),
		/** Above the limit the organisation may still help (bijzondere bijstand): a softer reason. */
		aboveReason: z.string().optional(),
		/** A higher limit that was announced but not confirmed, for couples with a child from some age. */
		unconfirmedHigher: z.object({ percent: z.number().positive(), coupleWithChildFromAge: z.number().int(), sources }).optional(),
		/** Compare with the norm including the kostendelersnorm (bijstand, AIO: Pw art. 22a), not the sociaal minimum. */
		kostendelers: z.boolean().optional(),
		sources
	}),
	/** The percentage for Dordrecht was not found: above the highest known local limit it is unlikely. */
	z.object({ type: z.literal('incomeNormUnknownPercent'), upperBoundPercent: z.number().positive(), note: z.string(), sources }),
	/** A yearly (gross or verzamel-) income limit in euro; compared with net income × 12 (see README). */
	z.object({
		type: z.literal('incomeYear'),
		basis: z.enum(['toetsingsinkomen', 'verzamelinkomen']),
		singleParentCountsAsCouple: z.boolean(),
		limits: z.array(z.object({ ...dated, single: euro, partner: euro })).min(1)
	}),
	/** Savings below the bijstand vermogensgrens shown to the person. */
	z.object({ type: z.literal('assetsBijstand'), whenAbove: z.enum(['fail', 'uncheckable']) }),
	/** The scheme's own, higher asset limit: below the bijstand limit passes; above it cannot be told. */
	z.object({ type: z.literal('assetsOwnLimit'), limits: z.array(z.object({ ...dated, single: euro, partner: euro })).min(1) }),
	z.object({ type: z.literal('childAged'), minAge: z.number().int().min(0), maxAge: z.number().int().max(30) }),
	/** Renting, with a dated maximum kale huur (null = no maximum from that date). */
	z.object({
		type: z.literal('renting'),
		maxRent: z.array(z.object({ ...dated, max: euro.nullable(), maxUnder: euro.nullable(), underAge: z.number().int().nullable() })).optional()
	}),
	z.object({ type: z.literal('debts') }),
	/** `caredForInDordrecht`: the person cared for must live in Dordrecht (mantelzorgwaardering). */
	z.object({ type: z.literal('care'), moreThanHoursPerWeek: z.number(), orLongerThan3Months: z.boolean(), caredForInDordrecht: z.boolean().optional() }),
	/**
	 * Cares for someone at all (any hours); `noCareReason` words the "no" for this scheme;
	 * `caredForInDordrecht`: the person cared for must live in Dordrecht (the Wmo of their municipality).
	 */
	z.object({ type: z.literal('caresForSomeone'), noCareReason: z.string().optional(), caredForInDordrecht: z.boolean().optional() }),
	/** The person cared for has dementia or memory problems (care.dementia). */
	z.object({ type: z.literal('caredForDementia') }),
	/** Whether the person cared for already gets help at home (care.helpAtHome): shown, never decides. */
	z.object({ type: z.literal('caredForHelpAtHome') }),
	/** A partner in the household (couples only). */
	z.object({ type: z.literal('partner') }),
	/** What the person pays (Wmo abonnementstarief): dated, shown with its year, never a benefit. */
	z.object({ type: z.literal('ownContribution'), tariffs: z.array(z.object({ ...dated, perMonth: euro })).min(1) }),
	z.object({ type: z.literal('volunteering'), minHoursPerWeek: z.number(), minMonths: z.number() }),
	z.object({ type: z.literal('childcare') }),
	z.object({ type: z.literal('studentWithDisability') }),
	/** Studiefinanciering or WTOS: `required` for the studietoeslag (Pw art. 36b), excluded for bijstand. */
	z.object({ type: z.literal('studentFinance'), required: z.boolean(), sources }),
	/** A computed toeslag estimate (estimates.ts): above zero passes, zero fails, a few euros is uncertain. */
	z.object({ type: z.literal('toeslagEstimate'), estimate: z.enum(ESTIMATE_IDS), smallBelow: euro }),
	/**
	 * Kwijtschelding as a payment-capacity test (Uitvoeringsregeling Invorderingswet 1990 art. 11-16):
	 * income minus housing costs above the basishuur, minus child costs, minus `normPercent` of the
	 * bijstand norm; 80% of that over 12 months goes to the tax first. `yearlyTax`: the bill, when known.
	 */
	z.object({
		type: z.literal('paymentCapacity'),
		normPercent: z.number().positive().max(100),
		usedPercent: z.number().positive().max(100),
		/** The yearly bill; `from` null: the source gives the amount without a year (used only as a bound, said so). */
		yearlyTax: z.array(z.object({ from: isoDateSchema.nullable(), validUntil: isoDateSchema.nullable(), single: euro, multi: euro, sources })).optional(),
		sources
	}),
	/** AIO: no full AOW, or a full AOW with a partner below AOW age. */
	z.object({ type: z.literal('aowShortfall') }),
	/** Leefgeld (income − fixed costs) below the Voedselbank norm for the household size. */
	z.object({
		type: z.literal('leefgeld'),
		norms: z.array(z.object({ ...dated, onePerson: euro, twoPersons: euro, perExtraPerson: euro })).min(1)
	}),
	/** A deciding condition the app cannot check (special costs, fixed costs, work): caps at "maybe". */
	z.object({ type: z.literal('uncheckable'), reason: z.string(), values: reasonValues.optional() }),
	/** A plain fact shown with the hint; does not change the verdict. */
	z.object({ type: z.literal('note'), reason: z.string(), values: reasonValues.optional(), when: z.enum(['atAow', 'belowAow']).optional() })
]);

const amountBase = { period: z.enum(PERIODS), upTo: z.boolean(), countsInTotal: z.boolean(), ...dated };

export const amountSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('fixed'), value: euro, ...amountBase }),
	/** Different for a single person and a household with a partner. */
	z.object({ kind: z.literal('byPartner'), single: euro, partner: euro, ...amountBase }),
	/** Per child living at home, by the child's age. */
	z.object({ kind: z.literal('perChild'), bands: z.array(ageBandValue).min(1), ...amountBase }),
	/** By the age of the person asked about. */
	z.object({ kind: z.literal('byAge'), bands: z.array(ageBandValue).min(1), ...amountBase }),
	/** Computed with the statutory formula (estimates.ts); its parameters and sources are in norms.json. */
	z.object({ kind: z.literal('estimate'), estimate: z.enum(ESTIMATE_IDS), ...amountBase })
]);

export const schemeSchema = z.object({
	id: z.enum(SCHEME_IDS),
	scope: z.enum(['local', 'national']),
	/** Organisation that decides, in Dutch (a name, not translated). */
	runBy: z.string().min(1),
	/** money: an amount; service: free help; discount: a pass or reduced price. */
	benefit: z.enum(['money', 'service', 'discount']),
	conditions: z.array(conditionSchema).min(1),
	/** Newest first is not required; the engine picks the newest figure that holds on the date. */
	amounts: z.array(amountSchema),
	/** Topping income up to the 100% norm (bijstand, AIO): computed from norms.json, never stored. */
	topUpToNorm: z.boolean().optional(),
	/** Who to ask when the amount is unknown. */
	askWho: helperId,
	helpers: z.array(helperId).min(1),
	apply: z.object({ channels: z.array(z.enum(APPLY_CHANNELS)).min(1), url: z.url().optional(), papers: z.array(z.enum(PAPER_IDS)) }),
	placeCategory: z.enum(PLACE_CATEGORIES).optional(),
	/** For the person cared for (Wmo, casemanager): a carer's hint then says so, about that person. */
	aboutCaredFor: z.boolean().optional(),
	/** Facts that could not be found (shown in the data report, never guessed). */
	gaps: z.array(z.string()).optional(),
	sources
});

export const schemesSchema = z
	.array(schemeSchema)
	.refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'scheme ids must be unique' });

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeId = (typeof SCHEME_IDS)[number];
export type Condition = z.infer<typeof conditionSchema>;
export type AmountSpec = z.infer<typeof amountSchema>;
export type Period = (typeof PERIODS)[number];
export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];
