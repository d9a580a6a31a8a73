// Compile time of a one-line minified bundle of about 1 MB: the kind of source a bundler
// emits (short names, no line breaks, a module table of small functions). The source is
// built once, then compiled by the Function constructor, whose cost grows with its length.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
var MODULES = Math.max(10, Math.floor(4000 * SCALE));

var parts = [];
for (var i = 0; i < MODULES; i++) {
  parts.push(
    'm[' + i + ']=function(e,t,n){"use strict";var r=n(' + ((i * 7) % (i + 1)) + '),o={a:' + i +
      ',b:"s' + i + '",c:[1,2,3].map(function(x){return x*' + i + '})};function u(x,y){for(var k=0;k<x;k++)y=(y*31+k)%1000003;return y}' +
      'var c=class{constructor(v){this.v=v}get w(){return this.v+' + i + '}static f(q){return q?q.w:0}};' +
      't.x=function(a,b){return a?u(a,b||' + i + '):o.a+o.c[2]+c.f(new c(' + i + '))+(r|0)};' +
      'e.exports={x:t.x,k:"' + 'abcdefghij'.repeat(3) + i + '"}};'
  );
}
var src = 'var m=[];' + parts.join('') +
  'var cache=[];function req(i){if(i>=m.length)return 0;if(cache[i])return cache[i].exports.x?1:0;var e={exports:{}};cache[i]=e;m[i](e,{},req);return e.exports}' +
  'var s=0;for(var i=0;i<m.length;i+=97)s=(s+req(i).x(3,i))%1000003;return s';

var check = 0;
for (var round = 0; round < 3; round++) {
  var f = new Function(src);
  check = (check * 31 + f() + src.length) % 1000003;
}
console.log('checksum: ' + check);
