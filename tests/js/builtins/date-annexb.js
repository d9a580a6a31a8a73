// Annex B: getYear, setYear (two-digit years), toGMTString.
const d = new Date(2004, 5, 15);
console.log(d.getYear(), new Date(1899, 0).getYear(), new Date(NaN).getYear());
console.log(d.setYear(99), d.getFullYear(), d.setYear(2010), d.getFullYear(), d.setYear(-1), d.getFullYear());
console.log(d.setYear(NaN), d.getTime());
const e = new Date(NaN);
console.log(e.setYear(5), e.toISOString());
console.log(Date.prototype.toGMTString === Date.prototype.toUTCString, new Date(0).toGMTString());
