// Library entry for marked-render.js: exposes marked as the global `markedLib`.
export { Marked, marked, Lexer, Parser } from 'marked';
