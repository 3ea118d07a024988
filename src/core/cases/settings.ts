import type { Config } from '../config/schema.ts'
import type { OfficeHours } from './office-hours.ts'

/** What escalations in a worker's turn need from the configuration. */
export type CaseworkSettings = { hotline: string; office: OfficeHours }

export const DEFAULT_CASEWORK: CaseworkSettings = {
  hotline: '12356 / 110 / 120',
  office: { hours: '09:00-18:00', days: '1-5', timeZone: 'Asia/Shanghai' },
}

export function caseworkSettings(config: Config): CaseworkSettings {
  return {
    hotline: config.CRISIS_HOTLINE,
    office: {
      hours: config.OFFICE_HOURS,
      days: config.OFFICE_DAYS,
      timeZone: config.OFFICE_TIMEZONE,
    },
  }
}
