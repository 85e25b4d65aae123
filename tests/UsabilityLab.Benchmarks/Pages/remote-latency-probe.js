// Runs in the participant page: presses the mouse on the middle of the streamed canvas (through the page's own
// listeners, which send the input to the lab) and waits for the first frame that shows the press to be drawn: each
// frame the page draws is looked at as it is drawn (the canvas context's drawImage, wrapped once), so the probe adds
// no polling to the two browsers' CPU. Returns per press [latency ms (-1: no change within 3 s), press time as epoch ms].
async ([presses, gapMs]) => {
  const canvas = document.getElementById('screen');
  const context = canvas.getContext('2d');
  const box = canvas.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const middle = () => context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[0] > 127;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (!context.__labProbe) {
    const draw = context.drawImage.bind(context);
    context.__labProbe = { onDraw: null };
    context.drawImage = (...args) => {
      draw(...args);
      if (context.__labProbe.onDraw) context.__labProbe.onDraw(performance.now());
    };
  }

  const samples = [];
  for (let i = 0; i < presses; i++) {
    const before = middle();
    const start = performance.now();
    const startEpoch = performance.timeOrigin + start;
    const shown = new Promise((resolve) => {
      context.__labProbe.onDraw = (at) => { if (middle() !== before) resolve(at - start); };
      setTimeout(() => resolve(-1), 3000);
    });
    canvas.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, button: 0, buttons: 1, detail: 1, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new MouseEvent('mouseup', { clientX: x, clientY: y, button: 0, buttons: 0, detail: 1, bubbles: true }));
    samples.push([await shown, startEpoch]);
    context.__labProbe.onDraw = null;
    await wait(gapMs);
  }
  return samples;
}
