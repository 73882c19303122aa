import { loadGeneratedContent } from '../src/content/load-generated'
const load = loadGeneratedContent('/work/main/resources/generated')
if (!load.ok) throw new Error('x')
const q = process.argv[2] ?? 'law enforcement officers'
for (let i = 1; i <= q.length; i++) {
  const r = load.engine.search(q.slice(0, i), { asYouType: true, limit: 50 })
  console.log(JSON.stringify(q.slice(0, i)), r.total, r.message, r.corrected)
}
for (const x of ['"border security"', 'Kazakstan', 'heading:financing', 'KAZAKSTAN border']) {
  const r = load.engine.search(x, {})
  console.log(x, r.total, r.message, r.corrected, JSON.stringify(r.query))
}
const rnd = Array.from({ length: 300 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')
console.log(load.engine.search(rnd, {}).message)
