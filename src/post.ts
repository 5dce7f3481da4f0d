/** Entry of the post step: rolls back when the main step could not (killed, crashed). */
import { runPost } from './main.js'

await runPost()
