export {
  compare,
  findPassages,
  scanCandidates,
  displayTerms,
  type CandidateSource,
  type CompareFilter,
} from './compare'
export { parseTerms, formatTerms, checkTerm, termWords, TermSyntaxError, type ParsedTerms } from './terms'
export { compileTerm, findTerm, findAny, tokenize, type TermPattern } from './match'
export { speakersOf, attributeSpeakers, type SpeakerInput } from '../speakers/speaker'
export { presetTopics, parsePresets } from './presets'
export { TopicStore, TopicError, TOPICS_KEY, UNREADABLE_KEY, type KeyValueStore, type TopicStoreOptions } from './store'
export { findTopic } from './find'
