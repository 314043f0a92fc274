/** Message ids that are not rules: problems with the input or the configuration, as SARIF rule descriptions. */
export const inputProblems: Record<string, string> = {
  binary: 'The file is binary data, not text.',
  config: 'The configuration that applies to the file is invalid.',
  empty: 'The file has no words to lint.',
  encoding: 'The file is not valid UTF-8.',
  known: 'A suppression comment names a rule mtlint does not have.',
  language: 'The language of the file is not French or Portuguese, or could not be detected.'
}
