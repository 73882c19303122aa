// `import path from './file?modulePath'`: electron-vite bundles the file on its own and gives its path.
/// <reference types="electron-vite/node" />
