// atob forgiving-base64: ASCII whitespace anywhere, optional padding, extra bits ignored
for (const s of [
  "YWJj", " YWJj", "YWJj ", "Y W J j", "\tY\nW\fJ\rj ", "YQ", "YQ=", "YQ==", "YWI", "YWI=", "YR==", "YWJ=", "YQ= =", " Y Q = = ",
  "YQ===", "Y", "YWJjZ", "=", "==", "YQ==YQ==", "YW=j", "\u000bYQ==", "\u00a0YQ==", "",
]) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message);
  }
}
