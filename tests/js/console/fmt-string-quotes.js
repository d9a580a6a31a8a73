// choice of single, double or backtick quotes and escapes for strings in containers
console.log(['a\'b']);
console.log(['a\'b"c']);
console.log(['a\'b"c`d']);
console.log(['`backtick`']);
console.log(['\\']);
console.log(['\b\f\v\r']);
console.log(['\0null']);
console.log(['\x1b[31m']);
console.log(['\u2028\u2029']);
console.log(['\ud800 lone surrogate']);
console.log({ k: "double \"quotes\" only" });
