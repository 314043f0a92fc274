import type {RuleCases} from '../../test/helpers/rule-cases.js'

export const cases: RuleCases = {
  fr: {
    valid: [
      'La balise <div> structure la page.',
      'Il note « a < b > c » dans son cahier.',
      'AT&T a annoncé ses résultats trimestriels.',
      'Le tableau [1, 2, 3] contient trois valeurs.',
      'Il cite Proust […] avec gourmandise.',
      'Ils ont levé 3 millions [sic] auprès des fonds.',
      'La méthode __init__ prépare l’objet.',
      'Le hashtag #MeToo a été lancé en 2017.',
      'C’est le produit #1 des ventes.',
      '``` sert à ouvrir un bloc de code en Markdown.',
      'Il a écrit **, puis il a effacé.',
      'Le lien [ici] ne mène nulle part.'
    ],
    invalid: [
      {text: 'Titre\n\n“`html\n\nIl y a trois semaines.', errors: [{actual: '“`html', expected: [''], at: '3:1-3:7'}]},
      {text: 'Fin de l’article.\n“`\nPartagez.', errors: [{actual: '“`', expected: ['']}]},
      {text: '```python\nprint(1)\n```', errors: [{actual: '```python'}, {actual: '```'}]},
      {text: 'Le <strong>chiffre</strong> est clé.', errors: [{actual: '<strong>', expected: ['']}, {actual: '</strong>', expected: ['']}]},
      {text: 'Cliquez <a href="https://exemple.fr">ici</a> pour lire.', errors: [{actual: '<a href="https://exemple.fr">'}, {actual: '</a>'}]},
      {text: 'Une ligne<br>cassée.', errors: [{actual: '<br>'}]},
      {text: 'Le prix&nbsp;: 3 euros.', errors: [{actual: '&nbsp;', expected: ['\u00A0']}]},
      {text: 'L&#39;entreprise a grandi.', errors: [{actual: '&#39;', expected: ["'"]}]},
      {text: 'Il est **très** rapide.', errors: [{actual: '**très**', expected: ['très']}]},
      {text: 'Voir [le rapport](https://exemple.fr/rapport) publié hier.', errors: [{actual: '[le rapport](https://exemple.fr/rapport)', expected: ['le rapport']}]},
      {text: 'La ville compte 2 000 habitants.[3] Elle est ancienne.', errors: [{actual: '[3]', expected: ['']}]},
      {text: 'La ville est très ancienne[réf. nécessaire].', errors: [{actual: '[réf. nécessaire]'}]},
      {text: '## Les conséquences', errors: [{actual: '## ', expected: ['']}]},
      {text: '[caption id="attachment_12" align="alignnone"]Une photo[/caption]', errors: [{actual: '[caption id="attachment_12" align="alignnone"]'}, {actual: '[/caption]'}]}
    ]
  },
  pt: {
    valid: [
      'A tag <div> estrutura a página.',
      'Ele escreveu a < b no quadro.',
      'A P&G anunciou lucros.',
      'A lista [1, 2, 3] tem três valores.',
      'Ele cita Machado […] com prazer.',
      'O lema era “faça você mesmo”.'
    ],
    invalid: [
      {text: 'O texto começa aqui.\n\n“`html\n\nE continua.', errors: [{actual: '“`html'}]},
      {text: 'A cidade é muito antiga[carece de fontes?].', errors: [{actual: '[carece de fontes?]'}]},
      {text: 'A cidade tem 2 mil habitantes.[12] É antiga.', errors: [{actual: '[12]'}]},
      {text: 'O &quot;projeto&quot; avançou.', errors: [{actual: '&quot;', expected: ['"']}, {actual: '&quot;', expected: ['"']}]},
      {text: 'Ele é <em>muito</em> rápido.', errors: [{actual: '<em>'}, {actual: '</em>'}]}
    ]
  }
}
