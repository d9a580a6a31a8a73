// yocto-queue (ESM, private class fields, generator methods): enqueue/dequeue/peek/size, spread and for-of iteration, drain, clear
import Queue from 'yocto-queue';

const queue = new Queue();
console.log('empty:', queue.size, queue.dequeue(), queue.peek());

queue.enqueue('🦄');
queue.enqueue('🌈');
queue.enqueue({ id: 3 });
console.log('size:', queue.size, 'peek:', queue.peek());
console.log('spread:', [...queue]);
console.log('dequeue:', queue.dequeue(), 'size:', queue.size);

for (const item of queue) {
  console.log('for-of:', item);
}
console.log('iteration does not consume:', queue.size);

const drained = [];
for (const item of queue.drain()) {
  drained.push(item);
  if (drained.length === 1) queue.enqueue('added while draining');
}
console.log('drained:', drained, 'size:', queue.size);

for (let i = 0; i < 10000; i++) queue.enqueue(i);
let sum = 0;
while (queue.size > 5000) sum += queue.dequeue();
console.log('after 5000 dequeues:', queue.size, 'sum', sum, 'peek', queue.peek());
queue.clear();
console.log('cleared:', queue.size, [...queue], queue.dequeue());

// Private state is not visible from outside.
console.log('own keys:', Object.keys(queue), Object.getOwnPropertyNames(Queue.prototype).sort());
console.log('is iterable:', typeof queue[Symbol.iterator], Object.prototype.toString.call(queue.drain()));

// A FIFO of pending work consumed by timers.
const jobs = new Queue();
['one', 'two', 'three'].forEach(name => jobs.enqueue(name));
await new Promise(resolve => {
  const step = () => {
    if (jobs.size === 0) return resolve();
    const job = jobs.dequeue();
    console.log('job', job, 'left', jobs.size);
    setTimeout(step, 5);
  };
  setTimeout(step, 5);
});
console.log('all jobs done');
