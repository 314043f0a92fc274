import type {Furniture} from './phrases.js'

export const french: Furniture = {
  lines: [
    'laisser un commentaire', 'laisser une réponse', 'ajouter un commentaire', 'annuler la réponse', 'répondre à ce commentaire',
    'votre adresse e-mail ne sera pas publiée', 'votre adresse email ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée',
    'les champs obligatoires sont indiqués avec', 'enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire',
    'partagez cet article', 'partager cet article', 'partager sur facebook', 'partager sur twitter', 'partager sur x', 'partager sur linkedin',
    'partager sur whatsapp', 'partager par e-mail', 'partager par email', 'cliquez pour partager', 'lire plus d’articles', "lire plus d'articles",
    'plus d’articles', "plus d'articles", 'articles similaires', 'articles liés', 'articles connexes', 'sur le même sujet', 'dans la même rubrique',
    'vous aimerez aussi', 'vous aimerez peut-être aussi', 'vous pourriez aussi aimer', 'à découvrir aussi', 'à ne pas manquer', 'les plus lus',
    'retour en haut', 'retour en haut de la page', 'haut de page', 'navigation de l’article', "navigation de l'article", 'abonnez-vous à notre newsletter',
    'inscrivez-vous à notre newsletter', 's’abonner à la newsletter', "s'abonner à la newsletter", 'recevez notre newsletter', 'suivez-nous',
    'suivez-nous sur', 'tous droits réservés', 'cet article vous a plu', 'nous utilisons des cookies', 'charger plus', 'voir plus d’articles',
    "voir plus d'articles", 'articles récents', 'derniers articles', 'publicité', 'contenu sponsorisé', 'la suite après la publicité',
    'la suite après cette publicité', 'lire la suite après la publicité'
  ],
  zoneLines: ['accueil', 'menu', 'rechercher', 'recherche', 'commentaires', 'répondre', 'partager', 'partagez', 'imprimer', 'étiquettes', 'catégories', 'mots-clés', 'tags', 'annonce'],
  teasers: [
    'lire aussi', 'à lire aussi', 'à lire également', 'lire également', 'voir aussi', 'à voir aussi', 'lire la suite', 'en savoir plus', 'à découvrir',
    'sur le même sujet', 'étiquettes', 'mots-clés', 'catégories', 'thèmes'
  ],
  navigation: ['article précédent', 'article suivant', 'post précédent', 'post suivant', 'précédent', 'suivant', 'billet précédent', 'billet suivant'],
  sourceLabels: ['source', 'sources', 'via', 'crédit', 'crédits', 'photo', 'image', 'lien'],
  credits: ['crédit photo', 'crédits photo', 'crédit :', 'crédits :', 'photo :', 'image :', 'illustration :', 'photo d’illustration', "photo d'illustration", 'image générée', 'généré avec', 'générée avec', 'créé avec'],
  home: ['accueil'],
  counters: ['commentaires', 'commentaire', 'vues', 'partages', 'réactions', 'j’aime', "j'aime"]
}
