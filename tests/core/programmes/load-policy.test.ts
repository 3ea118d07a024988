import { afterAll, describe, expect, it } from 'vitest'
import { loadPolicy } from '../../../src/core/programmes/load-policy.ts'
import { policyPath } from '../screening/workers.ts'
import { indexOf, policyCopies } from './policy-copies.ts'

const copies = policyCopies()
afterAll(copies.remove)

function refusal(path: string): string {
  try {
    loadPolicy(path)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error(`${path} was accepted`)
}

describe('an admin editing the policy file', () => {
  it('the shipped file loads, versioned and dated', () => {
    const policy = loadPolicy(policyPath)

    expect(policy.version).toBe('2026.12-default')
    expect(policy.effectiveFrom).toBe('2026-12-01')
    expect(policy.thresholds).toMatchObject({ lowIncomeLine: 1500, hardshipLine: 3000 })
  })

  it('a programme without its next step is refused, naming the file and the field', () => {
    const path = copies.write((policy) => {
      delete policy.programmes[0].nextStep
    })
    const message = refusal(path)

    expect(message).toContain(path)
    expect(message).toContain('programmes.0.nextStep')
  })

  it('a misspelt threshold name is refused instead of silently never matching', () => {
    const path = copies.write((policy) => {
      policy.programmes[indexOf(policy, 'monthly_living_subsidy')].criteria[0].threshold =
        'lowIncomLine'
    })
    const message = refusal(path)

    expect(message).toMatch(/programmes\.\d+\.criteria\.0\.threshold: no threshold lowIncomLine/)
  })

  it('a misspelt answer inside a group of alternatives is refused with its full path', () => {
    let at = -1
    const path = copies.write((policy) => {
      at = indexOf(policy, 'temporary_living_subsidy')
      policy.programmes[at].criteria[1].any[0].value = ['famly_hospitalised']
    })
    const message = refusal(path)

    expect(message).toContain(`programmes.${at}.criteria.1.any.0.value`)
    expect(message).toContain('famly_hospitalised')
  })

  it('a blank English name is refused', () => {
    const path = copies.write((policy) => {
      policy.programmes[2].name.en = ' '
    })

    expect(refusal(path)).toContain('programmes.2.name.en')
  })

  it('a rule comparing a list fact with "less than" is refused', () => {
    const path = copies.write((policy) => {
      policy.programmes[0].criteria[0].fact = 'illness'
    })

    expect(refusal(path)).toContain('programmes.0.criteria.0.op')
  })

  it('a file that is not JSON is refused, naming the file', () => {
    const path = copies.writeText('{ "version": ')

    expect(refusal(path)).toMatch(new RegExp(`${path}.*not valid JSON`))
  })
})
