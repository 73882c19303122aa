import { describe, expect, it } from 'vitest'
import { shortTitles } from './short-titles'

const names = (titles: Record<string, string>) =>
  Object.fromEntries(shortTitles(new Map(Object.entries(titles))))

describe('short names for the reports of a comparison', () => {
  it('take what follows the colon when that tells every report apart', () => {
    expect(
      names({
        kz: 'Country Reports on Terrorism 2021: Kazakhstan',
        north: 'Sample Country Chapter: Northland',
        west: 'Sample Country Chapter: Westland'
      })
    ).toEqual({ kz: 'Kazakhstan', north: 'Northland', west: 'Westland' })
  })

  it('drop the words every title begins with when there is no colon to go by', () => {
    expect(
      names({ a: 'Annual Report 2020 Kazakhstan', b: 'Annual Report 2021 Kazakhstan' })
    ).toEqual({ a: '2020 Kazakhstan', b: '2021 Kazakhstan' })
  })

  it('drop the shared words when the colons would not tell them apart (two years of a country)', () => {
    const years = {
      a: 'Country Reports on Terrorism 2020: Kazakhstan',
      b: 'Country Reports on Terrorism 2021: Kazakhstan'
    }
    expect(names(years)).toEqual({ a: '2020: Kazakhstan', b: '2021: Kazakhstan' })
  })

  it('keep the titles when a shorter name would not tell them apart', () => {
    expect(names({ a: 'Field Guide', b: 'Country Report' })).toEqual({
      a: 'Field Guide',
      b: 'Country Report'
    })
    expect(names({ a: 'Only one: report' })).toEqual({ a: 'Only one: report' })
  })
})
