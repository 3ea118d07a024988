import { describe, expect, it } from 'vitest'
import { redact } from '../../../src/core/understanding/redact.ts'

describe('what a worker types is stripped of identity before it goes anywhere', () => {
  it.each([
    ['身份证110101199003071234，帮我查查', '110101199003071234'],
    ['身份证号 11010119900307123X', '11010119900307123X'],
    ['证件号 110101 19900307 123x', '110101 19900307 123x'],
    ['身份证四一零一零二一九八零零一零一一二三四', '410102198001011234'],
  ])('an identity number is removed: %s', (text, id) => {
    const { text: clean, removed } = redact(text)
    expect(clean).not.toContain(id)
    expect(clean).toContain('〔身份证号〕')
    expect(removed.idNumber).toBe(1)
  })

  it.each([
    ['电话13812345678'],
    ['手机 138 1234 5678 有事打'],
    ['打 138-1234-5678 找我'],
    ['+86 139 1234 5678'],
    ['+8613912345678'],
    ['手机１３８１２３４５６７８'],
    ['座机 010-62345678'],
    ['(0755)8888 8888'],
    ['家里电话 5551234'],
    ['我的电话是一三八一二三四五六七八'],
    ['手机幺三九 一二三四 五六七八，晚上打'],
    ['打138一二三四五六七八'],
  ])('a phone number is removed: %s', (text) => {
    const { text: clean, removed } = redact(text)
    expect(clean).not.toMatch(/\d{4}/)
    expect(removed.phone).toBeGreaterThan(0)
  })

  it('a bank card number is removed, even in groups of four', () => {
    expect(redact('卡号6222 0212 3456 7890 123').text).toBe('卡号〔卡号〕')
    expect(redact('打到6222021234567890123').text).toBe('打到〔卡号〕')
  })

  it.each([
    ['我叫张伟，家里3口人', '张伟'],
    ['我的名字是王秀英', '王秀英'],
    ['我是老郑，我爸住院了', '老郑'],
    ['我姓王', '王'],
    ['我爸叫郑建国，住院了', '郑建国'],
    ['My name is Wang Wei', 'Wang Wei'],
  ])('a name after a cue is removed: %s', (text, name) => {
    const { text: clean } = redact(text)
    expect(clean).not.toContain(name)
    expect(clean).toContain('〔姓名〕')
  })

  it('words that follow 我是 but are no name stay, so the meaning survives', () => {
    expect(redact('我是单亲妈妈，月收入两千八').text).toBe('我是单亲妈妈，月收入两千八')
    expect(redact('我是工人，花了一万二').text).toBe('我是工人，花了一万二')
  })

  it('amounts, counts and reference numbers are left alone', () => {
    const text = '我爸住院了，花了3万多，家里3口人，每月收入5400，申请号BF-2026-000123'
    expect(redact(text).text).toBe(text)
    expect(redact('花了 30000000 元').text).toBe('花了 30000000 元')
    const spoken = '一共花了三万五千六百，一二三月都在医院，孩子一二年级'
    expect(redact(spoken).text).toBe(spoken)
  })

  it('e-mail addresses and chat ids are removed too', () => {
    const { text } = redact('邮箱 zheng.li@qq.com，微信 zhengli_1968，qq 123456789')
    expect(text).not.toMatch(/zheng|123456789/)
  })
})
