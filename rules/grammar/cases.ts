import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'Les alertes des développeurs se multiplient.',
      'L’alerte a été donnée mardi.',
      'L’avis des experts est partagé.',
      'L’accès aux serveurs est limité.',
      'Il ne pouvait pas être joint de manière immédiate.',
      'Elle a agi de manière plus efficace que prévu.',
      'Il travaille de façon rapide et précise.',
      'Il a travaillé un an, y compris le sprint final.',
      'La liste, qui comprenait le sprint final, était longue.'
    ],
    invalid: [
      {text: 'L’alertes des développeurs se multiplient.', errors: [{actual: 'L’alertes', expected: ['Les alertes', 'L’alerte'], at: '1:1-1:10'}]},
      {text: 'Il ne pouvait pas être atteint de manière imminent pour commenter.', errors: [{actual: 'de manière imminent', expected: ['de manière imminente']}]},
      {text: 'Il a travaillé un an, comprenait le sprint sans sommeil.', errors: [{actual: 'comprenait', expected: ['y compris']}]}
    ]
  },
  pt: {
    valid: [
      'Segundo seu perfil no LinkedIn, ele é engenheiro.',
      'O sistema roda em Linux e em Debian.',
      'Ele mora em Lisboa desde 2010.',
      'A empresa agiu de maneira rápida.',
      'Ele trabalhou de forma muito rápida.'
    ],
    invalid: [
      {text: 'De acordo com seu perfil em LinkedIn, ele é engenheiro.', errors: [{actual: 'em LinkedIn', expected: ['no LinkedIn', 'na LinkedIn']}]},
      {text: 'A empresa agiu de maneira rápido e decidida.', errors: [{actual: 'de maneira rápido', expected: ['de maneira rápida']}]}
    ]
  }
}
