// The Helpdock queue stub: records calls made before helpdock.js loads; the script replays them.
// A file of its own (not inline) so the page keeps a strict Content-Security-Policy.
window.Helpdock =
  window.Helpdock ||
  function () {
    window.Helpdock.q = window.Helpdock.q || [];
    // biome-ignore lint/complexity/noArguments: the stub stores each call's arguments as they came.
    window.Helpdock.q.push(arguments);
  };

// Queued before the widget exists: it still hears the first `ready` event.
window.Helpdock('on', 'ready', (detail) => {
  const status = document.getElementById('support-status');
  if (status) status.textContent = detail.config ? 'Support is online.' : 'Support is unavailable right now.';
});
window.Helpdock('on', 'ticket-created', () => {
  const status = document.getElementById('support-status');
  if (status) status.textContent = 'Thanks! We have your message.';
});

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('help')?.addEventListener('click', () => window.Helpdock('open'));
});
