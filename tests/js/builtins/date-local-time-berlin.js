// TZ=Europe/Berlin
// Central European time: summer and winter offsets and names (run with TZ=Europe/Berlin).
const summer = new Date(2020, 6, 5, 14, 3, 9);
const winter = new Date(2020, 0, 1);
console.log(String(summer), summer.getTimezoneOffset());
console.log(String(winter), winter.getTimezoneOffset());
console.log(String(new Date(2021, 2, 28, 2, 30)), new Date(2021, 9, 31, 2, 30).toISOString());
console.log(summer.toUTCString(), summer.toISOString(), JSON.stringify({ summer }));
console.log(summer.getHours(), summer.getUTCHours(), summer.getDay(), summer.getUTCDay());
