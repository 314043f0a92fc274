import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'OpenAI a lancé ChatGPT en 2022.',
      'Calvin French-Owen a rejoint OpenAI en mai 2024.',
      'La Nasa et l’Otan ont signé un accord.',
      'Il a écrit le script en Python avec son équipe.',
      'Un ingénieur de Meta a quitté la société.',
      'Le segment des PME progresse cette année.',
      'Il vit à Londres depuis 2019.',
      'Le point culminant de la soirée est arrivé tard.',
      'Un seul point de défaillance suffit.',
      'Multipliez x par deux pour obtenir le résultat.',
      'La version MacOS du logiciel est sortie.',
      'Le fondateur a publié un billet sur son blog personnel.'
    ],
    invalid: [
      {text: 'Openai a lancé un nouveau modèle.', errors: [{actual: 'Openai', expected: ['OpenAI'], at: '1:1-1:7'}]},
      {text: 'En mars, Chatgpt comptait plus de 500 millions d’utilisateurs.', errors: [{actual: 'Chatgpt', expected: ['ChatGPT']}]},
      {text: 'Des outils comme Cursor et Claude du code d’Anthropic.', errors: [{actual: 'Claude du code', expected: ['Claude Code']}]},
      {text: 'Ceci, associé à la langue python flexible, rend le code central difficile à maintenir.', errors: [{actual: 'python', expected: ['Python']}]},
      {text: 'La société regarde x. Si un poste devient viral là-bas, elle le verra.', errors: [{actual: 'x', expected: ['X']}]},
      {text: 'Il a été co-fondateur du segment, racheté ensuite par Twilio.', errors: [{actual: 'segment', expected: ['Segment']}]},
      {text: 'Cela ressemble à la méta de Facebook. L’entreprise regorge d’embauches de Meta.', errors: [{actual: 'méta', expected: ['Meta']}]},
      {text: 'Le fondateur, Calvin French-Owen, a écrit un billet. Selon français-owen, le rythme était intense.', errors: [{actual: 'français-owen', expected: ['French-Owen']}]},
      {text: 'La startup Zorblax AI a levé des fonds. Le modèle de ZorbLax sort demain, et Zorblax prépare la suite.', errors: [{actual: 'Zorblax', expected: ['ZorbLax']}, {actual: 'Zorblax', expected: ['ZorbLax']}]}
    ]
  },
  pt: {
    valid: ['A meta da empresa é crescer.', 'Ele mora em Nova Iorque há dez anos.', 'O segmento de pequenas empresas cresceu.', 'A Maçã do Amor é um doce típico das festas.', 'A OpenAI lançou o ChatGPT.'],
    invalid: [
      {text: 'A Openai lançou um modelo.', errors: [{actual: 'Openai', expected: ['OpenAI']}]},
      {text: 'Concorre com gigantes como Google e Antrópicos.', errors: [{actual: 'Antrópicos', expected: ['Anthropic']}]},
      {text: 'Ele cofundou o segmento de sucesso da empresa de dados.', errors: [{actual: 'segmento', expected: ['Segment']}]},
      {text: 'O Microsoft Equipes ficou fora do ar ontem.', errors: [{actual: 'Microsoft Equipes', expected: ['Microsoft Teams']}]}
    ]
  }
}
