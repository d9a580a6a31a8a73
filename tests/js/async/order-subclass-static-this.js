// static combinators use this as the constructor and this.resolve for each element
const log = (s) => console.log(s);
class Tracking extends Promise {
  static resolve(x) { log('Tracking.resolve ' + x); return super.resolve(x); }
}
const p = Tracking.all([1, 2]);
log('all returned Tracking: ' + (p instanceof Tracking));
p.then((v) => log('all ' + v.join(',')));
Tracking.race([3]).then((v) => log('race ' + v));
const r = Tracking.reject('no');
log('reject returned Tracking: ' + (r instanceof Tracking));
r.catch((e) => log('caught ' + e));
log('sync end');
