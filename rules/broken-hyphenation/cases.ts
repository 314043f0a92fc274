import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'Il est - dit-on - parti.',
      'La période 2010-2020 est couverte.',
      'Il fait -5 °C ce matin.',
      '- premier point de la liste',
      'Que dit-il ? A-t-elle répondu ?',
      'Les traitements pré- et post-opératoires.',
      'Les secteurs micro- ou macroéconomiques.',
      'Un arc-en-ciel est apparu au-dessus du gratte-ciel.',
      'Il a tapé ls -la dans le terminal.',
      'Le trajet Paris -Lyon est fréquent.',
      'Une ligne finit par un tiret -\nEt la suivante commence autrement.'
    ],
    invalid: [
      {text: 'Un gratte -ciel domine la ville.', errors: [{actual: 'gratte -ciel', expected: ['gratte-ciel'], at: '1:4-1:16'}]},
      {text: 'Que dit -il ?', errors: [{actual: 'dit -il', expected: ['dit-il']}]},
      {text: 'Un mouvement inter- national.', errors: [{actual: 'inter- national', expected: ['international', 'inter-national']}]},
      {text: 'Il faut pren-\ndre une décision.', errors: [{actual: 'pren-\ndre', expected: ['prendre', 'pren-dre']}]},
      {text: 'Une nou\u00ADvelle version.', errors: [{actual: '\u00AD', expected: ['']}]},
      {text: 'Les sous -traitants attendent.', errors: [{actual: 'sous -traitants', expected: ['sous-traitants']}]}
    ]
  },
  pt: {
    valid: [
      'O recém-nascido dorme.',
      'Disse-lhe a verdade e tornou-se famoso.',
      'Os exames pré- e pós-operatórios.',
      'A temperatura caiu para -5 graus.',
      'O período 2010-2020 foi difícil.',
      'Ele disse - e repetiu - que não.',
      'Um arranha-céu inteiro.'
    ],
    invalid: [
      {text: 'O recém -nascido dorme.', errors: [{actual: 'recém -nascido', expected: ['recém-nascido']}]},
      {text: 'Acordou à meia -noite.', errors: [{actual: 'meia -noite', expected: ['meia-noite']}]},
      {text: 'Reformar um arranha -céu inteiro.', errors: [{actual: 'arranha -céu', expected: ['arranha-céu']}]},
      {text: 'Ele tornou -se famoso.', errors: [{actual: 'tornou -se', expected: ['tornou-se']}]},
      {text: 'Isto é nome- adamente verdade.', errors: [{actual: 'nome- adamente', expected: ['nomeadamente', 'nome-adamente']}]}
    ]
  }
}
