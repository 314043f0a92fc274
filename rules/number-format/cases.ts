import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'Il est resté jusqu’à 4 heures du matin.',
      'La réunion commence à 7 h 30.',
      'Le rendez-vous est fixé à 17:30.',
      'Twilio l’a racheté 3,2 milliards de dollars.',
      'La version 3.2 de Python est sortie.',
      'Le disque de 1.44MB a disparu.',
      'Il compte 1 000 salariés.',
      'Le prix est de 500 $ US.',
      'La salle 4A est au deuxième étage.',
      'Le PIB progresse de 2,5 %.',
      'Il a lu les pages 1,2 et 3.'
    ],
    invalid: [
      {text: 'Le lancement a eu lieu à 7:30 PM.', errors: [{actual: '7:30 PM', expected: ['19 h 30']}]},
      {text: 'Ils ont travaillé jusqu’à 4 am.', errors: [{actual: '4 am', expected: ['4 h']}]},
      {text: 'Ils ont travaillé jusqu’à 4A.', errors: [{actual: '4A', expected: ['4 h']}]},
      {text: 'Twilio l’a racheté 3.2 milliards de dollars.', errors: [{actual: '3.2', expected: ['3,2']}]},
      {text: 'Twilio l’a racheté $3,2 milliards.', errors: [{actual: '$3,2 milliards', expected: ['3,2 milliards de dollars']}]},
      {text: 'Le contrat vaut $3.2 billion.', errors: [{actual: '$3.2 billion', expected: ['3,2 milliards de dollars']}]},
      {text: 'Un abonnement coûte €10 par mois.', errors: [{actual: '€10', expected: ['10\u00A0€']}]},
      {text: 'Plus de 1,000 personnes sont venues.', errors: [{actual: '1,000', expected: ['1\u202F000']}]},
      {text: 'Le budget atteint 1,500,000 euros.', errors: [{actual: '1,500,000', expected: ['1\u202F500\u202F000']}]},
      {text: 'La croissance atteint 3.5%.', errors: [{actual: '3.5', expected: ['3,5']}]}
    ]
  },
  pt: {
    valid: [
      'Chegaram às 8h para o anúncio.',
      'A 7a edição do festival começa amanhã.',
      'O acordo custou US$ 3,2 bilhões.',
      'A empresa tem 630.000 clientes.',
      'O disquete de 1.44MB sumiu.',
      'O preço é R$ 50.',
      'A turma 4A visitou o museu.',
      'O Python 3.12 saiu ontem.'
    ],
    invalid: [
      {text: 'Ficamos acordados até a 4A tentando implantar.', errors: [{actual: '4A', expected: ['4h']}]},
      {text: 'Indo para o escritório novamente às 7a.', errors: [{actual: '7a', expected: ['7h'], at: '1:37-1:39'}]},
      {text: 'O evento começa às 7:30 PM.', errors: [{actual: '7:30 PM', expected: ['19h30']}]},
      {text: 'O acordo custou $3,2 bilhões.', errors: [{actual: '$3,2 bilhões', expected: ['US$ 3,2 bilhões']}]},
      {text: 'O acordo custou 3.2 bilhões de dólares.', errors: [{actual: '3.2', expected: ['3,2']}]},
      {text: 'Mais de 1,000 pessoas participaram.', errors: [{actual: '1,000', expected: ['1.000']}]},
      {text: 'Custa US $ 20 por mês.', errors: [{actual: 'US $ 20', expected: ['US$ 20']}]}
    ]
  },
  'pt-PT': {
    valid: ['A empresa tem 630 000 clientes.'],
    invalid: [{text: 'Mais de 1,000 pessoas participaram.', errors: [{actual: '1,000', expected: ['1\u00A0000']}]}]
  }
}
