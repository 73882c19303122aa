/// <reference types="electron-vite/node" />
// electron-vite's import suffixes for main, e.g. `./notes-store/notes-worker?modulePath`.
