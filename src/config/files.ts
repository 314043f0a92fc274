/** Names of configuration files, looked for in this order in each directory from the linted file up. */
export const configNames = ['.mtlintrc', '.mtlintrc.json', '.mtlintrc.yaml', '.mtlintrc.yml'] as const

/** The `package.json` field that holds a configuration. */
export const packageField = 'mtlint'
