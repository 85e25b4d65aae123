// Runs in the participant page: presses the mouse on the middle of the streamed canvas (through the page's own
// listeners, which send the input to the lab) and waits for the canvas's middle pixel to change, i.e. for the first
// frame that shows the press to be drawn. Returns per press [latency ms (-1: no change within 3 s), press time as epoch ms].
async ([presses, gapMs]) => {
  const canvas = document.getElementById('screen');
  const context = canvas.getContext('2d');
  const box = canvas.getBoundingClientRect();
  const x = box.left + box.width / 2, y = box.top + box.height / 2;
  const middle = () => context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data[0] > 127;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const samples = [];
  for (let i = 0; i < presses; i++) {
    const before = middle();
    const start = performance.now();
    const startEpoch = performance.timeOrigin + start;
    canvas.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, button: 0, buttons: 1, detail: 1, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new MouseEvent('mouseup', { clientX: x, clientY: y, button: 0, buttons: 0, detail: 1, bubbles: true }));
    let latency = -1;
    while (performance.now() - start < 3000) {
      if (middle() !== before) { latency = performance.now() - start; break; }
      await wait(1);
    }
    samples.push([latency, startEpoch]);
    await wait(gapMs);
  }
  return samples;
}
