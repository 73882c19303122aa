/** Messages the user must see (a file that could not be saved or read); each can be dismissed. */
export function Notices({
  messages,
  onDismiss
}: {
  messages: string[]
  onDismiss: (index: number) => void
}) {
  if (messages.length === 0) return null
  return (
    <div className="notices" role="alert">
      {messages.map((message, i) => (
        <p key={i} className="notice">
          <span>{message}</span>
          <button type="button" onClick={() => onDismiss(i)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  )
}
