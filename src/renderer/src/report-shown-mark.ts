/**
 * The user-timing mark the window sets when its first report has been drawn. The startup
 * benchmark (e2e/bench-startup.ts) reads its time inside the page, so the figure does not
 * include how long the test process took to notice.
 */
export const REPORT_SHOWN_MARK = 'reader:report-shown'
