function* n(){ let i=0; while(true) yield i++; } n().map(x=>x*2).filter(x=>x%3).take(5).flatMap(x=>[x,x]).drop(1).toArray();
Iterator.from({next(){return {done:true}}}).toArray(); Iterator.concat([1],[2]).reduce((a,b)=>a+b);
