import type {PhraseEntry} from '../../src/phrases/types.js'

/**
 * French spinner phrases ("tortured phrases"): established technical,
 * scientific and business terms whose words a synonym spinner replaced, in
 * French directly (`carte maternelle` for carte mère) or in English before a
 * machine translation (`counterfeit consciousness` → `conscience
 * contrefaite`). Each phrase is nonsense as a term, so a hit is almost always
 * an artefact; anchors guard the few that are ordinary French elsewhere
 * (`forêt irrégulière` in forestry, `mémoire vivante` of a community).
 * Left out: terms French really uses (`apprentissage profond`, `réseau
 * neuronal profond`, `nuage informatique`, `informatique en nuage`,
 * `coupe-feu`, `courrier électronique`).
 */
export const entries: readonly PhraseEntry[] = [
  // Artificial intelligence and machine learning
  {
    phrase: 'intelligence factice',
    expected: ['intelligence artificielle'],
    note: 'Spun "artificial intelligence" ("artificial" → "fake"); the term is "intelligence artificielle".',
    example: 'Les auteurs proposent un cadre fondé sur une intelligence factice pour prévoir la consommation électrique des bâtiments publics à court terme.',
    neighbour: 'Les auteurs proposent un cadre fondé sur une intelligence artificielle pour prévoir la consommation électrique des bâtiments publics à court terme.'
  },
  {
    phrase: 'intelligence synthétique',
    expected: ['intelligence artificielle'],
    note: 'Spun "artificial intelligence" ("artificial" → "synthetic"); the term is "intelligence artificielle".',
    example: 'Grâce à une intelligence synthétique, le système détecte automatiquement les anomalies dans les images médicales avec une précision de quatre-vingt-quinze pour cent.',
    neighbour: 'Grâce à une intelligence artificielle, le système détecte automatiquement les anomalies dans les images médicales avec une précision de quatre-vingt-quinze pour cent.'
  },
  {
    phrase: 'intelligence contrefaite',
    expected: ['intelligence artificielle'],
    note: 'Spun "artificial intelligence" ("artificial" → "counterfeit"); the term is "intelligence artificielle".',
    example: 'Les outils dotés d’une intelligence contrefaite permettent désormais d’optimiser le routage des camions de livraison dans les grandes agglomérations européennes.',
    neighbour: 'Les outils dotés d’une intelligence artificielle permettent désormais d’optimiser le routage des camions de livraison dans les grandes agglomérations européennes.'
  },
  {
    phrase: 'conscience contrefaite',
    expected: ['intelligence artificielle'],
    note: 'French rendering of the tortured phrase "counterfeit consciousness" for "artificial intelligence"; the term is "intelligence artificielle".',
    example: 'Cet article examine les applications de la conscience contrefaite dans le diagnostic précoce des maladies cardiovasculaires chez les patients âgés.',
    neighbour: 'Cet article examine les applications de l’intelligence artificielle dans le diagnostic précoce des maladies cardiovasculaires chez les patients âgés.'
  },
  {
    phrase: 'intellect artificiel',
    expected: ['intelligence artificielle'],
    note: 'Spun "artificial intelligence" ("intelligence" → "intellect"); the term is "intelligence artificielle".',
    example: 'Les entreprises qui adoptent un intellect artificiel dans leur service client réduisent leurs coûts de traitement des réclamations de près d’un tiers.',
    neighbour: 'Les entreprises qui adoptent une intelligence artificielle dans leur service client réduisent leurs coûts de traitement des réclamations de près d’un tiers.'
  },
  {
    phrase: 'apprentissage mécanique',
    expected: ['apprentissage automatique'],
    note: 'Spun "machine learning" ("machine" → "mechanical"); the term is "apprentissage automatique". In teaching, "apprentissage mécanique" (rote learning) is left alone.',
    example: 'Les algorithmes fondés sur un apprentissage mécanique ont été entraînés sur un jeu de données de cinquante mille radiographies annotées par des radiologues.',
    neighbour: 'Les algorithmes fondés sur un apprentissage automatique ont été entraînés sur un jeu de données de cinquante mille radiographies annotées par des radiologues.',
    near: ['algorithme', 'algorithmes', 'entraîné', 'entraînés', 'entraînement', 'prédiction', 'classification'],
    window: 8
  },
  {
    phrase: 'éducation automatique',
    expected: ['apprentissage automatique'],
    note: 'Spun "machine learning" ("learning" → "education"); the term is "apprentissage automatique".',
    example: 'Nous comparons plusieurs modèles entraînés par éducation automatique pour prédire le risque de défaut de paiement à partir de l’historique bancaire des clients.',
    neighbour: 'Nous comparons plusieurs modèles entraînés par apprentissage automatique pour prédire le risque de défaut de paiement à partir de l’historique bancaire des clients.'
  },
  {
    phrase: 'organisation neuronale',
    expected: ['réseau de neurones', 'réseau neuronal'],
    note: 'French rendering of the tortured phrase "neural organization" for "neural network"; the term is "réseau de neurones".',
    example: 'Une organisation neuronale convolutive à huit couches a été entraînée pour reconnaître les défauts de soudure sur les images de la chaîne de production.',
    neighbour: 'Un réseau de neurones convolutif à huit couches a été entraîné pour reconnaître les défauts de soudure sur les images de la chaîne de production.',
    near: ['convolutive', 'convolutif', 'convolutionnelle', 'profonde', 'couche', 'couches', 'entraînée', 'entraîné', 'entraînement', 'apprentissage', 'artificielle', 'récurrente'],
    window: 4
  },
  {
    phrase: 'filet neuronal',
    expected: ['réseau neuronal', 'réseau de neurones'],
    note: 'Spun "neural network" ("network" → "net"); the term is "réseau neuronal" or "réseau de neurones".',
    example: 'Le filet neuronal proposé atteint une précision de quatre-vingt-dix-huit pour cent sur la base de données publique de chiffres manuscrits.',
    neighbour: 'Le réseau neuronal proposé atteint une précision de quatre-vingt-dix-huit pour cent sur la base de données publique de chiffres manuscrits.'
  },
  {
    phrase: 'filet de neurones',
    expected: ['réseau de neurones'],
    note: 'Spun "réseau de neurones" ("réseau" → "filet"); the term is "réseau de neurones".',
    example: 'Un filet de neurones à trois couches cachées suffit pour estimer la demande d’électricité heure par heure avec une erreur inférieure à cinq pour cent.',
    neighbour: 'Un réseau de neurones à trois couches cachées suffit pour estimer la demande d’électricité heure par heure avec une erreur inférieure à cinq pour cent.'
  },
  {
    phrase: 'toile neuronale',
    expected: ['réseau neuronal', 'réseau de neurones'],
    note: 'Spun "neural network" ("network" → "web"); the term is "réseau neuronal" or "réseau de neurones".',
    example: 'La toile neuronale profonde a été entraînée pendant trois jours sur quatre processeurs graphiques avant d’atteindre des performances satisfaisantes.',
    neighbour: 'Le réseau neuronal profond a été entraîné pendant trois jours sur quatre processeurs graphiques avant d’atteindre des performances satisfaisantes.'
  },
  {
    phrase: 'réseau neuronal répétitif',
    expected: ['réseau de neurones récurrent', 'réseau neuronal récurrent'],
    note: 'Spun "recurrent neural network" ("recurrent" → "repetitive"); the term is "réseau de neurones récurrent".',
    example: 'Un réseau neuronal répétitif est utilisé pour modéliser les séries temporelles de consommation électrique relevées toutes les quinze minutes.',
    neighbour: 'Un réseau de neurones récurrent est utilisé pour modéliser les séries temporelles de consommation électrique relevées toutes les quinze minutes.'
  },
  {
    phrase: 'organisation antagoniste',
    expected: ['réseau antagoniste'],
    note: 'French rendering of the tortured phrase "generative adversarial organization" for "generative adversarial network"; the term is "réseau antagoniste génératif".',
    example: 'Les chercheurs utilisent une organisation antagoniste générative pour produire des images synthétiques de tumeurs destinées à enrichir le jeu d’entraînement.',
    neighbour: 'Les chercheurs utilisent un réseau antagoniste génératif pour produire des images synthétiques de tumeurs destinées à enrichir le jeu d’entraînement.'
  },
  {
    phrase: 'forêt arbitraire',
    expected: ['forêt aléatoire'],
    note: 'Spun "random forest" ("random" → "arbitrary"); the term is "forêt aléatoire".',
    example: 'Le modèle de forêt arbitraire obtient les meilleurs résultats pour prédire la durée de séjour des patients admis aux urgences.',
    neighbour: 'Le modèle de forêt aléatoire obtient les meilleurs résultats pour prédire la durée de séjour des patients admis aux urgences.'
  },
  {
    phrase: 'forêt irrégulière',
    expected: ['forêt aléatoire'],
    note: 'French rendering of the tortured phrase "irregular woodland/forest" for "random forest"; the term is "forêt aléatoire". The forestry sense is left alone.',
    example: 'Une forêt irrégulière de cinq cents arbres de décision a été entraînée sur les données des capteurs pour classer les pannes des machines.',
    neighbour: 'Une forêt aléatoire de cinq cents arbres de décision a été entraînée sur les données des capteurs pour classer les pannes des machines.',
    near: ['classification', 'classificateur', 'classifieur', 'apprentissage', 'algorithme', 'prédiction', 'entraînée', 'entraîné', 'régression'],
    window: 10
  },
  {
    phrase: 'arbre de choix',
    expected: ['arbre de décision'],
    note: 'Spun "decision tree" ("decision" → "choice"); the term is "arbre de décision".',
    example: 'Un arbre de choix entraîné sur les données cliniques permet de classer les patients selon leur risque de complication après l’opération.',
    neighbour: 'Un arbre de décision entraîné sur les données cliniques permet de classer les patients selon leur risque de complication après l’opération.',
    near: ['classification', 'classer', 'entraîné', 'apprentissage', 'algorithme', 'entropie', 'nœud', 'nœuds', 'prédiction', 'forêt'],
    window: 10
  },
  {
    phrase: 'vecteurs de renfort',
    expected: ['vecteurs de support'],
    note: 'Spun "support vector machine" ("support" → "bolster, reinforcement"); the term is "machine à vecteurs de support".',
    example: 'La machine à vecteurs de renfort surpasse les autres classificateurs testés pour détecter les courriels frauduleux dans notre corpus.',
    neighbour: 'La machine à vecteurs de support surpasse les autres classificateurs testés pour détecter les courriels frauduleux dans notre corpus.'
  },
  {
    phrase: 'Bayes innocent',
    expected: ['Bayes naïf', 'classifieur bayésien naïf'],
    note: 'Spun "naive Bayes" ("naive" → "innocent"); the term is "Bayes naïf" or "classifieur bayésien naïf".',
    example: 'Le classifieur Bayes innocent obtient une exactitude de quatre-vingt-sept pour cent sur la détection des messages indésirables, pour un coût de calcul minime.',
    neighbour: 'Le classifieur Bayes naïf obtient une exactitude de quatre-vingt-sept pour cent sur la détection des messages indésirables, pour un coût de calcul minime.'
  },
  {
    phrase: 'apprentissage administré',
    expected: ['apprentissage supervisé'],
    note: 'Spun "supervised learning" ("supervised" → "administered"); the term is "apprentissage supervisé".',
    example: 'Les méthodes fondées sur un apprentissage administré exigent des milliers d’exemples étiquetés à la main, ce qui rend leur déploiement coûteux dans l’industrie.',
    neighbour: 'Les méthodes fondées sur un apprentissage supervisé exigent des milliers d’exemples étiquetés à la main, ce qui rend leur déploiement coûteux dans l’industrie.'
  },
  {
    phrase: 'apprentissage non administré',
    expected: ['apprentissage non supervisé'],
    note: 'Spun "unsupervised learning" ("supervised" → "administered"); the term is "apprentissage non supervisé".',
    example: 'Une approche par apprentissage non administré permet de regrouper les clients en segments homogènes sans aucune étiquette préalable.',
    neighbour: 'Une approche par apprentissage non supervisé permet de regrouper les clients en segments homogènes sans aucune étiquette préalable.'
  },
  {
    phrase: 'apprentissage de soutien',
    expected: ['apprentissage par renforcement'],
    note: 'Spun "reinforcement learning" ("reinforcement" → "support"); the term is "apprentissage par renforcement".',
    example: 'L’agent est entraîné par apprentissage de soutien à maximiser une récompense qui dépend de la consommation d’énergie du bâtiment.',
    neighbour: 'L’agent est entraîné par apprentissage par renforcement à maximiser une récompense qui dépend de la consommation d’énergie du bâtiment.',
    near: ['agent', 'agents', 'récompense', 'récompenses', 'politique', 'environnement', 'algorithme', 'entraîné', 'entraînement'],
    window: 8
  },
  {
    phrase: 'couche dissimulée',
    expected: ['couche cachée'],
    note: 'Spun "hidden layer" ("hidden" → "concealed"); the term is "couche cachée".',
    example: 'Le réseau comporte une seule couche dissimulée de soixante-quatre neurones, ce qui suffit pour approximer la fonction de coût observée.',
    neighbour: 'Le réseau comporte une seule couche cachée de soixante-quatre neurones, ce qui suffit pour approximer la fonction de coût observée.'
  },
  {
    phrase: 'fonction de malheur',
    expected: ['fonction de perte'],
    note: 'Spun "loss function" ("loss" → "misfortune"); the term is "fonction de perte".',
    example: 'La fonction de malheur est minimisée par descente de gradient stochastique avec un taux d’apprentissage décroissant au fil des époques.',
    neighbour: 'La fonction de perte est minimisée par descente de gradient stochastique avec un taux d’apprentissage décroissant au fil des époques.'
  },
  {
    phrase: 'plongée de pente',
    expected: ['descente de gradient'],
    note: 'Spun "gradient descent" ("gradient" → "slope", "descent" → "plunge"); the term is "descente de gradient".',
    example: 'Les paramètres du modèle sont ajustés par plongée de pente stochastique jusqu’à la convergence de l’erreur sur l’ensemble de validation.',
    neighbour: 'Les paramètres du modèle sont ajustés par descente de gradient stochastique jusqu’à la convergence de l’erreur sur l’ensemble de validation.'
  },
  {
    phrase: 'descente d’inclinaison',
    expected: ['descente de gradient'],
    note: 'Spun "gradient descent" ("gradient" → "incline"); the term is "descente de gradient".',
    example: 'Une variante de la descente d’inclinaison permet de réduire de moitié le temps d’entraînement du modèle sur les grands corpus de texte.',
    neighbour: 'Une variante de la descente de gradient permet de réduire de moitié le temps d’entraînement du modèle sur les grands corpus de texte.'
  },
  {
    phrase: 'bévue quadratique',
    expected: ['erreur quadratique'],
    note: 'Spun "mean square error" ("error" → "blunder"); the term is "erreur quadratique moyenne".',
    example: 'La bévue quadratique moyenne obtenue sur l’ensemble de test est inférieure de vingt pour cent à celle des méthodes de référence.',
    neighbour: 'L’erreur quadratique moyenne obtenue sur l’ensemble de test est inférieure de vingt pour cent à celle des méthodes de référence.'
  },
  {
    phrase: 'bévue absolue',
    expected: ['erreur absolue'],
    note: 'Spun "mean absolute error" ("error" → "blunder"); the term is "erreur absolue moyenne".',
    example: 'Le modèle hybride réduit la bévue absolue moyenne des prévisions de vente de douze pour cent par rapport à une simple moyenne mobile.',
    neighbour: 'Le modèle hybride réduit l’erreur absolue moyenne des prévisions de vente de douze pour cent par rapport à une simple moyenne mobile.'
  },
  {
    phrase: 'taux de bévue',
    expected: ['taux d’erreur'],
    note: 'Spun "error rate" ("error" → "blunder"); the term is "taux d’erreur".',
    example: 'Le système de reconnaissance affiche un taux de bévue de trois pour cent sur les plaques d’immatriculation photographiées de nuit.',
    neighbour: 'Le système de reconnaissance affiche un taux d’erreur de trois pour cent sur les plaques d’immatriculation photographiées de nuit.'
  },
  {
    phrase: 'approbation croisée',
    expected: ['validation croisée'],
    note: 'Spun "cross-validation" ("validation" → "approval"); the term is "validation croisée".',
    example: 'Les hyperparamètres ont été choisis par approbation croisée à dix plis sur l’ensemble d’entraînement, avant l’évaluation finale.',
    neighbour: 'Les hyperparamètres ont été choisis par validation croisée à dix plis sur l’ensemble d’entraînement, avant l’évaluation finale.'
  },
  {
    phrase: 'matrice de désarroi',
    expected: ['matrice de confusion'],
    note: 'Spun "confusion matrix" ("confusion" → "disarray"); the term is "matrice de confusion".',
    example: 'La matrice de désarroi montre que le modèle confond surtout les images de chats et de renards prises en faible luminosité.',
    neighbour: 'La matrice de confusion montre que le modèle confond surtout les images de chats et de renards prises en faible luminosité.'
  },
  {
    phrase: 'index informationnel',
    expected: ['jeu de données', 'ensemble de données'],
    note: 'French rendering of the tortured phrase "informational index" for "data set"; the term is "jeu de données".',
    example: 'Nous avons constitué un index informationnel de vingt mille avis de clients annotés manuellement selon leur polarité positive ou négative.',
    neighbour: 'Nous avons constitué un jeu de données de vingt mille avis de clients annotés manuellement selon leur polarité positive ou négative.'
  },
  {
    phrase: 'extraction minière de données',
    expected: ['exploration de données', 'fouille de données'],
    note: 'Spun "data mining" ("mining" taken literally); the term is "exploration de données" or "fouille de données".',
    example: 'Les banques peuvent, par extraction minière de données, repérer les comportements d’achat inhabituels dans les transactions des clients.',
    neighbour: 'Les banques peuvent, par exploration de données, repérer les comportements d’achat inhabituels dans les transactions des clients.'
  },
  {
    phrase: 'données de préparation',
    expected: ['données d’entraînement'],
    note: 'Spun "training data" ("training" → "preparing"); the term is "données d’entraînement".',
    example: 'Le modèle a été évalué sur des images absentes des données de préparation afin de mesurer sa capacité de généralisation.',
    neighbour: 'Le modèle a été évalué sur des images absentes des données d’entraînement afin de mesurer sa capacité de généralisation.',
    near: ['modèle', 'modèles', 'apprentissage', 'entraînement', 'réseau', 'algorithme', 'généralisation', 'classifieur', 'IA'],
    window: 8
  },
  {
    phrase: 'extraction de surbrillance',
    expected: ['extraction de caractéristiques'],
    note: 'Spun "feature extraction" ("feature" → "highlight"); the term is "extraction de caractéristiques".',
    example: 'Une extraction de surbrillance fondée sur des filtres de Gabor est appliquée à chaque image avant la classification finale.',
    neighbour: 'Une extraction de caractéristiques fondée sur des filtres de Gabor est appliquée à chaque image avant la classification finale.'
  },
  {
    phrase: 'découverte des bords',
    expected: ['détection des contours'],
    note: 'Spun "edge detection" ("detection" → "discovery"); the term is "détection de contours".',
    example: 'Un algorithme de découverte des bords est appliqué aux images satellites pour délimiter automatiquement les parcelles agricoles.',
    neighbour: 'Un algorithme de détection des contours est appliqué aux images satellites pour délimiter automatiquement les parcelles agricoles.'
  },
  {
    phrase: 'reconnaissance du faciès',
    expected: ['reconnaissance faciale'],
    note: 'Spun "facial recognition" ("face" → "faciès"); the term is "reconnaissance faciale".',
    example: 'Les caméras de reconnaissance du faciès installées dans la gare identifient les voyageurs en moins d’une seconde, selon l’opérateur.',
    neighbour: 'Les caméras de reconnaissance faciale installées dans la gare identifient les voyageurs en moins d’une seconde, selon l’opérateur.'
  },
  {
    phrase: 'visage reconnaissance',
    expected: ['reconnaissance faciale'],
    note: 'Spun "face recognition" with the English word order; the term is "reconnaissance faciale".',
    example: 'Le système de visage reconnaissance proposé combine un réseau convolutif et une base de données de dix mille portraits annotés.',
    neighbour: 'Le système de reconnaissance faciale proposé combine un réseau convolutif et une base de données de dix mille portraits annotés.'
  },
  {
    phrase: 'reconnaissance orale',
    expected: ['reconnaissance vocale'],
    note: 'Spun "speech recognition" ("speech" → "oral"); the term is "reconnaissance vocale" or "reconnaissance de la parole".',
    example: 'Le logiciel de reconnaissance orale transcrit les consultations médicales en temps réel et remplit automatiquement le dossier du patient.',
    neighbour: 'Le logiciel de reconnaissance vocale transcrit les consultations médicales en temps réel et remplit automatiquement le dossier du patient.',
    near: ['logiciel', 'assistant', 'transcrit', 'transcription', 'micro', 'microphone', 'audio', 'système', 'modèle', 'Siri', 'Alexa'],
    window: 6
  },
  {
    phrase: 'langage normal',
    expected: ['langage naturel'],
    note: 'French rendering of the tortured phrase "normal language processing" for "natural language processing"; the term is "traitement du langage naturel".',
    example: 'Les outils de traitement du langage normal permettent d’extraire automatiquement les entités nommées des dépêches de presse.',
    neighbour: 'Les outils de traitement du langage naturel permettent d’extraire automatiquement les entités nommées des dépêches de presse.',
    near: ['traitement', 'manipulation', 'gestion', 'modèle', 'modèles', 'compréhension'],
    window: 3
  },
  {
    phrase: 'vision par PC',
    expected: ['vision par ordinateur'],
    note: 'Spun "computer vision" ("computer" → "PC"); the term is "vision par ordinateur".',
    example: 'Les méthodes de vision par PC permettent de compter automatiquement les véhicules qui franchissent chaque carrefour équipé d’une caméra.',
    neighbour: 'Les méthodes de vision par ordinateur permettent de compter automatiquement les véhicules qui franchissent chaque carrefour équipé d’une caméra.'
  },
  {
    phrase: 'calcul héréditaire',
    expected: ['algorithme génétique'],
    note: 'French rendering of the tortured phrase "hereditary calculation" for "genetic algorithm"; the term is "algorithme génétique".',
    example: 'Un calcul héréditaire est employé pour optimiser l’emplacement des bornes de recharge en fonction du trafic observé dans la ville.',
    neighbour: 'Un algorithme génétique est employé pour optimiser l’emplacement des bornes de recharge en fonction du trafic observé dans la ville.'
  },
  {
    phrase: 'algorithme héréditaire',
    expected: ['algorithme génétique'],
    note: 'Spun "genetic algorithm" ("genetic" → "hereditary"); the term is "algorithme génétique".',
    example: 'Les auteurs appliquent un algorithme héréditaire pour répartir les tâches entre les serveurs et réduire la consommation d’énergie du centre de données.',
    neighbour: 'Les auteurs appliquent un algorithme génétique pour répartir les tâches entre les serveurs et réduire la consommation d’énergie du centre de données.'
  },
  {
    phrase: 'essaim de molécules',
    expected: ['essaim particulaire', 'essaims particulaires'],
    note: 'French rendering of the tortured phrase "molecule swarm optimization" for "particle swarm optimization"; the term is "optimisation par essaims particulaires".',
    example: 'La méthode d’optimisation par essaim de molécules converge plus vite que les approches classiques pour régler les paramètres du contrôleur.',
    neighbour: 'La méthode d’optimisation par essaims particulaires converge plus vite que les approches classiques pour régler les paramètres du contrôleur.'
  },
  {
    phrase: 'insectes souterrains',
    expected: ['colonies de fourmis'],
    note: 'French rendering of the tortured phrase "subterranean insect colony" for "ant colony optimization"; the term is "optimisation par colonies de fourmis".',
    example: 'L’algorithme, inspiré du comportement des insectes souterrains, trouve des tournées de livraison plus courtes que la méthode du plus proche voisin.',
    neighbour: 'L’algorithme, inspiré du comportement des colonies de fourmis, trouve des tournées de livraison plus courtes que la méthode du plus proche voisin.',
    near: ['algorithme', 'l’algorithme', 'optimisation', 'heuristique', 'métaheuristique', 'tournée', 'tournées'],
    window: 8
  },
  {
    phrase: 'arrangement idéal',
    expected: ['solution optimale'],
    note: 'French rendering of the tortured phrase "ideal arrangement" for "optimal solution"; the term is "solution optimale".',
    example: 'L’algorithme trouve un arrangement idéal du problème d’ordonnancement en moins de deux secondes pour des instances de cent tâches.',
    neighbour: 'L’algorithme trouve une solution optimale du problème d’ordonnancement en moins de deux secondes pour des instances de cent tâches.',
    near: ['algorithme', 'l’algorithme', 'optimisation', 'problème', 'contraintes', 'fonction', 'heuristique', 'instances'],
    window: 8
  },
  {
    phrase: 'travail objectif',
    expected: ['fonction objectif'],
    note: 'Spun "objective function" ("function" → "work"); the term is "fonction objectif".',
    example: 'Le travail objectif à minimiser combine le coût de production et une pénalité pour chaque commande livrée en retard.',
    neighbour: 'La fonction objectif à minimiser combine le coût de production et une pénalité pour chaque commande livrée en retard.',
    near: ['minimiser', 'maximiser', 'optimisation', 'contraintes', 'contrainte', 'pénalité', 'optimum'],
    window: 6
  },
  {
    phrase: 'résultats de récréation',
    expected: ['résultats de simulation'],
    note: 'Spun "simulation results" ("simulation" → "recreation"); the term is "résultats de simulation".',
    example: 'Les résultats de récréation obtenus sous MATLAB confirment que le contrôleur proposé stabilise la tension en moins de dix millisecondes.',
    neighbour: 'Les résultats de simulation obtenus sous MATLAB confirment que le contrôleur proposé stabilise la tension en moins de dix millisecondes.'
  },
  {
    phrase: 'récréation',
    expected: ['simulation'],
    note: 'Spun "simulation" ("simulation" → "recreation"); next to a simulation tool the term is "simulation".',
    example: 'Une récréation sous Simulink a permis de vérifier le comportement de l’onduleur lors d’une coupure brutale du réseau électrique.',
    neighbour: 'Une simulation sous Simulink a permis de vérifier le comportement de l’onduleur lors d’une coupure brutale du réseau électrique.',
    near: ['MATLAB', 'Simulink', 'ANSYS', 'COMSOL'],
    window: 4
  },

  // Computing and networks
  {
    phrase: 'carte maternelle',
    expected: ['carte mère'],
    note: 'Spun "carte mère" (motherboard) ("mère" → "maternelle"); the term is "carte mère".',
    example: 'La carte maternelle du serveur intègre deux emplacements pour processeurs et seize connecteurs de mémoire pour les applications de calcul intensif.',
    neighbour: 'La carte mère du serveur intègre deux emplacements pour processeurs et seize connecteurs de mémoire pour les applications de calcul intensif.'
  },
  {
    phrase: 'cercle dur',
    expected: ['disque dur'],
    note: 'Spun "hard disk" ("disk" → "circle"); the term is "disque dur".',
    example: 'Les données du capteur sont enregistrées sur un cercle dur externe avant d’être transférées chaque nuit vers le serveur central.',
    neighbour: 'Les données du capteur sont enregistrées sur un disque dur externe avant d’être transférées chaque nuit vers le serveur central.'
  },
  {
    phrase: 'disque ferme',
    expected: ['disque dur'],
    note: 'Spun "disque dur" ("dur" → "ferme"); the term is "disque dur".',
    example: 'Le portable est livré avec un disque ferme de cinq cents gigaoctets, ce qui paraît bien peu pour un usage professionnel.',
    neighbour: 'Le portable est livré avec un disque dur de cinq cents gigaoctets, ce qui paraît bien peu pour un usage professionnel.'
  },
  {
    phrase: 'mémoire à accès irrégulier',
    expected: ['mémoire vive', 'mémoire à accès aléatoire'],
    note: 'Spun "random access memory" ("random" → "irregular"); the term is "mémoire vive" (RAM).',
    example: 'L’ordinateur embarqué dispose de huit gigaoctets de mémoire à accès irrégulier, ce qui limite la taille des modèles exécutables en local.',
    neighbour: 'L’ordinateur embarqué dispose de huit gigaoctets de mémoire vive, ce qui limite la taille des modèles exécutables en local.'
  },
  {
    phrase: 'mémoire vivante',
    expected: ['mémoire vive'],
    note: 'Spun "mémoire vive" (RAM) ("vive" → "vivante"); next to hardware words the term is "mémoire vive". The memory of a community is left alone.',
    example: 'Le téléphone embarque douze gigaoctets de mémoire vivante et un processeur gravé en trois nanomètres, selon la fiche technique du fabricant.',
    neighbour: 'Le téléphone embarque douze gigaoctets de mémoire vive et un processeur gravé en trois nanomètres, selon la fiche technique du fabricant.',
    exact: true,
    near: ['gigaoctets', 'Go', 'RAM', 'processeur', 'processeurs', 'ordinateur', 'stockage', 'barrette', 'barrettes', 'serveur', 'carte'],
    window: 6
  },
  {
    phrase: 'unité de traitement focale',
    expected: ['unité centrale de traitement', 'processeur'],
    note: 'Spun "central processing unit" ("central" → "focal"); the term is "processeur" or "unité centrale de traitement".',
    example: 'Son unité de traitement focale fonctionne à quatre cents mégahertz et consomme moins de cent milliwatts en pleine charge.',
    neighbour: 'Son unité centrale de traitement fonctionne à quatre cents mégahertz et consomme moins de cent milliwatts en pleine charge.'
  },
  {
    phrase: 'écran palpable',
    expected: ['écran tactile'],
    note: 'Spun "écran tactile" (touch screen) ("tactile" → "palpable"); the term is "écran tactile".',
    example: 'La borne est équipée d’un écran palpable de vingt-deux pouces qui permet aux voyageurs d’acheter leurs billets sans passer au guichet.',
    neighbour: 'La borne est équipée d’un écran tactile de vingt-deux pouces qui permet aux voyageurs d’acheter leurs billets sans passer au guichet.'
  },
  {
    phrase: 'PC quantique',
    expected: ['ordinateur quantique'],
    note: 'Spun "quantum computer" ("computer" → "PC"); the term is "ordinateur quantique".',
    example: 'Un PC quantique de quelques milliers de qubits pourrait casser les systèmes de chiffrement actuels, préviennent les auteurs du rapport.',
    neighbour: 'Un ordinateur quantique de quelques milliers de qubits pourrait casser les systèmes de chiffrement actuels, préviennent les auteurs du rapport.'
  },
  {
    phrase: 'moteur de quête',
    expected: ['moteur de recherche'],
    note: 'Spun "moteur de recherche" (search engine) ("recherche" → "quête"); the term is "moteur de recherche".',
    example: 'Le moteur de quête de l’entreprise indexe chaque jour plusieurs milliards de pages et répond à la majorité des requêtes en moins d’une seconde.',
    neighbour: 'Le moteur de recherche de l’entreprise indexe chaque jour plusieurs milliards de pages et répond à la majorité des requêtes en moins d’une seconde.'
  },
  {
    phrase: 'mot de passage',
    expected: ['mot de passe'],
    note: 'Spun "mot de passe" (password) ("passe" → "passage"); the term is "mot de passe".',
    example: 'Chaque utilisateur doit choisir un mot de passage d’au moins douze caractères et activer l’authentification à deux facteurs.',
    neighbour: 'Chaque utilisateur doit choisir un mot de passe d’au moins douze caractères et activer l’authentification à deux facteurs.'
  },
  {
    phrase: 'fondement de données',
    expected: ['base de données'],
    note: 'Spun "base de données" (database) ("base" → "fondement"); the term is "base de données".',
    example: 'Les informations des patients sont stockées dans un fondement de données relationnel hébergé sur les serveurs de l’hôpital universitaire.',
    neighbour: 'Les informations des patients sont stockées dans une base de données relationnelle hébergée sur les serveurs de l’hôpital universitaire.'
  },
  {
    phrase: 'assise de données',
    expected: ['base de données'],
    note: 'Spun "base de données" (database) ("base" → "assise"); the term is "base de données".',
    example: 'Une assise de données de cent mille transactions a été utilisée pour évaluer la méthode de détection des fraudes proposée dans cet article.',
    neighbour: 'Une base de données de cent mille transactions a été utilisée pour évaluer la méthode de détection des fraudes proposée dans cet article.'
  },
  {
    phrase: 'travail de hachage',
    expected: ['fonction de hachage'],
    note: 'Spun "hash function" ("function" → "work"); the term is "fonction de hachage".',
    example: 'Chaque bloc contient l’empreinte du précédent, calculée au moyen d’un travail de hachage cryptographique de deux cent cinquante-six bits.',
    neighbour: 'Chaque bloc contient l’empreinte du précédent, calculée au moyen d’une fonction de hachage cryptographique de deux cent cinquante-six bits.'
  },
  {
    phrase: 'chaîne de pavés',
    expected: ['chaîne de blocs', 'blockchain'],
    note: 'Spun "chaîne de blocs" (blockchain) ("blocs" → "pavés"); the term is "chaîne de blocs" or "blockchain".',
    example: 'La traçabilité des lots de médicaments repose sur une chaîne de pavés partagée entre les fabricants, les grossistes et les pharmacies.',
    neighbour: 'La traçabilité des lots de médicaments repose sur une chaîne de blocs partagée entre les fabricants, les grossistes et les pharmacies.'
  },
  {
    phrase: 'chaîne carrée',
    expected: ['chaîne de blocs', 'blockchain'],
    note: 'French rendering of the tortured phrase "square chain" for "blockchain" ("block" → "square"); the term is "chaîne de blocs" or "blockchain".',
    example: 'Toutes les transactions en cryptomonnaie sont enregistrées dans une chaîne carrée publique que chaque participant peut vérifier librement.',
    neighbour: 'Toutes les transactions en cryptomonnaie sont enregistrées dans une chaîne de blocs publique que chaque participant peut vérifier librement.',
    near: ['cryptomonnaie', 'cryptomonnaies', 'bitcoin', 'Bitcoin', 'Ethereum', 'transactions', 'registre', 'décentralisé', 'décentralisée', 'jetons', 'minage'],
    window: 8
  },
  {
    phrase: 'logiciel méchant',
    expected: ['logiciel malveillant'],
    note: 'Spun "logiciel malveillant" (malware) ("malveillant" → "méchant"); the term is "logiciel malveillant".',
    example: 'Le logiciel méchant se propage par des pièces jointes piégées et chiffre les fichiers de l’entreprise avant d’exiger une rançon.',
    neighbour: 'Le logiciel malveillant se propage par des pièces jointes piégées et chiffre les fichiers de l’entreprise avant d’exiger une rançon.'
  },
  {
    phrase: 'localisation d’interruption',
    expected: ['détection d’intrusion'],
    note: 'French rendering of the tortured phrase "interruption location" for "intrusion detection"; the term is "détection d’intrusion".',
    example: 'Nous proposons un système de localisation d’interruption fondé sur l’apprentissage profond pour protéger les réseaux industriels contre les attaques.',
    neighbour: 'Nous proposons un système de détection d’intrusion fondé sur l’apprentissage profond pour protéger les réseaux industriels contre les attaques.'
  },
  {
    phrase: 'refus d’administration',
    expected: ['déni de service'],
    note: 'French rendering of the tortured phrase "refusal of administration" for "denial of service"; the term is "déni de service".',
    example: 'Les attaques par refus d’administration distribué ont paralysé les sites de plusieurs banques pendant une grande partie de la journée.',
    neighbour: 'Les attaques par déni de service distribué ont paralysé les sites de plusieurs banques pendant une grande partie de la journée.',
    near: ['attaque', 'attaques', 'distribué', 'distribuée', 'serveur', 'serveurs', 'réseau', 'pirates', 'DDoS', 'trafic'],
    window: 4
  },
  {
    phrase: 'organisation de capteurs',
    expected: ['réseau de capteurs'],
    note: 'French rendering of the tortured phrase "sensor organization" for "sensor network"; the term is "réseau de capteurs".',
    example: 'Une organisation de capteurs sans fil surveille en continu la température et l’humidité des serres, en envoyant une mesure chaque minute.',
    neighbour: 'Un réseau de capteurs sans fil surveille en continu la température et l’humidité des serres, en envoyant une mesure chaque minute.'
  },
  {
    phrase: 'perte de colis',
    expected: ['perte de paquets'],
    note: 'French rendering of the tortured phrase "parcel loss" for "packet loss"; in networking the term is "perte de paquets".',
    example: 'Le protocole proposé réduit la perte de colis de trente pour cent lorsque le réseau maillé est fortement congestionné aux heures de pointe.',
    neighbour: 'Le protocole proposé réduit la perte de paquets de trente pour cent lorsque le réseau maillé est fortement congestionné aux heures de pointe.',
    near: ['protocole', 'protocoles', 'latence', 'routeur', 'routeurs', 'nœud', 'nœuds', 'paquets', 'maillé'],
    window: 8
  },
  {
    phrase: 'bande de passage',
    expected: ['bande passante'],
    note: 'Spun "bande passante" (bandwidth); the term is "bande passante".',
    example: 'La compression vidéo proposée réduit de moitié la bande de passage nécessaire à la diffusion en direct des matchs en haute définition.',
    neighbour: 'La compression vidéo proposée réduit de moitié la bande passante nécessaire à la diffusion en direct des matchs en haute définition.'
  },
  {
    phrase: 'fibre visuelle',
    expected: ['fibre optique'],
    note: 'Spun "fibre optique" (optical fibre) ("optique" → "visuelle"); the term is "fibre optique".',
    example: 'Le déploiement de la fibre visuelle dans les zones rurales doit permettre à tous les foyers d’accéder au très haut débit d’ici 2030.',
    neighbour: 'Le déploiement de la fibre optique dans les zones rurales doit permettre à tous les foyers d’accéder au très haut débit d’ici 2030.'
  },
  {
    phrase: 'circuit incorporé',
    expected: ['circuit intégré'],
    note: 'Spun "circuit intégré" (integrated circuit) ("intégré" → "incorporé"); the term is "circuit intégré".',
    example: 'Chaque circuit incorporé est testé individuellement à la sortie de l’usine avant d’être monté sur les cartes électroniques des véhicules.',
    neighbour: 'Chaque circuit intégré est testé individuellement à la sortie de l’usine avant d’être monté sur les cartes électroniques des véhicules.'
  },
  {
    phrase: 'demi-conducteur',
    expected: ['semi-conducteur'],
    note: 'Spun "semi-conducteur" ("semi" → "demi"); the term is "semi-conducteur".',
    example: 'La pénurie de composants de type demi-conducteur a ralenti la production de voitures neuves pendant près de deux ans en Europe.',
    neighbour: 'La pénurie de composants de type semi-conducteur a ralenti la production de voitures neuves pendant près de deux ans en Europe.'
  },
  {
    phrase: 'téléphone astucieux',
    expected: ['smartphone', 'téléphone intelligent'],
    note: 'Spun "smartphone" ("smart" → "astute"); the term is "smartphone" or, in Quebec, "téléphone intelligent".',
    example: 'L’application fonctionne sur n’importe quel téléphone astucieux équipé d’un capteur d’empreintes et d’une connexion mobile de quatrième génération.',
    neighbour: 'L’application fonctionne sur n’importe quel smartphone équipé d’un capteur d’empreintes et d’une connexion mobile de quatrième génération.'
  },
  {
    phrase: 'téléphone versatile',
    expected: ['téléphone portable', 'téléphone mobile'],
    note: 'French rendering of the tortured phrase "versatile phone" for "mobile phone" ("mobile" → "versatile"); the term is "téléphone portable" or "téléphone mobile".',
    example: 'Plus de quatre-vingt-dix pour cent des étudiants interrogés utilisent leur téléphone versatile pour consulter les supports de cours en ligne.',
    neighbour: 'Plus de quatre-vingt-dix pour cent des étudiants interrogés utilisent leur téléphone portable pour consulter les supports de cours en ligne.'
  },
  {
    phrase: 'réseau astucieux',
    expected: ['réseau intelligent'],
    note: 'Spun "smart grid" ("smart" → "astute"); the term is "réseau intelligent".',
    example: 'Le réseau astucieux ajuste en temps réel la production des centrales à la consommation mesurée par les compteurs communicants.',
    neighbour: 'Le réseau intelligent ajuste en temps réel la production des centrales à la consommation mesurée par les compteurs communicants.'
  },
  {
    phrase: 'ville astucieuse',
    expected: ['ville intelligente'],
    note: 'Spun "smart city" ("smart" → "astute"); the term is "ville intelligente".',
    example: 'Le projet de ville astucieuse prévoit d’équiper tous les lampadaires de capteurs de trafic et de pollution reliés à une plateforme centrale.',
    neighbour: 'Le projet de ville intelligente prévoit d’équiper tous les lampadaires de capteurs de trafic et de pollution reliés à une plateforme centrale.'
  },
  {
    phrase: 'contrat astucieux',
    expected: ['contrat intelligent'],
    note: 'Spun "smart contract" ("smart" → "astute"); the term is "contrat intelligent".',
    example: 'Chaque paiement est exécuté automatiquement par un contrat astucieux déployé sur la blockchain Ethereum dès que la livraison est confirmée.',
    neighbour: 'Chaque paiement est exécuté automatiquement par un contrat intelligent déployé sur la blockchain Ethereum dès que la livraison est confirmée.',
    near: ['blockchain', 'Ethereum', 'chaîne', 'crypto', 'cryptomonnaie', 'jetons', 'déployé', 'décentralisé', 'Solidity'],
    window: 8
  },
  {
    phrase: 'maison astucieuse',
    expected: ['maison intelligente', 'maison connectée'],
    note: 'Spun "smart home" ("smart" → "astute"); the term is "maison connectée" or "maison intelligente".',
    example: 'Les capteurs de la maison astucieuse coupent automatiquement le chauffage lorsqu’une fenêtre reste ouverte plus de cinq minutes.',
    neighbour: 'Les capteurs de la maison connectée coupent automatiquement le chauffage lorsqu’une fenêtre reste ouverte plus de cinq minutes.',
    near: ['capteurs', 'capteur', 'domotique', 'connectée', 'connectés', 'assistant', 'objets', 'thermostat', 'automatiquement'],
    window: 8
  },
  {
    phrase: 'réalité accrue',
    expected: ['réalité augmentée'],
    note: 'Spun "augmented reality" ("augmented" → "increased"); the term is "réalité augmentée".',
    example: 'Les techniciens utilisent des lunettes de réalité accrue pour afficher les instructions de maintenance directement sur les pièces du moteur.',
    neighbour: 'Les techniciens utilisent des lunettes de réalité augmentée pour afficher les instructions de maintenance directement sur les pièces du moteur.'
  },
  {
    phrase: 'toile des objets',
    expected: ['Internet des objets'],
    note: 'Spun "Internet of Things" ("Internet" → "web, toile"); the term is "Internet des objets".',
    example: 'Les dispositifs de la toile des objets génèrent chaque jour des volumes de données que les entreprises peinent encore à exploiter.',
    neighbour: 'Les dispositifs de l’Internet des objets génèrent chaque jour des volumes de données que les entreprises peinent encore à exploiter.'
  },
  {
    phrase: 'toile sociale',
    expected: ['réseau social'],
    note: 'Spun "réseau social" ("réseau" → "toile"); the term is "réseau social".',
    example: 'La publication a été partagée plus de cent mille fois sur la toile sociale en vingt-quatre heures, selon les chiffres fournis par la plateforme.',
    neighbour: 'La publication a été partagée plus de cent mille fois sur le réseau social en vingt-quatre heures, selon les chiffres fournis par la plateforme.',
    near: ['publication', 'publications', 'partagée', 'partagé', 'abonnés', 'utilisateurs', 'profil', 'plateforme', 'Facebook', 'Instagram', 'TikTok'],
    window: 8
  },
  {
    phrase: 'informatique nuageuse',
    expected: ['informatique en nuage', 'cloud'],
    note: 'Spun "informatique en nuage" (cloud computing) ("en nuage" → "nuageuse", cloudy); the term is "informatique en nuage" or "cloud".',
    example: 'Grâce aux offres en informatique nuageuse, la collectivité a pu réduire de quarante pour cent le coût de maintenance de ses serveurs.',
    neighbour: 'Grâce aux offres en informatique en nuage, la collectivité a pu réduire de quarante pour cent le coût de maintenance de ses serveurs.'
  },
  {
    phrase: 'brume informatique',
    expected: ['informatique en nuage', 'cloud'],
    note: 'French rendering of the tortured phrase "haze computing" for "cloud computing"; the term is "informatique en nuage" or "cloud".',
    example: 'Les services de brume informatique proposés par les grands hébergeurs offrent une capacité de stockage presque illimitée aux petites entreprises.',
    neighbour: 'Les services d’informatique en nuage proposés par les grands hébergeurs offrent une capacité de stockage presque illimitée aux petites entreprises.'
  },
  {
    phrase: 'grandes informations',
    expected: ['mégadonnées', 'données massives', 'big data'],
    note: 'French rendering of the tortured phrase "big information" for "big data"; the term is "mégadonnées" or "big data". Headlines ("les grandes informations du jour") are left alone.',
    example: 'L’analyse des grandes informations issues des capteurs routiers permet de prévoir les embouteillages avec une heure d’avance.',
    neighbour: 'L’analyse des mégadonnées issues des capteurs routiers permet de prévoir les embouteillages avec une heure d’avance.',
    near: ['analytique', 'stockage', 'Hadoop', 'capteurs', 'algorithmes', 'volumes'],
    window: 4
  },
  {
    phrase: 'données colossales',
    expected: ['mégadonnées', 'données massives'],
    note: 'French rendering of the tortured phrase "colossal data/information" for "big data"; the term is "mégadonnées" or "données massives".',
    example: 'Les plateformes de données colossales permettent aux assureurs d’ajuster leurs tarifs en fonction du comportement réel de chaque conducteur.',
    neighbour: 'Les plateformes de données massives permettent aux assureurs d’ajuster leurs tarifs en fonction du comportement réel de chaque conducteur.'
  },
  {
    phrase: 'informations colossales',
    expected: ['mégadonnées', 'données massives'],
    note: 'French rendering of the tortured phrase "colossal information" for "big data"; the term is "mégadonnées".',
    example: 'Cette étude passe en revue les outils d’analyse des informations colossales utilisés dans la gestion des chaînes logistiques mondiales.',
    neighbour: 'Cette étude passe en revue les outils d’analyse des mégadonnées utilisés dans la gestion des chaînes logistiques mondiales.'
  },
  {
    phrase: 'grosses données',
    expected: ['mégadonnées', 'données massives', 'big data'],
    note: 'Spun "big data" ("big" → "fat, large"); the term is "mégadonnées", "données massives" or "big data".',
    example: 'Les hôpitaux misent sur les grosses données pour anticiper l’afflux de patients aux urgences pendant les épidémies saisonnières.',
    neighbour: 'Les hôpitaux misent sur les données massives pour anticiper l’afflux de patients aux urgences pendant les épidémies saisonnières.'
  },
  {
    phrase: 'dispositif d’exploitation',
    expected: ['système d’exploitation'],
    note: 'Spun "système d’exploitation" (operating system) ("système" → "dispositif"); the term is "système d’exploitation".',
    example: 'La nouvelle version du dispositif d’exploitation mobile corrige une vingtaine de failles et améliore l’autonomie des téléphones les plus anciens.',
    neighbour: 'La nouvelle version du système d’exploitation mobile corrige une vingtaine de failles et améliore l’autonomie des téléphones les plus anciens.',
    near: ['ordinateur', 'ordinateurs', 'Windows', 'Linux', 'Android', 'iOS', 'macOS', 'mobile', 'téléphone', 'téléphones', 'smartphone', 'noyau', 'failles', 'version'],
    window: 6
  },
  {
    phrase: 'véhicule indépendant',
    expected: ['véhicule autonome'],
    note: 'Spun "autonomous vehicle" ("autonomous" → "independent"); the term is "véhicule autonome".',
    example: 'Le véhicule indépendant s’appuie sur six caméras et un lidar pour détecter les piétons et freiner sans intervention du conducteur.',
    neighbour: 'Le véhicule autonome s’appuie sur six caméras et un lidar pour détecter les piétons et freiner sans intervention du conducteur.',
    near: ['lidar', 'caméras', 'capteurs', 'conducteur', 'conduite', 'Waymo', 'Tesla', 'robotaxi', 'robotaxis', 'piétons'],
    window: 10
  },

  // Energy, environment and engineering
  {
    phrase: 'vitalité renouvelable',
    expected: ['énergie renouvelable'],
    note: 'French rendering of the tortured phrase "renewable vitality" for "renewable energy"; the term is "énergie renouvelable".',
    example: 'La part de la vitalité renouvelable dans la production d’électricité du pays a dépassé quarante pour cent pour la première fois l’an dernier.',
    neighbour: 'La part de l’énergie renouvelable dans la production d’électricité du pays a dépassé quarante pour cent pour la première fois l’an dernier.'
  },
  {
    phrase: 'vitalité solaire',
    expected: ['énergie solaire'],
    note: 'French rendering of the tortured phrase "sunlight-based vitality" for "solar energy"; the term is "énergie solaire".',
    example: 'Les panneaux convertissent la vitalité solaire en électricité avec un rendement de vingt-deux pour cent, selon les mesures réalisées sur le site.',
    neighbour: 'Les panneaux convertissent l’énergie solaire en électricité avec un rendement de vingt-deux pour cent, selon les mesures réalisées sur le site.'
  },
  {
    phrase: 'vitalité éolienne',
    expected: ['énergie éolienne'],
    note: 'French rendering of the tortured phrase "wind vitality" for "wind energy"; the term is "énergie éolienne".',
    example: 'La vitalité éolienne produite en mer du Nord suffit désormais à alimenter plusieurs millions de foyers pendant les mois d’hiver.',
    neighbour: 'L’énergie éolienne produite en mer du Nord suffit désormais à alimenter plusieurs millions de foyers pendant les mois d’hiver.'
  },
  {
    phrase: 'consommation de vitalité',
    expected: ['consommation d’énergie', 'consommation énergétique'],
    note: 'French rendering of the tortured phrase "vitality utilization" for "energy consumption"; the term is "consommation d’énergie".',
    example: 'Le protocole de routage proposé réduit la consommation de vitalité des nœuds du réseau et prolonge ainsi la durée de vie des batteries.',
    neighbour: 'Le protocole de routage proposé réduit la consommation d’énergie des nœuds du réseau et prolonge ainsi la durée de vie des batteries.'
  },
  {
    phrase: 'vitalité restante',
    expected: ['énergie restante', 'énergie résiduelle'],
    note: 'French rendering of the tortured phrase "leftover vitality" for "remaining energy"; the term is "énergie restante" or "énergie résiduelle".',
    example: 'Le nœud chef de grappe est choisi en fonction de sa vitalité restante et de sa distance par rapport à la station de base.',
    neighbour: 'Le nœud chef de grappe est choisi en fonction de son énergie restante et de sa distance par rapport à la station de base.'
  },
  {
    phrase: 'vigueur renouvelable',
    expected: ['énergie renouvelable'],
    note: 'Spun "énergie renouvelable" ("énergie" → "vigueur"); the term is "énergie renouvelable".',
    example: 'Les investissements dans la vigueur renouvelable ont atteint un niveau record cette année, portés par le solaire et les batteries de stockage.',
    neighbour: 'Les investissements dans l’énergie renouvelable ont atteint un niveau record cette année, portés par le solaire et les batteries de stockage.'
  },
  {
    phrase: 'énergies reconductibles',
    expected: ['énergies renouvelables'],
    note: 'Spun "énergies renouvelables" ("renouvelables" → "reconductibles", said of contracts); the term is "énergies renouvelables".',
    example: 'Le plan prévoit de tripler la part des énergies reconductibles d’ici 2035 grâce à de nouveaux parcs solaires et éoliens en mer.',
    neighbour: 'Le plan prévoit de tripler la part des énergies renouvelables d’ici 2035 grâce à de nouveaux parcs solaires et éoliens en mer.'
  },
  {
    phrase: 'planche solaire',
    expected: ['panneau solaire'],
    note: 'French rendering of the tortured phrase "solar board" for "solar panel"; the term is "panneau solaire".',
    example: 'Chaque planche solaire installée sur le toit du lycée produit environ quatre cents kilowattheures par an, selon l’étude de l’installateur.',
    neighbour: 'Chaque panneau solaire installé sur le toit du lycée produit environ quatre cents kilowattheures par an, selon l’étude de l’installateur.'
  },
  {
    phrase: 'turbine à brise',
    expected: ['éolienne', 'turbine éolienne'],
    note: 'French rendering of the tortured phrase "breeze turbine" for "wind turbine"; the term is "éolienne".',
    example: 'Une turbine à brise de trois mégawatts suffit à alimenter environ deux mille foyers, selon les chiffres de l’agence de l’environnement.',
    neighbour: 'Une éolienne de trois mégawatts suffit à alimenter environ deux mille foyers, selon les chiffres de l’agence de l’environnement.'
  },
  {
    phrase: 'cellule de carburant',
    expected: ['pile à combustible'],
    note: 'French rendering of "fuel cell" word for word ("cell" → "cellule", "fuel" → "carburant"); the term is "pile à combustible".',
    example: 'Le camion fonctionne grâce à une cellule de carburant alimentée à l’hydrogène, qui lui offre une autonomie de huit cents kilomètres.',
    neighbour: 'Le camion fonctionne grâce à une pile à combustible alimentée à l’hydrogène, qui lui offre une autonomie de huit cents kilomètres.'
  },
  {
    phrase: 'gaz de pépinière',
    expected: ['gaz à effet de serre'],
    note: 'French rendering of the tortured phrase "nursery gas" for "greenhouse gas"; the term is "gaz à effet de serre".',
    example: 'Les émissions de gaz de pépinière du secteur des transports ont encore augmenté l’an dernier, malgré la progression des véhicules électriques.',
    neighbour: 'Les émissions de gaz à effet de serre du secteur des transports ont encore augmenté l’an dernier, malgré la progression des véhicules électriques.'
  },
  {
    phrase: 'effet de véranda',
    expected: ['effet de serre'],
    note: 'Spun "effet de serre" (greenhouse effect) ("serre" → "véranda"); the term is "effet de serre".',
    example: 'Les gaz à effet de véranda émis par l’agriculture représentent près d’un cinquième des émissions totales du pays, selon le rapport.',
    neighbour: 'Les gaz à effet de serre émis par l’agriculture représentent près d’un cinquième des émissions totales du pays, selon le rapport.'
  },
  {
    phrase: 'réchauffage climatique',
    expected: ['réchauffement climatique'],
    note: 'Spun "réchauffement climatique" ("réchauffement" → "réchauffage", reheating); the term is "réchauffement climatique".',
    example: 'Le réchauffage climatique menace directement les stations de ski de moyenne montagne, qui manquent de neige un hiver sur deux.',
    neighbour: 'Le réchauffement climatique menace directement les stations de ski de moyenne montagne, qui manquent de neige un hiver sur deux.'
  },
  {
    phrase: 'impression carbone',
    expected: ['empreinte carbone'],
    note: 'French rendering of the tortured phrase "carbon impression" for "carbon footprint"; the term is "empreinte carbone".',
    example: 'L’entreprise veut réduire de moitié son impression carbone d’ici 2030 en électrifiant sa flotte et en relocalisant une partie de sa production.',
    neighbour: 'L’entreprise veut réduire de moitié son empreinte carbone d’ici 2030 en électrifiant sa flotte et en relocalisant une partie de sa production.',
    near: ['réduire', 'réduction', 'émissions', 'CO2', 'climat', 'climatique', 'environnement', 'environnementale', 'neutralité', 'bilan'],
    window: 6
  },
  {
    phrase: 'eaux de gaspillage',
    expected: ['eaux usées'],
    note: 'French rendering of the tortured phrase "squander water" for "waste water"; the term is "eaux usées".',
    example: 'La station traite chaque jour les eaux de gaspillage de trois cent mille habitants avant de les rejeter dans la rivière.',
    neighbour: 'La station traite chaque jour les eaux usées de trois cent mille habitants avant de les rejeter dans la rivière.'
  },
  {
    phrase: 'métaux écrasants',
    expected: ['métaux lourds'],
    note: 'French rendering of the tortured phrase "overwhelming metals" for "heavy metals"; the term is "métaux lourds".',
    example: 'Les analyses ont révélé des concentrations de métaux écrasants supérieures aux normes dans les sols situés autour de l’ancienne usine.',
    neighbour: 'Les analyses ont révélé des concentrations de métaux lourds supérieures aux normes dans les sols situés autour de l’ancienne usine.'
  },
  {
    phrase: 'méthode des composants limités',
    expected: ['méthode des éléments finis'],
    note: 'French rendering of the tortured phrase "limited component strategy" for "finite element method"; the term is "méthode des éléments finis".',
    example: 'La résistance de la structure a été vérifiée par la méthode des composants limités, en simulant une charge de neige exceptionnelle.',
    neighbour: 'La résistance de la structure a été vérifiée par la méthode des éléments finis, en simulant une charge de neige exceptionnelle.'
  },

  // Medicine and biology
  {
    phrase: 'péril du sein',
    expected: ['cancer du sein'],
    note: 'French rendering of the tortured phrase "bosom peril" for "breast cancer"; the term is "cancer du sein".',
    example: 'Le dépistage précoce du péril du sein a permis de réduire sensiblement la mortalité chez les femmes de plus de cinquante ans.',
    neighbour: 'Le dépistage précoce du cancer du sein a permis de réduire sensiblement la mortalité chez les femmes de plus de cinquante ans.'
  },
  {
    phrase: 'déception rénale',
    expected: ['insuffisance rénale'],
    note: 'French rendering of the tortured phrase "kidney disappointment" for "kidney failure"; the term is "insuffisance rénale".',
    example: 'Les patients souffrant de déception rénale chronique doivent être dialysés trois fois par semaine en attendant une greffe.',
    neighbour: 'Les patients souffrant d’insuffisance rénale chronique doivent être dialysés trois fois par semaine en attendant une greffe.'
  },
  {
    phrase: 'déception cardiaque',
    expected: ['insuffisance cardiaque'],
    note: 'French rendering of the tortured phrase "heart disappointment" for "heart failure"; the term is "insuffisance cardiaque".',
    example: 'Le nouveau traitement réduit de vingt pour cent les hospitalisations des patients atteints de déception cardiaque, selon l’essai publié lundi.',
    neighbour: 'Le nouveau traitement réduit de vingt pour cent les hospitalisations des patients atteints d’insuffisance cardiaque, selon l’essai publié lundi.'
  },
  {
    phrase: 'déception hépatique',
    expected: ['insuffisance hépatique'],
    note: 'French rendering of the tortured phrase "liver disappointment" for "liver failure"; the term is "insuffisance hépatique".',
    example: 'Une surdose de paracétamol peut provoquer une déception hépatique aiguë nécessitant une greffe en urgence, rappellent les autorités sanitaires.',
    neighbour: 'Une surdose de paracétamol peut provoquer une insuffisance hépatique aiguë nécessitant une greffe en urgence, rappellent les autorités sanitaires.'
  },
  {
    phrase: 'sectarisme au lactose',
    expected: ['intolérance au lactose'],
    note: 'French rendering of the tortured phrase "lactose bigotry" for "lactose intolerance"; the term is "intolérance au lactose".',
    example: 'Près de soixante-dix pour cent de la population mondiale présente un sectarisme au lactose plus ou moins marqué à l’âge adulte.',
    neighbour: 'Près de soixante-dix pour cent de la population mondiale présente une intolérance au lactose plus ou moins marquée à l’âge adulte.'
  },
  {
    phrase: 'préliminaire clinique',
    expected: ['essai clinique'],
    note: 'French rendering of the tortured phrase "clinical preliminary" for "clinical trial"; the term is "essai clinique".',
    example: 'Le préliminaire clinique de phase trois a inclus quatre mille patients répartis dans une soixantaine d’hôpitaux européens.',
    neighbour: 'L’essai clinique de phase trois a inclus quatre mille patients répartis dans une soixantaine d’hôpitaux européens.'
  },
  {
    phrase: 'cellules tiges',
    expected: ['cellules souches'],
    note: 'French rendering of "stem cells" with the botanical "stem" (tige); the term is "cellules souches".',
    example: 'Les chercheurs ont réussi à transformer des cellules tiges en neurones capables de produire de la dopamine chez des souris malades.',
    neighbour: 'Les chercheurs ont réussi à transformer des cellules souches en neurones capables de produire de la dopamine chez des souris malades.'
  },
  {
    phrase: 'cadre immunitaire',
    expected: ['système immunitaire'],
    note: 'French rendering of the tortured phrase "immune framework" for "immune system"; the term is "système immunitaire".',
    example: 'Le vaccin stimule le cadre immunitaire des patients âgés, dont les défenses naturelles s’affaiblissent avec le temps.',
    neighbour: 'Le vaccin stimule le système immunitaire des patients âgés, dont les défenses naturelles s’affaiblissent avec le temps.'
  },
  {
    phrase: 'corrosif aminé',
    expected: ['acide aminé'],
    note: 'French rendering of the tortured phrase "amino corrosive" for "amino acid"; the term is "acide aminé".',
    example: 'La protéine étudiée comporte un corrosif aminé rare qui pourrait expliquer sa résistance exceptionnelle à la chaleur.',
    neighbour: 'La protéine étudiée comporte un acide aminé rare qui pourrait expliquer sa résistance exceptionnelle à la chaleur.'
  },
  {
    phrase: 'corrosif sulfurique',
    expected: ['acide sulfurique'],
    note: 'French rendering of the tortured phrase "sulfuric corrosive" for "sulfuric acid"; the term is "acide sulfurique".',
    example: 'Les échantillons ont été dissous dans du corrosif sulfurique concentré avant l’analyse par spectrométrie de masse.',
    neighbour: 'Les échantillons ont été dissous dans de l’acide sulfurique concentré avant l’analyse par spectrométrie de masse.'
  },
  {
    phrase: 'corrosif chlorhydrique',
    expected: ['acide chlorhydrique'],
    note: 'French rendering of the tortured phrase "hydrochloric corrosive" for "hydrochloric acid"; the term is "acide chlorhydrique".',
    example: 'La surface métallique a été nettoyée au corrosif chlorhydrique dilué, puis rincée à l’eau distillée avant le dépôt du revêtement.',
    neighbour: 'La surface métallique a été nettoyée à l’acide chlorhydrique dilué, puis rincée à l’eau distillée avant le dépôt du revêtement.'
  },

  // Statistics and research
  {
    phrase: 'déviance standard',
    expected: ['écart-type', 'écart type'],
    note: 'French rendering of the tortured phrase "standard deviance" for "standard deviation"; the term is "écart-type".',
    example: 'La moyenne des temps de réponse est de deux cents millisecondes, avec une déviance standard de quarante millisecondes sur l’ensemble des essais.',
    neighbour: 'La moyenne des temps de réponse est de deux cents millisecondes, avec un écart-type de quarante millisecondes sur l’ensemble des essais.'
  },
  {
    phrase: 'déviation standard',
    expected: ['écart-type', 'écart type'],
    note: 'Word-for-word rendering of "standard deviation"; the French term is "écart-type".',
    example: 'Les scores obtenus présentent une déviation standard élevée, ce qui suggère de fortes différences entre les établissements étudiés.',
    neighbour: 'Les scores obtenus présentent un écart-type élevé, ce qui suggère de fortes différences entre les établissements étudiés.'
  },
  {
    phrase: 'rechute linéaire',
    expected: ['régression linéaire'],
    note: 'French rendering of the tortured phrase "straight relapse" for "linear regression"; the term is "régression linéaire".',
    example: 'Une rechute linéaire multiple a été utilisée pour estimer l’effet du revenu et de l’âge sur les dépenses de santé des ménages.',
    neighbour: 'Une régression linéaire multiple a été utilisée pour estimer l’effet du revenu et de l’âge sur les dépenses de santé des ménages.'
  },
  {
    phrase: 'intervalle de foi',
    expected: ['intervalle de confiance'],
    note: 'Spun "confidence interval" ("confidence" → "faith"); the term is "intervalle de confiance".',
    example: 'Le risque relatif est estimé à un virgule quatre, avec un intervalle de foi à quatre-vingt-quinze pour cent compris entre un virgule deux et un virgule six.',
    neighbour: 'Le risque relatif est estimé à un virgule quatre, avec un intervalle de confiance à quatre-vingt-quinze pour cent compris entre un virgule deux et un virgule six.'
  },
  {
    phrase: 'supposition nulle',
    expected: ['hypothèse nulle'],
    note: 'Spun "null hypothesis" ("hypothesis" → "supposition"); the term is "hypothèse nulle".',
    example: 'Au seuil de cinq pour cent, la supposition nulle d’absence de différence entre les deux groupes est rejetée par le test de Student.',
    neighbour: 'Au seuil de cinq pour cent, l’hypothèse nulle d’absence de différence entre les deux groupes est rejetée par le test de Student.'
  },
  {
    phrase: 'importance factuelle',
    expected: ['signification statistique'],
    note: 'French rendering of the tortured phrase "factual importance" for "statistical significance"; the term is "signification statistique".',
    example: 'Aucune importance factuelle n’a été observée entre les deux groupes de patients au seuil de cinq pour cent, selon le test utilisé.',
    neighbour: 'Aucune différence statistiquement significative n’a été observée entre les deux groupes de patients au seuil de cinq pour cent, selon le test utilisé.',
    near: ['seuil', 'test', 'échantillon', 'statistique', 'statistiquement', 'variance', 'corrélation'],
    window: 12
  },
  {
    phrase: 'défendeurs',
    expected: ['répondants', 'personnes interrogées'],
    note: 'French rendering of the tortured phrase "defendants" for "respondents" (of a survey); the term is "répondants" or "personnes interrogées".',
    example: 'Plus de la moitié des défendeurs au questionnaire déclarent utiliser un outil d’intelligence artificielle au moins une fois par semaine.',
    neighbour: 'Plus de la moitié des répondants au questionnaire déclarent utiliser un outil d’intelligence artificielle au moins une fois par semaine.',
    near: ['questionnaire', 'questionnaires', 'sondage', 'échantillon', 'Likert'],
    window: 8
  },
  {
    phrase: 'exécution scolaire',
    expected: ['résultats scolaires', 'réussite scolaire'],
    note: 'French rendering of the tortured phrase "scholastic execution" for "academic performance"; the term is "résultats scolaires" or "réussite scolaire".',
    example: 'Selon l’étude, le temps passé sur les écrans pèse lourdement sur leur exécution scolaire, surtout chez les collégiens issus de milieux défavorisés.',
    neighbour: 'Selon l’étude, le temps passé sur les écrans pèse lourdement sur leurs résultats scolaires, surtout chez les collégiens issus de milieux défavorisés.'
  },
  {
    phrase: 'papier d’exploration',
    expected: ['article de recherche'],
    note: 'French rendering of the tortured phrase "exploration paper" for "research paper"; the term is "article de recherche".',
    example: 'Ce papier d’exploration présente une nouvelle méthode de détection des fraudes fondée sur l’analyse des graphes de transactions bancaires.',
    neighbour: 'Cet article de recherche présente une nouvelle méthode de détection des fraudes fondée sur l’analyse des graphes de transactions bancaires.'
  },
  {
    phrase: 'logique poilue',
    expected: ['logique floue'],
    note: 'French rendering of the tortured phrase "hairy logic" for "fuzzy logic" ("fuzzy" → "hairy"); the term is "logique floue".',
    example: 'Un contrôleur à logique poilue ajuste la vitesse du ventilateur en fonction de la température et de l’humidité mesurées dans la serre.',
    neighbour: 'Un contrôleur à logique floue ajuste la vitesse du ventilateur en fonction de la température et de l’humidité mesurées dans la serre.'
  },

  // Economics
  {
    phrase: 'produit intérieur grossier',
    expected: ['produit intérieur brut'],
    note: 'Spun "produit intérieur brut" (GDP) ("brut" → "grossier"); the term is "produit intérieur brut".',
    example: 'Le produit intérieur grossier de la zone euro a progressé de zéro virgule trois pour cent au troisième trimestre, selon l’office statistique européen.',
    neighbour: 'Le produit intérieur brut de la zone euro a progressé de zéro virgule trois pour cent au troisième trimestre, selon l’office statistique européen.'
  },
  {
    phrase: 'produit domestique brut',
    expected: ['produit intérieur brut'],
    note: 'Rendering of "gross domestic product" with "domestique" (household); the term is "produit intérieur brut".',
    example: 'La dette publique du pays dépasse désormais cent dix pour cent de son produit domestique brut, un record depuis la fin de la guerre.',
    neighbour: 'La dette publique du pays dépasse désormais cent dix pour cent de son produit intérieur brut, un record depuis la fin de la guerre.'
  },
  {
    phrase: 'nombre d’affaires',
    expected: ['chiffre d’affaires'],
    note: 'Spun "chiffre d’affaires" (turnover) ("chiffre" → "nombre"); the term is "chiffre d’affaires".',
    example: 'Le nombre d’affaires annuel de l’entreprise a atteint deux milliards d’euros, porté par la forte croissance de ses ventes en Asie.',
    neighbour: 'Le chiffre d’affaires annuel de l’entreprise a atteint deux milliards d’euros, porté par la forte croissance de ses ventes en Asie.',
    near: ['annuel', 'trimestre', 'trimestriel', 'semestriel', 'consolidé'],
    window: 6
  }
]
