import type {RuleCases} from '../../test/helpers/rule-cases.js'

const nbsp = '\u00A0'
const thin = '\u202F'
const body = 'Le texte de l’article commence ici par une phrase complète, longue et sans surprise.'

export const cases: RuleCases = {
  fr: {
    valid: [
      `Il a parlé d’un «${nbsp}drame${nbsp}».`,
      `Il a dit${nbsp}: «${nbsp}Je pars.${nbsp}»`,
      `«${nbsp}Il a dit “oui”${nbsp}», raconte-t-elle.`,
      'Il chantait “Let it be” sous la douche.',
      'Il a dit “Les enjeux sont élevés.” hier, sans guillemets français nulle part.',
      'Il a cité "The Art of Computer Programming" de mémoire.',
      'Le projet "Apache Software Foundation" a été créé en 1999.',
      'Il était connu sous le nom de "Espy" sur IRC.',
      'Rendez-vous à 10:30 sur https://exemple.fr/page?id=3 demain.',
      'Yahoo! a été racheté par Verizon.',
      `Est-ce vrai${thin}? Oui${thin}!`,
      'Un écran de 15" suffit.',
      `Les conséquences\n${body}`,
      `Le Manifeste de Debian\n${body}`,
      `Il est arrivé${thin}; il est reparti.`,
      `Ils visitèrent Lyon${thin}; Paris les attendait.`,
      `Codex d’OpenAI${nbsp}: l’effort humain derrière les progrès de l’IA\n${body}`
    ],
    invalid: [
      {text: 'Il a parlé d’un «drame».', errors: [{actual: '«', expected: ['«' + nbsp], at: '1:17-1:18'}, {actual: '»', expected: [nbsp + '»']}]},
      {
        text: `Il a dit “Les enjeux sont élevés.” hier. Elle a répondu «${nbsp}non${nbsp}».`,
        errors: [{actual: '“', expected: ['«' + nbsp]}, {actual: '”', expected: [nbsp + '»']}]
      },
      {
        text: `Il déploie le "monolithe" principal.\nIl parle d’une «${nbsp}aventure${nbsp}».`,
        errors: [{actual: '"', expected: ['«' + nbsp]}, {actual: '"', expected: [nbsp + '»']}]
      },
      {text: 'Croissance rapide: Openai a grandi.', errors: [{actual: ':', expected: [nbsp + ':']}]},
      {text: 'Est-ce vrai?', errors: [{actual: '?', expected: [thin + '?']}]},
      {text: `Il a plaisanté en disant:«${nbsp}Cette entreprise court.${nbsp}»`, errors: [{actual: ':', expected: [nbsp + ': ']}]},
      {text: `Il était jeune${thin}; Il était brillant.`, errors: [{actual: 'Il', expected: ['il']}]},
      {
        text: `Codex d’OpenAI${nbsp}: L’Effort Humain Invisible Alimentant les Progrès de l’IA\n${body}`,
        errors: [{actual: 'L’Effort Humain Invisible Alimentant les Progrès', expected: ['L’effort humain invisible alimentant les progrès']}]
      },
      {text: `Les Conséquences\n${body}`, errors: [{actual: 'Conséquences', expected: ['conséquences']}]}
    ]
  },
  pt: {
    valid: [
      'Ele disse “sim” ontem.',
      'Ele disse «sim» ontem.',
      'Ele era jovem; ele era brilhante.',
      'Visitaram Lisboa; Porto ficou para depois.',
      'O Futuro do Debian\nO texto do artigo começa aqui com uma frase completa e longa.',
      'Ele disse: não.'
    ],
    invalid: [{text: 'Ele não era um júnior; Ele era um veterano.', errors: [{actual: 'Ele', expected: ['ele']}]}]
  }
}
