// The reading typefaces, bundled into the app (files under out/renderer/assets): nothing is ever
// downloaded. Regular, italic and bold of each; the Display settings choose between them.
import '@fontsource/literata/400.css'
import '@fontsource/literata/400-italic.css'
import '@fontsource/literata/700.css'
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/400-italic.css'
import '@fontsource/atkinson-hyperlegible/700.css'
