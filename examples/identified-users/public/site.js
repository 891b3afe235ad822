// The Helpdock queue stub (calls made before helpdock.js loads are replayed by it), then identity:
// a signed-in visitor is identified with a token the site's backend signs; signing out forgets them.
// A file, not an inline script, so the page keeps a strict Content-Security-Policy.
window.Helpdock =
  window.Helpdock ||
  function () {
    window.Helpdock.q = window.Helpdock.q || [];
    // biome-ignore lint/complexity/noArguments: the stub keeps each call's arguments as they came.
    window.Helpdock.q.push(arguments);
  };

/** A fresh user token from the site's backend (which signs it with the identity secret). */
async function getUserJwt() {
  const response = await fetch('/helpdock-token', { credentials: 'same-origin' });
  if (!response.ok) throw new Error('Not signed in');
  return (await response.json()).userJwt;
}

document.addEventListener('DOMContentLoaded', () => {
  if (document.body.dataset.signedIn === 'true') window.Helpdock('identify', { getUserJwt });
  document.getElementById('sign-out')?.addEventListener('submit', () => window.Helpdock('reset'));
});
