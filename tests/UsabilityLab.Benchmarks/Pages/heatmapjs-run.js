// heatmap.js benchmark, evaluated in the page: render the points prepared by heatmapjs-load.js into a fresh heatmap
// the size of the page and encode it as PNG (as our renderer does), timed inside the page.
(args) => {
  const map = document.getElementById('map');
  map.innerHTML = '';
  const t0 = performance.now();
  const heatmap = h337.create({ container: map, radius: args.radius, maxOpacity: 0.75 });
  heatmap.setData({ min: 0, max: args.max, data: window.__points });
  const png = heatmap.getDataURL();
  return [performance.now() - t0, png.length];
}
