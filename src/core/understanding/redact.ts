/** What redaction removes; each kind leaves its own placeholder. */
export type RedactedKind = 'idNumber' | 'bankCard' | 'phone' | 'contact' | 'name'

export type Redacted = { text: string; removed: Record<RedactedKind, number> }

const PLACEHOLDER: Record<RedactedKind, string> = {
  idNumber: '〔身份证号〕',
  bankCard: '〔卡号〕',
  phone: '〔电话〕',
  contact: '〔联系方式〕',
  name: '〔姓名〕',
}

// Common single-character surnames: a name after "我是" only counts when it starts with one.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const KIN = '爸|妈|爹|娘|父亲|母亲|老婆|老公|媳妇|丈夫|妻子|儿子|女儿|闺女|孩子|老伴'
const NOT_A_NAME = '单亲|工人|职工|困难|农民|残疾|外地|本地|退休|个体|病人|家属|老人|小工'
const HAN = '[\\u4e00-\\u9fa5]'
const END = '(?=[，。,.!！?？;；:：\\s]|$|啊|呀|哦|嘛)'

/** Each rule in order: long digit runs go first, so a card number is never read as a phone. */
const RULES: { kind: RedactedKind; pattern: RegExp; group?: number }[] = [
  { kind: 'contact', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    kind: 'contact',
    pattern: /(微信|wechat|vx|qq)[号:：\s]*((?:[A-Za-z][\w-]{5,19})|\d{5,12})/gi,
    group: 2,
  },
  { kind: 'idNumber', pattern: /(?<![\dA-Za-z])\d{6}[\s-]?\d{8}[\s-]?\d{3}[\dXx](?![\dA-Za-z])/g },
  { kind: 'phone', pattern: /(?<![\d+])\+?86[\s-]?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g },
  { kind: 'bankCard', pattern: /(?<!\d)\d{4}(?:[\s-]?\d{4}){2,3}(?:[\s-]?\d{1,3})?(?!\d)/g },
  { kind: 'bankCard', pattern: /(?<!\d)\d{12,}(?!\d)/g },
  { kind: 'phone', pattern: /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g },
  { kind: 'phone', pattern: /(?<!\d)\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g },
  {
    kind: 'phone',
    pattern: /(电话|手机|座机|号码|联系方式|tel|phone|call me at)[^\d]{0,4}(\d[\d\s-]{3,}\d)/gi,
    group: 2,
  },
  {
    kind: 'name',
    pattern: new RegExp(`(我叫|我的名字(?:是|叫)?|名字(?:是|叫)|姓名[:：]?\\s*)(${HAN}{2,3})`, 'g'),
    group: 2,
  },
  { kind: 'name', pattern: new RegExp(`(我姓)(${HAN})`, 'g'), group: 2 },
  {
    kind: 'name',
    pattern: new RegExp(`(我是)((?!${NOT_A_NAME})(?:老|小)?[${SURNAMES}]${HAN}{0,2}?)${END}`, 'g'),
    group: 2,
  },
  { kind: 'name', pattern: new RegExp(`(${KIN})((?:名字)?叫|名叫)(${HAN}{2,3})`, 'g'), group: 3 },
  {
    kind: 'name',
    pattern: /\b([Mm]y name is|I am|I'm|[Tt]his is)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/g,
    group: 2,
  },
]

/**
 * Replaces identity numbers, bank-card numbers, mobile and landline numbers,
 * e-mail addresses and names introduced by a cue ("我叫…", "my name is …")
 * with placeholders. Runs before any text leaves the process or is stored.
 * Names without a cue are not found; amounts and counts are left alone.
 */
export function redact(input: string): Redacted {
  const removed: Record<RedactedKind, number> = {
    idNumber: 0,
    bankCard: 0,
    phone: 0,
    contact: 0,
    name: 0,
  }
  let text = spokenDigits(halfWidthDigits(input))
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (whole: string, ...groups: unknown[]) => {
      removed[rule.kind]++
      if (!rule.group) return PLACEHOLDER[rule.kind]
      const part = String(groups[rule.group - 1])
      const at = whole.lastIndexOf(part)
      return whole.slice(0, at) + PLACEHOLDER[rule.kind] + whole.slice(at + part.length)
    })
  }
  return { text, removed }
}

const SPOKEN: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
}

/**
 * A number read out digit by digit in Chinese ("一三八一二三四五六七八") as ASCII digits, so the
 * rules below find phone, identity and card numbers written that way. Only runs of seven or
 * more: amounts ("三千五百") have units between their digits and are never that long.
 */
function spokenDigits(text: string): string {
  return text.replace(
    /[零〇一幺二三四五六七八九\d][零〇一幺二三四五六七八九\d\s-]{5,}[零〇一幺二三四五六七八九\dXx]/g,
    (run) =>
      (run.match(/[零〇一幺二三四五六七八九]/g) ?? []).length === 0
        ? run
        : run.replace(/[零〇一幺二三四五六七八九]/g, (ch) => SPOKEN[ch] ?? ch),
  )
}

/** Full-width digits, letters and signs as ASCII, so "１３８…" is found too; punctuation stays. */
function halfWidthDigits(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ＋－＠．]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}
