import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * French false friends: words that machine translation picks because they
 * look like the English word, in a sense French does not give them. Most are
 * fine French words in their own sense (`éventuellement`, `librairie`,
 * `décade`), so each entry is either a phrase that only the wrong sense
 * produces or is anchored to the context that shows the wrong sense.
 * Senses that French has adopted (`réaliser` for a project, `supporter` a
 * team, `impacter`, `digital`, `global`, `opportunité`) are left out.
 */
export const entries: readonly PhraseEntry[] = [
  // éventuellement, actuellement, définitivement, ultimement
  {
    phrase: 'finir éventuellement par',
    expected: ['finir par'],
    note: '"Eventually" rendered as "éventuellement", which means "possibly" in French; "finir par" already says "eventually".',
    example: 'Après des mois de négociations tendues, le groupe pharmaceutique finira éventuellement par accepter les conditions imposées par la Commission européenne.',
    neighbour: 'Après des mois de négociations tendues, le groupe pharmaceutique finira par accepter les conditions imposées par la Commission européenne, éventuellement assorties de délais.'
  },
  {
    phrase: 'est éventuellement devenu',
    expected: ['est finalement devenu', 'a fini par devenir'],
    note: '"Eventually became" rendered with "éventuellement", which means "possibly" in French; French says "est finalement devenu" or "a fini par devenir".',
    example: 'Le petit projet lancé par deux étudiants est éventuellement devenu l’un des logiciels libres les plus utilisés dans les centres de données du monde entier.',
    neighbour: 'Le petit projet lancé par deux étudiants est finalement devenu l’un des logiciels libres les plus utilisés dans les centres de données du monde entier.'
  },
  {
    phrase: 's’est actuellement passé',
    expected: ['s’est réellement passé', 's’est vraiment passé'],
    note: '"What actually happened" rendered with "actuellement", which means "currently" in French; French says "réellement" or "vraiment".',
    example: 'Les enquêteurs tentent encore de comprendre ce qui s’est actuellement passé dans la salle des serveurs pendant les quarante minutes de la panne.',
    neighbour: 'Les enquêteurs tentent encore de comprendre ce qui s’est réellement passé dans la salle des serveurs pendant les quarante minutes de la panne.'
  },
  {
    phrase: 'actuellement fonctionné',
    expected: ['vraiment fonctionné', 'effectivement fonctionné'],
    note: '"It actually worked" rendered with "actuellement", which means "currently" in French; French says "a vraiment fonctionné" or "a bel et bien fonctionné".',
    example: 'À la surprise générale, le correctif improvisé pendant la nuit a actuellement fonctionné, et le site a pu rouvrir avant l’arrivée des premiers clients.',
    neighbour: 'À la surprise générale, le correctif improvisé pendant la nuit a bel et bien fonctionné, et le site a pu rouvrir avant l’arrivée des premiers clients.',
    exact: true
  },
  {
    phrase: 'est définitivement un',
    expected: ['est assurément un', 'est sans aucun doute un'],
    note: '"Is definitely a" rendered with "définitivement", which means "permanently, for good" in French; French says "assurément" or "sans aucun doute".',
    example: 'Avec son autonomie de deux jours et son écran lumineux, ce téléphone est définitivement un des meilleurs choix du marché à moins de quatre cents euros.',
    neighbour: 'Avec son autonomie de deux jours et son écran lumineux, ce téléphone est assurément un des meilleurs choix du marché à moins de quatre cents euros.'
  },
  {
    phrase: 'est définitivement une',
    expected: ['est assurément une', 'est sans aucun doute une'],
    note: '"Is definitely a" rendered with "définitivement", which means "permanently, for good" in French; French says "assurément" or "sans aucun doute".',
    example: 'Pour les analystes, la sortie de ce modèle gratuit est définitivement une mauvaise nouvelle pour les éditeurs qui vendent des abonnements coûteux.',
    neighbour: 'Pour les analystes, la sortie de ce modèle gratuit est sans aucun doute une mauvaise nouvelle pour les éditeurs qui vendent des abonnements coûteux.'
  },
  {
    phrase: 'originalement',
    expected: ['initialement', 'à l’origine'],
    note: '"Originally" rendered as "originalement", which means "in an original way" in French; French says "initialement" or "à l’origine".',
    example: 'Le lancement du satellite, originalement prévu pour le mois de mars, a été repoussé à l’automne en raison d’un problème sur le lanceur.',
    neighbour: 'Le lancement du satellite, initialement prévu pour le mois de mars, a été repoussé à l’automne en raison d’un problème sur le lanceur.',
    exact: true,
    near: ['prévu', 'prévue', 'prévus', 'prévues', 'conçu', 'conçue', 'conçus', 'publié', 'publiée', 'annoncé', 'annoncée', 'lancé', 'lancée', 'destiné', 'destinée', 'développé', 'développée', 'créé', 'créée', 'écrit', 'écrite'],
    window: 2
  },

  // réaliser, assumer, compréhensif, consistant, sensible…
  {
    phrase: 'réaliser qu’il',
    expected: ['se rendre compte qu’il', 'comprendre qu’il', 'prendre conscience qu’il'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'Le fondateur raconte avoir réalisé qu’il avait sous-estimé la difficulté de recruter des ingénieurs spécialisés en dehors de la région parisienne.',
    neighbour: 'Le fondateur raconte s’être rendu compte qu’il avait sous-estimé la difficulté de recruter des ingénieurs spécialisés en dehors de la région parisienne.'
  },
  {
    phrase: 'réaliser qu’elle',
    expected: ['se rendre compte qu’elle', 'comprendre qu’elle', 'prendre conscience qu’elle'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'La banque a fini par réaliser qu’elle ne pourrait pas tenir ses objectifs de rentabilité sans fermer une partie de ses agences.',
    neighbour: 'La banque a fini par comprendre qu’elle ne pourrait pas tenir ses objectifs de rentabilité sans fermer une partie de ses agences.'
  },
  {
    phrase: 'réaliser qu’ils',
    expected: ['se rendre compte qu’ils', 'comprendre qu’ils', 'prendre conscience qu’ils'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'Beaucoup d’abonnés ont réalisé qu’ils payaient encore pour des services de streaming qu’ils n’utilisaient plus depuis des mois.',
    neighbour: 'Beaucoup d’abonnés se sont rendu compte qu’ils payaient encore pour des services de streaming qu’ils n’utilisaient plus depuis des mois.'
  },
  {
    phrase: 'réaliser que nous',
    expected: ['se rendre compte que nous', 'comprendre que nous', 'prendre conscience que nous'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'Nous avons réalisé que nous perdions un client sur trois à cause de la lenteur de notre application mobile, explique la directrice.',
    neighbour: 'Nous nous sommes rendu compte que nous perdions un client sur trois à cause de la lenteur de notre application mobile, explique la directrice.'
  },
  {
    phrase: 'réaliser que je',
    expected: ['se rendre compte que je', 'comprendre que je', 'prendre conscience que je'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'En lisant les premiers retours des utilisateurs, j’ai réalisé que je m’étais complètement trompé sur le public visé, reconnaît-il.',
    neighbour: 'En lisant les premiers retours des utilisateurs, j’ai compris que je m’étais complètement trompé sur le public visé, reconnaît-il.'
  },
  {
    phrase: 'réaliser qu’on',
    expected: ['se rendre compte qu’on', 'comprendre qu’on', 'prendre conscience qu’on'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'Il faut réaliser qu’on ne pourra pas décarboner l’industrie lourde sans une électricité abondante et bon marché, souligne l’économiste.',
    neighbour: 'Il faut comprendre qu’on ne pourra pas décarboner l’industrie lourde sans une électricité abondante et bon marché, souligne l’économiste.'
  },
  {
    phrase: 'réaliser que c’était',
    expected: ['se rendre compte que c’était', 'comprendre que c’était', 'prendre conscience que c’était'],
    note: '"Realise that" rendered with "réaliser" (to carry out, to make real); the Académie française recommends "se rendre compte" or "prendre conscience". Only the clause with a subject is flagged, as "ne réaliser que" (to make only) is correct.',
    example: 'Les enquêteurs ont mis des semaines à réaliser que c’était un ancien salarié qui avait conservé ses accès au réseau interne.',
    neighbour: 'Les enquêteurs ont mis des semaines à comprendre que c’était un ancien salarié qui avait conservé ses accès au réseau interne.'
  },
  {
    phrase: 'assumer que',
    expected: ['supposer que', 'présumer que', 'partir du principe que'],
    note: '"Assume that" rendered with "assumer" (to take on, to accept responsibility for); French says "supposer que" or "partir du principe que".',
    example: 'Les modèles financiers de la start-up semblent assumer que la croissance des abonnements restera supérieure à cinquante pour cent pendant cinq ans.',
    neighbour: 'Les modèles financiers de la start-up semblent supposer que la croissance des abonnements restera supérieure à cinquante pour cent pendant cinq ans.'
  },
  {
    phrase: 'compréhensif',
    expected: ['complet', 'exhaustif', 'détaillé'],
    note: '"Comprehensive" rendered as "compréhensif", which means "understanding, tolerant" in French; French says "complet" or "exhaustif".',
    example: 'L’agence a publié un guide compréhensif sur la protection des données personnelles à destination des petites entreprises et des associations.',
    neighbour: 'L’agence a publié un guide complet sur la protection des données personnelles à destination des petites entreprises et des associations.',
    near: ['guide', 'guides', 'rapport', 'rapports', 'liste', 'listes', 'couverture', 'documentation', 'panorama', 'inventaire', 'aperçu', 'bilan', 'tutoriel', 'catalogue'],
    window: 1
  },
  {
    phrase: 'consistant avec',
    expected: ['cohérent avec', 'conforme à', 'compatible avec'],
    note: '"Consistent with" rendered as "consistant avec"; "consistant" means "thick, substantial" in French. French says "cohérent avec" or "conforme à".',
    example: 'Selon les enquêteurs, le témoignage du pilote n’est pas consistant avec les données enregistrées par les boîtes noires de l’appareil.',
    neighbour: 'Selon les enquêteurs, le témoignage du pilote n’est pas cohérent avec les données enregistrées par les boîtes noires de l’appareil.',
    near: ['données', 'résultats', 'hypothèse', 'conclusions', 'déclarations', 'valeurs', 'stratégie', 'observations', 'témoignage', 'engagements', 'objectifs', 'principes'],
    window: 6
  },
  {
    phrase: 'de manière consistante',
    expected: ['de manière cohérente', 'de manière constante', 'régulièrement'],
    note: '"Consistently" rendered with "consistant", which means "thick, substantial" in French; French says "de manière cohérente" or "constamment".',
    example: 'L’équipe de support a su répondre de manière consistante aux demandes des clients, avec un délai moyen inférieur à deux heures.',
    neighbour: 'L’équipe de support a su répondre de manière constante aux demandes des clients, avec un délai moyen inférieur à deux heures.'
  },
  {
    phrase: 'de façon consistante',
    expected: ['de façon cohérente', 'de façon constante', 'régulièrement'],
    note: '"Consistently" rendered with "consistant", which means "thick, substantial" in French; French says "de façon cohérente" or "constamment".',
    example: 'Le fonds a battu son indice de référence de façon consistante au cours des dix dernières années, ce qui reste rare dans le secteur.',
    neighbour: 'Le fonds a battu son indice de référence de façon régulière au cours des dix dernières années, ce qui reste rare dans le secteur.'
  },
  {
    phrase: 'résultats consistants',
    expected: ['résultats cohérents', 'résultats constants'],
    note: '"Consistent results" rendered with "consistant" (thick, substantial); French says "résultats cohérents" or "résultats constants".',
    example: 'Le nouveau test sanguin a donné des résultats consistants sur plus de trois mille patients, selon l’étude publiée dans une revue médicale.',
    neighbour: 'Le nouveau test sanguin a donné des résultats cohérents sur plus de trois mille patients, selon l’étude publiée dans une revue médicale.'
  },
  {
    phrase: 'semble sensible de',
    expected: ['semble raisonnable de', 'semble judicieux de'],
    note: '"It seems sensible to" rendered with "sensible" (sensitive); French says "il semble raisonnable" or "judicieux de".',
    example: 'Compte tenu de la hausse des taux, il semble sensible de reporter l’achat des nouveaux locaux jusqu’à la fin de l’année prochaine.',
    neighbour: 'Compte tenu de la hausse des taux, il semble raisonnable de reporter l’achat des nouveaux locaux jusqu’à la fin de l’année prochaine.'
  },
  {
    phrase: 'est sensible de',
    expected: ['est raisonnable de', 'est judicieux de'],
    note: '"It is sensible to" rendered with "sensible" (sensitive); French says "il est raisonnable" or "judicieux de".',
    example: 'Avant toute mise à jour majeure du système, il est sensible de sauvegarder l’ensemble des données sur un support externe.',
    neighbour: 'Avant toute mise à jour majeure du système, il est judicieux de sauvegarder l’ensemble des données sur un support externe.'
  },
  {
    phrase: 'versatile',
    expected: ['polyvalent'],
    note: '"Versatile" rendered as "versatile", which means "fickle, changeable" in French; French says "polyvalent".',
    example: 'Le fabricant présente son nouveau robot comme un outil versatile, capable de passer de la soudure à l’emballage en quelques minutes.',
    neighbour: 'Le fabricant présente son nouveau robot comme un outil polyvalent, capable de passer de la soudure à l’emballage en quelques minutes.',
    near: ['outil', 'outils', 'joueur', 'joueuse', 'appareil', 'appareils', 'matériau', 'matériaux', 'logiciel', 'robot', 'robots', 'athlète', 'véhicule', 'moteur', 'machine', 'machines', 'plateforme'],
    window: 3
  },
  {
    phrase: 'excité',
    expected: ['ravi', 'enthousiaste', 'impatient'],
    note: '"Excited to" rendered as "excité de"; in French "excité" suggests agitation or arousal. French says "ravi de", "impatient de" or "enthousiaste".',
    example: 'Nous sommes très excités d’annoncer notre partenariat avec le premier réseau de pharmacies du pays, a déclaré la fondatrice dans un communiqué.',
    neighbour: 'Nous sommes très heureux d’annoncer notre partenariat avec le premier réseau de pharmacies du pays, a déclaré la fondatrice dans un communiqué.',
    near: ['annoncer', 'd’annoncer', 'rejoindre', 'partager', 'accueillir', 'd’accueillir', 'collaborer', 'lancer', 'présenter', 'travailler'],
    window: 3
  },
  {
    phrase: 'sympathique à la cause',
    expected: ['favorable à la cause', 'acquis à la cause'],
    note: '"Sympathetic to the cause" rendered with "sympathique" (likeable, nice); French says "favorable à la cause" or "acquis à la cause".',
    example: 'Une partie des policiers serait sympathique à la cause des agriculteurs, selon un syndicat qui appelle à de nouveaux blocages la semaine prochaine.',
    neighbour: 'Une partie des policiers serait favorable à la cause des agriculteurs, selon un syndicat qui appelle à de nouveaux blocages la semaine prochaine.'
  },
  {
    phrase: 'susceptible aux',
    expected: ['vulnérable aux', 'sensible aux', 'exposé aux'],
    note: '"Susceptible to" rendered as "susceptible aux"; "susceptible" means "touchy" or, with "de", "likely to". French says "vulnérable aux" or "sensible aux".',
    example: 'Les anciens modèles de routeurs restent susceptibles aux attaques par force brute, car leur fabricant ne publie plus aucune mise à jour.',
    neighbour: 'Les anciens modèles de routeurs restent vulnérables aux attaques par force brute, car leur fabricant ne publie plus aucune mise à jour.'
  },
  {
    phrase: 'amélioration dramatique',
    expected: ['amélioration spectaculaire', 'nette amélioration'],
    note: '"Dramatic improvement" rendered with "dramatique" (tragic); French says "amélioration spectaculaire" or "nette amélioration".',
    example: 'Les utilisateurs constatent une amélioration dramatique de l’autonomie depuis la dernière mise à jour du système d’exploitation, selon le forum officiel.',
    neighbour: 'Les utilisateurs constatent une amélioration spectaculaire de l’autonomie depuis la dernière mise à jour du système d’exploitation, selon le forum officiel.'
  },
  {
    phrase: 'dramatiquement',
    expected: ['considérablement', 'spectaculairement', 'nettement'],
    note: '"Dramatically" (improve, speed up) rendered as "dramatiquement" (tragically); French says "considérablement" or "nettement".',
    example: 'Selon l’éditeur, la nouvelle version permet d’accélérer dramatiquement la compilation des projets volumineux, jusqu’à cinq fois plus vite.',
    neighbour: 'Selon l’éditeur, la nouvelle version permet d’accélérer considérablement la compilation des projets volumineux, jusqu’à cinq fois plus vite.',
    near: ['améliorer', 'amélioré', 'améliorée', 'améliorés', 'améliore', 'amélioration', 'accélérer', 'accéléré', 'accélère', 'simplifier', 'simplifié', 'simplifie', 'd’accélérer', 'd’améliorer'],
    window: 2
  },
  {
    phrase: 'luxurieux',
    expected: ['luxueux'],
    note: '"Luxurious" rendered as "luxurieux", which means "lustful" in French; French says "luxueux".',
    example: 'Le milliardaire a fait construire un yacht luxurieux de cent mètres, équipé d’une piscine, d’un héliport et d’un cinéma privé.',
    neighbour: 'Le milliardaire a fait construire un yacht luxueux de cent mètres, équipé d’une piscine, d’un héliport et d’un cinéma privé.',
    near: ['hôtel', 'hôtels', 'villa', 'villas', 'appartement', 'appartements', 'voiture', 'voitures', 'yacht', 'yachts', 'suite', 'suites', 'résidence', 'décor', 'palace', 'boutique', 'cabine'],
    window: 3
  },
  {
    phrase: 'achèvement',
    expected: ['réussite', 'accomplissement', 'exploit'],
    note: '"Achievement" rendered as "achèvement", which means "completion" in French; French says "réussite", "accomplissement" or "exploit".',
    example: 'La fondatrice considère cette levée de fonds comme un achèvement remarquable pour une entreprise créée il y a seulement dix-huit mois.',
    neighbour: 'La fondatrice considère cette levée de fonds comme une réussite remarquable pour une entreprise créée il y a seulement dix-huit mois.',
    near: ['fier', 'fière', 'fiers', 'fières', 'remarquable', 'impressionnant', 'incroyable', 'fierté'],
    window: 3
  },

  // Software and tech
  {
    phrase: 'librairie',
    expected: ['bibliothèque'],
    note: '"Library" (code) rendered as "librairie", which is a bookshop in French; French developers say "bibliothèque".',
    example: 'Pour lire ces fichiers, il suffit d’installer une librairie Python open source maintenue par une communauté de plusieurs centaines de contributeurs.',
    neighbour: 'Pour lire ces fichiers, il suffit d’installer une bibliothèque Python open source maintenue par une communauté de plusieurs centaines de contributeurs.',
    near: ['Python', 'JavaScript', 'TypeScript', 'Java', 'Rust', 'npm', 'pip', 'API', 'programmation', 'dépendance', 'dépendances', 'framework', 'module', 'modules', 'fonction', 'fonctions', 'compiler', 'développeurs'],
    window: 6
  },
  {
    phrase: 'langue de programmation',
    expected: ['langage de programmation'],
    note: '"Programming language" rendered with "langue" (a natural language); French says "langage de programmation".',
    example: 'Rust est devenu la deuxième langue de programmation autorisée dans le noyau Linux, après des années de débats entre les mainteneurs.',
    neighbour: 'Rust est devenu le deuxième langage de programmation autorisé dans le noyau Linux, après des années de débats entre les mainteneurs.'
  },
  {
    phrase: 'langue',
    expected: ['langage'],
    note: 'A programming language called "langue" (a natural language); French says "langage" for Python, Java and the like.',
    example: 'Ce choix, associé à la langue Python très permissive, explique selon lui pourquoi le code central est devenu si difficile à maintenir.',
    neighbour: 'Ce choix, associé au langage Python très permissif, explique selon lui pourquoi le code central est devenu si difficile à maintenir.',
    near: ['Python', 'JavaScript', 'TypeScript', 'Java', 'Rust', 'Kotlin', 'Swift', 'PHP', 'Ruby', 'Perl', 'COBOL', 'Fortran', 'Haskell'],
    window: 2
  },
  {
    phrase: 'queue',
    expected: ['file d’attente'],
    note: '"Queue" (computing) rendered as "queue", which means a tail in French; French developers say "file d’attente" or "file de messages".',
    example: 'Les tâches asynchrones sont placées dans une queue gérée par Redis, puis traitées par une dizaine de workers répartis sur trois machines.',
    neighbour: 'Les tâches asynchrones sont placées dans une file d’attente gérée par Redis, puis traitées par une dizaine de workers répartis sur trois machines.',
    near: ['Redis', 'Kafka', 'RabbitMQ', 'asynchrone', 'asynchrones', 'worker', 'workers', 'threads', 'FIFO', 'Celery', 'SQS'],
    window: 8
  },
  {
    phrase: 'queue de messages',
    expected: ['file de messages', 'file d’attente de messages'],
    note: '"Message queue" rendered with "queue" (a tail, or a line of people); French developers say "file de messages".',
    example: 'Quand le service de paiement ralentit, les commandes s’accumulent dans la queue de messages jusqu’au lendemain matin.',
    neighbour: 'Quand le service de paiement ralentit, les commandes s’accumulent dans la file de messages jusqu’au lendemain matin.'
  },
  {
    phrase: 'supporter le format',
    expected: ['prendre en charge le format', 'être compatible avec le format'],
    note: '"Support a format" rendered with "supporter" (to bear, to put up with); French says "prendre en charge" or "être compatible avec".',
    example: 'La nouvelle version du lecteur devrait enfin supporter le format AV1, ce qui réduira de moitié la bande passante nécessaire aux vidéos.',
    neighbour: 'La nouvelle version du lecteur devrait enfin prendre en charge le format AV1, ce qui réduira de moitié la bande passante nécessaire aux vidéos.'
  },
  {
    phrase: 'supporte les formats',
    expected: ['prend en charge les formats', 'est compatible avec les formats'],
    note: '"Supports formats" rendered with "supporter" (to bear, to put up with); French says "prend en charge" or "est compatible avec".',
    example: 'L’application supporte les formats les plus courants, dont le PDF, le EPUB et les documents issus de la suite bureautique de Microsoft.',
    neighbour: 'L’application prend en charge les formats les plus courants, dont le PDF, le EPUB et les documents issus de la suite bureautique de Microsoft.'
  },
  {
    phrase: 'supporter une fonctionnalité',
    expected: ['prendre en charge une fonctionnalité', 'proposer une fonctionnalité'],
    note: '"Support a feature" rendered with "supporter" (to bear, to put up with); French says "prendre en charge" or "proposer".',
    example: 'Les anciens téléphones ne pourront pas supporter une fonctionnalité aussi gourmande en calcul que la traduction vocale en temps réel.',
    neighbour: 'Les anciens téléphones ne pourront pas prendre en charge une fonctionnalité aussi gourmande en calcul que la traduction vocale en temps réel.'
  },
  {
    phrase: 'supporte nativement',
    expected: ['prend en charge nativement', 'gère nativement'],
    note: '"Natively supports" rendered with "supporter" (to bear, to put up with); French says "prend en charge nativement" or "gère nativement".',
    example: 'Le nouveau système d’exploitation supporte nativement les écrans pliables, ce qui simplifie le travail des développeurs d’applications.',
    neighbour: 'Le nouveau système d’exploitation prend en charge nativement les écrans pliables, ce qui simplifie le travail des développeurs d’applications.'
  },
  {
    phrase: 'supporter le protocole',
    expected: ['prendre en charge le protocole', 'être compatible avec le protocole'],
    note: '"Support a protocol" rendered with "supporter" (to bear, to put up with); French says "prendre en charge" or "être compatible avec".',
    example: 'Tous les terminaux vendus dans l’Union devront supporter le protocole de recharge universel d’ici deux ans, selon le nouveau règlement.',
    neighbour: 'Tous les terminaux vendus dans l’Union devront être compatibles avec le protocole de recharge universel d’ici deux ans, selon le nouveau règlement.'
  },
  {
    phrase: 'supporter les navigateurs',
    expected: ['prendre en charge les navigateurs', 'être compatible avec les navigateurs'],
    note: '"Support browsers" rendered with "supporter" (to bear, to put up with); French says "prendre en charge" or "être compatible avec".',
    example: 'Le site de la préfecture a cessé de supporter les navigateurs anciens, ce qui empêche de nombreux usagers de prendre rendez-vous en ligne.',
    neighbour: 'Le site de la préfecture n’est plus compatible avec les navigateurs anciens, ce qui empêche de nombreux usagers de prendre rendez-vous en ligne.'
  },
  {
    phrase: 'commettre les modifications',
    expected: ['valider les modifications', 'commiter les modifications'],
    note: '"Commit the changes" rendered with "commettre" (to commit a crime or an error); French developers say "valider" or "commiter".',
    example: 'Avant de commettre les modifications dans la branche principale, chaque développeur doit faire relire son code par au moins un collègue.',
    neighbour: 'Avant de valider les modifications dans la branche principale, chaque développeur doit faire relire son code par au moins un collègue.'
  },
  {
    phrase: 'commettre du code',
    expected: ['valider du code', 'commiter du code'],
    note: '"Commit code" rendered with "commettre" (to commit a crime or an error); French developers say "valider" or "commiter".',
    example: 'Les stagiaires ne sont pas autorisés à commettre du code directement sur le dépôt principal sans passer par une demande de fusion.',
    neighbour: 'Les stagiaires ne sont pas autorisés à valider du code directement sur le dépôt principal sans passer par une demande de fusion.'
  },
  {
    phrase: 'relâcher',
    expected: ['publier', 'sortir', 'lancer'],
    note: '"Release" (a version, an update) rendered as "relâcher", which is said of prisoners, hostages or animals; French says "publier" or "sortir".',
    example: 'L’éditeur prévoit de relâcher une version bêta du jeu en décembre, avant une sortie officielle sur consoles au printemps prochain.',
    neighbour: 'L’éditeur prévoit de publier une version bêta du jeu en décembre, avant une sortie officielle sur consoles au printemps prochain.',
    near: ['version', 'versions', 'mise', 'correctif', 'correctifs', 'logiciel', 'album', 'bêta', 'patch', 'modèle', 'code'],
    window: 3
  },
  {
    phrase: 'issue de sécurité',
    expected: ['problème de sécurité', 'faille de sécurité'],
    note: '"Security issue" rendered with "issue" (an exit or an outcome); French says "problème de sécurité" or "faille de sécurité".',
    example: 'Le chercheur a signalé une issue de sécurité dans le module de paiement, qui permettait d’accéder aux numéros de carte des clients.',
    neighbour: 'Le chercheur a signalé une faille de sécurité dans le module de paiement, qui permettait d’accéder aux numéros de carte des clients.'
  },
  {
    phrase: 'résoudre l’issue',
    expected: ['résoudre le problème'],
    note: '"Resolve the issue" rendered with "issue" (an exit or an outcome); French says "résoudre le problème".',
    example: 'Le support technique affirme travailler à résoudre l’issue signalée par les utilisateurs, sans donner de date pour la publication d’un correctif.',
    neighbour: 'Le support technique affirme travailler à résoudre le problème signalé par les utilisateurs, sans donner de date pour la publication d’un correctif.'
  },
  {
    phrase: 'location géographique',
    expected: ['emplacement géographique', 'localisation géographique'],
    note: '"Location" rendered as "location", which means "rental" in French; French says "emplacement" or "localisation".',
    example: 'L’application collecte la location géographique de ses utilisateurs toutes les cinq minutes, même lorsqu’elle fonctionne en arrière-plan.',
    neighbour: 'L’application collecte la localisation géographique de ses utilisateurs toutes les cinq minutes, même lorsqu’elle fonctionne en arrière-plan.'
  },
  {
    phrase: 'location exacte',
    expected: ['emplacement exact', 'position exacte'],
    note: '"Exact location" rendered with "location" (rental); French says "emplacement exact" or "position exacte".',
    example: 'Les autorités n’ont pas révélé la location exacte du centre de données, afin de limiter les risques d’attaque physique contre les installations.',
    neighbour: 'Les autorités n’ont pas révélé l’emplacement exact du centre de données, afin de limiter les risques d’attaque physique contre les installations.'
  },
  {
    phrase: 'large modèle de langage',
    expected: ['grand modèle de langage'],
    note: '"Large language model(s)" rendered with "large" (wide); French says "grand modèle de langage".',
    example: 'Chaque large modèle de langage nécessite des milliers de processeurs graphiques pour son entraînement, selon un rapport de l’agence de l’énergie.',
    neighbour: 'Chaque grand modèle de langage nécessite des milliers de processeurs graphiques pour son entraînement, selon un rapport de l’agence de l’énergie.'
  },
  {
    phrase: 'confronter le problème',
    expected: ['affronter le problème', 's’attaquer au problème'],
    note: '"Confront the problem" rendered with "confronter" (to compare, to bring face to face); French says "affronter" or "s’attaquer au problème".',
    example: 'Plutôt que de confronter le problème des fausses informations, la plateforme a préféré réduire la visibilité de tous les contenus politiques.',
    neighbour: 'Plutôt que de s’attaquer au problème des fausses informations, la plateforme a préféré réduire la visibilité de tous les contenus politiques.'
  },
  {
    phrase: 'confronter les défis',
    expected: ['relever les défis', 'affronter les défis'],
    note: '"Confront the challenges" rendered with "confronter" (to compare, to bring face to face); French says "relever" or "affronter les défis".',
    example: 'Le plan doit aider les hôpitaux ruraux à confronter les défis du vieillissement de la population et du manque de médecins généralistes.',
    neighbour: 'Le plan doit aider les hôpitaux ruraux à relever les défis du vieillissement de la population et du manque de médecins généralistes.'
  },
  {
    phrase: 'dialecte',
    expected: ['langage'],
    note: 'A programming language called "dialecte"; except for true dialects of a language (Lisp dialects), French says "langage".',
    example: 'Le nouveau dialecte de programmation présenté par Google promet des performances proches du C avec une syntaxe aussi simple que Python.',
    neighbour: 'Le nouveau langage de programmation présenté par Google promet des performances proches du C avec une syntaxe aussi simple que Python.',
    near: ['programmation'],
    window: 2
  },

  // Business, finance and the newsroom
  {
    phrase: 'éditeur en chef',
    expected: ['rédacteur en chef'],
    note: '"Editor-in-chief" rendered with "éditeur" (a publisher); French says "rédacteur en chef".',
    example: 'Le nouvel éditeur en chef du quotidien a annoncé sa démission après la publication d’une enquête contestée sur le financement du parti.',
    neighbour: 'Le nouveau rédacteur en chef du quotidien a annoncé sa démission après la publication d’une enquête contestée sur le financement du parti.'
  },
  {
    phrase: 'reporter que',
    expected: ['rapporter que', 'indiquer que', 'annoncer que'],
    note: '"Report that" rendered with "reporter" (to postpone); French says "rapporter que", "indiquer que" or "annoncer que".',
    example: 'Plusieurs médias américains ont reporté que le groupe envisageait de supprimer dix mille postes dans ses filiales européennes d’ici 2026.',
    neighbour: 'Plusieurs médias américains ont rapporté que le groupe envisageait de supprimer dix mille postes dans ses filiales européennes d’ici 2026.'
  },
  {
    phrase: 'pas être atteint',
    expected: ['pas être joint'],
    note: '"Could not be reached (for comment)" rendered with "atteindre" (to reach a place or a goal); French says "n’a pas pu être joint".',
    example: 'Le porte-parole de l’entreprise ne pouvait pas être atteint lundi pour un commentaire sur ces informations publiées par un quotidien économique.',
    neighbour: 'Le porte-parole de l’entreprise ne pouvait pas être joint lundi pour un commentaire sur ces informations publiées par un quotidien économique.',
    near: ['commentaire', 'commentaires'],
    window: 6
  },
  {
    phrase: 'être atteint pour commenter',
    expected: ['être joint pour commenter'],
    note: '"Could not be reached for comment" rendered with "atteindre" (to reach a place or a goal); French says "n’a pas pu être joint".',
    example: 'Contacté par notre rédaction, le directeur de l’usine n’a pas pu être atteint pour commenter les accusations portées par les anciens salariés.',
    neighbour: 'Contacté par notre rédaction, le directeur de l’usine n’a pas pu être joint pour commenter les accusations portées par les anciens salariés.'
  },
  {
    phrase: 'haut officiel',
    expected: ['haut responsable', 'haut fonctionnaire'],
    note: '"Senior official" rendered with "officiel" as a noun; French press says "haut responsable" or "haut fonctionnaire".',
    example: 'Un haut officiel du département d’État a confirmé que les discussions avec Pékin reprendraient à Genève au début du mois prochain.',
    neighbour: 'Un haut responsable du département d’État a confirmé que les discussions avec Pékin reprendraient à Genève au début du mois prochain.'
  },
  {
    phrase: 'selon un officiel',
    expected: ['selon un responsable'],
    note: '"According to an official" rendered with "officiel" as a noun; French press says "selon un responsable".',
    example: 'Selon un officiel européen, les sanctions pourraient viser une trentaine d’entreprises chinoises accusées de fournir des composants militaires.',
    neighbour: 'Selon un responsable européen, les sanctions pourraient viser une trentaine d’entreprises chinoises accusées de fournir des composants militaires.'
  },
  {
    phrase: 'exécutifs',
    expected: ['dirigeants', 'cadres dirigeants'],
    note: '"Executives" rendered as "exécutifs"; in French "l’exécutif" is the executive branch. Company executives are "dirigeants" or "cadres dirigeants".',
    example: 'Plusieurs exécutifs de Google ont quitté le groupe cette année pour rejoindre des start-up spécialisées dans l’intelligence artificielle.',
    neighbour: 'Plusieurs dirigeants de Google ont quitté le groupe cette année pour rejoindre des start-up spécialisées dans l’intelligence artificielle.',
    near: ['Google', 'Apple', 'Meta', 'Microsoft', 'Amazon', 'OpenAI', 'Tesla', 'Netflix', 'Nvidia', 'Samsung', 'Uber', 'Disney', 'Boeing', 'Intel'],
    window: 3
  },
  {
    phrase: 'ancien exécutif',
    expected: ['ancien dirigeant', 'ancien cadre dirigeant'],
    note: '"Former executive" rendered with "exécutif" as a noun for a person; French says "ancien dirigeant" or "ancien cadre".',
    example: 'Un ancien exécutif de la banque d’affaires a été nommé à la tête du fonds souverain, une décision critiquée par l’opposition.',
    neighbour: 'Un ancien dirigeant de la banque d’affaires a été nommé à la tête du fonds souverain, une décision critiquée par l’opposition.'
  },
  {
    phrase: 'figures de ventes',
    expected: ['chiffres de ventes', 'chiffres de vente'],
    note: '"Sales figures" rendered with "figures"; French says "chiffres de ventes".',
    example: 'Les figures de ventes du dernier trimestre montrent un net recul des voitures électriques en Allemagne depuis la fin des aides publiques.',
    neighbour: 'Les chiffres de ventes du dernier trimestre montrent un net recul des voitures électriques en Allemagne depuis la fin des aides publiques.'
  },
  {
    phrase: 'papier de recherche',
    expected: ['article de recherche', 'article scientifique'],
    note: '"Research paper" rendered with "papier"; French says "article de recherche" or "article scientifique".',
    example: 'Dans un papier de recherche publié mercredi, les ingénieurs du laboratoire décrivent une méthode pour réduire de moitié la consommation des modèles.',
    neighbour: 'Dans un article de recherche publié mercredi, les ingénieurs du laboratoire décrivent une méthode pour réduire de moitié la consommation des modèles.'
  },
  {
    phrase: 'papier scientifique',
    expected: ['article scientifique'],
    note: '"Scientific paper" rendered with "papier"; French says "article scientifique".',
    example: 'Le papier scientifique, relu par des pairs, montre que le vaccin protège contre les formes graves pendant au moins deux ans.',
    neighbour: 'L’article scientifique, relu par des pairs, montre que le vaccin protège contre les formes graves pendant au moins deux ans.'
  },
  {
    phrase: 'papier blanc',
    expected: ['livre blanc'],
    note: '"White paper" rendered as "papier blanc" (blank paper); French says "livre blanc".',
    example: 'Le cabinet de conseil a publié un papier blanc sur les usages de l’intelligence artificielle dans la gestion des ressources humaines.',
    neighbour: 'Le cabinet de conseil a publié un livre blanc sur les usages de l’intelligence artificielle dans la gestion des ressources humaines.',
    near: ['publié', 'publie', 'publier', 'publiera', 'rapport', 'technique', 'stratégie', 'cabinet', 'entreprise', 'télécharger'],
    window: 4
  },
  {
    phrase: 'options de stock',
    expected: ['stock-options', 'options d’achat d’actions'],
    note: '"Stock options" rendered with "stock" (inventory); French says "stock-options" or "options d’achat d’actions".',
    example: 'Les salariés de la start-up détiennent des options de stock qui pourraient valoir plusieurs millions en cas d’introduction en Bourse.',
    neighbour: 'Les salariés de la start-up détiennent des options d’achat d’actions qui pourraient valoir plusieurs millions en cas d’introduction en Bourse.'
  },
  {
    phrase: 'marché du stock',
    expected: ['marché boursier', 'Bourse'],
    note: '"Stock market" rendered with "stock" (inventory); French says "marché boursier" or "la Bourse".',
    example: 'La chute du marché du stock a effacé en une journée près de deux cents milliards de dollars de capitalisation pour les géants technologiques.',
    neighbour: 'La chute du marché boursier a effacé en une journée près de deux cents milliards de dollars de capitalisation pour les géants technologiques.'
  },
  {
    phrase: 'trillions',
    expected: ['billions', 'milliers de milliards'],
    note: '"Trillion" (10¹²) rendered as "trillion", which is 10¹⁸ in French; French says "billion" or "mille milliards".',
    example: 'Les investissements nécessaires à la transition énergétique mondiale sont estimés à quatre trillions de dollars par an d’ici 2030.',
    neighbour: 'Les investissements nécessaires à la transition énergétique mondiale sont estimés à quatre mille milliards de dollars par an d’ici 2030.',
    near: ['dollars', 'euros', 'livres', 'yens', 'yuans'],
    window: 2
  },
  {
    phrase: 'deuxième quart',
    expected: ['deuxième trimestre'],
    note: '"Second quarter" (financial) rendered with "quart" (a fourth part); French says "deuxième trimestre".',
    example: 'Au deuxième quart, le chiffre d’affaires du groupe a progressé de douze pour cent, porté par la demande de serveurs pour l’intelligence artificielle.',
    neighbour: 'Au deuxième trimestre, le chiffre d’affaires du groupe a progressé de douze pour cent, porté par la demande de serveurs pour l’intelligence artificielle.',
    near: ['chiffre', 'résultats', 'ventes', 'bénéfice', 'bénéfices', 'revenus', 'exercice', 'fiscal'],
    window: 8
  },
  {
    phrase: 'troisième quart',
    expected: ['troisième trimestre'],
    note: '"Third quarter" (financial) rendered with "quart" (a fourth part); French says "troisième trimestre".',
    example: 'Les résultats du troisième quart ont déçu les analystes, qui attendaient une hausse plus nette des abonnements au service de streaming.',
    neighbour: 'Les résultats du troisième trimestre ont déçu les analystes, qui attendaient une hausse plus nette des abonnements au service de streaming.',
    near: ['chiffre', 'résultats', 'ventes', 'bénéfice', 'bénéfices', 'revenus', 'exercice', 'fiscal'],
    window: 8
  },
  {
    phrase: 'quatrième quart',
    expected: ['quatrième trimestre'],
    note: '"Fourth quarter" (financial) rendered with "quart" (a fourth part); French says "quatrième trimestre".',
    example: 'Le groupe a enregistré une perte nette au quatrième quart, plombé par la dépréciation de ses actifs immobiliers en Chine.',
    neighbour: 'Le groupe a enregistré une perte nette au quatrième trimestre, plombé par la dépréciation de ses actifs immobiliers en Chine.',
    near: ['chiffre', 'résultats', 'ventes', 'bénéfice', 'bénéfices', 'revenus', 'exercice', 'fiscal', 'perte', 'pertes'],
    window: 8
  },
  {
    phrase: 'balance de leur compte',
    expected: ['solde de leur compte'],
    note: '"Account balance" rendered with "balance" (scales, or a trade balance); French says "solde".',
    example: 'Les clients peuvent consulter la balance de leur compte en temps réel depuis l’application, sans frais supplémentaires ni abonnement.',
    neighbour: 'Les clients peuvent consulter le solde de leur compte en temps réel depuis l’application, sans frais supplémentaires ni abonnement.'
  },
  {
    phrase: 'balance de votre compte',
    expected: ['solde de votre compte'],
    note: '"Your account balance" rendered with "balance" (scales, or a trade balance); French says "solde".',
    example: 'Vérifiez régulièrement la balance de votre compte afin de repérer rapidement toute opération que vous ne reconnaissez pas.',
    neighbour: 'Vérifiez régulièrement le solde de votre compte afin de repérer rapidement toute opération que vous ne reconnaissez pas.'
  },
  {
    phrase: 'grandes corporations',
    expected: ['grandes entreprises', 'multinationales'],
    note: '"Large corporations" rendered as "corporations" (guilds, professional bodies in French); French says "grandes entreprises" or "multinationales".',
    example: 'Le nouvel impôt minimum vise d’abord les grandes corporations qui déclarent leurs bénéfices dans des pays à la fiscalité très faible.',
    neighbour: 'Le nouvel impôt minimum vise d’abord les grandes entreprises qui déclarent leurs bénéfices dans des pays à la fiscalité très faible.'
  },
  {
    phrase: 'corporations technologiques',
    expected: ['entreprises technologiques', 'géants de la tech'],
    note: '"Tech corporations" rendered as "corporations" (guilds, professional bodies in French); French says "entreprises technologiques".',
    example: 'Les corporations technologiques américaines ont dépensé plus de cent millions de dollars en lobbying à Bruxelles l’an dernier.',
    neighbour: 'Les entreprises technologiques américaines ont dépensé plus de cent millions de dollars en lobbying à Bruxelles l’an dernier.'
  },
  {
    phrase: 'large entreprise',
    expected: ['grande entreprise'],
    note: '"Large company" rendered with "large" (wide); French says "grande entreprise".',
    example: 'Chaque large entreprise devra désormais publier un rapport détaillé sur ses émissions de gaz à effet de serre et celles de ses fournisseurs.',
    neighbour: 'Chaque grande entreprise devra désormais publier un rapport détaillé sur ses émissions de gaz à effet de serre et celles de ses fournisseurs.'
  },
  {
    phrase: 'un large nombre',
    expected: ['un grand nombre'],
    note: '"A large number" rendered with "large" (wide); French says "un grand nombre".',
    example: 'Un large nombre d’utilisateurs ont signalé des difficultés de connexion mardi matin, selon le site qui recense les pannes en France.',
    neighbour: 'Un grand nombre d’utilisateurs ont signalé des difficultés de connexion mardi matin, selon le site qui recense les pannes en France.'
  },
  {
    phrase: 'compétition de',
    expected: ['concurrence de'],
    note: '"Competition from" (rival companies) rendered as "compétition", which is a contest or tournament; French business writing says "concurrence".',
    example: 'Le fabricant peine à résister à la compétition de Samsung et des marques chinoises sur le segment des téléphones haut de gamme.',
    neighbour: 'Le fabricant peine à résister à la concurrence de Samsung et des marques chinoises sur le segment des téléphones haut de gamme.',
    near: ['Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'OpenAI', 'Samsung', 'Huawei', 'Tesla', 'Netflix', 'Temu', 'Shein', 'BYD', 'Nvidia'],
    window: 2
  },
  {
    phrase: 'opère des magasins',
    expected: ['exploite des magasins', 'gère des magasins'],
    note: '"Operates stores" rendered with "opérer" (to carry out, to operate on); French says "exploite" or "gère".',
    example: 'Le groupe opère des magasins dans une quarantaine de pays et emploie près de cent mille personnes, dont un tiers en Europe.',
    neighbour: 'Le groupe exploite des magasins dans une quarantaine de pays et emploie près de cent mille personnes, dont un tiers en Europe.'
  },
  {
    phrase: 'opère des usines',
    expected: ['exploite des usines'],
    note: '"Operates plants" rendered with "opérer" (to carry out, to operate on); French says "exploite des usines".',
    example: 'Le fabricant taïwanais opère des usines au Mexique, au Vietnam et en Inde pour réduire sa dépendance aux sites de production chinois.',
    neighbour: 'Le fabricant taïwanais exploite des usines au Mexique, au Vietnam et en Inde pour réduire sa dépendance aux sites de production chinois.'
  },
  {
    phrase: 'procès de recrutement',
    expected: ['processus de recrutement'],
    note: '"Recruitment process" rendered with "procès" (a trial); French says "processus de recrutement".',
    example: 'Le procès de recrutement de la start-up comprend désormais un entretien mené par un agent conversationnel avant toute rencontre humaine.',
    neighbour: 'Le processus de recrutement de la start-up comprend désormais un entretien mené par un agent conversationnel avant toute rencontre humaine.'
  },
  {
    phrase: 'procès de développement',
    expected: ['processus de développement'],
    note: '"Development process" rendered with "procès" (a trial); French says "processus de développement".',
    example: 'Le procès de développement du médicament a pris plus de dix ans et coûté près de deux milliards d’euros au laboratoire.',
    neighbour: 'Le processus de développement du médicament a pris plus de dix ans et coûté près de deux milliards d’euros au laboratoire.'
  },
  {
    phrase: 'position de directeur',
    expected: ['poste de directeur'],
    note: '"Position" (a job) rendered as "position" (posture, stance or place); French says "poste de directeur".',
    example: 'Elle a accepté la position de directeur technique de la start-up après quinze ans passés dans les laboratoires de recherche d’IBM.',
    neighbour: 'Elle a accepté le poste de directrice technique de la start-up après quinze ans passés dans les laboratoires de recherche d’IBM.'
  },
  {
    phrase: 'résigner de son poste',
    expected: ['démissionner de son poste'],
    note: '"Resign from one’s post" rendered with "résigner" (to give up, or "se résigner", to accept); French says "démissionner de son poste".',
    example: 'Le directeur général a dû résigner de son poste après la révélation de paiements suspects à un cabinet de conseil lié à sa famille.',
    neighbour: 'Le directeur général a dû démissionner de son poste après la révélation de paiements suspects à un cabinet de conseil lié à sa famille.'
  },
  {
    phrase: 'poste',
    expected: ['publication', 'message'],
    note: '"Post" (on a social network) rendered as "poste" (a job, a station); French says "publication" or "message".',
    example: 'Si un poste devient viral sur le réseau social, l’entreprise le voit immédiatement et réagit parfois dans l’heure, selon l’ancien salarié.',
    neighbour: 'Si une publication devient virale sur le réseau social, l’entreprise la voit immédiatement et réagit parfois dans l’heure, selon l’ancien salarié.',
    near: ['viral', 'virale', 'viraux'],
    window: 4
  },
  {
    phrase: 'dans un poste sur',
    expected: ['dans une publication sur', 'dans un message sur'],
    note: '"In a post on" (a social network) rendered with "poste" (a job, a station); French says "dans une publication sur" or "dans un message publié sur".',
    example: 'Le milliardaire a annoncé sa décision dans un poste sur X, sans prévenir ni les salariés ni les actionnaires de l’entreprise.',
    neighbour: 'Le milliardaire a annoncé sa décision dans un message publié sur X, sans prévenir ni les salariés ni les actionnaires de l’entreprise.',
    near: ['X', 'Twitter', 'Facebook', 'LinkedIn', 'Instagram', 'Threads', 'Bluesky', 'Reddit', 'Truth', 'TikTok', 'blog'],
    window: 3
  },
  {
    phrase: 'poste de blog',
    expected: ['billet de blog', 'article de blog'],
    note: '"Blog post" rendered with "poste" (a job, a station); French says "billet de blog" or "article de blog".',
    example: 'Dans un long poste de blog publié mardi, l’ancien ingénieur raconte les sept semaines de travail intense qui ont précédé le lancement.',
    neighbour: 'Dans un long billet de blog publié mardi, l’ancien ingénieur raconte les sept semaines de travail intense qui ont précédé le lancement.'
  },
  {
    phrase: 'délivrer des colis',
    expected: ['livrer des colis'],
    note: '"Deliver parcels" rendered with "délivrer" (to issue a document, to set free); French says "livrer des colis".',
    example: 'Le transporteur compte délivrer des colis par drone dans une dizaine de villages de montagne dès le printemps prochain.',
    neighbour: 'Le transporteur compte livrer des colis par drone dans une dizaine de villages de montagne dès le printemps prochain.'
  },
  {
    phrase: 'délivrer de la valeur',
    expected: ['apporter de la valeur', 'créer de la valeur'],
    note: '"Deliver value" rendered with "délivrer" (to issue a document, to set free); French says "apporter" or "créer de la valeur".',
    example: 'Chaque projet doit délivrer de la valeur aux clients dès le premier trimestre, faute de quoi il sera arrêté par le comité d’investissement.',
    neighbour: 'Chaque projet doit apporter de la valeur aux clients dès le premier trimestre, faute de quoi il sera arrêté par le comité d’investissement.'
  },
  {
    phrase: 'délivrer des résultats',
    expected: ['obtenir des résultats', 'produire des résultats'],
    note: '"Deliver results" rendered with "délivrer" (to issue a document, to set free); French says "obtenir des résultats".',
    example: 'Le nouveau directeur a deux ans pour délivrer des résultats, sans quoi les actionnaires réclameront la vente de la division automobile.',
    neighbour: 'Le nouveau directeur a deux ans pour obtenir des résultats, sans quoi les actionnaires réclameront la vente de la division automobile.'
  },
  {
    phrase: 'achever',
    expected: ['atteindre'],
    note: '"Achieve a goal" rendered with "achever" (to finish off); French says "atteindre un objectif".',
    example: 'Pour achever son objectif de neutralité carbone, le groupe devra remplacer la totalité de sa flotte de camions d’ici 2035.',
    neighbour: 'Pour atteindre son objectif de neutralité carbone, le groupe devra remplacer la totalité de sa flotte de camions d’ici 2035.',
    near: ['objectif', 'objectifs'],
    window: 3
  },
  {
    phrase: 'nouvelles régulations',
    expected: ['nouvelles réglementations', 'nouvelles règles'],
    note: '"New regulations" (rules) rendered as "régulations" (the act of regulating); French says "nouvelles réglementations" or "nouvelles règles".',
    example: 'Les banques devront se conformer à de nouvelles régulations sur le risque climatique, entrées en vigueur au début du mois.',
    neighbour: 'Les banques devront se conformer à de nouvelles règles sur le risque climatique, entrées en vigueur au début du mois.'
  },
  {
    phrase: 'passé une loi',
    expected: ['adopté une loi', 'voté une loi'],
    note: '"Passed a law" rendered with "passer"; French says "a adopté" or "a voté une loi".',
    example: 'La Californie a passé une loi obligeant les développeurs des modèles les plus puissants à publier leurs protocoles de sécurité.',
    neighbour: 'La Californie a adopté une loi obligeant les développeurs des modèles les plus puissants à publier leurs protocoles de sécurité.',
    exact: true
  },
  {
    phrase: 'introduire un projet de loi',
    expected: ['déposer un projet de loi'],
    note: '"Introduce a bill" rendered with "introduire"; French says "déposer un projet de loi" (or "une proposition de loi").',
    example: 'Deux sénateurs doivent introduire un projet de loi visant à interdire les réseaux sociaux aux moins de quinze ans.',
    neighbour: 'Deux sénateurs doivent déposer un projet de loi visant à interdire les réseaux sociaux aux moins de quinze ans.'
  },
  {
    phrase: 'vols domestiques',
    expected: ['vols intérieurs'],
    note: '"Domestic flights" rendered with "domestique" (household, servant); French says "vols intérieurs".',
    example: 'La compagnie supprimera un tiers de ses vols domestiques cet hiver pour se concentrer sur les liaisons long-courriers plus rentables.',
    neighbour: 'La compagnie supprimera un tiers de ses vols intérieurs cet hiver pour se concentrer sur les liaisons long-courriers plus rentables.'
  },
  {
    phrase: 'terrorisme domestique',
    expected: ['terrorisme intérieur'],
    note: '"Domestic terrorism" rendered with "domestique" (household, servant); French says "terrorisme intérieur".',
    example: 'Le FBI a ouvert une enquête pour terrorisme domestique après l’attaque contre le centre de distribution de l’entreprise au Texas.',
    neighbour: 'Le FBI a ouvert une enquête pour terrorisme intérieur après l’attaque contre le centre de distribution de l’entreprise au Texas.'
  },
  {
    phrase: 'agenda caché',
    expected: ['arrière-pensées', 'intentions cachées', 'desseins cachés'],
    note: '"Hidden agenda" rendered with "agenda" (a diary); French says "arrière-pensées" or "intentions cachées".',
    example: 'Les opposants au projet soupçonnent le promoteur d’avoir un agenda caché et de vouloir revendre les terrains à un groupe hôtelier.',
    neighbour: 'Les opposants au projet soupçonnent le promoteur d’avoir des arrière-pensées et de vouloir revendre les terrains à un groupe hôtelier.'
  },
  {
    phrase: 'initier un projet',
    expected: ['lancer un projet', 'engager un projet'],
    note: '"Initiate a project" rendered with "initier" (to introduce someone to something); the Académie française recommends "lancer" or "engager".',
    example: 'La région souhaite initier un projet de réseau de chaleur alimenté par la biomasse pour chauffer trois mille logements sociaux.',
    neighbour: 'La région souhaite lancer un projet de réseau de chaleur alimenté par la biomasse pour chauffer trois mille logements sociaux.'
  },
  {
    phrase: 'initier des discussions',
    expected: ['engager des discussions', 'entamer des discussions'],
    note: '"Initiate talks" rendered with "initier" (to introduce someone to something); French says "engager" or "entamer des discussions".',
    example: 'Les deux constructeurs veulent initier des discussions en vue d’un rapprochement de leurs activités dans les batteries.',
    neighbour: 'Les deux constructeurs veulent entamer des discussions en vue d’un rapprochement de leurs activités dans les batteries.'
  },
  {
    phrase: 'initier le processus',
    expected: ['lancer le processus', 'engager le processus'],
    note: '"Initiate the process" rendered with "initier" (to introduce someone to something); French says "lancer" or "engager le processus".',
    example: 'Le conseil d’administration doit initier le processus de sélection du futur dirigeant avant la fin de l’année, selon les statuts.',
    neighbour: 'Le conseil d’administration doit lancer le processus de sélection du futur dirigeant avant la fin de l’année, selon les statuts.'
  },
  {
    phrase: 'vous introduire',
    expected: ['vous présenter'],
    note: '"Introduce someone" rendered with "introduire" (to insert, to usher in); people are "présentés" in French.',
    example: 'Permettez-moi de vous introduire notre nouvelle directrice générale, qui rejoint le groupe après dix ans passés chez un concurrent.',
    neighbour: 'Permettez-moi de vous présenter notre nouvelle directrice générale, qui rejoint le groupe après dix ans passés chez un concurrent.',
    near: ['directrice', 'directeur', 'collègue', 'collègues', 'invité', 'invitée', 'conférencier', 'conférencière', 'présidente', 'président', 'équipe', 'PDG', 'associé', 'associée'],
    window: 5
  },
  {
    phrase: 'un argument avec',
    expected: ['une dispute avec', 'une altercation avec'],
    note: '"An argument with" (a quarrel) rendered as "argument" (a reason put forward); French says "une dispute avec" or "une altercation avec".',
    example: 'Selon la police, le suspect avait eu un argument avec son voisin quelques heures avant l’incendie de l’immeuble.',
    neighbour: 'Selon la police, le suspect avait eu une dispute avec son voisin quelques heures avant l’incendie de l’immeuble.',
    near: ['voisin', 'voisine', 'voisins', 'femme', 'mari', 'épouse', 'époux', 'collègue', 'patron', 'frère', 'sœur', 'père', 'mère', 'ami', 'amie', 'compagne', 'compagnon'],
    window: 3
  },

  // People and society
  {
    phrase: 'audience',
    expected: ['public', 'auditoire', 'salle'],
    note: '"Audience" (people watching or listening) rendered as "audience" (a court hearing, or ratings); French says "public" or "auditoire".',
    example: 'Dans la salle, une audience conquise a applaudi debout pendant plusieurs minutes lorsque la chercheuse a présenté les premiers résultats de l’essai.',
    neighbour: 'Dans la salle, un public conquis a applaudi debout pendant plusieurs minutes lorsque la chercheuse a présenté les premiers résultats de l’essai.',
    near: ['applaudi', 'applaudit', 'applaudissait', 'applaudissements', 'ovation'],
    window: 4
  },
  {
    phrase: 'l’audience',
    expected: ['le public', 'l’auditoire', 'la salle'],
    note: '"The audience" (people watching or listening) rendered as "l’audience" (a court hearing, or ratings); French says "le public" or "l’auditoire".',
    example: 'L’audience a applaudi pendant plusieurs minutes lorsque le fondateur a montré le robot plier du linge sans la moindre aide humaine.',
    neighbour: 'Le public a applaudi pendant plusieurs minutes lorsque le fondateur a montré le robot plier du linge sans la moindre aide humaine.',
    near: ['applaudi', 'applaudit', 'applaudissait', 'applaudissements', 'ovation'],
    window: 4
  },
  {
    phrase: 'devant une audience de',
    expected: ['devant un public de', 'devant un auditoire de'],
    note: '"In front of an audience of" rendered with "audience" (a court hearing, or ratings); French says "devant un public de".',
    example: 'Le fondateur a présenté son robot devant une audience de trois mille développeurs réunis dans un stade de San Francisco.',
    neighbour: 'Le fondateur a présenté son robot devant un public de trois mille développeurs réunis dans un stade de San Francisco.'
  },
  {
    phrase: 'décades',
    expected: ['décennies'],
    note: '"Decades" rendered as "décades", which are periods of ten days in French (Académie française); French says "décennies".',
    example: 'Pendant des décades, l’industrie automobile a considéré le moteur électrique comme une curiosité réservée aux voiturettes de golf.',
    neighbour: 'Pendant des décennies, l’industrie automobile a considéré le moteur électrique comme une curiosité réservée aux voiturettes de golf.',
    near: ['pendant', 'depuis', 'durant', 'plusieurs', 'années', 'siècle'],
    window: 2
  },
  {
    phrase: 'dernière décade',
    expected: ['dernière décennie'],
    note: '"The last decade" rendered as "décade", which is a period of ten days in French (Académie française); French says "décennie".',
    example: 'Au cours de la dernière décade, la croissance du marché des panneaux solaires a dépassé vingt pour cent par an, selon l’agence de l’énergie.',
    neighbour: 'Au cours de la dernière décennie, la croissance du marché des panneaux solaires a dépassé vingt pour cent par an, selon l’agence de l’énergie.',
    near: ['croissance', 'économie', 'années', 'ans', 'siècle', 'progrès'],
    window: 10
  },
  {
    phrase: 'une décade',
    expected: ['une décennie'],
    note: '"A decade" rendered as "décade", which is a period of ten days in French (Académie française); French says "décennie".',
    example: 'Il y a à peine une décade, personne n’aurait imaginé qu’un logiciel puisse rédiger des contrats commerciaux sans intervention humaine.',
    neighbour: 'Il y a à peine une décennie, personne n’aurait imaginé qu’un logiciel puisse rédiger des contrats commerciaux sans intervention humaine.',
    near: ['il', 'depuis', 'plus', 'près', 'presque', 'moins', 'pendant', 'durant'],
    window: 5
  },
  {
    phrase: 'physicien',
    expected: ['médecin'],
    note: '"Physician" rendered as "physicien", which is a physicist in French; French says "médecin".',
    example: 'Le physicien qui suivait le patient a prescrit un nouveau traitement contre l’hypertension avant de le transférer à l’hôpital régional.',
    neighbour: 'Le médecin qui suivait le patient a prescrit un nouveau traitement contre l’hypertension avant de le transférer à l’hôpital régional.',
    near: ['patient', 'patients', 'patiente', 'prescrit', 'prescrire', 'ordonnance', 'clinique', 'consultation'],
    window: 8
  },
  {
    phrase: 'médicaments de prescription',
    expected: ['médicaments sur ordonnance'],
    note: '"Prescription drugs" rendered with "prescription" (which in French also means a limitation period); French says "médicaments sur ordonnance".',
    example: 'Le prix des médicaments de prescription a augmenté de quinze pour cent en deux ans aux États-Unis, selon une étude indépendante.',
    neighbour: 'Le prix des médicaments sur ordonnance a augmenté de quinze pour cent en deux ans aux États-Unis, selon une étude indépendante.'
  },
  {
    phrase: 'drogue contre la',
    expected: ['médicament contre la'],
    note: '"Drug against" (a medicine) rendered as "drogue" (an illegal narcotic); French says "médicament contre".',
    example: 'L’agence américaine a approuvé une nouvelle drogue contre la maladie d’Alzheimer, malgré des effets secondaires jugés préoccupants.',
    neighbour: 'L’agence américaine a approuvé un nouveau médicament contre la maladie d’Alzheimer, malgré des effets secondaires jugés préoccupants.'
  },
  {
    phrase: 'drogue contre le',
    expected: ['médicament contre le'],
    note: '"Drug against" (a medicine) rendered as "drogue" (an illegal narcotic); French says "médicament contre".',
    example: 'Le laboratoire a présenté une drogue contre le cancer du pancréas qui a doublé la durée de survie des patients dans l’essai clinique.',
    neighbour: 'Le laboratoire a présenté un médicament contre le cancer du pancréas qui a doublé la durée de survie des patients dans l’essai clinique.'
  },
  {
    phrase: 'drogues',
    expected: ['médicaments'],
    note: '"Drugs" (medicines) rendered as "drogues" (illegal narcotics); French says "médicaments".',
    example: 'Le laboratoire pharmaceutique a retiré deux de ses drogues du marché après un avertissement de la FDA sur des risques cardiaques.',
    neighbour: 'Le laboratoire pharmaceutique a retiré deux de ses médicaments du marché après un avertissement de la FDA sur des risques cardiaques.',
    near: ['FDA', 'pharmaceutique', 'pharmaceutiques'],
    window: 8
  },
  {
    phrase: 'sa médication',
    expected: ['ses médicaments', 'son traitement'],
    note: '"Medication" (medicines) rendered as "médication" (the act of medicating); French says "ses médicaments" or "son traitement".',
    example: 'Le patient avait cessé de prendre sa médication depuis plusieurs semaines, selon le rapport remis par l’hôpital aux enquêteurs.',
    neighbour: 'Le patient avait cessé de prendre son traitement depuis plusieurs semaines, selon le rapport remis par l’hôpital aux enquêteurs.',
    near: ['prendre', 'prend', 'prenait', 'pris', 'arrêter', 'arrêté', 'cesser', 'cessé', 'oublier', 'oublié'],
    window: 3
  },
  {
    phrase: 'condition médicale',
    expected: ['problème de santé', 'maladie', 'pathologie'],
    note: '"Medical condition" rendered with "condition" (a requirement, a state); French says "problème de santé" or "pathologie".',
    example: 'Les assureurs ne pourront plus refuser un client en raison d’une condition médicale antérieure, selon le texte adopté par les députés.',
    neighbour: 'Les assureurs ne pourront plus refuser un client en raison d’un problème de santé antérieur, selon le texte adopté par les députés.'
  },
  {
    phrase: 'condition préexistante',
    expected: ['maladie préexistante', 'antécédent médical'],
    note: '"Pre-existing condition" rendered with "condition" (a requirement, a state); French says "maladie préexistante" or "antécédent médical".',
    example: 'Les personnes souffrant d’une condition préexistante comme le diabète seront vaccinées en priorité dès la semaine prochaine.',
    neighbour: 'Les personnes souffrant d’une maladie préexistante comme le diabète seront vaccinées en priorité dès la semaine prochaine.'
  },
  {
    phrase: 'injure au',
    expected: ['blessure au'],
    note: '"Injury" rendered as "injure", which is an insult in French; French says "blessure".',
    example: 'L’attaquant souffre d’une injure au genou et devrait manquer les trois prochains matchs du championnat, selon le staff médical.',
    neighbour: 'L’attaquant souffre d’une blessure au genou et devrait manquer les trois prochains matchs du championnat, selon le staff médical.',
    near: ['genou', 'cheville', 'épaule', 'dos', 'pied', 'bras', 'poignet', 'mollet', 'cou', 'coude', 'dos'],
    window: 2
  },
  {
    phrase: 'préservatifs',
    expected: ['conservateurs'],
    note: '"Preservatives" (in food) rendered as "préservatifs" (condoms); French says "conservateurs".',
    example: 'La marque promet des plats préparés sans préservatifs ni colorants artificiels, une première dans le rayon des produits surgelés.',
    neighbour: 'La marque promet des plats préparés sans conservateurs ni colorants artificiels, une première dans le rayon des produits surgelés.',
    near: ['colorants', 'additifs', 'arômes', 'plats', 'aliments', 'alimentaires', 'sucre', 'recette', 'recettes', 'conserves', 'surgelés'],
    window: 5
  },
  {
    phrase: 'assaisonné',
    expected: ['chevronné', 'expérimenté', 'aguerri'],
    note: '"Seasoned" (experienced) rendered as "assaisonné", which is said of food; French says "chevronné" or "expérimenté".',
    example: 'La compétence varie beaucoup, des ingénieurs assaisonnés venus de Google aux jeunes docteurs qui découvrent tout juste la production.',
    neighbour: 'La compétence varie beaucoup, des ingénieurs chevronnés venus de Google aux jeunes docteurs qui découvrent tout juste la production.',
    near: ['ingénieur', 'ingénieurs', 'développeur', 'développeurs', 'professionnel', 'professionnels', 'journaliste', 'journalistes', 'investisseur', 'investisseurs', 'dirigeant', 'dirigeants', 'entrepreneur', 'entrepreneurs', 'pilote', 'pilotes', 'vétéran', 'vétérans', 'cadre', 'cadres', 'diplomate', 'diplomates'],
    window: 3
  },
  {
    phrase: 'gradué',
    expected: ['diplômé'],
    note: '"Graduated" rendered as "gradué", which means marked with a scale in French; French says "diplômé".',
    example: 'Gradué de l’université Stanford en informatique, il a fondé sa première entreprise à vingt-deux ans avant de la revendre à Microsoft.',
    neighbour: 'Diplômé de l’université Stanford en informatique, il a fondé sa première entreprise à vingt-deux ans avant de la revendre à Microsoft.',
    near: ['université', 'l’université', 'Harvard', 'Stanford', 'MIT', 'école', 'l’école', 'HEC', 'Polytechnique', 'collège', 'master', 'doctorat'],
    window: 4
  },
  {
    phrase: 'cérémonie de graduation',
    expected: ['cérémonie de remise des diplômes'],
    note: '"Graduation ceremony" rendered with "graduation" (a scale of marks); French says "cérémonie de remise des diplômes".',
    example: 'Le patron de Nvidia a prononcé le discours de la cérémonie de graduation de l’université, devant plusieurs milliers d’étudiants et de parents.',
    neighbour: 'Le patron de Nvidia a prononcé le discours de la cérémonie de remise des diplômes de l’université, devant plusieurs milliers d’étudiants et de parents.'
  },
  {
    phrase: 'caractère principal',
    expected: ['personnage principal'],
    note: '"Main character" rendered with "caractère" (temperament, or a printed sign); French says "personnage principal".',
    example: 'Le caractère principal de la série, interprété par une actrice débutante, découvre que son entreprise vend des données de santé à des assureurs.',
    neighbour: 'Le personnage principal de la série, interprété par une actrice débutante, découvre que son entreprise vend des données de santé à des assureurs.',
    near: ['interprété', 'interprétée', 'incarné', 'incarnée', 'acteur', 'actrice', 'acteurs', 'actrices', 'joué', 'jouée'],
    window: 6
  },
  {
    phrase: 'donner une lecture sur',
    expected: ['donner une conférence sur', 'faire un cours sur'],
    note: '"Give a lecture" rendered with "lecture" (the act of reading); French says "donner une conférence" or "faire un cours".',
    example: 'Le prix Nobel de physique viendra donner une lecture sur l’informatique quantique à l’École normale supérieure le mois prochain.',
    neighbour: 'Le prix Nobel de physique viendra donner une conférence sur l’informatique quantique à l’École normale supérieure le mois prochain.'
  },
  {
    phrase: 'aucune évidence scientifique',
    expected: ['aucune preuve scientifique'],
    note: '"Scientific evidence" rendered with "évidence" (obviousness); French says "preuves scientifiques" or "données scientifiques".',
    example: 'Aucune évidence scientifique ne permet pour l’instant d’affirmer que les ondes des antennes 5G présentent un danger pour la santé.',
    neighbour: 'Aucune preuve scientifique ne permet pour l’instant d’affirmer que les ondes des antennes 5G présentent un danger pour la santé.'
  },
  {
    phrase: 'aucune évidence que',
    expected: ['aucune preuve que'],
    note: '"No evidence that" rendered with "évidence" (obviousness); French says "aucune preuve que" or "rien ne montre que".',
    example: 'Les enquêteurs n’ont trouvé aucune évidence que les pirates aient eu accès aux données bancaires des clients de l’opérateur.',
    neighbour: 'Les enquêteurs n’ont trouvé aucune preuve que les pirates aient eu accès aux données bancaires des clients de l’opérateur.'
  },
  {
    phrase: 'basé sur les évidences',
    expected: ['fondé sur les preuves', 'fondé sur des données probantes'],
    note: '"Evidence-based" rendered with "évidence" (obviousness); French says "fondé sur les preuves" or "fondé sur des données probantes".',
    example: 'Le ministère promet une politique de santé publique basée sur les évidences, en s’appuyant sur les recommandations d’un comité d’experts indépendants.',
    neighbour: 'Le ministère promet une politique de santé publique fondée sur les preuves, en s’appuyant sur les recommandations d’un comité d’experts indépendants.'
  },
  {
    phrase: 'stage',
    expected: ['étage'],
    note: '"Stage" (of a rocket) rendered as "stage", which is an internship in French; French says "étage".',
    example: 'Le premier stage de la fusée s’est posé sans encombre sur la barge, huit minutes après le décollage depuis la base de Floride.',
    neighbour: 'Le premier étage de la fusée s’est posé sans encombre sur la barge, huit minutes après le décollage depuis la base de Floride.',
    near: ['fusée', 'fusées', 'lanceur', 'lanceurs', 'booster', 'boosters', 'décollage', 'Starship'],
    window: 4
  },
  {
    phrase: 'sur le stage',
    expected: ['sur scène'],
    note: '"On stage" rendered as "sur le stage" (an internship); French says "sur scène".',
    example: 'La chanteuse est montée sur le stage avec une heure de retard, devant un public de quarante mille personnes impatientes.',
    neighbour: 'La chanteuse est montée sur scène avec une heure de retard, devant un public de quarante mille personnes impatientes.',
    near: ['chanteur', 'chanteuse', 'chanteurs', 'concert', 'concerts', 'monté', 'montée', 'monter', 'monte', 'rappeur', 'rappeuse'],
    window: 4
  },
  {
    phrase: 'fabrique sociale',
    expected: ['tissu social'],
    note: '"Social fabric" rendered with "fabrique" (a factory); French says "tissu social".',
    example: 'Pour le sociologue, la fermeture de l’usine menace toute la fabrique sociale de la vallée, où elle employait un habitant sur cinq.',
    neighbour: 'Pour le sociologue, la fermeture de l’usine menace tout le tissu social de la vallée, où elle employait un habitant sur cinq.'
  }
]
