/** Page furniture in one language, as general knowledge of CMS and news-site templates (WordPress, Jannah, Newspaper, Blogger…). */
export interface Furniture {
  /** Whole lines of furniture, furniture anywhere in the page: comment forms, share and follow widgets, navigation labels. */
  lines: readonly string[]
  /** Generic one-word lines (`Menu`, `Commentaires`) that are furniture only before or after the article body. */
  zoneLines: readonly string[]
  /** Labels followed by a linked article title on the same line: `Lire aussi : …`, `READ  …`. */
  teasers: readonly string[]
  /** Labels whose next line is the title of a linked article: `Article précédent`. */
  navigation: readonly string[]
  /** Labels left dangling when the link after them was stripped: a line with only `Source`. */
  sourceLabels: readonly string[]
  /** Starts of image credit and caption lines: `Crédit photo :`, `Generated with DALL·E 3`. */
  credits: readonly string[]
  /** First crumb of a breadcrumb line: `Accueil`, `Início`. */
  home: readonly string[]
  /** Words after a number in a counter widget: `12 commentaires`. */
  counters: readonly string[]
}
