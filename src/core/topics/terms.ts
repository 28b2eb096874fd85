// The topic term syntax lives in src/shared/terms.ts (the renderer parses with it too);
// re-exported here so core modules keep importing it from beside them.
export {
  checkTerm,
  formatTerms,
  onlyStopWords,
  parseTerms,
  termWords,
  TermSyntaxError,
  type ParsedTerms,
} from '../../shared/terms'
