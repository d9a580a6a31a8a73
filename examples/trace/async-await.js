// async/await, traced: each `await` parks the function and a job resumes it once the promise
// it waits on settles (the fourth article's picture). Run it with
// `spindle --trace-async=- async-await.js` or `--trace-async=async-await.html`.
function delay(value, ms) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

async function getUser(name) {
  const user = await delay({ name }, 10);
  return user;
}

async function login(name) {
  const user = await getUser(name);
  const token = await delay(user.name.toUpperCase(), 5);
  return `${user.name}:${token}`;
}

login('ada').then((session) => console.log('session', session));
console.log('login() returned; it waits on its first await');
