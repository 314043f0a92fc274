// A minimal VS Code extension: start `mtlint-language-server` (from
// `npm install --global mtlint`) for plain-text files.
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** @type {LanguageClient | undefined} */
let client

exports.activate = async function () {
  client = new LanguageClient(
    'mtlint',
    'mtlint',
    {command: 'mtlint-language-server', transport: TransportKind.stdio},
    {documentSelector: [{scheme: 'file', language: 'plaintext'}]}
  )
  await client.start()
}

exports.deactivate = function () {
  return client?.stop()
}
