import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * French calques: English idioms, phrasal verbs, collocations and tech or
 * business terms rendered word for word, as machine translation and language
 * models produce them. Each entry is wrong as a whole in edited French; the
 * words used alone are fine. Standard borrowings that French has adopted
 * (`changer la donne`, `jouer un rôle clé`, `faire sens`, `demande de tirage`
 * in GitHub’s own glossary) are left out on purpose.
 */
export const entries: readonly PhraseEntry[] = [
  // Software and tech work
  {
    phrase: 'demande d’extraction',
    expected: ['demande de fusion', 'pull request'],
    note: 'Word-for-word rendering of "pull request" (pull = extraire); French developers say "pull request" or "demande de fusion".',
    example: 'Le mainteneur relit chaque matin les demandes d’extraction envoyées par les contributeurs avant de publier la nouvelle version.',
    neighbour: 'Le mainteneur relit chaque matin les demandes de fusion envoyées par les contributeurs avant de publier la nouvelle version.'
  },
  {
    phrase: 'expédier du code',
    expected: ['livrer du code', 'mettre du code en production'],
    note: 'Word-for-word rendering of "ship code"; "expédier" means to send goods by post. French says "livrer" or "mettre en production".',
    example: 'Dans cette start-up, chaque ingénieur doit expédier du code dès sa première semaine, sans attendre la fin du cycle de relecture hebdomadaire.',
    neighbour: 'Dans cette start-up, chaque ingénieur doit livrer du code dès sa première semaine, sans attendre la fin du cycle de relecture hebdomadaire.'
  },
  {
    phrase: 'expédier une fonctionnalité',
    expected: ['livrer une fonctionnalité', 'lancer une fonctionnalité', 'sortir une fonctionnalité'],
    note: 'Word-for-word rendering of "ship a feature"; "expédier" is for parcels. French says "livrer", "lancer" or "sortir" une fonctionnalité.',
    example: 'L’équipe produit a réussi à expédier une fonctionnalité entière en dix jours, tests compris, pendant que la concurrence préparait encore ses maquettes.',
    neighbour: 'L’équipe produit a réussi à livrer une fonctionnalité entière en dix jours, tests compris, pendant que la concurrence préparait encore ses maquettes.'
  },
  {
    phrase: 'expédier des produits',
    expected: ['livrer des produits', 'lancer des produits', 'sortir des produits'],
    note: 'Rendering of "ship product" (release software); "expédier des produits" means sending goods, so it is flagged only near software words.',
    example: 'Selon l’ancien ingénieur, la startup a dû apprendre à expédier des produits logiciels très vite, tout en recrutant des centaines de développeurs.',
    neighbour: 'Selon l’ancien ingénieur, la startup a dû apprendre à lancer des produits logiciels très vite, tout en recrutant des centaines de développeurs.',
    near: ['logiciel', 'logiciels', 'code', 'ingénieur', 'ingénieurs', 'startup', 'start-up', 'fonctionnalité', 'fonctionnalités', 'développeur', 'développeurs', 'embauche', 'd’embauche', 'recrutement', 'OpenAI'],
    window: 12
  },
  {
    phrase: 'courir une entreprise',
    expected: ['diriger une entreprise', 'gérer une entreprise'],
    note: 'Word-for-word rendering of "run a company"; "courir" is to run on foot. French says "diriger" or "gérer" une entreprise.',
    example: 'Après dix ans passés à courir une entreprise de logistique, elle a décidé de se consacrer entièrement à la recherche sur les batteries.',
    neighbour: 'Après dix ans passés à diriger une entreprise de logistique, elle a décidé de se consacrer entièrement à la recherche sur les batteries.'
  },
  {
    phrase: 'court sur',
    expected: ['fonctionne sur', 'tourne sur'],
    note: 'Rendering of "runs on" (software running on a system or a tool); "courir" is to run on foot. French says "fonctionne sur" or "tourne sous".',
    example: 'Toute la coordination interne court sur Slack, si bien que les nouvelles recrues reçoivent des centaines de messages dès leur premier jour.',
    neighbour: 'Toute la coordination interne passe par Slack, si bien que les nouvelles recrues reçoivent des centaines de messages dès leur premier jour.',
    near: ['Slack', 'Twitter', 'Linux', 'Windows', 'macOS', 'Android', 'iOS', 'serveur', 'serveurs', 'GPU', 'processeur', 'processeurs', 'puce', 'puces', 'ordinateur', 'cloud'],
    window: 4,
    exact: true
  },
  {
    phrase: 'courir sur',
    expected: ['fonctionner sur', 'tourner sur'],
    note: 'Rendering of "run on" (a program on a platform); "courir" is to run on foot. French says "fonctionner sur" or "tourner sous".',
    example: 'Le nouveau modèle est assez compact pour courir sur un ordinateur portable ordinaire, sans carte graphique dédiée ni connexion permanente au cloud.',
    neighbour: 'Le nouveau modèle est assez compact pour tourner sur un ordinateur portable ordinaire, sans carte graphique dédiée ni connexion permanente au cloud.',
    near: ['Slack', 'Twitter', 'Linux', 'Windows', 'macOS', 'Android', 'iOS', 'serveur', 'serveurs', 'GPU', 'processeur', 'processeurs', 'puce', 'puces', 'ordinateur', 'cloud'],
    window: 4,
    exact: true
  },
  {
    phrase: 'courir entièrement sur',
    expected: ['fonctionner entièrement sur', 'reposer entièrement sur'],
    note: 'Rendering of "run entirely on" (a company or a program relying on a tool); "courir" is to run on foot. French says "fonctionner entièrement sur" or "reposer entièrement sur".',
    example: 'La société ne semble pas avoir pris la mesure de sa taille, au point de courir entièrement sur Slack pour toutes ses décisions internes.',
    neighbour: 'La société ne semble pas avoir pris la mesure de sa taille, au point de fonctionner entièrement sur Slack pour toutes ses décisions internes.',
    near: ['Slack', 'Twitter', 'Linux', 'Windows', 'macOS', 'Android', 'iOS', 'serveur', 'serveurs', 'GPU', 'processeur', 'processeurs', 'puce', 'puces', 'ordinateur', 'cloud'],
    window: 4,
    exact: true
  },
  {
    phrase: 'courir le code',
    expected: ['exécuter le code', 'lancer le code'],
    note: 'Word-for-word rendering of "run the code"; French says "exécuter" or "lancer" le code.',
    example: 'Avant chaque fusion, un robot doit courir le code sur trois versions de Python afin de repérer les régressions les plus évidentes.',
    neighbour: 'Avant chaque fusion, un robot doit exécuter le code sur trois versions de Python afin de repérer les régressions les plus évidentes.'
  },
  {
    phrase: 'courir un script',
    expected: ['exécuter un script', 'lancer un script'],
    note: 'Word-for-word rendering of "run a script"; French says "exécuter" or "lancer" un script.',
    example: 'Pour reproduire l’incident, il suffit de courir un script de vingt lignes qui envoie des requêtes mal formées au serveur de production.',
    neighbour: 'Pour reproduire l’incident, il suffit d’exécuter un script de vingt lignes qui envoie des requêtes mal formées au serveur de production.'
  },
  {
    phrase: 'courir un modèle',
    expected: ['exécuter un modèle', 'faire tourner un modèle'],
    note: 'Word-for-word rendering of "run a model"; French says "exécuter" or "faire tourner" un modèle.',
    example: 'La puce permet de courir un modèle de langage de sept milliards de paramètres directement sur le téléphone, sans passer par le cloud.',
    neighbour: 'La puce permet de faire tourner un modèle de langage de sept milliards de paramètres directement sur le téléphone, sans passer par le cloud.'
  },
  {
    phrase: 'rouler une mise à jour',
    expected: ['déployer une mise à jour'],
    note: 'Word-for-word rendering of "roll out an update"; French says "déployer une mise à jour".',
    example: 'L’éditeur a commencé à rouler une mise à jour de sécurité pour tous les navigateurs, mais certains utilisateurs devront patienter plusieurs jours.',
    neighbour: 'L’éditeur a commencé à déployer une mise à jour de sécurité pour tous les navigateurs, mais certains utilisateurs devront patienter plusieurs jours.'
  },
  {
    phrase: 'dérouler une fonctionnalité',
    expected: ['déployer une fonctionnalité'],
    note: 'Word-for-word rendering of "roll out a feature"; "dérouler" is to unroll or unfold. French says "déployer".',
    example: 'Meta prévoit de dérouler une fonctionnalité de traduction automatique des messages vocaux dans une dizaine de pays européens d’ici la fin de l’année.',
    neighbour: 'Meta prévoit de déployer une fonctionnalité de traduction automatique des messages vocaux dans une dizaine de pays européens d’ici la fin de l’année.'
  },
  {
    phrase: 'rouler en arrière',
    expected: ['revenir en arrière', 'annuler'],
    note: 'Word-for-word rendering of "roll back" (a release or a change); French says "revenir à la version précédente" or "annuler".',
    example: 'Face aux plantages signalés par les clients, les ingénieurs ont dû rouler en arrière la mise à jour publiée la veille au soir.',
    neighbour: 'Face aux plantages signalés par les clients, les ingénieurs ont dû annuler la mise à jour publiée la veille au soir.',
    near: ['mise', 'version', 'déploiement', 'modification', 'modifications', 'changement', 'changements', 'code', 'correctif'],
    window: 6
  },
  {
    phrase: 'modèle de langage large',
    expected: ['grand modèle de langage'],
    note: 'Word-for-word rendering of "large language model" with the English order; French says "grand modèle de langage" (GML) or LLM.',
    example: 'Les chercheurs ont entraîné un modèle de langage large sur des textes juridiques afin d’aider les avocats à résumer la jurisprudence récente.',
    neighbour: 'Les chercheurs ont entraîné un grand modèle de langage sur des textes juridiques afin d’aider les avocats à résumer la jurisprudence récente.'
  },
  {
    phrase: 'injection rapide',
    expected: ['injection de prompt', 'injection d’instructions'],
    note: 'Mistranslation of "prompt injection": "prompt" read as the adjective (quick). French says "injection de prompt" or "injection d’instructions".',
    example: 'Les chercheurs ont montré qu’une simple injection rapide cachée dans une page web suffit à détourner un agent IA et à exfiltrer des données.',
    neighbour: 'Les chercheurs ont montré qu’une simple injection de prompt cachée dans une page web suffit à détourner un agent IA et à exfiltrer des données.',
    near: ['IA', 'modèle', 'modèles', 'LLM', 'chatbot', 'agent', 'agents', 'ChatGPT', 'OpenAI', 'prompt', 'requête', 'requêtes', 'jailbreak', 'cybersécurité', 'haine', 'désinformation'],
    window: 20
  },
  {
    phrase: 'ingénierie rapide',
    expected: ['ingénierie de prompt', 'ingénierie des requêtes'],
    note: 'Mistranslation of "prompt engineering": "prompt" read as the adjective (quick). French says "ingénierie de prompt" or "ingénierie des requêtes".',
    example: 'Plusieurs entreprises recrutent désormais des spécialistes en ingénierie rapide chargés de rédiger les consignes données aux modèles d’IA générative.',
    neighbour: 'Plusieurs entreprises recrutent désormais des spécialistes en ingénierie de prompt chargés de rédiger les consignes données aux modèles d’IA générative.',
    near: ['IA', 'modèle', 'modèles', 'LLM', 'ChatGPT', 'prompt', 'requête', 'requêtes', 'génératif', 'générative', 'chatbot', 'consignes'],
    window: 12
  },
  {
    phrase: 'vision d’ordinateur',
    expected: ['vision par ordinateur'],
    note: 'Word-for-word rendering of "computer vision"; the French term is "vision par ordinateur".',
    example: 'Le groupe a racheté une jeune pousse spécialisée dans la vision d’ordinateur pour automatiser le contrôle qualité sur ses chaînes de montage.',
    neighbour: 'Le groupe a racheté une jeune pousse spécialisée dans la vision par ordinateur pour automatiser le contrôle qualité sur ses chaînes de montage.'
  },
  {
    phrase: 'grandes données',
    expected: ['mégadonnées', 'données massives', 'big data'],
    note: 'Word-for-word rendering of "big data"; French says "mégadonnées", "données massives" or keeps "big data".',
    example: 'La banque investit massivement dans l’analyse des grandes données pour détecter les fraudes à la carte en temps réel sur tout le territoire.',
    neighbour: 'La banque investit massivement dans l’analyse des mégadonnées pour détecter les fraudes à la carte en temps réel sur tout le territoire.'
  },
  {
    phrase: 'l’internet des choses',
    expected: ['l’Internet des objets'],
    note: 'Word-for-word rendering of "Internet of Things"; the established French term is "Internet des objets" (IdO).',
    example: 'Les capteurs de l’internet des choses équipent désormais la plupart des entrepôts du groupe, qui suit ainsi chaque palette en temps réel.',
    neighbour: 'Les capteurs de l’Internet des objets équipent désormais la plupart des entrepôts du groupe, qui suit ainsi chaque palette en temps réel.'
  },
  {
    phrase: 'chiffrement bout à bout',
    expected: ['chiffrement de bout en bout'],
    note: 'Rendering of "end-to-end encryption"; "bout à bout" means placed end to end. The French term is "chiffrement de bout en bout".',
    example: 'La messagerie affirme que toutes les conversations bénéficient désormais du chiffrement bout à bout, y compris les appels vidéo de groupe.',
    neighbour: 'La messagerie affirme que toutes les conversations bénéficient désormais du chiffrement de bout en bout, y compris les appels vidéo de groupe.'
  },
  {
    phrase: 'fin à fin',
    expected: ['de bout en bout'],
    note: 'Word-for-word rendering of "end to end"; French says "de bout en bout".',
    example: 'Le prestataire promet une gestion fin à fin de la chaîne logistique, de la commande du client jusqu’à la livraison en point relais.',
    neighbour: 'Le prestataire promet une gestion de bout en bout de la chaîne logistique, de la commande du client jusqu’à la livraison en point relais.'
  },
  {
    phrase: 'jeter une exception',
    expected: ['lever une exception', 'lancer une exception'],
    note: 'Word-for-word rendering of "throw an exception"; French programmers say "lever" or "lancer" une exception.',
    example: 'Lorsque le fichier de configuration est absent, la bibliothèque doit jeter une exception explicite plutôt que de renvoyer une valeur vide.',
    neighbour: 'Lorsque le fichier de configuration est absent, la bibliothèque doit lever une exception explicite plutôt que de renvoyer une valeur vide.'
  },
  {
    phrase: 'programmation en paire',
    expected: ['programmation en binôme'],
    note: 'Word-for-word rendering of "pair programming"; the French term is "programmation en binôme".',
    example: 'L’équipe pratique la programmation en paire deux après-midi par semaine afin de diffuser les connaissances sur les parties les plus anciennes du code.',
    neighbour: 'L’équipe pratique la programmation en binôme deux après-midi par semaine afin de diffuser les connaissances sur les parties les plus anciennes du code.'
  },
  {
    phrase: 'allumer la fonctionnalité',
    expected: ['activer la fonctionnalité'],
    note: 'Word-for-word rendering of "turn on the feature"; "allumer" is for lights and devices. French says "activer".',
    example: 'Les abonnés peuvent allumer la fonctionnalité dans les réglages du compte pour que l’assistant rédige automatiquement un résumé de chaque réunion.',
    neighbour: 'Les abonnés peuvent activer la fonctionnalité dans les réglages du compte pour que l’assistant rédige automatiquement un résumé de chaque réunion.'
  },
  {
    phrase: 'éteindre la fonctionnalité',
    expected: ['désactiver la fonctionnalité'],
    note: 'Word-for-word rendering of "turn off the feature"; French says "désactiver".',
    example: 'Les utilisateurs inquiets pour leur vie privée peuvent éteindre la fonctionnalité, mais l’option reste cachée au fond du menu des paramètres avancés.',
    neighbour: 'Les utilisateurs inquiets pour leur vie privée peuvent désactiver la fonctionnalité, mais l’option reste cachée au fond du menu des paramètres avancés.'
  },
  {
    phrase: 'fourcher le projet',
    expected: ['forker le projet', 'créer un fork du projet', 'dériver le projet'],
    note: 'Word-for-word rendering of "fork the project"; French developers say "forker", "créer un fork" or "créer une version dérivée".',
    example: 'Mécontents du changement de licence, plusieurs contributeurs historiques ont décidé de fourcher le projet et de publier leur propre version communautaire.',
    neighbour: 'Mécontents du changement de licence, plusieurs contributeurs historiques ont décidé de forker le projet et de publier leur propre version communautaire.'
  },
  {
    phrase: 'vibrations',
    expected: ['vibes', 'humeur', 'ambiance'],
    note: 'Rendering of "vibes" (mood, atmosphere) as physical "vibrations"; French says "ambiance", "humeur" or keeps "vibes".',
    example: 'Un ancien salarié plaisante en disant que l’entreprise fonctionne aux vibrations de Twitter, tant la direction réagit vite aux critiques en ligne.',
    neighbour: 'Un ancien salarié plaisante en disant que l’entreprise fonctionne à l’humeur de Twitter, tant la direction réagit vite aux critiques en ligne.',
    near: ['Twitter', 'TikTok', 'Instagram', 'Slack'],
    window: 3
  },
  {
    phrase: 'groupe de déversement',
    expected: ['fourre-tout', 'dépotoir'],
    note: 'Garbled rendering of "dumping ground"; French says "fourre-tout" or "dépotoir".',
    example: 'Selon l’ingénieur, le dépôt central de l’entreprise est devenu un groupe de déversement où chaque équipe ajoute du code sans le documenter.',
    neighbour: 'Selon l’ingénieur, le dépôt central de l’entreprise est devenu un fourre-tout où chaque équipe ajoute du code sans le documenter.'
  },
  {
    phrase: 'employés de mise sur le marché',
    expected: ['commerciaux', 'équipe commerciale'],
    note: 'Word-for-word rendering of "go-to-market staff"; French says "commerciaux", "équipe commerciale" or "chargés du go-to-market".',
    example: 'La jeune pousse a recruté trois développeurs et deux employés de mise sur le marché pour préparer son arrivée en Espagne.',
    neighbour: 'La jeune pousse a recruté trois développeurs et deux commerciaux pour préparer son arrivée en Espagne.'
  },
  {
    phrase: 'structures de rapports',
    expected: ['rapports hiérarchiques', 'hiérarchie'],
    note: 'Word-for-word rendering of "reporting structures" (who reports to whom); French says "rapports hiérarchiques" or "lignes hiérarchiques".',
    example: 'Quand une entreprise triple ses effectifs en un an, tout se casse, explique-t-il, des structures de rapports aux processus de recrutement.',
    neighbour: 'Quand une entreprise triple ses effectifs en un an, tout se casse, explique-t-il, des rapports hiérarchiques aux processus de recrutement.'
  },
  {
    phrase: 'rapporter directement',
    expected: ['relever directement de', 'rendre compte directement à'],
    note: 'Word-for-word rendering of "report directly to" (a manager); French says "relever directement de" or "rendre compte directement à".',
    example: 'La nouvelle responsable de la sécurité rapportera directement au PDG, une première dans l’histoire de ce groupe bancaire très hiérarchisé.',
    neighbour: 'La nouvelle responsable de la sécurité relèvera directement du PDG, une première dans l’histoire de ce groupe bancaire très hiérarchisé.',
    near: ['PDG', 'directeur', 'directrice', 'président', 'présidente', 'patron', 'patronne', 'supérieur', 'vice-président'],
    window: 4
  },
  {
    phrase: 'réunion à toutes mains',
    expected: ['réunion générale', 'réunion plénière'],
    note: 'Word-for-word rendering of "all-hands meeting"; French says "réunion générale" or "réunion plénière du personnel".',
    example: 'Le fondateur a annoncé la restructuration lors d’une réunion à toutes mains organisée en visioconférence un vendredi soir, sans prévenir les managers.',
    neighbour: 'Le fondateur a annoncé la restructuration lors d’une réunion générale organisée en visioconférence un vendredi soir, sans prévenir les managers.'
  },
  {
    phrase: 'travailler de la maison',
    expected: ['travailler à domicile', 'télétravailler', 'travailler depuis chez soi'],
    note: 'Word-for-word rendering of "work from home"; French says "travailler à domicile", "télétravailler" or "travailler de chez soi".',
    example: 'Depuis la pandémie, près d’un salarié sur trois peut travailler de la maison au moins deux jours par semaine dans les grandes entreprises.',
    neighbour: 'Depuis la pandémie, près d’un salarié sur trois peut télétravailler au moins deux jours par semaine dans les grandes entreprises.'
  },
  {
    phrase: 'à l’état de l’art',
    expected: ['de pointe', 'dernier cri', 'à la pointe de la technique'],
    note: 'Word-for-word rendering of "state-of-the-art"; "état de l’art" is a literature review. French says "de pointe" or "dernier cri".',
    example: 'Le fabricant présente ses nouveaux serveurs comme des machines à l’état de l’art, capables d’entraîner les plus grands modèles du marché.',
    neighbour: 'Le fabricant présente ses nouveaux serveurs comme des machines de pointe, capables d’entraîner les plus grands modèles du marché.'
  },
  {
    phrase: 'bord saignant',
    expected: ['avant-garde', 'pointe'],
    note: 'Word-for-word rendering of "bleeding edge"; French says "à la pointe" or "d’avant-garde".',
    example: 'La société se positionne sur le bord saignant de la recherche en photonique, avec des prototypes que personne n’a encore testés en conditions réelles.',
    neighbour: 'La société se positionne à l’avant-garde de la recherche en photonique, avec des prototypes que personne n’a encore testés en conditions réelles.'
  },
  {
    phrase: 'à l’épreuve du futur',
    expected: ['pérenne', 'évolutif', 'durable'],
    note: 'Word-for-word rendering of "future-proof"; French says "pérenne", "évolutif" or "conçu pour durer".',
    example: 'Le ministère veut une infrastructure informatique à l’épreuve du futur, capable d’accueillir de nouveaux services sans refonte complète tous les cinq ans.',
    neighbour: 'Le ministère veut une infrastructure informatique pérenne, capable d’accueillir de nouveaux services sans refonte complète tous les cinq ans.'
  },
  {
    phrase: 'changeur de jeu',
    expected: ['qui change la donne', 'révolutionnaire'],
    note: 'Word-for-word rendering of "game changer"; French says "qui change la donne", "révolution" or "tournant".',
    example: 'Pour les analystes, cette puce économe en énergie représente un véritable changeur de jeu pour les fabricants de téléphones d’entrée de gamme.',
    neighbour: 'Pour les analystes, cette puce économe en énergie change véritablement la donne pour les fabricants de téléphones d’entrée de gamme.'
  },
  {
    phrase: 'bio-armes',
    expected: ['armes biologiques'],
    note: 'Calque of "bioweapons"; French says "armes biologiques".',
    example: 'Les chercheurs redoutent que les modèles les plus puissants facilitent la conception de bio-armes par des groupes disposant de peu de moyens.',
    neighbour: 'Les chercheurs redoutent que les modèles les plus puissants facilitent la conception d’armes biologiques par des groupes disposant de peu de moyens.'
  },

  // Business and workplace
  {
    phrase: 'livrer de la valeur',
    expected: ['apporter de la valeur', 'créer de la valeur'],
    note: 'Word-for-word rendering of "deliver value"; one delivers goods, not value. French says "apporter" or "créer de la valeur".',
    example: 'La direction demande à chaque équipe de livrer de la valeur aux clients toutes les deux semaines, quitte à réduire le périmètre des projets.',
    neighbour: 'La direction demande à chaque équipe d’apporter de la valeur aux clients toutes les deux semaines, quitte à réduire le périmètre des projets.'
  },
  {
    phrase: 'est en charge de',
    expected: ['est chargé de', 'est responsable de', 'a la charge de'],
    note: 'Calque of "is in charge of", criticised by the Académie française; French says "est chargé de", "est responsable de" or "a la charge de".',
    example: 'Depuis janvier, la directrice financière est en charge de la relation avec les investisseurs et des prévisions trimestrielles de tout le groupe.',
    neighbour: 'Depuis janvier, la directrice financière est chargée de la relation avec les investisseurs et des prévisions trimestrielles de tout le groupe.'
  },
  {
    phrase: 'sont en charge de',
    expected: ['sont chargés de', 'sont responsables de', 'ont la charge de'],
    note: 'Calque of "are in charge of", criticised by the Académie française; French says "sont chargés de" or "ont la charge de".',
    example: 'Dans chaque région, deux ingénieurs sont en charge de la maintenance des éoliennes et interviennent sous quarante-huit heures en cas de panne.',
    neighbour: 'Dans chaque région, deux ingénieurs sont chargés de la maintenance des éoliennes et interviennent sous quarante-huit heures en cas de panne.'
  },
  {
    phrase: 'appliquer pour un poste',
    expected: ['postuler à un poste', 'poser sa candidature à un poste'],
    note: 'Word-for-word rendering of "apply for a job" (or "job application"); French says "postuler à un poste", "poser sa candidature" or "candidature à un poste".',
    example: 'Plus de deux mille personnes ont voulu appliquer pour un poste d’ingénieur dans la nouvelle usine, qui n’en proposait pourtant que cent cinquante.',
    neighbour: 'Plus de deux mille personnes ont voulu postuler à un poste d’ingénieur dans la nouvelle usine, qui n’en proposait pourtant que cent cinquante.'
  },
  {
    phrase: 'appliquer pour un emploi',
    expected: ['postuler à un emploi', 'poser sa candidature'],
    note: 'Word-for-word rendering of "apply for a job"; French says "postuler à un emploi".',
    example: 'Les jeunes diplômés utilisent de plus en plus l’IA générative pour appliquer pour un emploi, en envoyant des dizaines de lettres identiques par jour.',
    neighbour: 'Les jeunes diplômés utilisent de plus en plus l’IA générative pour postuler à un emploi, en envoyant des dizaines de lettres identiques par jour.'
  },
  {
    phrase: 'est à l’emploi de',
    expected: ['travaille pour', 'est employé par', 'est salarié de'],
    note: 'Calque of "is in the employ of"; French says "travaille pour", "est employé par" or "est salarié de".',
    example: 'Le lanceur d’alerte, qui est à l’emploi de la société depuis douze ans, affirme avoir signalé les anomalies dès le printemps dernier.',
    neighbour: 'Le lanceur d’alerte, qui travaille pour la société depuis douze ans, affirme avoir signalé les anomalies dès le printemps dernier.'
  },
  {
    phrase: 'était à l’emploi de',
    expected: ['travaillait pour', 'était employé par', 'était salarié de'],
    note: 'Calque of "was in the employ of"; French says "travaillait pour" or "était employé par".',
    example: 'Au moment des faits, le suspect était à l’emploi de la municipalité comme technicien informatique et disposait d’un accès à tous les serveurs.',
    neighbour: 'Au moment des faits, le suspect travaillait pour la municipalité comme technicien informatique et disposait d’un accès à tous les serveurs.'
  },
  {
    phrase: 'partir une entreprise',
    expected: ['fonder une entreprise', 'créer une entreprise', 'lancer une entreprise'],
    note: 'Calque of "start a company" with transitive "partir"; French says "fonder", "créer" or "lancer" une entreprise.',
    example: 'Après son départ de Google, elle a choisi de partir une entreprise spécialisée dans la cybersécurité des hôpitaux avec deux anciens collègues.',
    neighbour: 'Après son départ de Google, elle a choisi de fonder une entreprise spécialisée dans la cybersécurité des hôpitaux avec deux anciens collègues.',
    exact: true
  },
  {
    phrase: 'partir sa propre entreprise',
    expected: ['fonder sa propre entreprise', 'créer sa propre entreprise', 'se lancer à son compte'],
    note: 'Calque of "start one’s own company" with transitive "partir"; French says "fonder" or "créer sa propre entreprise".',
    example: 'Comme beaucoup d’anciens cadres du secteur, il rêvait de partir sa propre entreprise et de lever des fonds auprès d’investisseurs californiens.',
    neighbour: 'Comme beaucoup d’anciens cadres du secteur, il rêvait de créer sa propre entreprise et de lever des fonds auprès d’investisseurs californiens.',
    exact: true
  },
  {
    phrase: 'officier financier en chef',
    expected: ['directeur financier'],
    note: 'Word-for-word rendering of "chief financial officer"; "officier" is a military or police rank. French says "directeur financier".',
    example: 'Le nouvel officier financier en chef du groupe a prévenu les analystes que les marges resteraient sous pression pendant au moins deux trimestres.',
    neighbour: 'Le nouveau directeur financier du groupe a prévenu les analystes que les marges resteraient sous pression pendant au moins deux trimestres.'
  },
  {
    phrase: 'officier exécutif en chef',
    expected: ['directeur général', 'PDG'],
    note: 'Word-for-word rendering of "chief executive officer"; French says "directeur général" or "PDG".',
    example: 'Le conseil d’administration a nommé un nouvel officier exécutif en chef après la démission surprise de la fondatrice au début du mois.',
    neighbour: 'Le conseil d’administration a nommé un nouveau directeur général après la démission surprise de la fondatrice au début du mois.'
  },
  {
    phrase: 'joueurs de l’industrie',
    expected: ['acteurs de l’industrie', 'acteurs du secteur'],
    note: 'Word-for-word rendering of "industry players"; French business writing says "acteurs du secteur" or "acteurs de l’industrie".',
    example: 'Les principaux joueurs de l’industrie automobile se sont réunis à Bruxelles pour demander un report des nouvelles normes d’émissions.',
    neighbour: 'Les principaux acteurs de l’industrie automobile se sont réunis à Bruxelles pour demander un report des nouvelles normes d’émissions.'
  },
  {
    phrase: 'joueur majeur',
    expected: ['acteur majeur', 'acteur de premier plan'],
    note: 'Word-for-word rendering of "major player" for a company; French says "acteur majeur".',
    example: 'Avec ce rachat, le groupe japonais devient un joueur majeur du marché européen des semi-conducteurs, derrière seulement deux concurrents.',
    neighbour: 'Avec ce rachat, le groupe japonais devient un acteur majeur du marché européen des semi-conducteurs, derrière seulement deux concurrents.',
    near: ['marché', 'industrie', 'secteur'],
    window: 6
  },
  {
    phrase: 'points de douleur',
    expected: ['points de friction', 'difficultés', 'irritants'],
    note: 'Word-for-word rendering of "pain points"; French says "points de friction", "difficultés" or "irritants".',
    example: 'Les consultants ont interrogé deux cents clients pour identifier les principaux points de douleur du parcours d’achat sur l’application mobile.',
    neighbour: 'Les consultants ont interrogé deux cents clients pour identifier les principaux points de friction du parcours d’achat sur l’application mobile.',
    near: ['client', 'clients', 'utilisateur', 'utilisateurs', 'parcours', 'marché', 'entreprise'],
    window: 8
  },
  {
    phrase: 'gagner de la traction',
    expected: ['prendre de l’ampleur', 'gagner du terrain', 's’imposer'],
    note: 'Word-for-word rendering of "gain traction"; French says "prendre de l’ampleur", "gagner du terrain" or "séduire".',
    example: 'L’application de paiement commence à gagner de la traction auprès des commerçants indépendants, séduits par des frais deux fois plus bas.',
    neighbour: 'L’application de paiement commence à gagner du terrain auprès des commerçants indépendants, séduits par des frais deux fois plus bas.'
  },
  {
    phrase: 'gagner en traction',
    expected: ['prendre de l’ampleur', 'gagner du terrain'],
    note: 'Rendering of "gain traction"; French says "prendre de l’ampleur" or "gagner du terrain".',
    example: 'Le mouvement pour la semaine de quatre jours continue de gagner en traction dans les entreprises de services, selon une enquête publiée mardi.',
    neighbour: 'Le mouvement pour la semaine de quatre jours continue de prendre de l’ampleur dans les entreprises de services, selon une enquête publiée mardi.'
  },
  {
    phrase: 'rencontrer les besoins',
    expected: ['répondre aux besoins', 'satisfaire les besoins'],
    note: 'Calque of "meet the needs"; "rencontrer" means to come across. French says "répondre aux besoins".',
    example: 'Le nouveau forfait a été conçu pour rencontrer les besoins des petites entreprises qui n’ont pas de service informatique en interne.',
    neighbour: 'Le nouveau forfait a été conçu pour répondre aux besoins des petites entreprises qui n’ont pas de service informatique en interne.'
  },
  {
    phrase: 'rencontrer les exigences',
    expected: ['satisfaire aux exigences', 'respecter les exigences'],
    note: 'Calque of "meet the requirements"; French says "satisfaire aux exigences" or "respecter les exigences".',
    example: 'Le constructeur assure que ses véhicules électriques vont rencontrer les exigences européennes en matière de recyclage des batteries dès l’an prochain.',
    neighbour: 'Le constructeur assure que ses véhicules électriques vont respecter les exigences européennes en matière de recyclage des batteries dès l’an prochain.'
  },
  {
    phrase: 'rencontrer les attentes',
    expected: ['répondre aux attentes', 'être à la hauteur des attentes'],
    note: 'Calque of "meet expectations"; French says "répondre aux attentes" or "être à la hauteur des attentes".',
    example: 'Les résultats trimestriels n’ont pas réussi à rencontrer les attentes des analystes, et le titre a perdu neuf pour cent à l’ouverture.',
    neighbour: 'Les résultats trimestriels n’ont pas été à la hauteur des attentes des analystes, et le titre a perdu neuf pour cent à l’ouverture.'
  },
  {
    phrase: 'rencontrer les objectifs',
    expected: ['atteindre les objectifs'],
    note: 'Calque of "meet the targets"; French says "atteindre les objectifs".',
    example: 'Pour rencontrer les objectifs climatiques fixés par Bruxelles, le pays devra doubler le rythme d’installation des pompes à chaleur d’ici 2030.',
    neighbour: 'Pour atteindre les objectifs climatiques fixés par Bruxelles, le pays devra doubler le rythme d’installation des pompes à chaleur d’ici 2030.'
  },
  {
    phrase: 'rencontrer les critères',
    expected: ['répondre aux critères', 'remplir les critères'],
    note: 'Calque of "meet the criteria"; French says "répondre aux critères" or "remplir les conditions".',
    example: 'Seules les entreprises capables de rencontrer les critères de durabilité pourront participer à l’appel d’offres lancé par la région.',
    neighbour: 'Seules les entreprises capables de remplir les critères de durabilité pourront participer à l’appel d’offres lancé par la région.'
  },
  {
    phrase: 'rencontrer la date limite',
    expected: ['respecter la date limite', 'respecter l’échéance'],
    note: 'Calque of "meet the deadline"; French says "respecter la date limite" or "tenir les délais".',
    example: 'Faute de personnel, le sous-traitant n’a pas pu rencontrer la date limite fixée par le contrat et devra payer des pénalités importantes.',
    neighbour: 'Faute de personnel, le sous-traitant n’a pas pu respecter la date limite fixée par le contrat et devra payer des pénalités importantes.'
  },
  {
    phrase: 'rencontrer les délais',
    expected: ['respecter les délais', 'tenir les délais'],
    note: 'Calque of "meet the deadlines"; French says "respecter" or "tenir les délais".',
    example: 'Le chantier du nouveau stade a pris du retard et les entreprises ne pourront sans doute pas rencontrer les délais annoncés par la mairie.',
    neighbour: 'Le chantier du nouveau stade a pris du retard et les entreprises ne pourront sans doute pas tenir les délais annoncés par la mairie.'
  },
  {
    phrase: 'sur une base régulière',
    expected: ['régulièrement'],
    note: 'Calque of "on a regular basis"; French says "régulièrement".',
    example: 'Les employés du centre d’appels reçoivent sur une base régulière des formations sur la détection des tentatives d’hameçonnage les plus récentes.',
    neighbour: 'Les employés du centre d’appels reçoivent régulièrement des formations sur la détection des tentatives d’hameçonnage les plus récentes.'
  },
  {
    phrase: 'sur une base quotidienne',
    expected: ['quotidiennement', 'chaque jour', 'tous les jours'],
    note: 'Calque of "on a daily basis", noted by the Académie française; French says "quotidiennement" or "chaque jour".',
    example: 'Près de la moitié des salariés interrogés déclarent utiliser un assistant conversationnel sur une base quotidienne pour rédiger leurs courriels professionnels.',
    neighbour: 'Près de la moitié des salariés interrogés déclarent utiliser chaque jour un assistant conversationnel pour rédiger leurs courriels professionnels.'
  },
  {
    phrase: 'sur une base hebdomadaire',
    expected: ['chaque semaine', 'toutes les semaines'],
    note: 'Calque of "on a weekly basis"; French says "chaque semaine" or "toutes les semaines".',
    example: 'Le comité de direction se réunit sur une base hebdomadaire pour suivre l’avancement du plan d’économies annoncé au début de l’année.',
    neighbour: 'Le comité de direction se réunit chaque semaine pour suivre l’avancement du plan d’économies annoncé au début de l’année.'
  },
  {
    phrase: 'sur une base mensuelle',
    expected: ['chaque mois', 'tous les mois', 'mensuellement'],
    note: 'Calque of "on a monthly basis"; French says "chaque mois" or "mensuellement".',
    example: 'Les abonnés peuvent désormais payer sur une base mensuelle plutôt qu’annuelle, une souplesse que réclamaient de nombreux petits commerçants.',
    neighbour: 'Les abonnés peuvent désormais payer chaque mois plutôt qu’une fois par an, une souplesse que réclamaient de nombreux petits commerçants.'
  },
  {
    phrase: 'sur une base volontaire',
    expected: ['sur la base du volontariat', 'volontairement', 'bénévolement'],
    note: 'Calque of "on a voluntary basis"; French says "sur la base du volontariat" or "volontairement".',
    example: 'Les salariés pourront tester la semaine de quatre jours sur une base volontaire pendant six mois, avant une éventuelle généralisation à tout le groupe.',
    neighbour: 'Les salariés pourront tester la semaine de quatre jours sur la base du volontariat pendant six mois, avant une éventuelle généralisation à tout le groupe.'
  },
  {
    phrase: 'sur une base individuelle',
    expected: ['individuellement', 'au cas par cas'],
    note: 'Calque of "on an individual basis"; French says "individuellement" or "au cas par cas".',
    example: 'Les demandes de remboursement seront examinées sur une base individuelle par le service client, qui promet une réponse sous quinze jours.',
    neighbour: 'Les demandes de remboursement seront examinées au cas par cas par le service client, qui promet une réponse sous quinze jours.'
  },
  {
    phrase: 'prendre avantage de',
    expected: ['profiter de', 'tirer parti de'],
    note: 'Calque of "take advantage of"; French says "profiter de" or "tirer parti de".',
    example: 'Les fraudeurs cherchent à prendre avantage de la confusion autour des nouvelles aides à la rénovation pour démarcher les propriétaires âgés.',
    neighbour: 'Les fraudeurs cherchent à profiter de la confusion autour des nouvelles aides à la rénovation pour démarcher les propriétaires âgés.'
  },
  {
    phrase: 'pris avantage de',
    expected: ['profité de', 'tiré parti de'],
    note: 'Calque of "took advantage of"; French says "a profité de" or "a tiré parti de".',
    example: 'Selon l’enquête, les pirates ont pris avantage de la faille pendant près de trois mois avant que l’éditeur ne publie un correctif.',
    neighbour: 'Selon l’enquête, les pirates ont profité de la faille pendant près de trois mois avant que l’éditeur ne publie un correctif.'
  },
  {
    phrase: 'élever des fonds',
    expected: ['lever des fonds'],
    note: 'Calque of "raise funds" with "élever" (to bring up, to lift); the French collocation is "lever des fonds".',
    example: 'La jeune entreprise lyonnaise a réussi à élever des fonds auprès de trois investisseurs américains malgré un marché du capital-risque très tendu.',
    neighbour: 'La jeune entreprise lyonnaise a réussi à lever des fonds auprès de trois investisseurs américains malgré un marché du capital-risque très tendu.'
  },
  {
    phrase: 'élever des préoccupations',
    expected: ['soulever des inquiétudes', 'susciter des inquiétudes'],
    note: 'Calque of "raise concerns"; French says "soulever" or "susciter des inquiétudes".',
    example: 'Le projet de surveillance algorithmique pourrait élever des préoccupations parmi les associations de défense des libertés et plusieurs juristes.',
    neighbour: 'Le projet de surveillance algorithmique pourrait susciter des inquiétudes parmi les associations de défense des libertés et plusieurs juristes.'
  },
  {
    phrase: 'élever des questions',
    expected: ['soulever des questions', 'poser des questions'],
    note: 'Calque of "raise questions"; French says "soulever des questions".',
    example: 'Le rachat de la start-up par le géant américain va inévitablement élever des questions sur la souveraineté numérique européenne.',
    neighbour: 'Le rachat de la start-up par le géant américain va inévitablement soulever des questions sur la souveraineté numérique européenne.'
  },
  {
    phrase: 'élever la barre',
    expected: ['placer la barre plus haut', 'relever le niveau d’exigence'],
    note: 'Calque of "raise the bar"; French says "placer la barre plus haut" or "relever le niveau d’exigence".',
    example: 'Avec cette autonomie de sept cents kilomètres, le constructeur entend élever la barre pour toute la catégorie des berlines électriques.',
    neighbour: 'Avec cette autonomie de sept cents kilomètres, le constructeur entend placer la barre plus haut pour toute la catégorie des berlines électriques.'
  },
  {
    phrase: 'soulever des sourcils',
    expected: ['faire tiquer', 'susciter des interrogations', 'faire sourciller'],
    note: 'Word-for-word rendering of "raise eyebrows"; French says "faire tiquer", "faire sourciller" or "susciter des interrogations".',
    example: 'La rémunération du nouveau dirigeant, près de trois fois supérieure à celle de son prédécesseur, a de quoi soulever des sourcils chez les actionnaires.',
    neighbour: 'La rémunération du nouveau dirigeant, près de trois fois supérieure à celle de son prédécesseur, a de quoi faire tiquer les actionnaires.'
  },
  {
    phrase: 'laisser aller',
    expected: ['licencier', 'se séparer de', 'congédier'],
    note: 'Word-for-word rendering of "let go" (dismiss staff); French says "licencier" or "se séparer de".',
    example: 'La plateforme de livraison a dû laisser aller trois cents employés après la perte de son principal contrat avec une chaîne de supermarchés.',
    neighbour: 'La plateforme de livraison a dû licencier trois cents employés après la perte de son principal contrat avec une chaîne de supermarchés.',
    near: ['employé', 'employés', 'salarié', 'salariés', 'collaborateurs', 'personnel', 'postes', 'effectifs'],
    window: 4
  },
  {
    phrase: 'aller public',
    expected: ['entrer en Bourse', 's’introduire en Bourse'],
    note: 'Word-for-word rendering of "go public"; French says "entrer en Bourse" or "s’introduire en Bourse".',
    example: 'La fintech compte aller public à New York l’an prochain, à condition que les marchés retrouvent un peu de calme d’ici là.',
    neighbour: 'La fintech compte entrer en Bourse à New York l’an prochain, à condition que les marchés retrouvent un peu de calme d’ici là.'
  },
  {
    phrase: 'fermer un accord',
    expected: ['conclure un accord', 'finaliser un accord'],
    note: 'Word-for-word rendering of "close a deal"; French says "conclure un accord".',
    example: 'Les deux groupes espèrent fermer un accord de fusion avant la fin du trimestre, sous réserve du feu vert des autorités de la concurrence.',
    neighbour: 'Les deux groupes espèrent conclure un accord de fusion avant la fin du trimestre, sous réserve du feu vert des autorités de la concurrence.'
  },
  {
    phrase: 'frapper le marché',
    expected: ['arriver sur le marché', 'être commercialisé'],
    note: 'Word-for-word rendering of "hit the market"; French says "arriver sur le marché" or "être commercialisé".',
    example: 'Les premières voitures équipées de batteries solides devraient frapper le marché européen en 2027, selon le calendrier présenté par le constructeur.',
    neighbour: 'Les premières voitures équipées de batteries solides devraient arriver sur le marché européen en 2027, selon le calendrier présenté par le constructeur.'
  },
  {
    phrase: 'frapper les étagères',
    expected: ['arriver en rayon', 'arriver dans les magasins'],
    note: 'Word-for-word rendering of "hit the shelves"; French says "arriver en rayon" or "arriver dans les magasins".',
    example: 'La nouvelle console doit frapper les étagères le 14 novembre, juste à temps pour la période des achats de fin d’année.',
    neighbour: 'La nouvelle console doit arriver dans les magasins le 14 novembre, juste à temps pour la période des achats de fin d’année.'
  },
  {
    phrase: 'frapper les gros titres',
    expected: ['faire les gros titres', 'faire la une'],
    note: 'Word-for-word rendering of "hit the headlines"; French says "faire les gros titres" or "faire la une".',
    example: 'L’affaire a commencé à frapper les gros titres lorsque des documents internes ont révélé que la direction connaissait le défaut depuis 2019.',
    neighbour: 'L’affaire a commencé à faire les gros titres lorsque des documents internes ont révélé que la direction connaissait le défaut depuis 2019.'
  },
  {
    phrase: 'un haut historique',
    expected: ['un record historique', 'un plus haut historique'],
    note: 'Word-for-word rendering of "an all-time high"; French says "un plus haut historique" or "un record".',
    example: 'Porté par les résultats des fabricants de puces, l’indice a atteint mardi un haut historique avant de reculer légèrement en fin de séance.',
    neighbour: 'Porté par les résultats des fabricants de puces, l’indice a atteint mardi un plus haut historique avant de reculer légèrement en fin de séance.'
  },
  {
    phrase: 'un haut de tous les temps',
    expected: ['un plus haut historique', 'un record absolu'],
    note: 'Word-for-word rendering of "an all-time high"; French says "un plus haut historique" or "un record absolu".',
    example: 'Le cours de l’or a touché un haut de tous les temps cette semaine, les investisseurs cherchant des valeurs refuges face aux tensions commerciales.',
    neighbour: 'Le cours de l’or a touché un plus haut historique cette semaine, les investisseurs cherchant des valeurs refuges face aux tensions commerciales.'
  },
  {
    phrase: 'un bas de tous les temps',
    expected: ['un plus bas historique'],
    note: 'Word-for-word rendering of "an all-time low"; French says "un plus bas historique".',
    example: 'La confiance des ménages est tombée à un bas de tous les temps en octobre, selon l’enquête mensuelle publiée par l’institut de statistique.',
    neighbour: 'La confiance des ménages est tombée à un plus bas historique en octobre, selon l’enquête mensuelle publiée par l’institut de statistique.'
  },
  {
    phrase: 'marché de l’ours',
    expected: ['marché baissier'],
    note: 'Word-for-word rendering of "bear market"; French says "marché baissier".',
    example: 'Après une chute de vingt pour cent depuis son sommet, le Nasdaq est officiellement entré dans un marché de l’ours, selon les stratèges de la banque.',
    neighbour: 'Après une chute de vingt pour cent depuis son sommet, le Nasdaq est officiellement entré dans un marché baissier, selon les stratèges de la banque.'
  },
  {
    phrase: 'marché du taureau',
    expected: ['marché haussier'],
    note: 'Word-for-word rendering of "bull market"; French says "marché haussier".',
    example: 'Les gérants de fonds estiment que le marché du taureau peut encore durer deux ans si la banque centrale confirme la baisse de ses taux.',
    neighbour: 'Les gérants de fonds estiment que le marché haussier peut encore durer deux ans si la banque centrale confirme la baisse de ses taux.'
  },
  {
    phrase: 'vente de feu',
    expected: ['braderie', 'liquidation', 'vente au rabais'],
    note: 'Word-for-word rendering of "fire sale"; French says "braderie", "liquidation" or "vente au rabais".',
    example: 'Les actifs du groupe en faillite ont été cédés lors d’une véritable vente de feu, à des prix très inférieurs à leur valeur comptable.',
    neighbour: 'Les actifs du groupe en faillite ont été cédés lors d’une véritable braderie, à des prix très inférieurs à leur valeur comptable.',
    exact: true
  },
  {
    phrase: 'faire un meurtre',
    expected: ['faire fortune', 'gagner gros', 'rafler la mise'],
    note: 'Word-for-word rendering of "make a killing" (a big profit); French says "faire fortune", "gagner gros" or "se remplir les poches".',
    example: 'Les fonds spéculatifs qui avaient parié contre la banque ont pu faire un meurtre en Bourse lorsque l’action s’est effondrée en deux séances.',
    neighbour: 'Les fonds spéculatifs qui avaient parié contre la banque ont pu gagner gros en Bourse lorsque l’action s’est effondrée en deux séances.',
    near: ['Bourse', 'marché', 'marchés', 'action', 'actions', 'investisseurs', 'fonds', 'profits', 'bénéfices', 'spéculateurs'],
    window: 6
  },
  {
    phrase: 'sa valeur nette',
    expected: ['sa fortune'],
    note: 'Word-for-word rendering of "net worth" for a person; French says "sa fortune" or "son patrimoine".',
    example: 'Selon le classement de Forbes, sa valeur nette a doublé en un an grâce à l’envolée du titre de son entreprise de semi-conducteurs.',
    neighbour: 'Selon le classement de Forbes, sa fortune a doublé en un an grâce à l’envolée du titre de son entreprise de semi-conducteurs.',
    near: ['Forbes', 'Bloomberg', 'milliardaire', 'milliardaires', 'fortune', 'fortunes', 'classement'],
    window: 10
  },
  {
    phrase: 'gagnant prend tout',
    expected: ['le gagnant rafle la mise', 'le vainqueur remporte tout'],
    note: 'Word-for-word rendering of "winner takes all"; French says "le gagnant rafle la mise" or speaks of a market "où le premier emporte tout".',
    example: 'Dans ce secteur où le gagnant prend tout, les investisseurs préfèrent financer un seul champion plutôt que plusieurs concurrents de taille moyenne.',
    neighbour: 'Dans ce secteur où le gagnant rafle la mise, les investisseurs préfèrent financer un seul champion plutôt que plusieurs concurrents de taille moyenne.'
  },
  {
    phrase: 'taille unique pour tous',
    expected: ['universel', 'uniforme', 'passe-partout'],
    note: 'Word-for-word rendering of "one size fits all"; French says "universel", "uniforme" or "valable pour tous".',
    example: 'Les syndicats rejettent une solution de taille unique pour tous et réclament des accords adaptés à chaque métier et à chaque site.',
    neighbour: 'Les syndicats rejettent une solution uniforme et réclament des accords adaptés à chaque métier et à chaque site.'
  },
  {
    phrase: 'temps de qualité',
    expected: ['moments privilégiés', 'du temps ensemble'],
    note: 'Word-for-word rendering of "quality time"; French says "moments privilégiés" or "du temps de qualité passé ensemble".',
    example: 'Selon l’étude, les parents qui télétravaillent passent davantage de temps de qualité avec leurs enfants, sans pour autant réduire leurs heures de travail.',
    neighbour: 'Selon l’étude, les parents qui télétravaillent partagent davantage de moments privilégiés avec leurs enfants, sans pour autant réduire leurs heures de travail.'
  },
  {
    phrase: 'porter plusieurs chapeaux',
    expected: ['avoir plusieurs casquettes', 'cumuler les casquettes'],
    note: 'Word-for-word rendering of "wear many hats"; the French idiom uses "casquettes".',
    example: 'Dans une jeune entreprise, chaque salarié doit porter plusieurs chapeaux, passant du support client à la comptabilité dans la même journée.',
    neighbour: 'Dans une jeune entreprise, chaque salarié doit avoir plusieurs casquettes, passant du support client à la comptabilité dans la même journée.'
  },
  {
    phrase: 'le cerveau derrière',
    expected: ['le cerveau de', 'l’instigateur de', 'l’artisan de'],
    note: 'Word-for-word rendering of "the brains behind"; French says "le cerveau de" or "l’artisan de".',
    example: 'Le cerveau derrière la campagne de publicité virale est un ancien étudiant en design de vingt-trois ans, recruté il y a seulement six mois.',
    neighbour: 'Le cerveau de la campagne de publicité virale est un ancien étudiant en design de vingt-trois ans, recruté il y a seulement six mois.'
  },

  // News reporting
  {
    phrase: 'cité disant',
    expected: ['qui a déclaré', 'selon qui'],
    note: 'Word-for-word rendering of "quoted as saying"; French says "a déclaré" or "selon lui".',
    example: 'Le ministre a été cité disant que le gouvernement ne relèverait pas les impôts avant la fin du mandat, malgré la hausse du déficit.',
    neighbour: 'Le ministre a déclaré que le gouvernement ne relèverait pas les impôts avant la fin du mandat, malgré la hausse du déficit.'
  },
  {
    phrase: 'cité comme disant',
    expected: ['qui a déclaré', 'selon qui'],
    note: 'Word-for-word rendering of "quoted as saying"; French says "a déclaré" or "selon lui".',
    example: 'Le porte-parole est cité comme disant que l’entreprise coopère pleinement avec les enquêteurs et qu’aucune donnée bancaire n’a été dérobée.',
    neighbour: 'Le porte-parole a déclaré que l’entreprise coopère pleinement avec les enquêteurs et qu’aucune donnée bancaire n’a été dérobée.'
  },
  {
    phrase: 'familier avec',
    expected: ['proche du dossier', 'au fait du dossier'],
    note: 'Word-for-word rendering of "sources familiar with the matter"; French press says "source proche du dossier".',
    example: 'Selon trois personnes familières avec les négociations, le rachat pourrait être annoncé dès lundi pour un montant proche de dix milliards.',
    neighbour: 'Selon trois sources proches des négociations, le rachat pourrait être annoncé dès lundi pour un montant proche de dix milliards.',
    near: ['source', 'sources', 'personne', 'personnes', 'proches'],
    window: 4
  },
  {
    phrase: 'sur condition d’anonymat',
    expected: ['sous couvert d’anonymat', 'sous le couvert de l’anonymat'],
    note: 'Word-for-word rendering of "on condition of anonymity"; French says "sous couvert d’anonymat".',
    example: 'Un cadre de la banque, qui s’est exprimé sur condition d’anonymat, affirme que la direction connaissait les pertes depuis plusieurs mois.',
    neighbour: 'Un cadre de la banque, qui s’est exprimé sous couvert d’anonymat, affirme que la direction connaissait les pertes depuis plusieurs mois.'
  },
  {
    phrase: 'sur la condition de l’anonymat',
    expected: ['sous couvert d’anonymat', 'sous le couvert de l’anonymat'],
    note: 'Word-for-word rendering of "on the condition of anonymity"; French says "sous couvert d’anonymat".',
    example: 'Un diplomate européen, interrogé sur la condition de l’anonymat, estime que les discussions pourraient reprendre dès le mois prochain.',
    neighbour: 'Un diplomate européen, interrogé sous couvert d’anonymat, estime que les discussions pourraient reprendre dès le mois prochain.'
  },
  {
    phrase: 'aller viral',
    expected: ['devenir viral', 'faire le buzz'],
    note: 'Word-for-word rendering of "go viral"; French says "devenir viral" or "faire le buzz".',
    example: 'Il n’a fallu que quelques heures à la vidéo du directeur pour aller viral sur les réseaux sociaux, forçant l’entreprise à publier des excuses.',
    neighbour: 'Il n’a fallu que quelques heures à la vidéo du directeur pour devenir virale sur les réseaux sociaux, forçant l’entreprise à publier des excuses.'
  },
  {
    phrase: 'allé viral',
    expected: ['devenu viral', 'fait le buzz'],
    note: 'Word-for-word rendering of "went viral"; French says "est devenu viral" or "a fait le buzz".',
    example: 'Le message de la développeuse est allé viral en une nuit, cumulant plus de deux millions de vues et des milliers de réponses indignées.',
    neighbour: 'Le message de la développeuse est devenu viral en une nuit, cumulant plus de deux millions de vues et des milliers de réponses indignées.'
  },
  {
    phrase: 'briser l’internet',
    expected: ['enflammer les réseaux sociaux', 'faire le buzz'],
    note: 'Word-for-word rendering of "break the internet"; French says "enflammer les réseaux sociaux" or "faire le buzz".',
    example: 'La photo publiée par la chanteuse a failli briser l’internet, déclenchant des millions de partages et une avalanche de détournements humoristiques.',
    neighbour: 'La photo publiée par la chanteuse a enflammé les réseaux sociaux, déclenchant des millions de partages et une avalanche de détournements humoristiques.'
  },
  {
    phrase: 'est le nouveau noir',
    expected: ['est la nouvelle tendance', 'est à la mode'],
    note: 'Word-for-word rendering of "is the new black"; French says "est la nouvelle tendance" or "fait fureur".',
    example: 'Dans la Silicon Valley, la sobriété est le nouveau noir, et les fondateurs rivalisent désormais de frugalité dans leurs présentations aux investisseurs.',
    neighbour: 'Dans la Silicon Valley, la sobriété est la nouvelle tendance, et les fondateurs rivalisent désormais de frugalité dans leurs présentations aux investisseurs.'
  },
  {
    phrase: 'derrière des portes closes',
    expected: ['à huis clos', 'en coulisses'],
    note: 'Word-for-word rendering of "behind closed doors"; French says "à huis clos" or "à portes closes".',
    example: 'Les négociations sur le budget se sont poursuivies derrière des portes closes jusqu’à l’aube, sans qu’aucun compte rendu ne soit publié.',
    neighbour: 'Les négociations sur le budget se sont poursuivies à huis clos jusqu’à l’aube, sans qu’aucun compte rendu ne soit publié.'
  },
  {
    phrase: 'bottes sur le terrain',
    expected: ['troupes au sol', 'soldats sur le terrain'],
    note: 'Word-for-word rendering of "boots on the ground"; French says "troupes au sol" or "soldats sur le terrain".',
    example: 'Le président a exclu toute présence de bottes sur le terrain, mais n’a pas écarté l’envoi de conseillers militaires et de matériel.',
    neighbour: 'Le président a exclu tout envoi de troupes au sol, mais n’a pas écarté l’envoi de conseillers militaires et de matériel.'
  },
  {
    phrase: 'hors de la table',
    expected: ['exclu', 'écarté'],
    note: 'Word-for-word rendering of "off the table"; French says "exclu", "écarté" or "n’est plus d’actualité".',
    example: 'Le ministre a déclaré que toute hausse de la TVA était désormais hors de la table pour financer la réforme des retraites.',
    neighbour: 'Le ministre a déclaré que toute hausse de la TVA était désormais exclue pour financer la réforme des retraites.'
  },
  {
    phrase: 'l’éléphant dans la pièce',
    expected: ['le sujet tabou', 'le problème que personne n’ose aborder'],
    note: 'Word-for-word rendering of "the elephant in the room"; French says "le sujet tabou" or "le problème que tout le monde évite".',
    example: 'La dette publique reste l’éléphant dans la pièce de cette campagne, aucun candidat n’osant proposer de mesures d’économies précises.',
    neighbour: 'La dette publique reste le sujet tabou de cette campagne, aucun candidat n’osant proposer de mesures d’économies précises.'
  },
  {
    phrase: 'attaque cardiaque',
    expected: ['crise cardiaque', 'infarctus'],
    note: 'Calque of "heart attack"; French says "crise cardiaque" or "infarctus".',
    example: 'L’ancien dirigeant est mort d’une attaque cardiaque à l’âge de soixante-huit ans, quelques semaines seulement après avoir quitté la présidence du groupe.',
    neighbour: 'L’ancien dirigeant est mort d’une crise cardiaque à l’âge de soixante-huit ans, quelques semaines seulement après avoir quitté la présidence du groupe.'
  },

  // Idioms and set phrases
  {
    phrase: 'aux yeux écarquillés',
    expected: ['naïf', 'candide'],
    note: 'Rendering of "wide-eyed" (naive); in French "les yeux écarquillés" describes astonishment. French says "naïf" or "candide".',
    example: 'Ce n’était pas un débutant aux yeux écarquillés, puisqu’il avait déjà fondé deux entreprises avant de rejoindre le laboratoire.',
    neighbour: 'Ce n’était pas un débutant naïf, puisqu’il avait déjà fondé deux entreprises avant de rejoindre le laboratoire.',
    near: ['débutant', 'débutante', 'novice', 'novices', 'bleu', 'recrue', 'recrues', 'idéaliste', 'idéalistes', 'optimisme', 'stagiaire', 'naïf', 'naïveté'],
    window: 4
  },
  {
    phrase: 'aperçu sincère',
    expected: ['regard franc', 'témoignage sans fard'],
    note: 'Word-for-word rendering of "a candid look"; a glimpse cannot be "sincère". French says "un regard franc" or "un témoignage sans fard".',
    example: 'Dans un long billet de blog, l’ancien ingénieur offre un aperçu sincère des sacrifices exigés par le lancement du produit.',
    neighbour: 'Dans un long billet de blog, l’ancien ingénieur livre un témoignage sans fard des sacrifices exigés par le lancement du produit.'
  },
  {
    phrase: 'lutter contre un défi',
    expected: ['relever un défi', 'affronter un défi'],
    note: 'Rendering of "wrestle with a challenge"; French "relève" or "affronte" un défi, one does not "lutter contre" it.',
    example: 'La veille du lancement, l’équipe s’est retrouvée à lutter contre un défi technique imprévu qui menaçait de retarder toute la mise en ligne.',
    neighbour: 'La veille du lancement, l’équipe a dû affronter un défi technique imprévu qui menaçait de retarder toute la mise en ligne.'
  },
  {
    phrase: 'dupliquer les efforts',
    expected: ['faire double emploi', 'travailler en double'],
    note: 'Word-for-word rendering of "duplicate efforts"; French says "faire double emploi".',
    example: 'Faute de coordination, plusieurs équipes finissent par dupliquer les efforts et développent chacune leur propre outil de gestion des tâches.',
    neighbour: 'Faute de coordination, plusieurs équipes finissent par faire double emploi et développent chacune leur propre outil de gestion des tâches.'
  },
  {
    phrase: 'agir sur leurs idées',
    expected: ['concrétiser leurs idées', 'mettre en œuvre leurs idées'],
    note: 'Word-for-word rendering of "act on their ideas"; "agir sur" means to have an effect on. French says "concrétiser leurs idées".',
    example: 'Dans ce laboratoire, les doctorants ont rarement le budget nécessaire pour agir sur leurs idées sans l’accord du directeur.',
    neighbour: 'Dans ce laboratoire, les doctorants ont rarement le budget nécessaire pour concrétiser leurs idées sans l’accord du directeur.'
  },
  {
    phrase: 'agir sur ses idées',
    expected: ['concrétiser ses idées', 'mettre en œuvre ses idées'],
    note: 'Word-for-word rendering of "act on one’s ideas"; "agir sur" means to have an effect on. French says "concrétiser ses idées".',
    example: 'Le programme d’incubation aide chaque étudiant à agir sur ses idées en bénéficiant d’un financement et d’un mentor pendant un an.',
    neighbour: 'Le programme d’incubation aide chaque étudiant à concrétiser ses idées en bénéficiant d’un financement et d’un mentor pendant un an.'
  },
  {
    phrase: 'c’est un rappel que',
    expected: ['cela rappelle que', 'voilà qui rappelle que'],
    note: 'Word-for-word rendering of "it’s a reminder that"; French says "cela rappelle que" or "voilà qui rappelle que".',
    example: 'La panne de lundi a privé la ville d’électricité pendant six heures. C’est un rappel que le réseau vieillit plus vite qu’on ne l’entretient.',
    neighbour: 'La panne de lundi a privé la ville d’électricité pendant six heures. Cela rappelle que le réseau vieillit plus vite qu’on ne l’entretient.'
  },
  {
    phrase: 'un rappel brutal que',
    expected: ['un rappel brutal du fait que', 'rappelle brutalement que'],
    note: 'Word-for-word rendering of "a stark reminder that"; French says "rappelle brutalement que".',
    example: 'La panne géante de vendredi est un rappel brutal que toute l’économie dépend désormais d’une poignée de fournisseurs de services en ligne.',
    neighbour: 'La panne géante de vendredi rappelle brutalement que toute l’économie dépend désormais d’une poignée de fournisseurs de services en ligne.'
  },
  {
    phrase: 'sert de rappel que',
    expected: ['rappelle que'],
    note: 'Word-for-word rendering of "serves as a reminder that"; French says "rappelle que".',
    example: 'Cet incident sert de rappel que les sauvegardes doivent être testées régulièrement, et pas seulement configurées une fois pour toutes.',
    neighbour: 'Cet incident rappelle que les sauvegardes doivent être testées régulièrement, et pas seulement configurées une fois pour toutes.'
  },
  {
    phrase: 'unique dans une vie',
    expected: ['d’une vie', 'unique'],
    note: 'Word-for-word rendering of "once-in-a-lifetime"; French says "l’aventure d’une vie" or "une occasion unique".',
    example: 'Il décrit ces quatorze mois passés chez le fabricant de modèles comme une aventure unique dans une vie, malgré la fatigue et les nuits blanches.',
    neighbour: 'Il décrit ces quatorze mois passés chez le fabricant de modèles comme l’aventure d’une vie, malgré la fatigue et les nuits blanches.'
  },
  {
    phrase: 'mouvement rapide et de rupture',
    expected: ['« move fast and break things »', 'avancer vite quitte à tout casser'],
    note: 'Word-for-word rendering of Facebook’s motto "move fast and break things" as nouns; French keeps the motto or paraphrases it.',
    example: 'L’ambiance rappelle beaucoup la culture de mouvement rapide et de rupture qui régnait chez Facebook au cours de ses premières années.',
    neighbour: 'L’ambiance rappelle beaucoup la culture du « move fast and break things » qui régnait chez Facebook au cours de ses premières années.'
  },
  {
    phrase: 'mouvement rapide et rupture',
    expected: ['« move fast and break things »', 'avancer vite quitte à tout casser'],
    note: 'Word-for-word rendering of Facebook’s motto "move fast and break things"; French keeps the motto or paraphrases it.',
    example: 'Les nouveaux dirigeants veulent rompre avec la philosophie du mouvement rapide et rupture qui a valu tant de scandales à la plateforme.',
    neighbour: 'Les nouveaux dirigeants veulent rompre avec la philosophie consistant à avancer vite quitte à tout casser, qui a valu tant de scandales à la plateforme.'
  },
  {
    phrase: 'nouvellement frappé',
    expected: ['fraîchement diplômé', 'tout juste promu', 'tout nouveau'],
    note: 'Word-for-word rendering of "newly minted" (PhD, billionaire, unicorn); French says "fraîchement diplômé" or "tout nouveau".',
    example: 'Le laboratoire recrute chaque année une vingtaine de docteurs nouvellement frappés, souvent directement à la sortie des grandes universités américaines.',
    neighbour: 'Le laboratoire recrute chaque année une vingtaine de docteurs fraîchement diplômés, souvent directement à la sortie des grandes universités américaines.',
    near: ['docteur', 'docteurs', 'diplômé', 'diplômés', 'doctorat', 'doctorant', 'doctorants', 'milliardaire', 'milliardaires', 'licorne', 'licornes', 'ingénieur', 'ingénieurs'],
    window: 4
  },
  {
    phrase: 'fraîchement frappé',
    expected: ['fraîchement diplômé', 'tout nouveau'],
    note: 'Word-for-word rendering of "freshly minted" (graduate, billionaire); applied to people, French says "fraîchement diplômé" or "tout nouveau".',
    example: 'Le milliardaire fraîchement frappé a promis de consacrer une partie de sa fortune à la recherche sur les maladies rares.',
    neighbour: 'Le tout nouveau milliardaire a promis de consacrer une partie de sa fortune à la recherche sur les maladies rares.',
    near: ['docteur', 'docteurs', 'diplômé', 'diplômés', 'doctorat', 'milliardaire', 'milliardaires', 'licorne', 'licornes', 'ingénieur', 'ingénieurs'],
    window: 4
  },
  {
    phrase: 'plateforme de lancement',
    expected: ['tremplin'],
    note: 'Word-for-word rendering of "launchpad" in its figurative sense (for a career); French says "tremplin".',
    example: 'Pour de nombreux jeunes chercheurs, ce programme de bourses a servi de plateforme de lancement pour une carrière dans les grands laboratoires privés.',
    neighbour: 'Pour de nombreux jeunes chercheurs, ce programme de bourses a servi de tremplin pour une carrière dans les grands laboratoires privés.',
    near: ['carrière', 'carrières'],
    window: 8
  },
  {
    phrase: 'faire une différence dans la vie',
    expected: ['changer la vie', 'améliorer la vie'],
    note: 'Word-for-word rendering of "make a difference in the lives of"; French says "changer la vie de" or "améliorer le quotidien de".',
    example: 'La fondation affirme que ces petits prêts peuvent faire une différence dans la vie de milliers d’agriculteurs confrontés à la sécheresse.',
    neighbour: 'La fondation affirme que ces petits prêts peuvent changer la vie de milliers d’agriculteurs confrontés à la sécheresse.'
  },
  {
    phrase: 'fait une différence dans la vie',
    expected: ['change la vie', 'améliore la vie'],
    note: 'Word-for-word rendering of "makes a difference in the lives of"; French says "change la vie de" or "améliore le quotidien de".',
    example: 'Selon les infirmières, le nouveau dispositif de télésurveillance fait une différence dans la vie des patients diabétiques qui vivent loin de l’hôpital.',
    neighbour: 'Selon les infirmières, le nouveau dispositif de télésurveillance change la vie des patients diabétiques qui vivent loin de l’hôpital.'
  },
  {
    phrase: 'faire du sens',
    expected: ['avoir du sens', 'être logique', 'se tenir'],
    note: 'Calque of "make sense"; French says "avoir du sens" or "être logique".',
    example: 'Pour les analystes, ce rachat pourrait faire du sens si le groupe parvient à intégrer rapidement les équipes de recherche de sa cible.',
    neighbour: 'Pour les analystes, ce rachat pourrait avoir du sens si le groupe parvient à intégrer rapidement les équipes de recherche de sa cible.'
  },
  {
    phrase: 'fait du sens',
    expected: ['a du sens', 'est logique', 'se tient'],
    note: 'Calque of "makes sense"; French says "a du sens", "est logique" or "se tient".',
    example: 'Sur le papier, la stratégie fait du sens, mais les investisseurs attendent de voir les premiers résultats avant de se prononcer.',
    neighbour: 'Sur le papier, la stratégie se tient, mais les investisseurs attendent de voir les premiers résultats avant de se prononcer.'
  },
  {
    phrase: 'prendre place',
    expected: ['avoir lieu', 'se dérouler', 'se tenir'],
    note: 'Calque of "take place"; "prendre place" means to take a seat. French says "avoir lieu" or "se dérouler".',
    example: 'Organisé par la présidence suisse, le sommet prendra place à Genève en février, en présence d’une trentaine de chefs d’État.',
    neighbour: 'Organisé par la présidence suisse, le sommet aura lieu à Genève en février, en présence d’une trentaine de chefs d’État.',
    near: ['sommet', 'conférence', 'réunion', 'événement', 'cérémonie', 'élection', 'élections', 'salon', 'festival'],
    window: 2
  },
  {
    phrase: 'adresser un problème',
    expected: ['résoudre un problème', 'traiter un problème', 's’attaquer à un problème'],
    note: 'Calque of "address an issue"; "adresser" means to send. French says "résoudre", "traiter" or "s’attaquer à" un problème.',
    example: 'Le correctif publié jeudi vise à adresser un problème de sécurité découvert par un chercheur indépendant dans le module de paiement.',
    neighbour: 'Le correctif publié jeudi vise à corriger un problème de sécurité découvert par un chercheur indépendant dans le module de paiement.'
  },
  {
    phrase: 'adresser les problèmes',
    expected: ['régler les problèmes', 'traiter les problèmes', 's’attaquer aux problèmes'],
    note: 'Calque of "address the issue(s)"; "adresser" means to send. French says "régler", "traiter" or "s’attaquer au" problème.',
    example: 'Le gouvernement veut adresser les problèmes de logement étudiant avec un plan de construction de trente mille chambres d’ici cinq ans.',
    neighbour: 'Le gouvernement veut s’attaquer aux problèmes de logement étudiant avec un plan de construction de trente mille chambres d’ici cinq ans.'
  },
  {
    phrase: 'adresser ce problème',
    expected: ['régler ce problème', 'traiter ce problème', 's’attaquer à ce problème'],
    note: 'Calque of "address this issue"; "adresser" means to send. French says "régler", "traiter" or "s’attaquer à" ce problème.',
    example: 'Interrogée sur les retards de livraison, la direction a assuré qu’elle allait adresser ce problème en ouvrant un second entrepôt dans le Nord.',
    neighbour: 'Interrogée sur les retards de livraison, la direction a assuré qu’elle allait régler ce problème en ouvrant un second entrepôt dans le Nord.'
  },
  {
    phrase: 'adresser les préoccupations',
    expected: ['répondre aux préoccupations', 'prendre en compte les préoccupations'],
    note: 'Calque of "address the concerns"; French says "répondre aux préoccupations" or "dissiper les inquiétudes".',
    example: 'Le réseau social a modifié ses conditions d’utilisation pour adresser les préoccupations des régulateurs européens sur la protection des mineurs.',
    neighbour: 'Le réseau social a modifié ses conditions d’utilisation pour répondre aux préoccupations des régulateurs européens sur la protection des mineurs.'
  },
  {
    phrase: 'adresser les besoins',
    expected: ['répondre aux besoins'],
    note: 'Calque of "address the needs"; French says "répondre aux besoins".',
    example: 'La nouvelle offre cherche à adresser les besoins des entreprises de taille intermédiaire, longtemps négligées par les grands éditeurs de logiciels.',
    neighbour: 'La nouvelle offre cherche à répondre aux besoins des entreprises de taille intermédiaire, longtemps négligées par les grands éditeurs de logiciels.'
  },
  {
    phrase: 'adresser les défis',
    expected: ['relever les défis', 'faire face aux défis'],
    note: 'Calque of "address the challenges"; French says "relever les défis" or "faire face aux défis".',
    example: 'Le plan présenté par la Commission entend adresser les défis posés par le vieillissement de la population et la pénurie de soignants.',
    neighbour: 'Le plan présenté par la Commission entend relever les défis posés par le vieillissement de la population et la pénurie de soignants.'
  },
  {
    phrase: 'au bout de la journée',
    expected: ['en fin de compte', 'au bout du compte'],
    note: 'Word-for-word rendering of "at the end of the day" (ultimately); French says "en fin de compte" or "au bout du compte".',
    example: 'Au bout de la journée, ce qui compte pour les clients, c’est le prix du forfait et la qualité du réseau dans leur quartier.',
    neighbour: 'En fin de compte, ce qui compte pour les clients, c’est le prix du forfait et la qualité du réseau dans leur quartier.',
    near: ['compte', 'comptent', 'importe', 'importent', 'essentiel'],
    window: 8
  },
  {
    phrase: 'à la fin de la journée',
    expected: ['en fin de compte', 'au bout du compte'],
    note: 'Word-for-word rendering of "at the end of the day" when it means "ultimately"; French says "en fin de compte". The literal evening sense is left alone.',
    example: 'À la fin de la journée, ce qui importe aux électeurs, c’est leur pouvoir d’achat bien plus que les querelles internes du parti.',
    neighbour: 'En fin de compte, ce qui importe aux électeurs, c’est leur pouvoir d’achat bien plus que les querelles internes du parti.',
    near: ['compte', 'comptent', 'importe', 'importent', 'essentiel'],
    window: 6
  },
  {
    phrase: 'à la fin du jour',
    expected: ['en fin de compte', 'au bout du compte'],
    note: 'Word-for-word rendering of "at the end of the day" (ultimately); French says "en fin de compte".',
    example: 'À la fin du jour, ce qui compte pour un investisseur, c’est la capacité de l’entreprise à dégager des bénéfices réguliers.',
    neighbour: 'Au bout du compte, ce qui compte pour un investisseur, c’est la capacité de l’entreprise à dégager des bénéfices réguliers.',
    near: ['compte', 'comptent', 'importe', 'importent', 'essentiel'],
    window: 6
  },
  {
    phrase: 'tomber en amour',
    expected: ['tomber amoureux'],
    note: 'Calque of "fall in love"; French says "tomber amoureux".',
    example: 'Le fondateur raconte être tombé en amour avec la programmation à douze ans, en recopiant des jeux vidéo publiés dans des magazines.',
    neighbour: 'Le fondateur raconte être tombé amoureux de la programmation à douze ans, en recopiant des jeux vidéo publiés dans des magazines.'
  },
  {
    phrase: 'confortable avec',
    expected: ['à l’aise avec'],
    note: 'Calque of "comfortable with" for a person’s attitude; in French, objects are "confortables", people are "à l’aise".',
    example: 'De nombreux dirigeants ne sont pas encore confortables avec l’idée de confier des décisions de recrutement à un logiciel d’intelligence artificielle.',
    neighbour: 'De nombreux dirigeants ne sont pas encore à l’aise avec l’idée de confier des décisions de recrutement à un logiciel d’intelligence artificielle.',
    near: ['idée', 'l’idée', 'décision', 'décisions', 'risque', 'risques', 'changement', 'incertitude', 'ambiguïté'],
    window: 4
  },
  {
    phrase: 'prendre pour acquis',
    expected: ['tenir pour acquis', 'considérer comme acquis'],
    note: 'Calque of "take for granted"; French says "tenir pour acquis" or "considérer comme acquis".',
    example: 'Les utilisateurs ont tendance à prendre pour acquis la gratuité des services en ligne, sans mesurer la valeur des données qu’ils cèdent.',
    neighbour: 'Les utilisateurs ont tendance à tenir pour acquise la gratuité des services en ligne, sans mesurer la valeur des données qu’ils cèdent.'
  },
  {
    phrase: 'pris pour acquis',
    expected: ['tenu pour acquis', 'considéré comme acquis'],
    note: 'Calque of "taken for granted"; French says "tenu pour acquis" or "considéré comme acquis".',
    example: 'Pendant des années, le gouvernement a pris pour acquis l’approvisionnement en gaz bon marché, sans diversifier ses fournisseurs.',
    neighbour: 'Pendant des années, le gouvernement a tenu pour acquis l’approvisionnement en gaz bon marché, sans diversifier ses fournisseurs.'
  },
  {
    phrase: 'à l’effet que',
    expected: ['selon lequel', 'selon laquelle', 'voulant que'],
    note: 'Calque of "to the effect that"; French says "selon lequel" or "voulant que".',
    example: 'Les rumeurs à l’effet que le groupe préparerait une vente de sa filiale européenne ont fait bondir le titre de six pour cent.',
    neighbour: 'Les rumeurs selon lesquelles le groupe préparerait une vente de sa filiale européenne ont fait bondir le titre de six pour cent.'
  },
  {
    phrase: 'en autant que',
    expected: ['pour autant que', 'pourvu que', 'dans la mesure où'],
    note: 'Calque of "insofar as"; French says "pour autant que", "pourvu que" or "dans la mesure où".',
    example: 'Le télétravail restera autorisé en autant que les objectifs de l’équipe soient atteints et que les réunions hebdomadaires soient respectées.',
    neighbour: 'Le télétravail restera autorisé pourvu que les objectifs de l’équipe soient atteints et que les réunions hebdomadaires soient respectées.'
  },
  {
    phrase: 'faire une décision',
    expected: ['prendre une décision'],
    note: 'Calque of "make a decision"; French says "prendre une décision".',
    example: 'Le conseil d’administration doit faire une décision sur l’avenir de l’usine avant la fin du mois, sous la pression des syndicats.',
    neighbour: 'Le conseil d’administration doit prendre une décision sur l’avenir de l’usine avant la fin du mois, sous la pression des syndicats.'
  },
  {
    phrase: 'demander une question',
    expected: ['poser une question'],
    note: 'Calque of "ask a question"; French says "poser une question".',
    example: 'Pendant la conférence de presse, une journaliste a tenté de demander une question sur les licenciements, mais le micro lui a été retiré.',
    neighbour: 'Pendant la conférence de presse, une journaliste a tenté de poser une question sur les licenciements, mais le micro lui a été retiré.'
  },
  {
    phrase: 'payer attention',
    expected: ['faire attention', 'prêter attention'],
    note: 'Calque of "pay attention"; French says "faire attention" or "prêter attention".',
    example: 'Les experts conseillent de payer attention aux autorisations demandées par les applications, surtout celles qui accèdent au micro et aux contacts.',
    neighbour: 'Les experts conseillent de prêter attention aux autorisations demandées par les applications, surtout celles qui accèdent au micro et aux contacts.'
  },
  {
    phrase: 'retourner un appel',
    expected: ['rappeler', 'répondre à un appel'],
    note: 'Calque of "return a call"; French says "rappeler".',
    example: 'Le service client promet désormais de retourner un appel sous deux heures, contre deux jours en moyenne l’an dernier.',
    neighbour: 'Le service client promet désormais de rappeler sous deux heures, contre deux jours en moyenne l’an dernier.'
  },
  {
    phrase: 'retourner les appels',
    expected: ['rappeler', 'répondre aux appels'],
    note: 'Calque of "return calls"; French says "rappeler" or "répondre aux appels".',
    example: 'Le cabinet du ministre n’a pas voulu retourner les appels de notre journal, malgré plusieurs messages laissés depuis lundi matin.',
    neighbour: 'Le cabinet du ministre n’a pas voulu rappeler notre journal, malgré plusieurs messages laissés depuis lundi matin.'
  },
  {
    phrase: 'donner une présentation',
    expected: ['faire une présentation', 'faire un exposé'],
    note: 'Calque of "give a presentation"; French says "faire une présentation" or "faire un exposé".',
    example: 'La chercheuse doit donner une présentation de ses travaux sur les batteries au sodium lors du salon de l’innovation de Lyon.',
    neighbour: 'La chercheuse doit faire une présentation de ses travaux sur les batteries au sodium lors du salon de l’innovation de Lyon.'
  },
  {
    phrase: 'prendre une chance',
    expected: ['prendre un risque', 'tenter sa chance'],
    note: 'Calque of "take a chance"; French says "prendre un risque" or "tenter sa chance".',
    example: 'Les investisseurs hésitent à prendre une chance sur une entreprise qui n’a encore jamais dégagé le moindre chiffre d’affaires.',
    neighbour: 'Les investisseurs hésitent à prendre un risque sur une entreprise qui n’a encore jamais dégagé le moindre chiffre d’affaires.'
  },
  {
    phrase: 'les chances sont que',
    expected: ['il y a de fortes chances que', 'il est probable que'],
    note: 'Calque of "chances are that"; French says "il y a de fortes chances que" or "il est probable que".',
    example: 'Si vous possédez un téléphone récent, les chances sont que vos données de localisation soient partagées avec une dizaine de sociétés publicitaires.',
    neighbour: 'Si vous possédez un téléphone récent, il y a de fortes chances que vos données de localisation soient partagées avec une dizaine de sociétés publicitaires.'
  },
  {
    phrase: 'la raison pourquoi',
    expected: ['la raison pour laquelle'],
    note: 'Calque of "the reason why"; French says "la raison pour laquelle".',
    example: 'La raison pourquoi les ventes ont reculé tient surtout à la hausse des taux d’intérêt, selon le directeur commercial du promoteur.',
    neighbour: 'La raison pour laquelle les ventes ont reculé tient surtout à la hausse des taux d’intérêt, selon le directeur commercial du promoteur.'
  },
  {
    phrase: 'la raison est parce que',
    expected: ['c’est parce que', 'la raison en est que'],
    note: 'Calque of "the reason is because"; French says "c’est parce que" or "la raison en est que".',
    example: 'Si les prix de l’électricité restent élevés, la raison est parce que les centrales à gaz fixent encore le prix marginal sur le marché.',
    neighbour: 'Si les prix de l’électricité restent élevés, c’est parce que les centrales à gaz fixent encore le prix marginal sur le marché.'
  },
  {
    phrase: 'sous l’impression que',
    expected: ['avoir l’impression que'],
    note: 'Calque of "under the impression that"; French says "avoir l’impression que".',
    example: 'Beaucoup de clients étaient sous l’impression que leur abonnement serait résilié automatiquement à la fin de la période d’essai gratuite.',
    neighbour: 'Beaucoup de clients avaient l’impression que leur abonnement serait résilié automatiquement à la fin de la période d’essai gratuite.'
  },
  {
    phrase: 'à toutes fins pratiques',
    expected: ['en pratique', 'pratiquement', 'à toutes fins utiles'],
    note: 'Calque of "for all practical purposes"; French says "en pratique" or "pratiquement".',
    example: 'Avec ce nouveau règlement, l’importation de ces puces vers la Chine devient à toutes fins pratiques impossible pour les fabricants européens.',
    neighbour: 'Avec ce nouveau règlement, l’importation de ces puces vers la Chine devient pratiquement impossible pour les fabricants européens.'
  },
  {
    phrase: 'à l’année longue',
    expected: ['toute l’année', 'à longueur d’année'],
    note: 'Calque of "all year long"; French says "toute l’année" or "à longueur d’année".',
    example: 'La station de ski veut désormais attirer des touristes à l’année longue grâce à un parc de vélo de montagne et un centre de bien-être.',
    neighbour: 'La station de ski veut désormais attirer des touristes toute l’année grâce à un parc de vélo de montagne et un centre de bien-être.'
  },
  {
    phrase: 'plus souvent qu’autrement',
    expected: ['le plus souvent', 'la plupart du temps'],
    note: 'Calque of "more often than not"; French says "le plus souvent" or "la plupart du temps".',
    example: 'Plus souvent qu’autrement, les fuites de données proviennent d’une erreur humaine plutôt que d’une attaque informatique sophistiquée.',
    neighbour: 'La plupart du temps, les fuites de données proviennent d’une erreur humaine plutôt que d’une attaque informatique sophistiquée.'
  },
  {
    phrase: 'jusqu’à date',
    expected: ['jusqu’à présent', 'à ce jour'],
    note: 'Calque of "to date"; French says "jusqu’à présent" or "à ce jour".',
    example: 'Jusqu’à date, aucune plainte n’a été déposée contre le fabricant, mais plusieurs associations de consommateurs étudient le dossier.',
    neighbour: 'À ce jour, aucune plainte n’a été déposée contre le fabricant, mais plusieurs associations de consommateurs étudient le dossier.'
  },
  {
    phrase: 'l’insulte à l’injure',
    expected: ['pour couronner le tout', 'pour ne rien arranger'],
    note: 'Word-for-word rendering of "add insult to injury"; French says "pour couronner le tout" or "pour ne rien arranger".',
    example: 'Pour ajouter l’insulte à l’injure, les clients privés de réseau pendant trois jours ont reçu une facture majorée le mois suivant.',
    neighbour: 'Pour couronner le tout, les clients privés de réseau pendant trois jours ont reçu une facture majorée le mois suivant.'
  },
  {
    phrase: 'au meilleur de',
    expected: [],
    note: 'Calque of "to the best of (my knowledge, our abilities)"; French says "à ma connaissance" or "de mon mieux".',
    example: 'Au meilleur de nos connaissances, aucune donnée personnelle n’a été consultée par les pirates, a indiqué la direction dans un communiqué.',
    neighbour: 'À notre connaissance, aucune donnée personnelle n’a été consultée par les pirates, a indiqué la direction dans un communiqué.',
    near: ['connaissance', 'connaissances', 'capacité', 'capacités', 'habileté', 'habiletés'],
    window: 3
  },
  {
    phrase: 'aussi loin que je sache',
    expected: ['pour autant que je sache', 'à ma connaissance'],
    note: 'Calque of "as far as I know"; French says "pour autant que je sache" or "à ma connaissance".',
    example: 'Aussi loin que je sache, aucun autre constructeur n’a obtenu l’homologation de ce système de conduite autonome en Europe.',
    neighbour: 'Pour autant que je sache, aucun autre constructeur n’a obtenu l’homologation de ce système de conduite autonome en Europe.'
  },
  {
    phrase: 'aussi loin que',
    expected: [],
    note: 'Calque of "as far as (X) is concerned"; French says "en ce qui concerne" or "pour ce qui est de".',
    example: 'Aussi loin que les actionnaires sont concernés, la priorité reste le versement du dividende promis lors de la dernière assemblée générale.',
    neighbour: 'En ce qui concerne les actionnaires, la priorité reste le versement du dividende promis lors de la dernière assemblée générale.',
    near: ['concerné', 'concernée', 'concernés', 'concernées'],
    window: 6
  },
  {
    phrase: 'un couple de',
    expected: ['quelques', 'deux ou trois'],
    note: 'Calque of "a couple of" (a few); French says "quelques" or "deux ou trois". "Un couple" is a pair of partners.',
    example: 'La panne a duré un couple de jours seulement, mais elle a suffi à bloquer les paiements par carte dans la plupart des supermarchés.',
    neighbour: 'La panne a duré quelques jours seulement, mais elle a suffi à bloquer les paiements par carte dans la plupart des supermarchés.',
    near: ['jour', 'jours', 'semaine', 'semaines', 'mois', 'heure', 'heures', 'minute', 'minutes', 'année', 'années', 'fois'],
    window: 3
  },
  {
    phrase: 'un couple d’heures',
    expected: ['quelques heures', 'deux ou trois heures'],
    note: 'Calque of "a couple of hours" (a few); French says "quelques heures". "Un couple" is a pair of partners.',
    example: 'Les techniciens ont mis un couple d’heures à rétablir le service, pendant lesquelles aucun client ne pouvait accéder à son compte en ligne.',
    neighbour: 'Les techniciens ont mis quelques heures à rétablir le service, pendant lesquelles aucun client ne pouvait accéder à son compte en ligne.',
    exact: true
  },
  {
    phrase: 'adresser le problème',
    expected: ['régler le problème', 'traiter le problème', 's’attaquer au problème'],
    note: 'Calque of "address the issue"; "adresser" means to send. French says "régler", "traiter" or "s’attaquer au" problème.',
    example: 'Les syndicats reprochent à la direction de ne jamais adresser le problème des cadences, malgré la hausse des arrêts maladie dans les entrepôts.',
    neighbour: 'Les syndicats reprochent à la direction de ne jamais traiter le problème des cadences, malgré la hausse des arrêts maladie dans les entrepôts.'
  },
  {
    phrase: 'penser en dehors de la boîte',
    expected: ['sortir des sentiers battus', 'faire preuve d’originalité'],
    note: 'Word-for-word rendering of "think outside the box"; French says "sortir des sentiers battus" or "sortir du cadre".',
    example: 'Le nouveau directeur de l’innovation demande à ses équipes de penser en dehors de la boîte pour réinventer l’expérience en magasin.',
    neighbour: 'Le nouveau directeur de l’innovation demande à ses équipes de sortir des sentiers battus pour réinventer l’expérience en magasin.'
  },
  {
    phrase: 'hors de la boîte',
    expected: ['hors des sentiers battus', 'hors du cadre'],
    note: 'Word-for-word rendering of "outside the box"; French says "hors des sentiers battus" or "sortir du cadre".',
    example: 'Le concours récompense les étudiants capables d’une réflexion hors de la boîte sur la mobilité urbaine et la logistique du dernier kilomètre.',
    neighbour: 'Le concours récompense les étudiants capables d’une réflexion hors des sentiers battus sur la mobilité urbaine et la logistique du dernier kilomètre.',
    near: ['penser', 'pensée', 'réflexion', 'réfléchir', 'idée', 'idées', 'innover', 'innovation', 'créativité', 'créatif'],
    window: 4
  },
  {
    phrase: 'dernier mais pas le moindre',
    expected: ['enfin et surtout', 'dernier, et non des moindres'],
    note: 'Word-for-word rendering of "last but not least"; French says "enfin et surtout" or "dernier point, et non des moindres".',
    example: 'Dernier mais pas le moindre, le téléphone intègre une batterie capable de tenir deux jours complets sans recharge, selon le fabricant.',
    neighbour: 'Enfin et surtout, le téléphone intègre une batterie capable de tenir deux jours complets sans recharge, selon le fabricant.'
  },
  {
    phrase: 'la planche à dessin',
    expected: ['la case départ', 'tout reprendre à zéro'],
    note: 'Word-for-word rendering of "back to the drawing board"; French says "retour à la case départ" or "tout reprendre à zéro".',
    example: 'Après le rejet du projet par la commission, les ingénieurs doivent retourner à la planche à dessin et revoir entièrement le tracé de la ligne.',
    neighbour: 'Après le rejet du projet par la commission, les ingénieurs doivent repartir de zéro et revoir entièrement le tracé de la ligne.',
    near: ['retour', 'retourner', 'revenir', 'retourne', 'revient', 'retournent', 'reviennent'],
    window: 3
  },
  {
    phrase: 'bouger l’aiguille',
    expected: ['faire bouger les choses', 'peser dans la balance'],
    note: 'Word-for-word rendering of "move the needle"; French says "faire bouger les choses" or "avoir un effet notable".',
    example: 'Ces petites économies ne suffiront pas à bouger l’aiguille, estime l’économiste, tant le déficit de l’assurance maladie s’est creusé.',
    neighbour: 'Ces petites économies ne suffiront pas à faire bouger les choses, estime l’économiste, tant le déficit de l’assurance maladie s’est creusé.'
  },
  {
    phrase: 'fruits à portée de main',
    expected: ['gains faciles', 'victoires rapides'],
    note: 'Word-for-word rendering of "low-hanging fruit"; French says "gains faciles" or "victoires rapides".',
    example: 'Le cabinet recommande de commencer par les fruits à portée de main, comme la renégociation des contrats d’énergie et la réduction des déplacements.',
    neighbour: 'Le cabinet recommande de commencer par les gains faciles, comme la renégociation des contrats d’énergie et la réduction des déplacements.'
  },
  {
    phrase: 'fruits les plus bas',
    expected: ['gains les plus faciles', 'victoires rapides'],
    note: 'Word-for-word rendering of "lowest-hanging fruit"; French says "les gains les plus faciles".',
    example: 'Les assureurs ont déjà cueilli les fruits les plus bas de l’automatisation et s’attaquent désormais aux tâches de gestion des sinistres.',
    neighbour: 'Les assureurs ont déjà engrangé les gains les plus faciles de l’automatisation et s’attaquent désormais aux tâches de gestion des sinistres.'
  },
  {
    phrase: 'frapper le sol en courant',
    expected: ['être opérationnel d’emblée', 'être immédiatement opérationnel'],
    note: 'Word-for-word rendering of "hit the ground running"; French says "être opérationnel d’emblée" or "démarrer sur les chapeaux de roue".',
    example: 'La nouvelle ministre devra frapper le sol en courant, avec un budget à présenter au Parlement moins de trois semaines après sa nomination.',
    neighbour: 'La nouvelle ministre devra être opérationnelle d’emblée, avec un budget à présenter au Parlement moins de trois semaines après sa nomination.'
  },
  {
    phrase: 'pas fait la coupe',
    expected: ['pas été retenu', 'pas été sélectionné'],
    note: 'Word-for-word rendering of "didn’t make the cut"; French says "n’a pas été retenu".',
    example: 'Trois des dix projets présélectionnés n’ont pas fait la coupe finale, faute de garanties suffisantes sur leur financement à long terme.',
    neighbour: 'Trois des dix projets présélectionnés n’ont pas été retenus à l’issue de la sélection finale, faute de garanties suffisantes sur leur financement à long terme.'
  },
  {
    phrase: 'boîte de vers',
    expected: ['boîte de Pandore', 'guêpier'],
    note: 'Word-for-word rendering of "can of worms"; French says "boîte de Pandore" or "guêpier".',
    example: 'En rouvrant le dossier des retraites, le gouvernement risque d’ouvrir une boîte de vers dont il aura du mal à sortir avant les élections.',
    neighbour: 'En rouvrant le dossier des retraites, le gouvernement risque d’ouvrir la boîte de Pandore, dont il aura du mal à sortir avant les élections.'
  },
  {
    phrase: 'courte liste',
    expected: ['liste restreinte', 'présélection'],
    note: 'Word-for-word rendering of "shortlist"; French says "liste restreinte" or "présélection".',
    example: 'Le roman figure sur la courte liste du prix, aux côtés de quatre autres finalistes qui seront départagés par le jury en novembre.',
    neighbour: 'Le roman figure dans la sélection finale du prix, aux côtés de quatre autres finalistes qui seront départagés par le jury en novembre.',
    near: ['candidat', 'candidats', 'candidate', 'candidates', 'finaliste', 'finalistes', 'jury', 'présélection', 'nominé', 'nominés'],
    window: 8
  },
  {
    phrase: 'prendre ça facile',
    expected: ['y aller doucement', 'se ménager'],
    note: 'Word-for-word rendering of "take it easy"; French says "y aller doucement", "se ménager" or "lever le pied".',
    example: 'Après son opération, le patron du groupe a promis à ses médecins de prendre ça facile pendant quelques semaines, sans renoncer à ses réunions.',
    neighbour: 'Après son opération, le patron du groupe a promis à ses médecins de lever le pied pendant quelques semaines, sans renoncer à ses réunions.'
  },
  {
    phrase: 'prendre action',
    expected: ['agir', 'passer à l’action', 'prendre des mesures'],
    note: 'Calque of "take action"; French says "agir", "passer à l’action" or "prendre des mesures".',
    example: 'Les associations exhortent les autorités à prendre action contre les logements insalubres avant l’arrivée de l’hiver et de la prochaine vague de froid.',
    neighbour: 'Les associations exhortent les autorités à agir contre les logements insalubres avant l’arrivée de l’hiver et de la prochaine vague de froid.'
  },
  {
    phrase: 'prendre des actions pour',
    expected: ['prendre des mesures pour', 'agir pour'],
    note: 'Calque of "take actions to"; French says "prendre des mesures pour".',
    example: 'L’opérateur s’est engagé à prendre des actions pour limiter les coupures de réseau dans les zones rurales les plus touchées cet été.',
    neighbour: 'L’opérateur s’est engagé à prendre des mesures pour limiter les coupures de réseau dans les zones rurales les plus touchées cet été.'
  },
  {
    phrase: 'l’emphase sur',
    expected: ['l’accent sur'],
    note: 'Calque of "put emphasis on"; "emphase" means grandiloquence. French says "mettre l’accent sur".',
    example: 'Le nouveau programme scolaire met l’emphase sur l’apprentissage du code et de l’esprit critique face aux contenus générés par l’IA.',
    neighbour: 'Le nouveau programme scolaire met l’accent sur l’apprentissage du code et de l’esprit critique face aux contenus générés par l’IA.'
  },
  {
    phrase: 'faire face à la musique',
    expected: ['assumer les conséquences', 'affronter les conséquences'],
    note: 'Word-for-word rendering of "face the music"; French says "assumer les conséquences" or "rendre des comptes".',
    example: 'Après la révélation des comptes truqués, les anciens dirigeants devront faire face à la musique devant le tribunal correctionnel de Paris.',
    neighbour: 'Après la révélation des comptes truqués, les anciens dirigeants devront rendre des comptes devant le tribunal correctionnel de Paris.'
  },
  {
    phrase: 'prendre un pas en arrière',
    expected: ['prendre du recul', 'faire un pas en arrière'],
    note: 'Calque of "take a step back"; French says "prendre du recul".',
    example: 'Avant de signer le contrat, la direction a préféré prendre un pas en arrière pour évaluer les risques juridiques liés aux données de santé.',
    neighbour: 'Avant de signer le contrat, la direction a préféré prendre du recul pour évaluer les risques juridiques liés aux données de santé.'
  },
  {
    phrase: 'sur la même page',
    expected: ['sur la même longueur d’onde', 'd’accord'],
    note: 'Word-for-word rendering of "on the same page"; French says "sur la même longueur d’onde" or "d’accord". Literal pages are left alone.',
    example: 'Avant d’annoncer la fusion, les deux équipes dirigeantes doivent s’assurer qu’elles sont bien sur la même page concernant les suppressions de postes.',
    neighbour: 'Avant d’annoncer la fusion, les deux équipes dirigeantes doivent s’assurer qu’elles sont bien sur la même longueur d’onde concernant les suppressions de postes.',
    near: ['équipes', 'collègues', 'partenaires', 'dirigeants', 'dirigeantes', 'associés', 'actionnaires', 'alliés'],
    window: 6
  },
  {
    phrase: 'en ligne avec',
    expected: ['conforme à', 'en phase avec', 'dans la lignée de'],
    note: 'Calque of "in line with"; French says "conforme à", "en phase avec" or "dans la lignée de". "En ligne" means online.',
    example: 'Le chiffre d’affaires du trimestre est en ligne avec les attentes des analystes, mais la marge opérationnelle déçoit une nouvelle fois.',
    neighbour: 'Le chiffre d’affaires du trimestre est conforme aux attentes des analystes, mais la marge opérationnelle déçoit une nouvelle fois.',
    near: ['attentes', 'prévisions', 'objectifs', 'stratégie', 'valeurs', 'consensus', 'estimations', 'engagements', 'recommandations'],
    window: 4
  },
  {
    phrase: 'apporter à la table',
    expected: ['apporter'],
    note: 'Word-for-word rendering of "bring to the table"; French says "apporter" or "mettre au service de".',
    example: 'La nouvelle administratrice va apporter à la table une solide expérience de la cybersécurité, acquise pendant quinze ans dans le secteur bancaire.',
    neighbour: 'La nouvelle administratrice va apporter une solide expérience de la cybersécurité, acquise pendant quinze ans dans le secteur bancaire.',
    near: ['expertise', 'expérience', 'compétences', 'valeur', 'idées', 'perspective', 'savoir-faire', 'vision', 'connaissances'],
    window: 6
  },
  {
    phrase: 'marcher le discours',
    expected: ['joindre le geste à la parole', 'passer des paroles aux actes'],
    note: 'Word-for-word rendering of "walk the talk"; French says "joindre le geste à la parole".',
    example: 'Les investisseurs attendent maintenant que l’entreprise commence à marcher le discours sur le climat en réduisant vraiment ses émissions.',
    neighbour: 'Les investisseurs attendent maintenant que l’entreprise joigne le geste à la parole sur le climat en réduisant vraiment ses émissions.'
  },
  {
    phrase: 'prendre le plancher',
    expected: ['prendre la parole'],
    note: 'Calque of "take the floor"; French says "prendre la parole".',
    example: 'Lorsque la ministre a voulu prendre le plancher devant l’assemblée, plusieurs députés de l’opposition ont quitté la salle en signe de protestation.',
    neighbour: 'Lorsque la ministre a voulu prendre la parole devant l’assemblée, plusieurs députés de l’opposition ont quitté la salle en signe de protestation.'
  },
  {
    phrase: 'au prochain niveau',
    expected: ['à un niveau supérieur', 'à la vitesse supérieure'],
    note: 'Word-for-word rendering of "take it to the next level"; French says "passer à la vitesse supérieure" or "franchir un cap".',
    example: 'Grâce à cette levée de fonds, la start-up espère amener son activité au prochain niveau en ouvrant des bureaux à Berlin et à Madrid.',
    neighbour: 'Grâce à cette levée de fonds, la start-up espère franchir un cap en ouvrant des bureaux à Berlin et à Madrid.',
    near: ['amener', 'emmener', 'porter', 'propulser', 'élever', 'passer'],
    window: 4
  },
  {
    phrase: 'avec un grain de sel',
    expected: ['avec des pincettes', 'avec prudence'],
    note: 'Word-for-word rendering of "with a grain of salt"; French says "avec des pincettes".',
    example: 'Ces chiffres publiés par l’entreprise elle-même sont à prendre avec un grain de sel, aucun audit indépendant n’ayant été réalisé.',
    neighbour: 'Ces chiffres publiés par l’entreprise elle-même sont à prendre avec des pincettes, aucun audit indépendant n’ayant été réalisé.'
  },
  {
    phrase: 'donner une main',
    expected: ['donner un coup de main'],
    note: 'Calque of "give a hand"; French says "donner un coup de main".',
    example: 'Des centaines de bénévoles sont venus donner une main aux agriculteurs sinistrés pour déblayer les champs après les inondations de la semaine dernière.',
    neighbour: 'Des centaines de bénévoles sont venus donner un coup de main aux agriculteurs sinistrés pour déblayer les champs après les inondations de la semaine dernière.'
  },
  {
    phrase: 'avoir un bon temps',
    expected: ['passer du bon temps', 'passer un bon moment'],
    note: 'Calque of "have a good time"; French says "passer du bon temps" or "passer un bon moment".',
    example: 'Le festival veut que les familles puissent avoir un bon temps sans se ruiner, avec des concerts gratuits et une restauration à petits prix.',
    neighbour: 'Le festival veut que les familles puissent passer un bon moment sans se ruiner, avec des concerts gratuits et une restauration à petits prix.'
  },
  {
    phrase: 'passer un bon temps',
    expected: ['passer un bon moment', 'passer du bon temps'],
    note: 'Calque of "have a good time"; French says "passer un bon moment" or "passer du bon temps".',
    example: 'Les organisateurs promettent aux visiteurs de passer un bon temps grâce aux nombreuses animations prévues pour les enfants pendant tout le week-end.',
    neighbour: 'Les organisateurs promettent aux visiteurs de passer un bon moment grâce aux nombreuses animations prévues pour les enfants pendant tout le week-end.'
  },
  {
    phrase: 'la lumière verte',
    expected: ['le feu vert'],
    note: 'Word-for-word rendering of "the green light" (approval); French says "le feu vert".',
    example: 'Le régulateur américain a donné la lumière verte au rachat, à condition que le groupe cède deux de ses usines en Europe.',
    neighbour: 'Le régulateur américain a donné son feu vert au rachat, à condition que le groupe cède deux de ses usines en Europe.',
    near: ['donner', 'donné', 'donne', 'obtenir', 'obtenu', 'reçu', 'recevoir', 'accorder', 'accordé'],
    window: 3
  },
  {
    phrase: 'la dernière paille',
    expected: ['la goutte d’eau qui fait déborder le vase'],
    note: 'Word-for-word rendering of "the last straw"; French says "la goutte d’eau qui fait déborder le vase".',
    example: 'La suppression des primes de fin d’année a été la dernière paille pour les salariés, qui ont voté la grève à une large majorité.',
    neighbour: 'La suppression des primes de fin d’année a été la goutte d’eau qui fait déborder le vase pour les salariés, qui ont voté la grève à une large majorité.'
  },
  {
    phrase: 'appeler ça un jour',
    expected: ['en rester là', 's’arrêter là'],
    note: 'Word-for-word rendering of "call it a day"; French says "en rester là" or "s’arrêter là".',
    example: 'Après trente ans à la tête du groupe familial, le fondateur veut appeler ça un jour et confier les rênes à sa fille.',
    neighbour: 'Après trente ans à la tête du groupe familial, le fondateur veut passer la main et confier les rênes à sa fille.'
  },
  {
    phrase: 'un rocher et un endroit dur',
    expected: ['le marteau et l’enclume'],
    note: 'Word-for-word rendering of "between a rock and a hard place"; French says "entre le marteau et l’enclume".',
    example: 'Coincée entre un rocher et un endroit dur, la banque centrale doit choisir entre soutenir la croissance et freiner l’inflation.',
    neighbour: 'Coincée entre le marteau et l’enclume, la banque centrale doit choisir entre soutenir la croissance et freiner l’inflation.'
  },
  {
    phrase: 'au-dessus et au-delà',
    expected: ['bien au-delà', 'au-delà de ce qui était demandé'],
    note: 'Word-for-word rendering of "above and beyond"; French says "bien au-delà" or "au-delà de ce qui était attendu".',
    example: 'Les pompiers sont allés au-dessus et au-delà de leur mission en relogeant eux-mêmes les familles évacuées pendant la nuit.',
    neighbour: 'Les pompiers sont allés bien au-delà de leur mission en relogeant eux-mêmes les familles évacuées pendant la nuit.'
  },
  {
    phrase: 'des chats et des chiens',
    expected: ['des cordes', 'à verse'],
    note: 'Word-for-word rendering of "it’s raining cats and dogs"; French says "il pleut des cordes" or "il pleut à verse".',
    example: 'Il pleuvait des chats et des chiens sur Marseille lundi matin, provoquant des inondations dans plusieurs stations de métro du centre-ville.',
    neighbour: 'Il pleuvait des cordes sur Marseille lundi matin, provoquant des inondations dans plusieurs stations de métro du centre-ville.',
    near: ['pleuvoir', 'pleut', 'pleuvait', 'pleuvra', 'pluie', 'plu'],
    window: 3
  },
  {
    phrase: 'un bras et une jambe',
    expected: ['les yeux de la tête', 'une fortune'],
    note: 'Word-for-word rendering of "cost an arm and a leg"; French says "coûter les yeux de la tête" or "coûter une fortune".',
    example: 'Une place de parking dans le centre de Londres coûte désormais un bras et une jambe, jusqu’à cent cinquante mille livres à l’achat.',
    neighbour: 'Une place de parking dans le centre de Londres coûte désormais les yeux de la tête, jusqu’à cent cinquante mille livres à l’achat.',
    near: ['coûter', 'coûte', 'coûtent', 'coûté', 'coûtait', 'coûtera', 'payer', 'payé', 'prix'],
    window: 4
  },
  {
    phrase: 'tuer deux oiseaux d’une pierre',
    expected: ['faire d’une pierre deux coups'],
    note: 'Word-for-word rendering of "kill two birds with one stone"; French says "faire d’une pierre deux coups".',
    example: 'Avec cette réforme, le gouvernement espère tuer deux oiseaux d’une pierre en réduisant le déficit et en encourageant la rénovation énergétique.',
    neighbour: 'Avec cette réforme, le gouvernement espère faire d’une pierre deux coups en réduisant le déficit et en encourageant la rénovation énergétique.'
  },
  {
    phrase: 'tuer deux oiseaux avec une pierre',
    expected: ['faire d’une pierre deux coups'],
    note: 'Word-for-word rendering of "kill two birds with one stone"; French says "faire d’une pierre deux coups".',
    example: 'Le constructeur croit pouvoir tuer deux oiseaux avec une pierre en transformant son ancienne usine en centre de recyclage de batteries.',
    neighbour: 'Le constructeur croit pouvoir faire d’une pierre deux coups en transformant son ancienne usine en centre de recyclage de batteries.'
  },
  {
    phrase: 'le ciel est la limite',
    expected: ['tout est possible', 'il n’y a pas de limite'],
    note: 'Word-for-word rendering of "the sky is the limit"; French says "tout est possible" or "rien n’est impossible".',
    example: 'Pour le patron de la start-up spatiale, le ciel est la limite, et il promet déjà des vols commerciaux vers la Lune avant 2030.',
    neighbour: 'Pour le patron de la start-up spatiale, rien n’est impossible, et il promet déjà des vols commerciaux vers la Lune avant 2030.'
  },
  {
    phrase: 'le mile supplémentaire',
    expected: ['un effort supplémentaire', 'se surpasser'],
    note: 'Word-for-word rendering of "go the extra mile"; French says "faire un effort supplémentaire" or "se surpasser".',
    example: 'Le service client de l’enseigne est réputé pour faire le mile supplémentaire, allant jusqu’à livrer lui-même les colis égarés le dimanche.',
    neighbour: 'Le service client de l’enseigne est réputé pour se surpasser, allant jusqu’à livrer lui-même les colis égarés le dimanche.'
  },
  {
    phrase: 'rouler avec les coups',
    expected: ['encaisser les coups', 's’adapter'],
    note: 'Word-for-word rendering of "roll with the punches"; French says "encaisser les coups" or "faire le dos rond".',
    example: 'Habituée aux crises, la compagnie aérienne a appris à rouler avec les coups, réduisant ses vols dès les premiers signes de ralentissement.',
    neighbour: 'Habituée aux crises, la compagnie aérienne a appris à faire le dos rond, réduisant ses vols dès les premiers signes de ralentissement.'
  },
  {
    phrase: 'dans le long terme',
    expected: ['à long terme', 'à la longue'],
    note: 'Calque of "in the long run/term"; French says "à long terme" or "à la longue".',
    example: 'Dans le long terme, les économistes estiment que l’automatisation créera davantage d’emplois qualifiés qu’elle n’en supprimera dans l’industrie.',
    neighbour: 'À long terme, les économistes estiment que l’automatisation créera davantage d’emplois qualifiés qu’elle n’en supprimera dans l’industrie.'
  },
  {
    phrase: 'les yeux sur le prix',
    expected: ['le cap', 'l’objectif en ligne de mire'],
    note: 'Word-for-word rendering of "keep your eyes on the prize"; French says "garder le cap" or "ne pas perdre de vue l’objectif".',
    example: 'Malgré les critiques, la présidente de la région garde les yeux sur le prix et maintient son projet de ligne ferroviaire à grande vitesse.',
    neighbour: 'Malgré les critiques, la présidente de la région garde le cap et maintient son projet de ligne ferroviaire à grande vitesse.',
    near: ['garder', 'garde', 'gardez', 'gardons', 'gardent', 'rester', 'fixer'],
    window: 3
  },
  {
    phrase: 'au-dessus de cela',
    expected: ['en plus', 'de surcroît', 'qui plus est'],
    note: 'Word-for-word rendering of "on top of that"; French says "en plus", "de surcroît" or "qui plus est".',
    example: 'Au-dessus de cela, les locataires devront payer une nouvelle taxe sur les ordures ménagères, votée par le conseil municipal en juin.',
    neighbour: 'De surcroît, les locataires devront payer une nouvelle taxe sur les ordures ménagères, votée par le conseil municipal en juin.'
  },
  {
    phrase: 'mes deux cents',
    expected: ['mon grain de sel'],
    note: 'Word-for-word rendering of "my two cents"; French says "mon grain de sel" or "mon avis".',
    example: 'Je voudrais ajouter mes deux cents à ce débat sur la réforme des retraites, qui oublie trop souvent les travailleurs indépendants.',
    neighbour: 'Je voudrais ajouter mon grain de sel à ce débat sur la réforme des retraites, qui oublie trop souvent les travailleurs indépendants.',
    near: ['ajouter', 'donner', 'apporter', 'mettre', 'avis', 'opinion'],
    window: 4
  },
  {
    phrase: 'tout le monde et son chien',
    expected: ['tout le monde', 'le monde entier'],
    note: 'Word-for-word rendering of "everyone and their dog"; French says "tout le monde" or "le monde entier".',
    example: 'Aujourd’hui, tout le monde et son chien lance son propre assistant conversationnel, si bien que les investisseurs commencent à se lasser.',
    neighbour: 'Aujourd’hui, tout le monde lance son propre assistant conversationnel, si bien que les investisseurs commencent à se lasser.'
  },
  {
    phrase: 'pas une grande affaire',
    expected: ['pas grave', 'pas un drame'],
    note: 'Word-for-word rendering of "no big deal"; French says "ce n’est pas grave" or "ce n’est pas un drame".',
    example: 'Pour le directeur technique, la fuite de ces adresses électroniques n’est pas une grande affaire, car aucun mot de passe n’a été dérobé.',
    neighbour: 'Pour le directeur technique, la fuite de ces adresses électroniques n’est pas grave, car aucun mot de passe n’a été dérobé.'
  },
  {
    phrase: 'une grande affaire de',
    expected: ['toute une histoire de', 'tout un plat de'],
    note: 'Word-for-word rendering of "make a big deal of"; French says "faire toute une histoire de" or "en faire tout un plat".',
    example: 'Le porte-parole reproche aux médias de faire une grande affaire de ce simple retard de livraison, qui ne concerne que quelques centaines de clients.',
    neighbour: 'Le porte-parole reproche aux médias de faire toute une histoire de ce simple retard de livraison, qui ne concerne que quelques centaines de clients.',
    near: ['faire', 'fait', 'font', 'faisait'],
    window: 2
  },
  {
    phrase: 'rouge à lèvres sur un cochon',
    expected: ['simple ravalement de façade', 'maquiller la réalité'],
    note: 'Word-for-word rendering of "lipstick on a pig"; French says "un simple ravalement de façade" or "maquiller la réalité".',
    example: 'Pour l’opposition, ce nouveau plan d’économies revient à mettre du rouge à lèvres sur un cochon, sans rien changer au fond du problème.',
    neighbour: 'Pour l’opposition, ce nouveau plan d’économies n’est qu’un simple ravalement de façade, sans rien changer au fond du problème.'
  },
  {
    phrase: 'une longue histoire courte',
    expected: ['bref', 'pour faire court', 'en résumé'],
    note: 'Word-for-word rendering of "to make a long story short"; French says "bref", "pour faire court" ou "en résumé".',
    example: 'Pour faire une longue histoire courte, le projet a été abandonné après trois ans de développement et près de quarante millions d’euros dépensés.',
    neighbour: 'Pour faire court, le projet a été abandonné après trois ans de développement et près de quarante millions d’euros dépensés.'
  },
  {
    phrase: 'pas de la science des fusées',
    expected: ['pas sorcier', 'pas compliqué'],
    note: 'Word-for-word rendering of "it’s not rocket science"; French says "ce n’est pas sorcier".',
    example: 'Sécuriser un réseau domestique, ce n’est pas de la science des fusées, mais la plupart des utilisateurs ne changent jamais le mot de passe du routeur.',
    neighbour: 'Sécuriser un réseau domestique, ce n’est pas sorcier, mais la plupart des utilisateurs ne changent jamais le mot de passe du routeur.'
  },
  {
    phrase: 'pour dire le moins',
    expected: ['c’est le moins qu’on puisse dire'],
    note: 'Word-for-word rendering of "to say the least"; French says "c’est le moins qu’on puisse dire".',
    example: 'L’accueil réservé par les syndicats au projet de réforme a été glacial, pour dire le moins, et une grève est déjà prévue jeudi.',
    neighbour: 'L’accueil réservé par les syndicats au projet de réforme a été glacial, c’est le moins qu’on puisse dire, et une grève est déjà prévue jeudi.'
  },
  {
    phrase: 'premières choses d’abord',
    expected: ['commençons par le commencement', 'chaque chose en son temps'],
    note: 'Word-for-word rendering of "first things first"; French says "commençons par le commencement" or "chaque chose en son temps".',
    example: 'Premières choses d’abord, explique la nouvelle directrice, il faut rétablir la confiance des clients avant de lancer le moindre produit.',
    neighbour: 'Commençons par le commencement, explique la nouvelle directrice, il faut rétablir la confiance des clients avant de lancer le moindre produit.'
  },
  {
    phrase: 'moment de l’ampoule',
    expected: ['éclair de génie', 'illumination'],
    note: 'Word-for-word rendering of "light-bulb moment"; French says "éclair de génie" or "illumination".',
    example: 'Le fondateur raconte avoir eu son moment de l’ampoule en voyant sa grand-mère peiner à utiliser une application bancaire sur sa tablette.',
    neighbour: 'Le fondateur raconte avoir eu un éclair de génie en voyant sa grand-mère peiner à utiliser une application bancaire sur sa tablette.'
  },
  {
    phrase: 'étirer la vérité',
    expected: ['arranger la vérité', 'travestir la vérité'],
    note: 'Word-for-word rendering of "stretch the truth"; French says "arranger la vérité" or "enjoliver les faits".',
    example: 'Selon les vérificateurs, le candidat a tendance à étirer la vérité lorsqu’il évoque son bilan économique à la tête de la région.',
    neighbour: 'Selon les vérificateurs, le candidat a tendance à arranger la vérité lorsqu’il évoque son bilan économique à la tête de la région.'
  },
  {
    phrase: 'pire cas de scénario',
    expected: ['pire scénario', 'dans le pire des cas'],
    note: 'Word-for-word rendering of "worst-case scenario"; French says "le pire scénario" or "le scénario du pire".',
    example: 'Dans le pire cas de scénario, la pénurie de puces pourrait priver les constructeurs de deux millions de véhicules produits cette année.',
    neighbour: 'Dans le pire des scénarios, la pénurie de puces pourrait priver les constructeurs de deux millions de véhicules produits cette année.'
  },
  {
    phrase: 'en avance sur la courbe',
    expected: ['en avance sur son temps', 'à la pointe'],
    note: 'Word-for-word rendering of "ahead of the curve"; French says "en avance sur son temps" or "à la pointe".',
    example: 'Avec sa stratégie de recyclage lancée dès 2015, le groupe se trouvait largement en avance sur la courbe par rapport à ses concurrents.',
    neighbour: 'Avec sa stratégie de recyclage lancée dès 2015, le groupe se trouvait largement en avance par rapport à ses concurrents.'
  },
  {
    phrase: 'derrière la courbe',
    expected: ['en retard', 'à la traîne'],
    note: 'Word-for-word rendering of "behind the curve"; French says "en retard" or "à la traîne".',
    example: 'Les banques traditionnelles restent derrière la courbe en matière de paiement mobile, laissant les néobanques conquérir les jeunes clients.',
    neighbour: 'Les banques traditionnelles restent à la traîne en matière de paiement mobile, laissant les néobanques conquérir les jeunes clients.'
  },
  {
    phrase: 'pousser l’enveloppe',
    expected: ['repousser les limites'],
    note: 'Word-for-word rendering of "push the envelope"; French says "repousser les limites".',
    example: 'Le constructeur continue de pousser l’enveloppe avec un moteur électrique capable de tenir huit cents kilomètres sans recharge.',
    neighbour: 'Le constructeur continue de repousser les limites avec un moteur électrique capable de tenir huit cents kilomètres sans recharge.'
  },
  {
    phrase: 'options ouvertes',
    expected: ['portes ouvertes'],
    note: 'Word-for-word rendering of "keep one’s options open"; French says "ne fermer aucune porte" or "se laisser toutes les portes ouvertes".',
    example: 'La direction préfère garder ses options ouvertes et n’exclut ni une vente de la filiale ni une introduction en Bourse l’an prochain.',
    neighbour: 'La direction préfère ne fermer aucune porte et n’exclut ni une vente de la filiale ni une introduction en Bourse l’an prochain.',
    near: ['garder', 'garde', 'gardent', 'laisser', 'laisse', 'conserver'],
    window: 3
  },
  {
    phrase: 'clair comme du cristal',
    expected: ['clair comme de l’eau de roche', 'limpide'],
    note: 'Word-for-word rendering of "crystal clear"; French says "clair comme de l’eau de roche" or "limpide".',
    example: 'Le message envoyé par les électeurs est clair comme du cristal, estime le politologue, qui y voit un rejet massif de la réforme.',
    neighbour: 'Le message envoyé par les électeurs est limpide, estime le politologue, qui y voit un rejet massif de la réforme.'
  },
  {
    phrase: 'hors de sa ligue',
    expected: ['hors de sa portée', 'pas à sa portée'],
    note: 'Word-for-word rendering of "out of one’s league"; French says "hors de sa portée" or "pas dans la même catégorie".',
    example: 'Face aux géants américains, la petite entreprise semblait hors de sa ligue, mais elle a remporté l’appel d’offres grâce à son prix.',
    neighbour: 'Face aux géants américains, la petite entreprise ne semblait pas de taille, mais elle a remporté l’appel d’offres grâce à son prix.'
  },
  {
    phrase: 'sur ses orteils',
    expected: ['sur le qui-vive', 'en alerte'],
    note: 'Word-for-word rendering of "keep someone on their toes"; French says "sur le qui-vive".',
    example: 'La concurrence des start-up chinoises garde Samsung sur ses orteils et l’oblige à baisser ses prix chaque trimestre.',
    neighbour: 'La concurrence des start-up chinoises maintient Samsung sur le qui-vive et l’oblige à baisser ses prix chaque trimestre.',
    near: ['garder', 'garde', 'gardent', 'rester', 'reste', 'tenir', 'tient'],
    window: 4
  },
  {
    phrase: 'marcher sur les orteils',
    expected: ['marcher sur les plates-bandes', 'empiéter sur le terrain'],
    note: 'Word-for-word rendering of "step on someone’s toes"; French says "marcher sur les plates-bandes de" or "empiéter sur le terrain de".',
    example: 'Le nouveau ministre délégué devra éviter de marcher sur les orteils de ses collègues de Bercy, jaloux de leurs prérogatives budgétaires.',
    neighbour: 'Le nouveau ministre délégué devra éviter de marcher sur les plates-bandes de ses collègues de Bercy, jaloux de leurs prérogatives budgétaires.'
  },
  {
    phrase: 'la main supérieure',
    expected: ['le dessus', 'l’avantage'],
    note: 'Word-for-word rendering of "the upper hand"; French says "avoir le dessus" or "prendre l’avantage".',
    example: 'Dans ce bras de fer commercial, Pékin semble avoir pris la main supérieure grâce à son contrôle des métaux rares indispensables aux batteries.',
    neighbour: 'Dans ce bras de fer commercial, Pékin semble avoir pris l’avantage grâce à son contrôle des métaux rares indispensables aux batteries.'
  },
  {
    phrase: 'choses par le livre',
    expected: ['choses dans les règles', 'choses selon les règles'],
    note: 'Word-for-word rendering of "do things by the book"; French says "faire les choses dans les règles".',
    example: 'Le nouveau directeur financier veut faire les choses par le livre et a commandé un audit complet des comptes des trois dernières années.',
    neighbour: 'Le nouveau directeur financier veut faire les choses dans les règles et a commandé un audit complet des comptes des trois dernières années.'
  },
  {
    phrase: 'vue d’oiseau',
    expected: ['vue d’ensemble', 'vue à vol d’oiseau'],
    note: 'Word-for-word rendering of "bird’s-eye view"; French says "vue à vol d’oiseau" or, figuratively, "vue d’ensemble".',
    example: 'Le tableau de bord offre aux dirigeants une vue d’oiseau de l’activité de toutes les filiales, mise à jour en temps réel.',
    neighbour: 'Le tableau de bord offre aux dirigeants une vue d’ensemble de l’activité de toutes les filiales, mise à jour en temps réel.'
  },
  {
    phrase: 'd’accord pour ne pas être d’accord',
    expected: ['convenir de leur désaccord', 'rester chacun sur ses positions'],
    note: 'Word-for-word rendering of "agree to disagree"; French says "convenir de leur désaccord" or "rester chacun sur ses positions".',
    example: 'Après trois heures de discussion, les deux ministres se sont mis d’accord pour ne pas être d’accord sur le calendrier de la réforme.',
    neighbour: 'Après trois heures de discussion, les deux ministres ont pris acte de leur désaccord sur le calendrier de la réforme.'
  },
  {
    phrase: 'de la main à la bouche',
    expected: ['au jour le jour', 'chichement'],
    note: 'Word-for-word rendering of "living hand to mouth"; French says "vivre au jour le jour" or "tirer le diable par la queue".',
    example: 'Selon l’étude, un ménage sur cinq vit de la main à la bouche et ne dispose d’aucune épargne pour faire face à une dépense imprévue.',
    neighbour: 'Selon l’étude, un ménage sur cinq vit au jour le jour et ne dispose d’aucune épargne pour faire face à une dépense imprévue.'
  },
  {
    phrase: 'tirer la prise sur',
    expected: ['mettre fin à', 'arrêter', 'débrancher'],
    note: 'Word-for-word rendering of "pull the plug on"; French says "mettre fin à", "arrêter" or "débrancher".',
    example: 'Faute de rentabilité, le groupe a décidé de tirer la prise sur son service de streaming musical, lancé il y a à peine deux ans.',
    neighbour: 'Faute de rentabilité, le groupe a décidé de mettre fin à son service de streaming musical, lancé il y a à peine deux ans.'
  },
  {
    phrase: 'appeler les coups',
    expected: ['mener la danse', 'prendre les décisions'],
    note: 'Word-for-word rendering of "call the shots"; French says "mener la danse" or "tenir les rênes".',
    example: 'Depuis l’entrée du fonds au capital, ce sont les investisseurs qui semblent appeler les coups, au grand dam des fondateurs de l’entreprise.',
    neighbour: 'Depuis l’entrée du fonds au capital, ce sont les investisseurs qui semblent mener la danse, au grand dam des fondateurs de l’entreprise.'
  },
  {
    phrase: 'courir le spectacle',
    expected: ['tenir les rênes', 'mener la barque'],
    note: 'Word-for-word rendering of "run the show"; French says "tenir les rênes" or "mener la barque".',
    example: 'Officiellement retiré des affaires, le fondateur continue pourtant de courir le spectacle depuis son bureau de Genève, selon plusieurs cadres.',
    neighbour: 'Officiellement retiré des affaires, le fondateur continue pourtant de tenir les rênes depuis son bureau de Genève, selon plusieurs cadres.'
  }
]
