/**
 * The stylesheet of the served pages (`/pages.css`): readable from a 390 px phone to a desktop,
 * light or dark as the system says. Served as a file so the pages need no inline style.
 */
export const PAGES_CSS = `:root {
  color-scheme: light dark;
  --bg: #f6f7fb;
  --surface: #ffffff;
  --text: #1c2330;
  --muted: #566073;
  --border: #dde1ea;
  --accent: #2f5bea;
  --accent-text: #ffffff;
  --code-bg: #eef1f7;
  --error: #b42318;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #11151c;
    --surface: #1a2029;
    --text: #e7eaf0;
    --muted: #a3acbb;
    --border: #2e3644;
    --accent: #8aa8ff;
    --accent-text: #0d1320;
    --code-bg: #242b37;
    --error: #ff8a80;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); }
a { color: var(--accent); }
code { background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 4px; font-size: 0.92em; overflow-wrap: anywhere; }
h1, h2, h3 { line-height: 1.2; }
.hero, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
.hero { padding-top: 2.5rem; padding-bottom: 1rem; }
.hero h1 { font-size: clamp(2rem, 6vw, 3rem); margin: 0.2rem 0 0.75rem; }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 700; color: var(--muted); }
.eyebrow a { color: inherit; text-decoration: none; }
.lead { font-size: 1.1rem; color: var(--muted); max-width: 42rem; }
main { padding-bottom: 4rem; }
section { margin-top: 2.25rem; }
.note { background: var(--surface); border: 1px solid var(--border); border-left: 4px solid var(--accent); padding: 0.75rem 1rem; border-radius: 8px; }
.steps { padding-left: 1.4rem; display: grid; gap: 0.6rem; }
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 1rem 1.1rem; }
.card h3 { margin: 0 0 0.4rem; font-size: 1.05rem; }
.card p { margin: 0; color: var(--muted); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; }
th, td { text-align: left; padding: 0.55rem 0.8rem; border-bottom: 1px solid var(--border); }
tbody tr:last-child td { border-bottom: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.6rem 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
@media (max-width: 34rem) {
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.5rem; }
  th, td { padding: 0.5rem; }
}
.sign-in { max-width: 28rem; padding-top: 2.5rem; }
.sign-in form { display: grid; gap: 0.4rem; }
.sign-in label { font-weight: 600; margin-top: 0.4rem; }
.sign-in input { font: inherit; padding: 0.6rem 0.7rem; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); color: var(--text); }
button { font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid var(--border); background: var(--surface); color: var(--text); padding: 0.5rem 0.9rem; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); font-weight: 600; margin-top: 0.6rem; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.error { color: var(--error); min-height: 1.5em; margin: 0.2rem 0 0; }
.login-choices { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
.login-choice { width: 100%; text-align: left; display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
.login-choice span { color: var(--muted); }
.inbox-page .inbox-shell:not([hidden]) { display: flex; flex-direction: column; height: 100vh; }
.inbox-bar { display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1rem; border-bottom: 1px solid var(--border); background: var(--surface); }
.inbox-bar .brand { font-weight: 700; text-decoration: none; color: var(--text); }
.inbox-bar span { margin-left: auto; color: var(--muted); }
.inbox-main { flex: 1; min-height: 0; display: flex; max-width: none; margin: 0; padding: 0; }
.inbox-main helpdock-inbox { flex: 1; min-width: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
