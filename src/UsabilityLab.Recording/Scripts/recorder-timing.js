// Part of recorder.js, inlined at its include marker (one closure in the page): page timing. Uses push, now and
// KIND from recorder.js; recorder.js reads timingSent and calls sendTiming when the page is drained or hidden.
  // Page timing: TTFB, DOMContentLoaded, load, LCP and CLS where the browser reports them.
  let lcp = null, cls = 0, timingSent = false;
  try { new PerformanceObserver((list) => { const entries = list.getEntries(); lcp = entries[entries.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true }); } catch (_) { }
  try { new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value; }).observe({ type: 'layout-shift', buffered: true }); } catch (_) { }
  const sendTiming = () => {
    if (timingSent) return;
    const nav = performance.getEntriesByType('navigation')[0];
    if (!nav) return;
    timingSent = true;
    const round = (v) => v == null ? null : Math.round(v);
    push([KIND.timing, 0, JSON.stringify({ ttfb: round(nav.responseStart), dcl: round(nav.domContentLoadedEventEnd), load: round(nav.loadEventEnd), lcp: round(lcp), cls: Math.round(cls * 1000) / 1000 })], now());
  };
  // LCP settles shortly after load; a page left sooner sends its timing at pagehide.
  addEventListener('load', () => setTimeout(sendTiming, 500));
