// Word lists for finding who is speaking in English news prose. Lower case.

/**
 * A view stated of something: "welcomed the accord", "praised the appointment", "hailed the speech as candid",
 * "criticised Japan for …", "alleged CenTrust had refused";
 * not as a participle ("welcomed by Andriessen", "alleged to have caused", "Japan's alleged failure").
 */
// prettier-ignore
export const VIEW_VERBS = new Set([
  'welcomed', 'welcomes', 'alleged', 'alleges', 'praised', 'hailed',
])

/** Verbs that report a position: "Peskov said", "the ministry warned". */
// prettier-ignore
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'stated', 'states', 'stressed', 'stresses', 'warned', 'warns', 'told', 'tells',
  'noted', 'affirmed', 'affirms', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'added', 'adds', 'answered', 'replied', 'replies', 'claimed', 'concluded', 'explained', 'explains',
  'insisted', 'insists', 'argued', 'argues', 'reiterated', 'reiterates', 'underlined', 'underscored',
  'commented', 'remarked', 'asserted', 'asserts', 'cautioned', 'wrote', 'writes', 'pointed', 'thinks',
  'contended', 'believes', 'believed', 'acknowledged', 'admitted', 'urged', 'urges', 'cited', 'cites',
  'forecast', 'forecasts', 'predicted', 'predicts', 'estimated', 'estimates', 'proposed', 'accused',
  'recommended', 'recommends', 'expects', 'expected', 'estimate',
  ...VIEW_VERBS,
])

/** Reporting only when "that", a comma or the end follows: "Russia recalled that …", not "recalled its envoy". */
// prettier-ignore
export const REPORTING_IF_THAT = new Set([
  'recalled', 'recalls', 'announced', 'announces', 'declared', 'declares', 'confirmed', 'confirms', 'denied',
  'maintained', 'maintains', 'observed', 'responded', 'continued', 'reported', 'speculated', 'disclosed',
  'notes', // "senior notes due 1994" is a bond
])

/** Titles of people: the last of these before a name is the role ("Kremlin Spokesman Dmitry Peskov"). */
// prettier-ignore
export const ROLE_WORDS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'secretary', 'chancellor', 'premier',
  'ambassador', 'envoy', 'chairman', 'chairwoman', 'chairperson', 'head', 'chief', 'director', 'senator',
  'governor', 'mayor', 'leader', 'king', 'queen', 'official', 'commander', 'adviser', 'advisor', 'aide',
  'representative', 'negotiator', 'lawmaker', 'legislator', 'diplomat', 'general', 'admiral', 'colonel',
  'prosecutor', 'judge', 'counsellor', 'counselor', 'analyst', 'expert', 'economist', 'executive', 'ceo',
  'founder', 'pope', 'emperor', 'prince', 'princess', 'sheikh', 'speaker', 'deputy', 'vice-president',
  'spokespeople', 'officer', 'attorney', 'manager', 'candidate', 'chair', 'treasurer', 'attache', 'underwriter',
  'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'source', 'counsel',
  // people described by what they do: "an Argentine observer at negotiations said", "an agent for the country"
  'observer', 'agent', 'researcher', 'consultant', 'lawyer',
  'democrat', 'republican', // "Ohio Democrat Howard Metzenbaum"
])

/** Words that qualify a role or a body and may be written in lower case inside its name. */
// prettier-ignore
export const QUALIFIERS = new Set([
  'foreign', 'defense', 'defence', 'deputy', 'vice', 'first', 'prime', 'press', 'interior', 'finance',
  'economy', 'trade', 'presidential', 'senior', 'former', 'acting', 'top', 'state', 'security', 'national',
  'permanent', 'special', 'assistant', 'general', 'federal', 'military', 'intelligence', 'energy',
  'justice', 'health', 'economic', 'affairs',
])

/** Bodies that speak as one: "the Russian Foreign Ministry said", "the Kremlin said". */
// prettier-ignore
export const BODY_WORDS = new Set([
  'ministry', 'kremlin', 'pentagon', 'department', 'office', 'council', 'government', 'cabinet', 'agency',
  'committee', 'commission', 'parliament', 'duma', 'senate', 'congress', 'embassy', 'service',
  'organization', 'organisation', 'administration', 'secretariat', 'bureau', 'court', 'party', 'command',
  'headquarters', 'alliance', 'house', 'states', 'nations', 'kingdom', 'union', 'federation', 'republic',
  'nato', 'forces', 'army', 'navy', 'mission', 'delegation', 'assembly', 'board', 'bank',
  'company', 'corporation', 'group', 'institute', 'centre', 'center', 'authority', 'authorities',
  'inc', 'ltd', 'corp', 'co', 'plc', 'llc', 'ag', 'nv', 'gmbh', 'bhd', 'spa', 'holdings', 'exchange',
  'hospital', 'university',
])

/** Put before a name, never part of it. */
export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'madam',
  'dame',
  'sen',
  'rep',
  'gov',
  'lord',
  'lady',
])

/** Words that end a name or role run, even when capitalised at the start of a sentence. */
// prettier-ignore
export const RUN_STOPS = new Set([
  'the', 'a', 'an', 'another', 'this', 'that', 'these', 'those', 'however', 'also', 'but', 'and', 'or', 'meanwhile',
  'earlier', 'later', 'yesterday', 'today', 'on', 'in', 'at', 'as', 'after', 'before', 'while', 'when',
  'then', 'thus', 'so', 'according', 'if', 'moreover', 'still', 'yet', 'for', 'with', 'by', 'from', 'of',
  'to', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'there',
  'here', 'not', 'never', 'who', 'which', 'what', 'where', 'why', 'how', 'all', 'both', 'some', 'many',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'last',
  'several', 'few', 'most', 'other', 'each', 'every', 'various', 'numerous', // "Several banks, citing …"
  'regarding', 'responding', 'speaking', 'asked', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'be',
  'been', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do',
])

/** Between a subject and its verb: "Grushko also said", "Putin has repeatedly said", "traders here said". */
// prettier-ignore
export const SKIPPABLE = new Set([
  'also', 'further', 'later', 'then', 'again', 'earlier', 'repeatedly', 'previously', 'once', 'has', 'had',
  'have', 'reportedly', 'recently', 'publicly', 'firmly', 'clearly', 'already', 'separately', 'openly',
  'subsequently', 'similarly', 'likewise', 'frequently', 'often', 'has', 'then', 'himself', 'herself', 'only',
  'warmly', 'strongly', 'sharply', 'generally', 'cautiously', 'broadly', 'bitterly', 'roundly', // "warmly welcomed"
  'here',
])

/** Before a verb, these make it passive or not a verb: "was told", "the said treaty", "a noted expert". */
// prettier-ignore
export const NOT_A_REPORT = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'a', 'an', 'the', 'to',
  'no', 'any', 'its', 'his', 'their', 'our', // "gave no estimate", "its forecast": nouns
])

export const PERSON_PRONOUNS = new Set(['he', 'she'])
export const BODY_PRONOUNS = new Set(['it'])

/** Words that end a company's name: the whole run before them is the name ("General Motors Corp"). */
// prettier-ignore
export const COMPANY_SUFFIXES = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'nv', 'gmbh', 'bhd', 'spa', 'sa', 'bv', 'ab', 'cie', 'lp',
  'corporation', 'company', 'cos', 'pty', 'kk', 'oy', 'asa', 'limited', 'incorporated',
  'fsb', 'fa', // a thrift's "F.S.B.", "F.A."
])

/** "Orvik Anno 1720 N.V.", "Brown und Cie" cut at a word: a suffix alone is no name ("ASA", initials, may be). */
export const suffixAlone = (word: string) =>
  COMPANY_SUFFIXES.has(word.toLowerCase().replace(/\./g, '')) && /[.a-z]/.test(word)

/** Lower-case words inside a name: "Patrick de Saint-Aignan", "Lazard Freres et Cie", "Ali al-Sabah". */
export const NAME_PARTICLES = new Set([
  'y',
  'de',
  'van',
  'von',
  'der',
  'da',
  'di',
  'du',
  'del',
  'dos',
  'la',
  'le',
  'et',
  'des', // "Cie des Machines Bull"
  'den',
  'ter',
  'los',
  'las',
  'el', // "Muhammud el Tahan"
  'al',
  'bin', // "Naif bin Abdul-Aziz"
  'ibn',
  'for', // "Systems for Health Care Inc": see particleJoins
])

/**
 * Whether a name goes on past the particle after `before`: "for" only after a body's word or a plural
 * ("Center for Strategic Studies", "Systems for Health Care Inc"), not "follows Kodak for E.F. Hutton".
 */
export const particleJoins = (before: string, particle: string) =>
  NAME_PARTICLES.has(particle) &&
  (particle !== 'for' || BODY_WORDS.has(before.toLowerCase()) || FOR_BODIES.has(before) || /[^s'\u2019]s$/.test(before))

/** Capitalised words of a body's name that "for" goes on from: "Society for Savings", "Americus Trust for …". */
export const FOR_BODIES = new Set(['Trust', 'Fund', 'Foundation', 'Society', 'Coalition'])

/** Members of a party, in capitals: "Republicans in Congress hailed" are people, not the party. */
export const PARTY_MEMBERS = new Set(['democrats', 'republicans'])

/** People spoken of as a group: "traders said", "Italian sources said", "the analysts said". */
// prettier-ignore
export const GROUP_WORDS = new Set([
  'analysts', 'traders', 'dealers', 'brokers', 'officials', 'sources', 'economists', 'bankers', 'diplomats',
  'executives', 'observers', 'experts', 'participants', 'operators', 'spokesmen', 'legislators', 'lawmakers',
  'producers', 'exporters', 'importers', 'investors', 'managers', 'negotiators', 'delegates', 'members',
  'leaders', 'ministers', 'authorities', 'residents', 'witnesses', 'police', 'industry', 'owners', 'critics',
  'strategists', 'chartists', 'shippers', 'buyers', 'sellers', 'farmers', 'unions', 'workers', 'union',
  'study', 'report', 'survey', 'newspaper', 'daily', 'gazette', 'companies', 'partners', 'firms',
  'staff', // "Senate staff said": people, not a body
  'researchers', 'scientists', 'agents', 'consultants', 'lawyers', 'doctors', 'specialists', 'attaches',
  'supporters', 'opponents', 'proponents', 'backers', // "Supporters of the amendment said"
  'radio', 'television', // "state radio said"
  'congressmen', 'senators', // "Two congressmen urged"
  'arbitrageurs', 'arbitragers', // "Arbitrageurs said": people, not a body's name
  'businessmen', 'industrialists', 'growers', // "Businessmen said": people, not a body's name
  'democrats', 'republicans', // PARTY_MEMBERS

])

/**
 * One of the people a plural in GROUP_WORDS speaks of, counted out by "a", "one", "another": "one trader
 * said". Only in lower case: "Coldwell Banker", "Fundamental Brokers" are names.
 */
export const ONE_OF_GROUP = new Set(['trader', 'dealer', 'broker', 'banker', 'arbitrageur', 'arbitrager'])

/** The words that count out one person: "a banker", "another dealer". */
export const COUNTING_ONE = new Set(['a', 'an', 'one', 'another'])

/** Whom "they said" can mean: people in the plural, or bodies named together. */
export const GROUP_PRONOUNS = new Set(['they'])

/** Shortened words inside a name, written with a dot: "St. Joe Gold Corp", "Fernand St. Germain". */
export const SHORTENED = new Set(['st', 'ste', 'ft', 'mt'])
