// How residents write a word → the word the pages use. Applied alike to queries and to the index's own
// vocabulary, so a fold can only bring the two together. Dialect words of the counties' regions (西南官话 in
// 贵州, 湘语 in 会同, 青海话), Cantonese that arrives through phones, and plain spoken forms.

/** Spoken or dialect form → the written form in the pages; longer forms are tried first. */
export const colloquialFolds: Record<string, string> = {
  // home
  屋里头: '家里', 屋里: '家里', 屋头: '家里', 家头: '家里', 屋企: '家里', 屋下: '家里', 家下: '家里',
  // children
  娃娃: '孩子', 娃儿: '孩子', 娃子: '孩子', 细娃: '孩子', 小娃: '孩子', 尕娃: '孩子', 碎娃: '孩子', 伢子: '孩子',
  伢崽: '孩子', 伢儿: '孩子', 细伢子: '孩子', 细伢: '孩子', 崽崽: '孩子', 崽子: '孩子', 小孩子: '孩子', 小孩: '孩子',
  小朋友: '孩子', 儿童: '孩子', 未成年人: '孩子',
  // parents and the elderly
  爹妈: '父母', 爹娘: '父母', 爷娘: '父母', 爸妈: '父母', 爸爸妈妈: '父母', 父母亲: '父母', 老子娘: '父母',
  老人家: '老人', 老年人: '老人', 老头子: '老人', 老头: '老人', 老汉: '老人', 老太太: '老人', 老太婆: '老人',
  老婆婆: '老人', 老大爷: '老人', 老爷爷: '老人', 老奶奶: '老人', 老倌: '老人', 长辈: '老人', 爷爷: '老人', 奶奶: '老人',
  外公: '老人', 外婆: '老人', 姥姥: '老人', 姥爷: '老人', 公公: '老人', 婆婆: '老人',
  // having nothing
  冇得: '没有', 冇有: '没有', 没得: '没有', 莫得: '没有', 么得: '没有', 冒得: '没有', 冇: '没', 唔: '不',
  揭不开锅: '没钱吃饭', 吃不起饭: '没钱吃饭', 吃不上饭: '没钱吃饭', 钞票: '钱', 票子: '钱',
  // question words
  啥子: '什么', 么子: '什么', 撒子: '什么', 么事: '什么', 咩: '什么', 啥: '什么',
  咋个: '怎么', 咋样: '怎么', 咋: '怎么', 啷个: '怎么', 哪门: '怎么', 阿门: '怎么', 么样: '怎么', 点样: '怎么',
  怎样: '怎么', 如何: '怎么', 好多钱: '多少钱', 几多钱: '多少钱', 几多: '多少', 边度: '哪里', 哪儿: '哪里', 哪点: '哪里',
  // money given
  补助金: '补贴', 补助: '补贴', 津贴: '补贴', 补贴金: '补贴',
  // disability
  残废: '残疾', 残障: '残疾', 伤残: '残疾', 瞎子: '盲人', 瞎眼: '盲人', 失明: '盲人', 聋子: '聋哑人', 哑巴: '聋哑人',
  聋人: '聋哑人', 傻子: '智力残疾', 憨包: '智力残疾', 弱智: '智力残疾', 智障: '智力残疾', 疯子: '精神残疾',
  神经病: '精神残疾', 精神病: '精神残疾', 瘫子: '瘫痪', 瘫了: '瘫痪', 瘸子: '肢体残疾', 跛子: '肢体残疾',
  腿脚不方便: '肢体残疾', 行动不便: '肢体残疾',
  // death
  过世: '去世', 逝世: '去世', 死了: '去世', 亡故: '去世',
  // the house falls
  垮: '塌',
  // seeing a doctor
  睇病: '看病', 瞧病: '看病',
};

/** English spoken forms → the words the English pages use. */
export const englishFolds: Record<string, string> = {
  children: 'child', kids: 'child', kid: 'child', seniors: 'elderly', senior: 'elderly', aged: 'elderly', old: 'elderly',
  disabled: 'disability', handicapped: 'disability', blind: 'disability', deaf: 'disability', wheelchair: 'disability',
  poverty: 'poor', married: 'marry', marriage: 'marry', wedding: 'marry', divorced: 'divorce', died: 'death', dead: 'death',
  cash: 'money',
};

const hanFolds = Object.keys(colloquialFolds).sort((a, b) => b.length - a.length);
const hanFoldPattern = new RegExp(hanFolds.join('|'), 'gu');

const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 八十 → 80, 八十五 → 85, 一百/百 before 岁 → 100: ages are written both ways. */
function foldNumbers(text: string): string {
  return text
    .replace(/一?百(?=岁)/gu, '100')
    .replace(/([一二三四五六七八九])?十([一二三四五六七八九])?/gu, (_, tens: string | undefined, ones: string | undefined) =>
      String((tens ? digits[tens]! : 1) * 10 + (ones ? digits[ones]! : 0)))
    // An age of 60 or more names an old person, whichever number it is (八十八了 → 88了老人).
    .replace(/(?<![0-9])(?:[6-9][0-9]|1[01][0-9])[多几]?(?:岁了|岁|了)(?!老人)/gu, '$&老人');
}

/** Full-width letters and digits as ASCII, lower case: ＡＢＣ１２ → abc12. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0)).toLowerCase();
}

/** A query or vocabulary term in the pages' own words (characters already simplified). */
export function fold(text: string): string {
  const han = foldNumbers(halfWidth(text).replace(hanFoldPattern, (m) => colloquialFolds[m]!));
  return han.replace(/[a-z]+/gu, (w) => englishFolds[w] ?? w);
}
