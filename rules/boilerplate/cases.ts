import type {RuleCases} from '../../test/helpers/rule-cases.js'

const fr = 'Le projet a été lancé en mai 2024 après sept semaines de travail intense, selon son ancien ingénieur.'
const fr2 = 'La pression pour innover et lancer des produits rapidement reste immense dans tout le secteur.'
const pt = 'O projeto passou da primeira linha de código para um lançamento público completo em sete semanas.'
const pt2 = 'A pressão para inovar e lançar produtos rapidamente é imensa em todo o setor de tecnologia.'

export const cases: RuleCases = {
  fr: {
    valid: [
      [fr, 'Lire aussi le rapport de la Cour des comptes, publié hier, qui détaille les dépenses.', fr2].join('\n\n'),
      [fr, 'Source : Agence France-Presse', fr2].join('\n'),
      [fr, 'Commentaires', fr2].join('\n\n'),
      [fr, '2024', fr2].join('\n\n'),
      [fr, 'Partager un repas reste une tradition en France, disent les sociologues interrogés.'].join('\n'),
      [fr, 'Laisser un commentaire sur ce blog est devenu difficile depuis la dernière mise à jour du site.'].join('\n'),
      ['Un titre d’article qui ressemble à un titre', fr, fr2].join('\n\n')
    ],
    invalid: [
      {
        text: ['Titre de l’article', fr, 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'].join('\n\n'),
        errors: [{actual: 'Laisser un commentaire', expected: ['']}, {actual: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'}]
      },
      {text: [fr, 'READ  Meta révolutionne l’IA : des discussions inattendues', fr2].join('\n\n'), errors: [{actual: 'READ  Meta révolutionne l’IA : des discussions inattendues'}]},
      {text: [fr, 'Lire aussi : Le plan du patron de ChatGPT', fr2].join('\n\n'), errors: [{actual: 'Lire aussi : Le plan du patron de ChatGPT'}]},
      {
        text: [fr, fr2, 'Partagez cet article', 'article précédent', 'La ministre justifie une nouvelle réforme de l’assurance chômage', 'article suivant', 'Burnout : trois bonnes pratiques'].join('\n\n'),
        errors: [
          {actual: 'Partagez cet article'},
          {actual: 'article précédent'},
          {actual: 'La ministre justifie une nouvelle réforme de l’assurance chômage'},
          {actual: 'article suivant'},
          {actual: 'Burnout : trois bonnes pratiques'}
        ]
      },
      {text: ['Titre', 'Generated with DALL·E 3', fr, 'Crédit photo : AFP'].join('\n\n'), errors: [{actual: 'Generated with DALL·E 3'}, {actual: 'Crédit photo : AFP'}]},
      {text: ['Titre', '22', '0', fr, fr2].join('\n'), errors: [{actual: '22', at: '2:1-2:3'}, {actual: '0'}]},
      {text: ['Accueil » Tech » Intelligence artificielle', fr, fr2].join('\n'), errors: [{actual: 'Accueil » Tech » Intelligence artificielle'}]},
      {text: [fr, fr2, 'Source', 'Retour en haut'].join('\n\n'), errors: [{actual: 'Source'}, {actual: 'Retour en haut'}]}
    ]
  },
  pt: {
    valid: [
      [pt, 'Leia também o relatório do tribunal, publicado ontem, que detalha as despesas.', pt2].join('\n\n'),
      [pt, 'Fonte: Agência Brasil', pt2].join('\n'),
      [pt, 'Comentários', pt2].join('\n\n')
    ],
    invalid: [
      {
        text: ['Início Tecnologia O diário de um engenheiro revela o custo humano da próxima...', 'O diário de um engenheiro revela o custo humano da próxima grande novidade', pt, pt2, 'fonte'].join('\n\n'),
        errors: [{actual: 'Início Tecnologia O diário de um engenheiro revela o custo humano da próxima...'}, {actual: 'fonte'}]
      },
      {text: [pt, 'Deixe um comentário', 'Cancelar resposta'].join('\n\n'), errors: [{actual: 'Deixe um comentário'}, {actual: 'Cancelar resposta'}]},
      {text: [pt, 'Leia também: O futuro da inteligência artificial no Brasil', pt2].join('\n\n'), errors: [{actual: 'Leia também: O futuro da inteligência artificial no Brasil'}]}
    ]
  }
}
