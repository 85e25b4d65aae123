// Ours: routing, the member list and the two forms of the team-space app. State lives in localStorage, as in a
// static app; a fresh browser context starts from the three default members.
const defaultMembers = [
  { email: 'alex@example.com', role: 'admin' },
  { email: 'kim@example.com', role: 'editor' },
  { email: 'lee@example.com', role: 'viewer' },
];

const members = JSON.parse(localStorage.getItem('members') ?? 'null') ?? defaultMembers;

function renderMembers() {
  const list = document.getElementById('members');
  list.replaceChildren(...members.map(m => {
    const row = document.createElement('div');
    row.className = 'member';
    row.innerHTML = '<span></span><sl-badge variant="neutral"></sl-badge>';
    row.querySelector('span').textContent = m.email;
    row.querySelector('sl-badge').textContent = m.role;
    return row;
  }));
}

async function notify(text) {
  await customElements.whenDefined('sl-alert');
  document.getElementById('notice-text').textContent = text;
  document.getElementById('notice').show();
}

function route() {
  const hash = location.hash === '' ? '#/' : location.hash;
  for (const section of document.querySelectorAll('section[data-route]')) {
    section.hidden = section.dataset.route !== hash;
  }
}

// Listeners go on at once, before the autoloader has defined the components: a click that comes early waits for the
// dialog's definition instead of being lost.
document.getElementById('invite').addEventListener('click', async () => {
  await customElements.whenDefined('sl-dialog');
  document.getElementById('invite-dialog').show();
});
document.getElementById('invite-form').addEventListener('submit', event => {
  event.preventDefault();
  const data = new FormData(event.target);
  members.push({ email: data.get('email'), role: data.get('role') });
  localStorage.setItem('members', JSON.stringify(members));
  renderMembers();
  event.target.reset();
  document.getElementById('invite-dialog').hide();
  notify(`Invitation sent to ${data.get('email')}`);
});
document.getElementById('settings-form').addEventListener('submit', event => {
  event.preventDefault();
  const data = new FormData(event.target);
  localStorage.setItem('settings', JSON.stringify(Object.fromEntries(data)));
  const notifications = data.has('notifications') ? 'on' : 'off';
  notify(`Settings saved for ${data.get('displayName')}: email notifications ${notifications}, ${data.get('theme')} theme`);
});

window.addEventListener('hashchange', route);
route();
renderMembers();
