import {pathToFileURL} from 'node:url'
import type {Location, Log, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../registry.js'
import {docsUrl} from '../rule.js'
import {inputProblems} from './input-problems.js'

export interface SarifReporterOptions {
  /** mtlint's version, for `tool.driver.version`. */
  version?: string
  /** Leave out messages that are not fatal. */
  silent?: boolean | null | undefined
}

const informationUri = 'https://github.com/mtlint/mtlint'

/**
 * Report files as a SARIF 2.1.0 log, for code-scanning uploads: one run,
 * every mtlint rule in `tool.driver.rules` with its help URL (plus the
 * input problems that occur: binary, encoding, language, config…), one
 * result per message with its region (lines, UTF-16 columns, offsets) and
 * the replacement as a SARIF fix when there is exactly one. Paths are
 * relative to `%SRCROOT%`, the working directory.
 */
export function reporterSarif(files: VFile[], options: SarifReporterOptions = {}): string {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: {text: rule.meta.description},
    helpUri: docsUrl + rule.meta.id + '/readme.md',
    defaultConfiguration: {level: 'warning'},
    properties: {category: rule.meta.category, tags: ['machine-translation', rule.meta.category]}
  }))
  const index = new Map(descriptors.map((descriptor, position) => [descriptor.id, position]))
  const results: Result[] = []

  for (const file of files) {
    for (const message of file.messages) {
      if (options.silent && !message.fatal) continue
      const ruleId = message.ruleId ?? 'mtlint'
      if (!index.has(ruleId)) {
        index.set(ruleId, descriptors.length)
        descriptors.push({id: ruleId, name: ruleId, shortDescription: {text: inputProblems[ruleId] ?? 'A problem with the input.'}, helpUri: informationUri + '#command-line'})
      }

      results.push(toResult(message, file, ruleId, index.get(ruleId)!))
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'mtlint', informationUri, ...(options.version ? {version: options.version, semanticVersion: options.version} : {}), rules: descriptors}},
        originalUriBaseIds: {'%SRCROOT%': {uri: directoryUri(files[0]?.cwd ?? process.cwd())}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }

  return JSON.stringify(log, null, 2)
}

function toResult(message: VFileMessage, file: VFile, ruleId: string, ruleIndex: number): Result {
  const artifactLocation = {uri: relativeUri(file.path), uriBaseId: '%SRCROOT%'}
  const place = message.place && 'start' in message.place ? message.place : undefined
  const location: Location = {physicalLocation: {artifactLocation}}
  const start = place?.start.offset
  const end = place?.end.offset
  if (place && start !== undefined && end !== undefined) {
    location.physicalLocation!.region = {
      startLine: place.start.line,
      startColumn: place.start.column,
      endLine: place.end.line,
      endColumn: place.end.column,
      charOffset: start,
      charLength: end - start,
      ...(message.actual === undefined ? {} : {snippet: {text: message.actual}})
    }
  }

  const result: Result = {
    ruleId,
    ruleIndex,
    level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
    message: {text: message.reason + (message.note ? ' ' + message.note : '')},
    locations: [location]
  }

  if (message.expected?.length === 1 && start !== undefined && end !== undefined) {
    const text = message.expected[0]!
    result.fixes = [
      {
        description: {text: text === '' ? 'Remove `' + (message.actual ?? '') + '`' : 'Replace with `' + text + '`'},
        artifactChanges: [{artifactLocation, replacements: [{deletedRegion: {charOffset: start, charLength: end - start}, insertedContent: {text}}]}]
      }
    ]
  }

  if (message.category) result.properties = {category: message.category}
  return result
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(path: string | undefined): string {
  return (path ?? 'stdin').split(/[\\/]/u).map(encodeURIComponent).join('/')
}

function directoryUri(directory: string): string {
  return pathToFileURL(directory).href.replace(/\/?$/u, '/')
}
