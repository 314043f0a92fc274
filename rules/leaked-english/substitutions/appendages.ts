/**
 * Words shared by French or Portuguese and English that a word spinner
 * replaces by a longer English synonym starting with the same word
 * (`software` → `software program`, `capital` → `capital city`, `final` →
 * `final exam`), leaving an English tail after the original word. Every tail
 * is English and a word of neither French nor Portuguese (nor a loanword of
 * either), so it never stands for a word of the text. See ./README.md.
 * Look heads up with `Object.hasOwn`.
 */

/** Target word → English words a spinner appends after it (`software program`): the appended word should be deleted. */
export const appendages: Readonly<Record<string, readonly string[]>> = {
  software: ['program'],
  internet: ['connection'],
  hardware: ['components', 'equipment'],
  startup: ['company', 'firm'],
  business: ['enterprise', 'concern', 'organization', 'firm'],
  holding: ['company'],
  shopping: ['mall'],
  tablet: ['device'],
  mobile: ['telephone', 'handset'],
  smartphone: ['device', 'handset'],
  'e-mail': ['address'],
  email: ['address'],
  capital: ['city'],
  general: ['officer'],
  final: ['exam', 'examination'],
  total: ['sum', 'amount'],
  motor: ['vehicle', 'engine'],
  staff: ['members', 'member'],
  rock: ['music'],
  pop: ['music'],
  marketing: ['campaign', 'strategy'],
  sensor: ['device'],
  monitor: ['screen'],
  festival: ['event'],
  radio: ['receiver', 'broadcast'],
  metro: ['system']
}
