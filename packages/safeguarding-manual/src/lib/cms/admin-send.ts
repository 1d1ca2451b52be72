// What became of a publication, shown to the person editing: the studio answers a publication
// with a notice (studio-send.ts): sent to the public site, published on this computer only, or
// not sent with why and what to do, and then a "Send again" button. Runs in the browser (the
// admin page's bundle).

interface Notice {
  outcome: 'sent' | 'local' | 'failed';
  message: string;
}

const NOTICE_ID = 'studio-publish-notice';

function show(notice: Notice): void {
  document.getElementById(NOTICE_ID)?.remove();
  const box = document.createElement('div');
  box.id = NOTICE_ID;
  // A failure interrupts; the rest is said politely.
  box.setAttribute('role', notice.outcome === 'failed' ? 'alert' : 'status');
  Object.assign(box.style, {
    position: 'fixed',
    left: '50%',
    bottom: '1.5rem',
    transform: 'translateX(-50%)',
    maxWidth: '40rem',
    zIndex: '1000',
    padding: '1rem 1.25rem',
    borderRadius: '6px',
    border: `3px solid ${notice.outcome === 'failed' ? '#a4000f' : '#00703c'}`,
    background: '#fff',
    color: '#0b0c0c',
    fontSize: '1rem',
    lineHeight: '1.5',
    boxShadow: '0 2px 8px rgb(0 0 0 / 30%)',
  });
  const text = document.createElement('p');
  text.style.margin = '0 0 0.75rem';
  text.textContent = notice.message;
  box.append(text);
  const button = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    Object.assign(b.style, { marginRight: '0.75rem', padding: '0.4rem 0.9rem', font: 'inherit', cursor: 'pointer' });
    b.addEventListener('click', action);
    box.append(b);
    return b;
  };
  if (notice.outcome === 'failed') {
    const again = button('Send again', () => {
      again.disabled = true;
      text.textContent = 'Sending to the public site...';
      void sendAgain();
    });
  }
  button('Close this message', () => box.remove());
  document.body.append(box);
}

async function sendAgain(): Promise<void> {
  try {
    const response = await fetch(new URL('/api/send', document.baseURI), { method: 'POST' });
    const answer = (await response.json()) as { notice?: Notice; error?: string };
    show(answer.notice ?? { outcome: 'failed', message: answer.error ?? 'Sending failed: see the terminal.' });
  } catch {
    show({ outcome: 'failed', message: 'The editor could not reach the studio: is npm run studio still running? Start it again, then press "Send again".' });
  }
}

/** Watches the editor's requests: a publication's answer carries what became of it, which is shown. */
export function showPublishNotices(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/api/v1') || response.status !== 200 || typeof init?.body !== 'string' || !/"(publishUnpublishedEntry|deleteFiles?)"/.test(init.body))
      return response;
    const answer = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { notice?: Notice } | undefined;
    if (answer?.notice) show(answer.notice);
    return response;
  };
}
