import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenMessages } from '../../support/readability';

/*
 * Arabic speaks to the reader in the polite plural of address that Dutch municipal and
 * government Arabic texts use (يمكنكم، تحتاجون، اختاروا، لديكم): the reader is as often a woman
 * as a man, and the plural is gender-inclusive. Never the masculine singular (اختر، تحتاج، لك،
 * أنت), which talks to one man. A word list cannot know every verb, so this checks the singular
 * pronoun suffix -ك (which only a few stems end in), the pronoun أنت, and the singular
 * imperatives, present forms, past forms and adjectives the messages used before this check.
 * Short vowels and shadda are taken off first, so "تخطَّ" and "تخط" are one word.
 */
type Tree = { [key: string]: string | Tree };
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const ar = flattenMessages(JSON.parse(read('messages/ar.json')) as Tree);

/** Every `ar` text in the data files (place descriptions, schedule notes, …), named by file and path. */
function dataTexts(): Array<[string, string]> {
	const dir = new URL('../../../src/lib/data/', import.meta.url);
	const found: Array<[string, string]> = [];
	const walk = (node: unknown, where: string): void => {
		if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${(n as { id?: string })?.id ?? i}]`));
		else if (node && typeof node === 'object')
			for (const [k, v] of Object.entries(node)) {
				if (k === 'ar' && typeof v === 'string') found.push([where, v]);
				else walk(v, `${where}.${k}`);
			}
	};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(read(`src/lib/data/${file}`)), file);
	return found;
}

/** Harakat, tanween, shadda, sukun, dagger alif and tatweel: not part of the word's spelling here. */
const stripMarks = (word: string) => word.replace(/[\u064B-\u0652\u0670\u0640]/gu, '');
/**
 * The word, and the word without the conjunctions و/ف and the ب/ل/س glued in front (ولك، فاتصل،
 * ستحصل). Not the article: a verb never takes it, and التحقق "the check" is a noun.
 */
const withoutPrefixes = (word: string) => [word, word.replace(/^[وف]/u, ''), word.replace(/^[وف]?[بلس]/u, '')];

/** The stems with and without the article (البنك، للشريك، بالبنك). */
const withoutArticle = (forms: string[]) => forms.flatMap((f) => [f, f.replace(/^(?:ال|لل|بال)/u, '')]);

/**
 * Words that end in ك by their stem, not by the suffix "your/you": ذلك "that", هناك "there",
 * شك "doubt", شريك "partner", بنك "bank", مشترك "shared", مملوك "owned", يشارك "he takes part".
 * The pronoun suffix on them (شريكك "your partner") is still caught: that word is not listed.
 */
const NOT_A_SUFFIX = new Set(['ذلك', 'لذلك', 'كذلك', 'هناك', 'تلك', 'شك', 'شريك', 'بنك', 'مشترك', 'مملوك', 'يشارك', 'مبارك']);

/** The pronoun "you" (masculine أنتَ and feminine أنتِ are spelled alike without marks). */
const PRONOUNS = new Set(['أنت', 'إياك']);

/**
 * Masculine singular forms without the suffix: imperatives (the plural ends in -وا: اختاروا),
 * 2nd person present forms (the plural ends in -ون/-وا: تحتاجون، لم تجيبوا), 2nd person past
 * forms (plural -تم: قلتم) and adjectives that agree with a singular man (متأكدًا). Left out on
 * purpose because they are also everyday words: غير "other/not", قدم "foot", حدث "event",
 * سجل "record", تابع "belonging to", انتقل "it moved", أعد "was prepared" (أُعدّ); and تكون,
 * تكن, تأخذ, which our texts use for "it is", "it takes" (قد تكون ثقيلة، الرعاية تأخذ وقتًا).
 */
const MASC_WORDS = new Set([
	// imperatives
	'اختر', 'اضغط', 'اتصل', 'انظر', 'اطلع', 'ابدأ', 'أدخل', 'ادخل', 'اكتب', 'أجب', 'احفظ', 'امسح', 'اطبع', 'شارك', 'انسخ',
	'الصق', 'ابحث', 'استخدم', 'استعمل', 'اسأل', 'اطلب', 'قم', 'خذ', 'أعط', 'أخبر', 'تحدث', 'تواصل', 'احجز', 'اذهب', 'أرسل',
	'املأ', 'املأها', 'ضع', 'احسب', 'اجمع', 'اطرح', 'احذف', 'أضف', 'تأكد', 'تحقق', 'حاول', 'تخط', 'اعرف', 'استمر', 'خصص',
	'افعل', 'اعرض', 'أوقف', 'فكر', 'بادل', 'اقرأ', 'ارجع',
	// present forms ("you need", "you can", "whom you help")
	'تحتاج', 'تستطيع', 'تريد', 'تحصل', 'تكتب', 'تكتبه', 'تملأ', 'تعرف', 'تسكن', 'تعيش', 'تدفع', 'تستأجر', 'ترعى', 'ترعاه',
	'تعتني', 'تقدم', 'تدرس', 'تعمل', 'تتطوع', 'تفكر', 'تقلق', 'تنام', 'تعاني', 'ترى', 'تجد', 'تساعد', 'تساعده', 'تبدأ',
	'تجب', 'تقرأ', 'تفعل', 'تفعله', 'تذهب', 'تبحث', 'تختار', 'تثق', 'تحمل', 'تتحدث', 'تتعلم', 'ترتاح',
	'تتأكد', 'تملكه', 'تحضره', 'تحتاجه', 'تدخل', 'تدخله', 'تشعر', 'تتحمل', 'ترسل', 'تطلب', 'تطلبه', 'تملك',
	'تقدمه', 'تفتحها',
	// past forms ("you said", "you skipped") and "you are not"
	'قلت', 'اخترت', 'تخطيت', 'تخطيتها', 'ملأت', 'كتبت', 'كتبته', 'فتحت', 'لست', 'كنت', 'عرفته', 'انتهيت',
	// adjectives agreeing with one man
	'متأكدا', 'مضطرا', 'مترددا', 'مشغولا', 'متطوعا', 'وحيدا'
]);

/** The dual "you two" (-كما، -تما: يمكنكما، كنتما): the plural speaks to several people too. */
const DUAL = /.(?:كما|تما)$/u;
const NOT_A_DUAL = new Set(['كما', 'ربما', 'حتما', 'دائما', 'عندما', 'بينما', 'مهما', 'كلما']);

function singularForms(text: string): string[] {
	const words = text.match(/[\u0621-\u064A\u064B-\u0652\u0670\u0640]+/gu) ?? [];
	return words.filter((word) => {
		const forms = withoutPrefixes(stripMarks(word));
		const bare = forms[0]!;
		if (forms.some((f) => PRONOUNS.has(f) || MASC_WORDS.has(f))) return true;
		if (bare.endsWith('ك') && !withoutArticle(forms).some((f) => NOT_A_SUFFIX.has(f))) return true;
		return DUAL.test(bare) && !forms.some((f) => NOT_A_DUAL.has(f));
	});
}

/**
 * Words that are not addressed to the reader here: present forms with ت- are also the 3rd person
 * feminine ("she/it"), and these keys name their subject; a few are nouns. [key, word, why];
 * each is checked to be still needed.
 */
const NOT_TO_THE_READER: ReadonlyArray<readonly [string, string, string]> = [
	['balance.question.careBreak.whyWeAsk', 'تساعد', 'استراحة قصيرة تساعد: "a short break helps"'],
	['balance.question.careBreak.whyWeAskThird', 'تساعد', 'استراحة قصيرة تساعد: "a short break helps"'],
	['balance.result.state.wobbly.text', 'تساعد', 'خطوات صغيرة قد تساعد: "small steps can help"'],
	['balance.result.state.wobbly.textThird', 'تساعد', 'خطوات صغيرة قد تساعد: "small steps can help"'],
	['balance.step.mantelzorg-support.text', 'تساعد', 'MEE Mantelzorg تساعد: the organisation helps'],
	['regelingen.scheme.sun-drechtsteden.explain', 'تساعد', 'لا تساعد البرامج الأخرى: "other schemes do not help"'],
	['regelingen.question.netMonthlyIncome.titleThird', 'تحصل', 'تحصل عليه هذه الأسرة: "this household gets"'],
	['regelingen.scheme.tegemoetkoming-alleenverdieners.howToApply', 'تحصل', 'البلدية تحصل: "the municipality gets"'],
	['about.whatNot', 'تستطيع', 'الجهة … تستطيع: "the organisation can"'],
	['notFound.errorTitle', 'تعمل', 'هذه الصفحة لا تعمل: "this page does not work"'],
	['places.place.lastChecked', 'تحقق', 'آخر تحقق: the noun "check"'],
	['places.json[leger-des-heils-korps-dordrecht].description', 'تقدم', 'كنيسة تقدم وجبة: "a church that serves a meal"'],
	['journey.wipe.doneHelper', 'ضع', 'وضع: the noun "mode" (the app is in helper mode)'],
	['regelingen.reason.respijtSometimesIndication', 'تحتاج', 'بعض المساعدة تحتاج: "some help needs"'],
	['regelingen.scheme.gemeentepolis.explain', 'تدفع', 'البلدية تدفع: "the municipality pays"'],
	['regelingen.scheme.kwijtschelding-waterschap.explain', 'تعتني', 'هيئة المياه تعتني: "the water board takes care"'],
	['journey.keep.isOn', 'تذهب', 'لا تذهب: the answers "do not go" anywhere'],
	['regelingen.scheme.mantelzorgondersteuning.explain', 'تواصل', 'وتواصل مع مقدّمي رعاية آخرين: the noun "contact"']
];
const notToTheReader = (key: string, word: string) =>
	NOT_TO_THE_READER.some(([k, w]) => k === key && withoutPrefixes(stripMarks(word)).includes(w));

const found = (texts: Iterable<readonly [string, string]>) =>
	[...texts].flatMap(([key, text]) => singularForms(text).filter((w) => !notToTheReader(key, w)).map((w) => `${key}: ${w}`));

describe('Arabic register', () => {
	it('recognises singular forms and passes the polite plural (so the check can fail)', () => {
		expect(singularForms('اختر لغتك. هل تحتاج إلى مساعدة؟ اتصلْ بنا، أنت لست وحدك. لم تُجب بعد، وشريكك؟ يمكنكما أن تطلباه.')).toEqual([
			'اختر', 'لغتك', 'تحتاج', 'اتصلْ', 'أنت', 'لست', 'وحدك', 'تُجب', 'وشريكك', 'يمكنكما'
		]);
		expect(singularForms('اختاروا لغتكم. هل تحتاجون إلى مساعدة؟ اتصلوا بنا، لا داعي أن تحملوا هذا وحدكم. لم تجيبوا بعد، وشريككم؟')).toEqual([]);
		// Stems that end like the suffix, and words that only look like a dual.
		expect(singularForms('لذلك هناك شك. مع شريك، في البنك، بيت مملوك. ربما، كما، عندما.')).toEqual([]);
	});

	it('uses the polite plural in every message', () => {
		expect(found(ar)).toEqual([]);
	});

	it('uses the polite plural in every Arabic text of the data files', () => {
		const texts = dataTexts();
		expect(texts.length).toBeGreaterThan(50);
		expect(found(texts)).toEqual([]);
	});

	it('names a reason for each exception, and each is still needed', () => {
		const messages = new Map([...ar, ...dataTexts()]);
		for (const [key, word, why] of NOT_TO_THE_READER) {
			expect(why.length, key).toBeGreaterThan(10);
			expect(singularForms(messages.get(key) ?? '').map((w) => withoutPrefixes(stripMarks(w))).flat(), `${key} no longer has ${word}`).toContain(word);
		}
	});
});
