import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {mtlintParse} from '../../src/parse.js'
import {mtlintLanguage} from '../../src/resolve-language.js'
import {rulePlugin, type Rule, type RuleConfig, type RuleOptions} from '../../src/rule.js'

/** Run one rule on a text, the way the preset does, and return the file with its messages. */
export async function runRule(rule: Rule<RuleOptions>, text: string, lang: string, config?: RuleConfig): Promise<VFile> {
  const processor = unified().use(mtlintParse).use(retextStringify).use(mtlintLanguage, {lang}).use(rulePlugin(rule), config)
  const file = new VFile({value: text, path: 'example.txt'})
  await processor.run(processor.parse(file), file)
  return file
}
