// The admin run page: follows a queued or running run's progress until it ends.
(() => {
    const box = document.getElementById('run-progress');
    const bar = document.getElementById('run-progress-bar');
    // Set here, not in a style attribute: the Content-Security-Policy allows no inline style.
    bar.style.width = bar.getAttribute('aria-valuenow') + '%';
    if (box.dataset.live !== 'true') return;
    const set = (id, value) => { document.getElementById(id).textContent = value; };
    const tick = async () => {
        try {
            const response = await fetch(box.dataset.url, { headers: { 'Accept': 'application/json' }, cache: 'no-store' });
            if (!response.ok) return setTimeout(tick, 3000);
            const p = await response.json();
            bar.style.width = p.percent + '%';
            bar.setAttribute('aria-valuenow', p.percent);
            bar.textContent = p.percent + '%';
            set('run-state', p.stateLabel);
            set('run-done', p.done);
            set('run-failed', p.failed);
            set('run-parked', p.parked);
            set('run-pending', p.pending + p.processing);
            set('run-total', p.total);
            set('run-rate', p.rate ?? '—');
            set('run-eta', p.eta);
            if (p.finished) {
                // Once, to show the end time and the run's failed items; a finished run's page does not poll.
                document.getElementById('cancel-form')?.remove();
                setTimeout(() => location.reload(), 500);
                return;
            }
        } catch (e) { /* the server may be restarting: try again */ }
        setTimeout(tick, 1500);
    };
    setTimeout(tick, 1000);
})();
