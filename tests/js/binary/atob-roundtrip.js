// atob and btoa: every byte value, every length up to 20, and the results' code units
let all = "";
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
const b = btoa(all);
console.log(b);
console.log(atob(b) === all);
let ok = 0;
for (let len = 0; len <= 20; len++) {
  let s = "";
  for (let i = 0; i < len; i++) s += String.fromCharCode((i * 37 + len * 11) & 255);
  const enc = btoa(s);
  if (atob(enc) === s && enc.length === Math.ceil(len / 3) * 4) ok++;
  if (len < 7) console.log(len, JSON.stringify(enc));
}
console.log(ok);
console.log(JSON.stringify(atob("/+/+")), atob("/+/+").length, [...atob("/+/+")].map((c) => c.charCodeAt(0)).join(","));
console.log(btoa(""), JSON.stringify(atob("")));
