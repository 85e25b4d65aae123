// Recorder-vs-rrweb benchmark: starts rrweb with its default options, its events going to the benchmark's counter.
// Only on http(s) pages, like our recorder: rrweb started on the new tab's initial about:blank stalls page creation.
if (/^https?:$/.test(location.protocol)) {
  window.rrweb.record({ emit: (e) => window.__bench.emit(e) });
}
