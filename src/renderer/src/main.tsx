import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './themes.css'
import './styles.css'
import './layout.css'
import './changes/changes.css'
import './compare.css'
import './annotations/many-notes/many-notes.css'
import './fonts'
import './print.css'

// Until the reader's own choice is known (useReadingSettings), the screens before it follow the
// system's light or dark.
document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches
  ? 'dark'
  : 'light'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

createRoot(root).render(
  <StrictMode>
    <App api={window.reader} />
  </StrictMode>
)
