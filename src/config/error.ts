/** A configuration mtlint cannot use, with the file and the key at fault. */
export class ConfigError extends Error {
  /** The configuration file. */
  readonly file: string
  /** Dotted path of the key at fault (`rules.nonword`, `overrides[0].files`), when one is. */
  readonly key: string | undefined

  constructor(file: string, key: string | undefined, reason: string, options?: ErrorOptions) {
    super('Invalid configuration in ' + file + (key ? ' at `' + key + '`' : '') + ': ' + reason, options)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
  }
}
