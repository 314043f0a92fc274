/** See build-consistency.test.ts. */
import {rebuildsIdentically} from './rebuild-check.js'

rebuildsIdentically('pt')
