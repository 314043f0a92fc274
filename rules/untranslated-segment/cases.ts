import type {RuleCases} from '../../test/helpers/rule-cases.js'

const fr = 'Le reste du texte est en français, comme il se doit.'
const pt = 'O resto do texto está em português, como deve ser.'

export const cases: RuleCases = {
  fr: {
    valid: [
      'Il a lancé « We will ship it next week » devant ses équipes.',
      'Generated with DALL·E 3',
      'Le slogan Just do it est célèbre.',
      'Apple, Google, Microsoft et Amazon dominent le marché.',
      fr
    ],
    invalid: [
      {text: 'This article was originally published in English by our partner site.\n' + fr, errors: [{actual: 'This article was originally published in English by our partner site'}]}
    ]
  },
  pt: {
    valid: ['Ele disse “we will ship it next week” aos colegas.', 'A Apple, o Google e a Microsoft dominam o mercado.', pt],
    invalid: [{text: pt + ' Click here to read the full story on our website.', errors: [{actual: 'Click here to read the full story on our website'}]}]
  }
}
