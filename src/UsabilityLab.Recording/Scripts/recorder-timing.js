// Part of recorder.js, inlined at its include marker (one closure in the page): page timing. Uses push, now and
// KIND from recorder.js; recorder.js reads timingSent and calls sendTiming when the page is drained or hidden.
  // Page timing: TTFB, DOMContentLoaded, load, LCP and CLS where the browser reports them.
  let lcp = null, cls = 0, timingSent = false;
  try { new PerformanceObserver((list) => { const entries = list.getEntries(); lcp = entries[entries.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true }); } catch (_) { }
  try { new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value; }).observe({ type: 'layout-shift', buffered: true }); } catch (_) { }
  const sendTiming = () => {
    if (timingSent || child) return; // a frame's load is no page load
    const nav = entriesByType('navigation')[0];
    if (!nav) return;
    timingSent = true;
    const ms = (v) => v == null ? null : round(v);
    push([KIND.timing, 0, encode({ ttfb: ms(nav.responseStart), dcl: ms(nav.domContentLoadedEventEnd), load: ms(nav.loadEventEnd), lcp: ms(lcp), cls: round(cls * 1000) / 1000 })], now());
  };
  // LCP settles shortly after load; a page left sooner sends its timing at pagehide.
  addEventListener('load', () => later(sendTiming, 500));
