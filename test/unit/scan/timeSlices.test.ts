import assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { TimeSlices } from '../../../src/core/scan/timeSlices';

// A scan's loop yields between slices so that what waits on the event loop gets its turn: reader
// threads' messages in the CLI, the cancel and progress in the extension host.
describe('TimeSlices', () => {
  it('next() lets a waiting message in before the next slice starts', async () => {
    const { port1, port2 } = new MessageChannel();
    let received = false;
    port2.on('message', () => (received = true));
    port1.postMessage('chunk read');
    // a loop that only awaited promises would never let the message in
    for (let i = 0; i < 1000 && !received; i++) await Promise.resolve();
    assert.equal(received, false, 'microtasks alone do not deliver the message');
    await new TimeSlices().next();
    port1.close();
    assert.equal(received, true);
  });

  it('due() turns true once the slice has run its length, and next() starts a new slice', async () => {
    const slices = new TimeSlices(50);
    assert.equal(slices.due(), false);
    const until = Date.now() + 60;
    while (Date.now() < until) {
      // busy, as a scan step is
    }
    assert.equal(slices.due(), true);
    await slices.next();
    assert.equal(slices.due(), false);
  });
});
