import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  pt: {
    valid: [
      'O software do aparelho será atualizado.',
      'Ele era um desenvolvedor júnior.',
      'A startup lançou um novo site de e-mail marketing.',
      'O kernel do sistema foi atualizado ontem pelos mantenedores.',
      'Ele cantou “Let it be” no palco.',
      'A equipe usa o Slack e o Cursor no dia a dia.',
      'Segundo o Financial Times, a empresa vai crescer.',
      'O sprint final da equipe durou sete semanas.',
      'Maio 2013: Morre Ray Dassen'
    ],
    invalid: [
      {text: 'Ele não period um desenvolvedor júnior.', errors: [{actual: 'period', expected: ['era', 'time', 'período'], at: '1:9-1:15'}]},
      {text: 'O software program do aparelho será atualizado.', errors: [{actual: 'program', expected: ['']}]},
      {text: 'Ele period um veterano. A inteligência synthetic do aparelho impressiona.', errors: [{actual: 'period'}, {actual: 'synthetic', expected: ['artificial']}]},
      {text: 'Ele não period um desenvolvedor, mas o dash da equipe foi intenso.', errors: [{actual: 'period'}, {actual: 'dash', expected: ['sprint']}]},
      {text: 'A empresa disse que the results were better than expected neste trimestre.', errors: [{actual: 'the results were better than expected', expected: []}]}
    ]
  },
  fr: {
    valid: [
      'Le kernel Linux a été mis à jour par les mainteneurs.',
      'La start-up a fait le buzz avec son nouveau logiciel.',
      'Il a cité “The Hard Thing About Hard Things” de mémoire.',
      'Les ingénieurs de Google DeepMind ont publié un article.',
      'Il rappelle la licence « General Public Licence » de la FSF.',
      'Debian 1.3 Bo (5 juin 1997) : ce nom est tiré de « Bo Beep », la bergère.'
    ],
    invalid: [
      {text: 'Tout se casse quand on scale aussi vite.', errors: [{actual: 'scale'}]},
      {text: '«Lancement Spirit»: Openai ne semble pas encore savoir que c’est une entreprise géante.', errors: [{actual: 'Spirit', expected: []}]},
      {text: 'Secrective Fishbowl: Chatgpt est une entreprise très secrète.', errors: [{actual: 'Fishbowl'}]},
      {text: 'Quand on scale, le code central, alias le monolith, devient difficile à maintenir.', errors: [{actual: 'scale'}, {actual: 'monolith', expected: ['monolithe']}]}
    ]
  }
}
