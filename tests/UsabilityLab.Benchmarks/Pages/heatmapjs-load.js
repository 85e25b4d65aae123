// heatmap.js benchmark, evaluated in the page before timing: decode the benchmark's points (little-endian uint16 x,y
// pairs, base64) into heatmap.js's {x, y, value} objects. Not timed: both sides get their points in their own format.
(base64) => {
  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
  const xy = new Uint16Array(bytes.buffer);
  const points = new Array(xy.length / 2);
  for (let i = 0; i < points.length; i++) points[i] = { x: xy[2 * i], y: xy[2 * i + 1], value: 1 };
  window.__points = points;
  return points.length;
}
