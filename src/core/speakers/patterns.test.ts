// Wire-text patterns found reading the attribution on unlabelled Reuters stories (outside every labelled
// set), one case each, in the words the stories use.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers, readSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('speakers in wire-text patterns', () => {
  it('reads two names before "of" and a company as the person who works there', () => {
    expect(
      speakers(
        'Market speculation is that the bidders are not Canadian, Wilf Gobert of Peters and Co Ltd said.',
        'Gobert said investors are hoping for a competing offer.',
        'Prices rose, said Wilf Gobert of Peters and Co Ltd.',
      ),
    ).toEqual(['Wilf Gobert', 'Wilf Gobert', 'Wilf Gobert'])
    expect(speakers('United Banks of Colorado Inc said it has received approval.')[0]).not.toBe('United Banks')
  })

  it("keeps a company's whole name: 'St.', a lower-case suffix, a body's word before 'of', a possessive", () => {
    expect(speakers('St. Joe Gold Corp said it plans to proceed.', 'St. Joe Gold said it would start.')).toEqual([
      'St. Joe Gold Corp',
      'St. Joe Gold Corp',
    ])
    expect(speakers('General Public Utilities corp said its output was cut.')).toEqual([
      'General Public Utilities Corp',
    ])
    expect(speakers('United Banks of Colorado Inc said it received approval.', 'The company said it would.')).toEqual([
      'United Banks of Colorado Inc',
      'United Banks of Colorado Inc',
    ])
    expect(
      speakers(
        "Dome Petroleum Ltd's plan may force the company to sell its stake, Dome said in a filing.",
        'Dome Petroleum reiterated in the filing that its existence is at risk.',
      ),
    ).toEqual(['Dome Petroleum Ltd', 'Dome Petroleum Ltd'])
  })

  it('names no one wrongly: a tail after the comma, staff, bonds, a lord, a clause after "but"', () => {
    expect(
      speakers(
        "Brazil's new Planning Minister is Anibal Teixeira de Souza, the former head of a welfare program, the government said.",
      )[0],
    ).not.toBe('Anibal Teixeira de Souza')
    expect(speakers('Chiles proposed saving 100 mln dlrs by freezing spending, Senate staff said.')).toEqual([
      'Senate staff',
    ])
    expect(speakers('Holiday Inns is selling 900 mln dlrs of senior notes due 1994.')).toEqual([null])
    expect(
      speakers(
        'Traffic figures showed a recovery, chairman Lord King told the meeting.',
        'King said the result was good.',
      ),
    ).toEqual(['King', 'King'])
    expect(
      speakers(
        'Minas de Almaden y Arrayanes S.A. set a minimum price, Almaden spokesman Jesus Gallego said.',
        'In a release, the company said that ENOF and Almaden held talks, but Gallego said he could not say more.',
      )[1],
    ).not.toBe('Jesus Gallego')
  })

  it('reads people described by what they do, papers by name, and the subject of "…, saying"', () => {
    expect(
      speakers(
        'A counter-proposal was full of holes, an Argentine observer at negotiations said.',
        'Honduras will tender for vessels, an agent for the country said.',
        'The agent said deliveries will include wheat.',
      ),
    ).toEqual(['Argentine observer', 'agent', 'agent'])
    expect(
      speakers(
        'Ohio Democrat Howard Metzenbaum said in a statement that the mergers were bad.',
        'Metzenbaum said he introduced a bill.',
      ),
    ).toEqual(['Howard Metzenbaum', 'Howard Metzenbaum'])
    expect(
      speakers(
        'A huge explosion killed 45 workers, the official China Legal News reported.',
        'The newspaper said the explosion destroyed four buildings.',
      ),
    ).toEqual(['China Legal News', 'China Legal News'])
    expect(
      speakers(
        'European Commission sources said the ban will remain.',
        'They denied a statement by the minister, saying it had taken no view.',
        'Industry officials have disputed this, saying the diseases do not affect humans.',
      ),
    ).toEqual(['European Commission sources', 'European Commission sources', 'industry officials'])
  })

  it('reads a group led by someone as the group, and "the group" and "it" after it', () => {
    expect(
      speakers(
        'An investor group led by New York investor George Soros said it acquired a 6.1 pct stake in B.F. Goodrich Co.',
        'The group said it paid about 69 mln dlrs for the 1,389,600 Goodrich shares.',
        'It said all the shares were bought between Dec. 29 and March 9.',
      ),
    ).toEqual([
      'investor group led by George Soros',
      'investor group led by George Soros',
      'investor group led by George Soros',
    ])
    // Leaders described past a comma: no one, rather than the place named last.
    expect(
      speakers('An investor group led by members of the Bass family of Fort Worth, Texas, said it lowered its stake.'),
    ).toEqual([null])
    // Its members named after "including": the group too.
    expect(
      speakers(
        'An investor group including Orvik Securities Corp and Lund Associates told the SEC it holds 9.1 pct of Acme.',
        'The group said it bought the stock for investment.',
      ),
    ).toEqual([
      'investor group including Orvik Securities Corp and Lund Associates',
      'investor group including Orvik Securities Corp and Lund Associates',
    ])
  })

  it("keeps a company's name apart from its country, its exchange ticker, and keeps its opening initial", () => {
    expect(
      speakers(
        "Norway's Fjord Shipping ASA <FJSH OS> said it will list its shares.",
        'The company said trading starts soon.',
      ),
    ).toEqual(['Fjord Shipping ASA', 'Fjord Shipping ASA'])
    expect(speakers("Moody's Investors Service Inc said it lowered its rating.")).toEqual([
      "Moody's Investors Service Inc",
    ])
    expect(speakers('A. Hollis Inc said its board declared a dividend.', 'It said payment is due in May.')).toEqual([
      'A Hollis Inc',
      'A Hollis Inc',
    ])
  })

  it('reads whom a thing was told to as the listener, and an amount added as a deed', () => {
    expect(
      speakers(
        'Tom Baxter, USDA deputy administrator for grain operations, told Reuters, "We see no change."',
        '"It is a different market," he said.',
      ),
    ).toEqual(['Tom Baxter', 'Tom Baxter'])
    expect(speakers('Westbank has added two billion dlrs and Eastbank, 1.5 billion, to their reserves.')).toEqual([
      null,
    ])
    expect(
      speakers('<Apex Air Freight> added 20 depots to its network.', 'The freight company said they open in May.'),
    ).toEqual([null, 'Apex Air Freight'])
    expect(
      speakers('Talks went well, a ministry spokesman said.', 'He added nine other states backed the plan.')[1],
    ).not.toBeNull()
    expect(speakers('The commission proposed raising the limits on corn futures.')).toEqual([null])
  })

  it('reads a sole manager as a bank, and an official of a body as the official described', () => {
    const [offer] = readSpeakers([
      {
        index: 0,
        text: 'Acme Corp is offering 50 mln dlrs of notes, said sole manager Salomon Brothers International.',
      },
    ]).byParagraph.values()
    expect(offer).toEqual({ name: 'Salomon Brothers International', kind: 'organisation' })
    expect(
      speakers(
        '"The mine is rich," said a former official of Granite Mine.',
        '"Money is short," the official told Reuters.',
      ),
    ).toEqual(['former official of Granite Mine', 'former official of Granite Mine'])
  })

  it('reads a unit as the speaker, not its parent, and the parent by its full name later', () => {
    expect(
      speakers(
        'Lakeland Gas and Power Co, a unit of Midland Utilities, said it sold 20 mln dlrs of bonds.',
        'Midland said the bonds mature in 2010.',
      ),
    ).toEqual(['Lakeland Gas and Power Co', 'Midland Utilities'])
    expect(speakers('The Coastal Airways unit of Pacific Air Group Inc said its traffic fell.')).toEqual([
      'Coastal Airways',
    ])
  })

  it('reads the body behind figures "according to" cites, and no "it" after it as that body', () => {
    expect(
      speakers(
        'Exports rose 4 pct in May, according to provisional Central Statistics Office figures.',
        'Imports fell, according to official Indian figures.',
        'Refining margins rose, according to calculations by Oilwatch Analytics.',
        "No wheat was shipped, according to the Agriculture Department's latest export report.",
        'Cocoa exports rose, according to figures received by the International Cocoa Council.',
        'Sales fell, according to a survey by the Federation of Danish Retailers.',
      ),
    ).toEqual([
      'Central Statistics Office',
      null,
      'Oilwatch Analytics',
      'Agriculture Department',
      'International Cocoa Council',
      null,
    ])
    expect(
      speakers(
        'The Harbin Times said output fell.',
        'According to Customs figures, exports rose.',
        'It called for better planning, and said more was needed.',
      ),
    ).toEqual(['Harbin Times', 'Customs', 'Harbin Times'])
  })

  it('reads a report as the body whose report it is, never as a role "report"', () => {
    expect(
      speakers(
        'Rain helped the crops, according to the Ontario Farm Board weekly crop report.',
        'Soil moisture improved, the report said.',
        'Wheat was 90 pct planted, it said.',
      ),
    ).toEqual(['Ontario Farm Board', 'Ontario Farm Board', 'Ontario Farm Board'])
    expect(
      speakers(
        'Gold will firm, Harlow Metals Ltd said in its monthly newsletter.',
        'John Baxter said silver was cheap.',
        'The report said oil would stay firm.',
      ),
    ).toEqual(['Harlow Metals Ltd', 'John Baxter', 'Harlow Metals Ltd'])
    expect(
      speakers(
        'Exports rose, the Dutch Trade Council annual report said.',
        'Jan Smit said imports fell.',
        'The study said demand was weak.',
        'A survey said prices rose.',
        'He said more was needed.',
      ),
    ).toEqual(['Dutch Trade Council', 'Jan Smit', null, null, 'Jan Smit'])
  })

  it('reads "welcomed", "alleged", "criticised … for" and ", blaming" as views stated; not as participles', () => {
    expect(
      speakers(
        'Trade Minister Anna Berg warmly welcomed on Friday the accord reached by the two sides.',
        'The meeting came after Berg criticised Norway for raising tariffs, saying they hurt trade.',
      ),
    ).toEqual(['Anna Berg', 'Anna Berg'])
    expect(
      speakers(
        'Norco Inc sued Delta Mills Corp on Monday.',
        'The company alleged Delta Mills has refused to deliver the goods.',
        'Acme Corp cut its prices, blaming the strong yen.',
      ),
    ).toEqual([null, 'Norco Inc', 'Acme Corp'])
    expect(
      speakers(
        'Ministers looked at the tax in a move welcomed by Berg as a sign of reform.',
        "Penalties followed Norway's alleged failure to open its market.",
        'The device, alleged to have caused injuries, was withdrawn.',
        'The Chilean central bank suspended the licences of six dealers, blaming speculation.',
        'Smith criticised the plan.',
      ),
    ).toEqual([null, null, null, null, null])
  })

  it('reads people described by where they work or by a count, and a unit named after its company', () => {
    expect(
      speakers(
        'An official at Andes Trading, Antco, the state marketing firm, confirmed there had been no delay.',
        'Two congressmen urged the president to call a summit.',
      ),
    ).toEqual(['official at Andes Trading', 'congressmen'])
    expect(
      speakers(
        "Acme Corp's defense systems division said it won a 35 mln dlr contract.",
        'The company said the contract calls for more production.',
      ),
    ).toEqual(['Acme Corp', 'Acme Corp'])
    expect(
      speakers(
        "Hollis Group PLC's Grenfell Capital Management unit said it will offer shares.",
        'It said the fund grew.',
      ),
    ).toEqual(['Grenfell Capital Management', 'Grenfell Capital Management'])
    expect(speakers('The Mobil Corp subsidiary said it will move.')).toEqual([null])
  })

  it('reads people who quote someone as saying as the speakers; a paper or a radio quoting is left alone', () => {
    expect(
      speakers(
        'After the meeting, a Paris finance ministry spokesman quoted Balladur as saying he was confident.',
        'Banking sources quoted federation chairman Ito as saying he hoped for a market.',
        'The radio also quoted a spokesman as saying Iran would respond.',
      ),
    ).toEqual(['Paris finance ministry spokesman', 'Banking sources', null])
  })
})
