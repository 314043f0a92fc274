/**
 * The playground page: lint the text of a textarea with mtlint in the
 * browser, show it again with each diagnostic's span in a
 * `<mark data-rule=…>`, and list the diagnostics with their suggestions.
 * Plain DOM; the library is the bundle beside the page (./mtlint.js).
 */
import {lint, type Diagnostic} from '../browser.js'

const DEBOUNCE_MS = 400

/** Texts with typical artefacts, by language. */
const EXAMPLES: Record<string, string> = {
  fr: 'Openai a publié un nouveau modèle, annoncé par Sam Altman lors d’une conférence à Paris. Il a parlé d’un «drame» : le lancement, prévu à 4PM, coûtera $3,2 milliards.\n\nLaisser un commentaire',
  'pt-BR': 'A festa começa à meia -noite. Ele não period um desenvolvedor, mas a inteligência synthetic o ajudou a escrever o software program da Antrópicos.'
}

const text = element('text', HTMLTextAreaElement)
const lang = element('lang', HTMLSelectElement)
const live = element('live', HTMLInputElement)
const run = element('run', HTMLButtonElement)
const status = element('status', HTMLOutputElement)
const view = element('view', HTMLDivElement)
const list = element('diagnostics', HTMLOListElement)

/** Increases with each request, so an answer that arrives after a newer request is dropped. */
let generation = 0
let timer: ReturnType<typeof setTimeout> | undefined

run.addEventListener('click', () => void update())
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-example]')) {
  button.addEventListener('click', () => {
    const language = button.dataset.example ?? ''
    text.value = EXAMPLES[language] ?? ''
    lang.value = language
    void update()
  })
}
lang.addEventListener('change', () => void update())
text.addEventListener('input', () => {
  view.dataset.state = 'pending'
  clearTimeout(timer)
  if (live.checked) timer = setTimeout(() => void update(), DEBOUNCE_MS)
})

/** Lint the current text and show the result, unless a newer request has started meanwhile. */
async function update(): Promise<void> {
  clearTimeout(timer)
  const current = ++generation
  const value = text.value
  view.dataset.state = 'linting'
  status.value = 'Linting…'
  const started = performance.now()
  try {
    const diagnostics = value.trim() === '' ? [] : await lint(value, lang.value ? {lang: lang.value} : {})
    if (current !== generation) return
    render(value, diagnostics)
    status.value = count(diagnostics.length) + ' in ' + Math.round(performance.now() - started) + ' ms'
    view.dataset.state = 'done'
  } catch (error) {
    if (current !== generation) return
    render(value, [])
    status.value = error instanceof Error ? error.message : String(error)
    view.dataset.state = 'error'
  }
}

/** The text with a mark on each diagnostic's span (overlapping ones are listed, not marked), and the list. */
function render(value: string, diagnostics: readonly Diagnostic[]): void {
  const marked = document.createDocumentFragment()
  let at = 0
  for (const [index, diagnostic] of diagnostics.entries()) {
    const {offset: start} = diagnostic.start
    const {offset: end} = diagnostic.end
    if (start < at || end <= start) continue
    marked.append(value.slice(at, start))
    const mark = document.createElement('mark')
    mark.dataset.rule = diagnostic.ruleId
    mark.dataset.index = String(index)
    mark.title = diagnostic.message
    mark.textContent = value.slice(start, end)
    marked.append(mark)
    at = end
  }

  marked.append(value.slice(at))
  view.replaceChildren(marked)
  list.replaceChildren(...diagnostics.map((diagnostic, index) => item(diagnostic, index)))
}

function item(diagnostic: Diagnostic, index: number): HTMLLIElement {
  const li = document.createElement('li')
  li.dataset.rule = diagnostic.ruleId
  li.dataset.index = String(index)
  const rule = document.createElement('a')
  rule.className = 'rule'
  rule.href = diagnostic.url ?? '#'
  rule.textContent = diagnostic.ruleId
  const place = document.createElement('span')
  place.className = 'place'
  place.textContent = diagnostic.start.line + ':' + diagnostic.start.column
  const message = document.createElement('span')
  message.className = 'message'
  message.textContent = diagnostic.message
  li.append(place, ' ', rule, ' ', message)
  if (diagnostic.expected.length > 0) {
    const suggestions = document.createElement('span')
    suggestions.className = 'suggestions'
    suggestions.append('→ ')
    for (const [i, expected] of diagnostic.expected.entries()) {
      const code = document.createElement('code')
      code.className = 'suggestion'
      code.textContent = expected === '' ? '(remove)' : expected
      suggestions.append(...(i > 0 ? [', ', code] : [code]))
    }

    li.append(' ', suggestions)
  }

  li.addEventListener('mouseenter', () => view.querySelector(`mark[data-index="${index}"]`)?.classList.add('active'))
  li.addEventListener('mouseleave', () => view.querySelector(`mark[data-index="${index}"]`)?.classList.remove('active'))
  return li
}

function count(n: number): string {
  return n === 0 ? 'No diagnostics' : n === 1 ? '1 diagnostic' : n + ' diagnostics'
}

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new Error('playground: missing #' + id)
  return found
}
