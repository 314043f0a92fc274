import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'Un marché hypercompétitif attire les investisseurs.',
      'Il était co-fondateur de la startup.',
      'La commande dpkg installe les paquets.',
      'Christian Perrier (bubulle) a traduit le texte.',
      'Le système init démarre les services.',
      'L’entreprise a été rachetée par Twilio.',
      'Un anti-virus efficace protège la machine.',
      'Les ingénieurs de Gowthami Somepalli ont publié.',
      'Le mot wishlist revient souvent.'
    ],
    invalid: [
      {text: 'La société a été buckt par Twilio en 2020.', errors: [{actual: 'buckt', at: '1:18-1:23'}]},
      {text: 'Il a warte un long article.', errors: [{actual: 'warte', expected: []}]},
      {text: 'Il a obtenu une remontée immentée.', errors: [{actual: 'immentée'}]},
      {text: 'Les discours de haine, de l’auto-ham, une injection rapide.', errors: [{actual: 'auto-ham'}]}
    ]
  },
  pt: {
    valid: ['O projecto foi actualizado em 2005.', 'A idéia era simples e freqüentemente repetida.', 'Os arquivos são gerenciados pelo pacote dpkg.', 'Um sistema autorregulado funciona sozinho.'],
    invalid: [
      {text: 'Os paises vizinhos assinaram o acordo.', errors: [{actual: 'paises', expected: ['países']}]},
      {text: 'O contrato foi buckt pela empresa ontem.', errors: [{actual: 'buckt'}]}
    ]
  }
}
