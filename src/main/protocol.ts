import { protocol } from 'electron'
import { APP_SCHEME, serveAppRequest } from './app-protocol'

/** Must run before `app` is ready: makes app:// a standard, secure origin that can serve fetch(). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from app://reader/, refusing traversal and unknown hosts. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(rendererDir, request.url, request.method)
    return new Response(response.body as ConstructorParameters<typeof Response>[0], {
      status: response.status,
      headers: response.headers
    })
  })
}
