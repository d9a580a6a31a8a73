`a${1}b${`c${2}`}` + String.raw`\u{` + ((s, ...v) => s.raw)`x${1}`;
