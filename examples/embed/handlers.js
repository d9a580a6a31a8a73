// The service's request handlers: plain async JavaScript. `lookup` is a Rust async
// function (a simulated database call on tokio); each request awaits it.
async function handle(request) {
  const [, resource, id] = request.path.split('/');
  if (resource !== 'users' || !id) {
    return { status: 404, body: { error: `no route for ${request.path}` } };
  }
  const user = await lookup(Number(id));
  if (!user) {
    return { status: 404, body: { error: `no user ${id}` } };
  }
  return { status: 200, body: { ...user, servedBy: `runtime ${runtimeId}` } };
}
