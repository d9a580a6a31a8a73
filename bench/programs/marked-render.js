// marked-render: marked@18.3.0 (MIT) renders generated GitHub-flavoured markdown (headings, lists, tables, code, links, emphasis) to HTML; checksum hashes the HTML.
var SCALE = typeof BENCH_SCALE === 'number' ? BENCH_SCALE : 1;
// ---- bundle: marked@18.3.0 (MIT license; see node_modules/marked), built by build.sh with esbuild 0.28.2 ----
var markedLib = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __typeError = (msg) => {
    throw TypeError(msg);
  };
  var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
  var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
  var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
  var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
  var __privateMethod = (obj, member, method) => (__accessCheck(obj, member, "access private method"), method);

  // src/marked.lib.mjs
  var marked_lib_exports = {};
  __export(marked_lib_exports, {
    Lexer: () => w,
    Marked: () => ne,
    Parser: () => P,
    marked: () => b
  });

  // node_modules/marked/lib/marked.esm.js
  function G() {
    return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
  }
  var _ = G();
  function pe(l2) {
    _ = l2;
  }
  var v = { exec: () => null };
  function H(l2) {
    let e = [];
    return (t) => {
      let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
      return r || (r = l2(n), e[n] = r), r;
    };
  }
  function d(l2, e = "") {
    let t = typeof l2 == "string" ? l2 : l2.source, n = { replace: (r, s) => {
      let o = typeof s == "string" ? s : s.source;
      return o = o.replace(T.caret, "$1"), t = t.replace(r, o), n;
    }, getRegex: () => new RegExp(t, e) };
    return n;
  }
  var $e = ((l2 = "") => {
    try {
      return !!new RegExp("(?<=1)(?<!1)" + l2);
    } catch {
      return false;
    }
  })();
  var Ce = "^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)";
  var T = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, textIndentedContinuation: /^(?:\n(?: {4}| {0,3}\t)[ \t]*[^ \t\n][^\n]*)+/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, blockquoteFenceOpen: /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/, blockquoteFenceClose: /^ {0,3}(`{3,}|~{3,})[ \t]*$/, blockquoteListItemStart: /^ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableHeader: new RegExp(Ce + "(?:\\n|$)"), tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l2) => new RegExp(`^( {0,3}${l2})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: H((l2) => new RegExp(`^ {0,${l2}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: H((l2) => new RegExp(`^ {0,${l2}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: H((l2) => new RegExp(`^ {0,${l2}}(?:\`\`\`|~~~)`)), headingBeginRegex: H((l2) => new RegExp(`^ {0,${l2}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: H((l2) => new RegExp(`^ {0,${l2}}#`)), htmlBeginRegex: H((l2) => new RegExp(`^ {0,${l2}}(?:</?(?:${ge})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: H((l2) => new RegExp(`^ {0,${l2}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
  var Ue = /^(?:[ \t]*(?:\n|$))+/;
  var Ke = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
  var Xe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*)[ \t]*(?=\n|$)|$)/;
  var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
  var Ve = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
  var de = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
  var ge = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
  var J = d(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", ge).getRegex();
  var Le = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
  var Ie = d(Le).replace(/bull/g, de).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
  var Je = d(Le).replace(/bull/g, de).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
  var ke = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
  var Ye = /^[^\n]+/;
  var fe = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
  var et = d(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", fe).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
  var tt = d(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, de).getRegex();
  var me = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
  var nt = d("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", me).replace("tag", ge).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
  var Ae = (l2) => d(ke).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l2).replace("html", J).getRegex();
  var rt = Ae(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
  var st = Ae(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
  var ye = / {0,3}> ?(?:(?!blank)(paragraph)|[^\n]*)(?:\n|$)/;
  var it = d(/^(first)(?:next)*/).replace("first", d(ye).replace("blank", /[ \t]*(?:\n|$)| {4}/).getRegex()).replace("next", d(ye).replace("blank", /[ \t]*(?:\n|$)/).getRegex()).replace(/paragraph/g, st).getRegex();
  var xe = { blockquote: it, code: Ke, def: et, fences: Xe, heading: Ve, hr: V, html: nt, lheading: Ie, list: tt, newline: Ue, paragraph: rt, table: v, text: Ye };
  var ot = d(Ce + "(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
  var at = { ...xe, lheading: Je, table: ot, paragraph: d(ke).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", T.tableHeader).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
  var lt = { ...xe, html: d(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", me).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: v, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: d(ke).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Ie).getRegex() };
  var ut = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
  var ct = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
  var Ee = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
  var pt = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
  var I = /[\p{P}\p{S}]/u;
  var N = /[\s\p{P}\p{S}]/u;
  var Y = /[^\s\p{P}\p{S}]/u;
  var ht = d(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
  var dt = /[\p{Pi}\p{Ps}"']/u;
  var ze = /(?!~)[\p{P}\p{S}]/u;
  var gt = /(?!~)[\s\p{P}\p{S}]/u;
  var kt = /(?:[^\s\p{P}\p{S}]|~)/u;
  var ft = d(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", $e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
  var Me = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
  var mt = d(Me, "u").replace(/punct/g, I).getRegex();
  var xt = d(Me, "u").replace(/punct/g, ze).getRegex();
  var bt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
  var Rt = d(bt, "u").replace(/openQuote/g, dt).replace(/punct/g, I).getRegex();
  var Be = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
  var Tt = d(Be, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, I).getRegex();
  var Ot = d(Be, "gu").replace(/notPunctSpace/g, kt).replace(/punctSpace/g, gt).replace(/punct/g, ze).getRegex();
  var wt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
  var Pt = d(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, I).getRegex();
  var yt = d("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, I).getRegex();
  var St = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
  var _t = d(St, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, I).getRegex();
  var $t = d(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, I).getRegex();
  var Ct = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
  var Lt = d(Ct, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, I).getRegex();
  var It = d(/\\(punct)/, "gu").replace(/punct/g, I).getRegex();
  var At = d(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, I).getRegex();
  var Et = d(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
  var zt = d(me).replace("(?:-->|$)", "-->").getRegex();
  var Mt = d("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", zt).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
  var De = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
  var ie = d(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", De).getRegex();
  var oe = /\\[^ \t\n\x00-\x1f]|\\(?=[ \t\n])|[^ \t\n\x00-\x1f\\()]/;
  var Bt = d(/\((?:char)*\)/).replace("char", oe).getRegex();
  var Dt = d(/\((?:char|p1)*\)/).replace("char", oe).replace("p1", Bt).getRegex();
  var qt = d(/\((?:char|p2)*\)/).replace("char", oe).replace("p2", Dt).getRegex();
  var Ht = d(/(?!<)(?:char|p3)+/).replace("char", oe).replace("p3", qt).getRegex();
  var vt = d(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", d(/<(?:\\.|[^\n<>\\])*>|bareHref|(?=\))/).replace("bareHref", Ht).getRegex()).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
  var Zt = d(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", fe).getRegex();
  var jt = d(/^!?\[(ref)\](?:\[\])?/).replace("ref", fe).getRegex();
  var Se = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
  var Ft = d(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", De).getRegex();
  var Gt = d("reflink|nolink(?!\\()", "g").replace("reflink", d(/^!?\[(label)\]\[(ref)\]/).replace("label", Ft).replace("ref", Se).getRegex()).replace("nolink", d(/^!?\[(ref)\](?:\[\])?/).replace("ref", Se).getRegex()).getRegex();
  var _e = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
  var Nt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
  var Qt = d(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Nt).getRegex();
  var be = { _backpedal: v, anyPunctuation: It, anyPunctuationOutsideCode: At, autolink: Et, blockSkip: ft, br: Ee, code: ct, del: v, delLDelim: v, delRDelim: v, emStrongLDelim: mt, emStrongRDelimAst: Tt, emStrongRDelimUnd: yt, escape: ut, link: vt, nolink: jt, punctuation: ht, reflink: Zt, reflinkSearch: Gt, tag: Mt, text: pt, url: v };
  var Wt = { ...be, emStrongLDelim: Rt, emStrongRDelimAst: Pt, emStrongRDelimUnd: _t, link: d(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: d(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
  var he = { ...be, emStrongRDelimAst: Ot, emStrongLDelim: xt, delLDelim: $t, delRDelim: Lt, url: d(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Qt).replace("protocol", _e).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: d(/^(?:[A-Za-z0-9.+-]+(?=@)|[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", _e).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", $e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
  var Ut = { ...he, br: d(Ee).replace("{2,}", "*").getRegex(), text: d(he.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
  var ee = { normal: xe, gfm: at, pedantic: lt };
  var Q = { normal: be, gfm: he, breaks: Ut, pedantic: Wt };
  var Kt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  var qe = (l2) => Kt[l2];
  function y(l2, e) {
    if (e) {
      if (T.escapeTest.test(l2)) return l2.replace(T.escapeReplace, qe);
    } else if (T.escapeTestNoEncode.test(l2)) return l2.replace(T.escapeReplaceNoEncode, qe);
    return l2;
  }
  function ve(l2) {
    return T.numericCharacterReference.test(l2) ? l2.replace(T.numericCharacterReferenceOrAmpersand, (e, t, n) => {
      if (t === void 0 && n === void 0) return "&amp;";
      let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
      return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
    }) : l2;
  }
  function Re(l2) {
    try {
      l2 = encodeURI(l2).replace(T.percentDecode, "%");
    } catch {
      return null;
    }
    return l2;
  }
  function ae(l2, e) {
    let t = l2.replace(T.findPipe, (s, o, i) => {
      let a = false, c = o;
      for (; --c >= 0 && i[c] === "\\"; ) a = !a;
      return a ? "|" : " |";
    }), n = t.split(T.splitPipe), r = 0;
    if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
    else for (; n.length < e; ) n.push("");
    for (; r < n.length; r++) n[r] = n[r].trim().replace(T.slashPipe, "|");
    return n;
  }
  function A(l2, e, t) {
    let n = l2.length;
    if (n === 0) return "";
    let r = 0;
    for (; r < n; ) {
      let s = l2.charAt(n - r - 1);
      if (s === e && !t) r++;
      else if (s !== e && t) r++;
      else break;
    }
    return l2.slice(0, n - r);
  }
  function Te(l2) {
    let e = l2.split(`
`), t = e.length - 1;
    for (; t >= 0 && T.blankLine.test(e[t]); ) t--;
    return e.length - t <= 2 ? l2 : e.slice(0, t + 1).join(`
`);
  }
  function U(l2) {
    return l2.trim().replace(T.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
  }
  function Oe(l2, e) {
    if (l2.indexOf(e[0]) === -1 && l2.indexOf(e[1]) === -1) return -1;
    let t = 0;
    for (let n = 0; n < l2.length; n++) if (l2[n] === "\\") n++;
    else if (l2[n] === e[0]) t++;
    else if (l2[n] === e[1] && (t--, t < 0)) return n;
    return t > 0 ? -2 : -1;
  }
  var W = /* @__PURE__ */ new WeakMap();
  function we(l2) {
    let e = { "*": -1, _: -1 }, t = -1, n = l2.length;
    for (let r = 0; r < n; r++) {
      let s = l2[r];
      if (s !== "*" && s !== "_" && s !== "~") continue;
      let o = r === 0 ? `
` : l2[r - 1], i = r + 1;
      for (; i < n && l2[i] === s; ) i++;
      o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
    }
    return { maskedSrc: l2, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
  }
  function Ze(l2, e) {
    let t = we(e), n = W.get(l2);
    n ? n.push(t) : W.set(l2, [t]);
  }
  function je(l2) {
    let e = W.get(l2);
    e && (e.pop(), e.length === 0 && W.delete(l2));
  }
  function le(l2, e, t) {
    let n = W.get(l2)?.at(-1);
    return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : we(e).lastPossibleEmStrongCloserIndex[t];
  }
  function ue(l2, e) {
    let t = W.get(l2)?.at(-1);
    return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : we(e).lastPossibleDelCloserIndex;
  }
  function te(l2, e = 0) {
    let t = e, n = "";
    for (let r of l2) if (r === "	") {
      let s = 4 - t % 4;
      n += " ".repeat(s), t += s;
    } else n += r, t++;
    return n;
  }
  function Fe(l2) {
    let e, t = false;
    return l2.map((n) => {
      if (t) return n;
      let { depth: r, expanded: s, keptIndent: o, content: i } = Xt(n, e?.depth ?? 1 / 0);
      if (e?.depth !== r && (e = void 0), e) {
        let c = T.blockquoteFenceClose.exec(i)?.[1];
        return !c || c[0] !== e.marker[0] || c.length < e.marker.length ? o : (e = void 0, s);
      }
      if (t = T.blockquoteListItemStart.test(i), t) return n;
      let a = T.blockquoteFenceOpen.exec(i)?.[1];
      return a && (e = { marker: a, depth: r }), s;
    }).join(`
`);
  }
  function Xt(l2, e) {
    let t = 0, n = 0, r = 0, s = 0, o = "";
    for (; r < e; ) {
      let u = t, g = n;
      for (; l2[u] === " " || l2[u] === "	"; ) g += He(l2[u], g), u++;
      if (l2[u] !== ">" || g - s > 3) break;
      o += " ".repeat(g - n) + ">", r++, t = u + 1, n = g + 1, s = l2[t] === " " || l2[t] === "	" ? n + 1 : n;
    }
    if (r === 0) return { depth: r, expanded: l2, keptIndent: l2, content: l2 };
    let i = "", a = "";
    for (; (l2[t] === " " || l2[t] === "	") && n < s + 4; ) {
      let u = He(l2[t], n);
      i += " ".repeat(u), a += n < s && u > 1 ? " ".repeat(u) : l2[t], n += u, t++;
    }
    let c = l2.slice(t);
    return { depth: r, expanded: o + i + c, keptIndent: o + a + c, content: " ".repeat(Math.max(0, n - s)) + c };
  }
  function He(l2, e) {
    return l2 === "	" ? 4 - e % 4 : 1;
  }
  function Vt(l2, e) {
    let t = "";
    for (let n = 0; n < l2.length; n++) {
      if (l2[n] === "`") {
        let r = e.inline.code.exec(l2.slice(n));
        if (r) {
          t += r[0], n += r[0].length - 1;
          continue;
        }
      }
      if (l2[n] === "\\" && (l2[n + 1] === "[" || l2[n + 1] === "]")) {
        t += l2[n + 1], n++;
        continue;
      }
      t += l2[n];
    }
    return t;
  }
  function Ge(l2, e, t, n, r) {
    let s = e.href, o = e.title || null, i = Vt(l2[1], r), a = l2[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, g = n.state.inRawBlock;
    n.state.inLink = true, n.state.linkEmitted = false;
    let h = n.inlineTokens(i), p = n.state.linkEmitted;
    if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
      if (p) {
        n.state.inRawBlock = g;
        return;
      }
      n.state.linkEmitted = true;
    }
    return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
  }
  function Jt(l2, e, t) {
    let n = l2.match(t.other.indentCodeCompensation);
    if (n === null) return e;
    let r = n[1];
    return e.split(`
`).map((s) => {
      let o = s.match(t.other.beginningSpace);
      if (o === null) return s;
      let [i] = o;
      return s.slice(Math.min(i.length, r.length));
    }).join(`
`);
  }
  function Ne(l2, e, t, n) {
    if (!e.includes("<")) return false;
    for (let r = 0; r < e.length; r++) {
      if (e[r] === "\\") {
        r++;
        continue;
      }
      if (e[r] === "`") {
        let i = n.inline.code.exec(e.slice(r));
        if (i) {
          r += i[0].length - 1;
          continue;
        }
      }
      if (e[r] !== "<") continue;
      let s = l2.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
      if (o) {
        if (o[0].length > e.length - r) return true;
        r += o[0].length - 1;
      }
    }
    return false;
  }
  var $ = class {
    constructor(e) {
      __publicField(this, "options");
      __publicField(this, "rules");
      __publicField(this, "lexer");
      this.options = e || _;
    }
    space(e) {
      let t = this.rules.block.newline.exec(e);
      if (t && t[0].length > 0) return { type: "space", raw: t[0] };
    }
    code(e) {
      let t = this.rules.block.code.exec(e);
      if (t) {
        let n = this.options.pedantic ? t[0] : Te(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
        return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
      }
    }
    fences(e) {
      let t = this.rules.block.fences.exec(e);
      if (t) {
        let n = t[0], r = Jt(n, t[3] || "", this.rules);
        return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
      }
    }
    heading(e) {
      let t = this.rules.block.heading.exec(e);
      if (t) {
        let n = t[2].trim();
        if (this.rules.other.endingHash.test(n)) {
          let r = A(n, "#");
          (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
        }
        return { type: "heading", raw: A(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
      }
    }
    hr(e) {
      let t = this.rules.block.hr.exec(e);
      if (t) return { type: "hr", raw: A(t[0], `
`) };
    }
    blockquote(e) {
      let t = this.rules.block.blockquote.exec(e);
      if (t) {
        let n = A(t[0], `
`).split(`
`), r = "", s = "", o = [];
        for (; n.length > 0; ) {
          let i = false, a = [], c;
          for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
          else if (!i) a.push(n[c]);
          else break;
          n = n.slice(c);
          let u = a.join(`
`), h = (this.lexer.state.top && !this.lexer.state.inBlockquote && u.includes("	") ? Fe(a) : u).replace(this.rules.other.blockquoteMarkerWhitespace, (O, k, m) => m.startsWith(" ") ? k + " " + m.slice(1) : k + te(m, k.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
          r = r ? `${r}
${u}` : u, s = s ? `${s}
${h}` : h;
          let p = this.lexer.state.top, x = this.lexer.state.inBlockquote;
          if (this.lexer.state.top = true, this.lexer.state.inBlockquote = true, this.lexer.blockTokens(h, o, true), this.lexer.state.top = p, this.lexer.state.inBlockquote = x, n.length === 0) break;
          let f = o.at(-1);
          if (f?.type === "code" || f?.type === "heading" || f?.type === "hr" || f?.type === "html" || f?.type === "table") break;
          if (f?.type === "blockquote") {
            let O = f, k = n.join(`
`), m = O.raw + `
` + k.replace(this.rules.other.blockquoteSetextReplace2, "");
            this.lexer.state.inBlockquote = true;
            let S = this.blockquote(m);
            this.lexer.state.inBlockquote = x, o[o.length - 1] = S;
            let R = m.substring(S.raw.length).replace(/^\n/, ""), B = R ? R.split(`
`).length : 0, L = B ? n.slice(0, -B) : n;
            if (L.length > 0 && (r = `${r}
${L.join(`
`)}`), s = s.substring(0, s.length - O.text.length) + S.text, n = n.slice(L.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
            break;
          } else if (f?.type === "list") {
            let O = f, k = O.raw + `
` + n.join(`
`), m = this.list(k);
            o[o.length - 1] = m;
            let S = m.raw.length > O.raw.length ? k.slice(O.raw.length + 1, m.raw.length).split(`
`).length : 0;
            if (S > 0) {
              let R = n.slice(0, S).join(`
`);
              r = `${r}
${R}`, s = `${s}
${R}`;
            }
            if (n = n.slice(S), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
            continue;
          }
        }
        return { type: "blockquote", raw: r, tokens: o, text: s };
      }
    }
    list(e) {
      let t = this.rules.block.list.exec(e);
      if (t) {
        if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
        let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
        s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
        let a = this.rules.other.listItemRegex(s), c = false;
        for (; e; ) {
          let h = false, p = "";
          if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
          let x = r();
          e = e.substring(t[0].length);
          let f = t[2].split(`
`, 1)[0], O = t[1].length, k = this.options.pedantic ? te(f, O) : f.replace(this.rules.other.leadingSpaceTab, (L) => te(L, O)), m = e.split(`
`, 1)[0], S = !k.trim(), R = 0;
          if (this.options.pedantic ? (R = 2, p = k.trimStart()) : S ? R = O + 1 : (R = k.search(this.rules.other.nonSpaceChar), R = R > 4 ? 1 : R, p = k.slice(R), R += O), S && this.rules.other.blankLine.test(m) && (e = e.substring(m.length + 1), h = true), !h) {
            let L = this.rules.other.nextBulletRegex(R), K = this.rules.other.hrRegex(R), re = this.rules.other.fencesBeginRegex(R), q = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(R) : this.rules.other.headingBeginRegex(R), X = this.rules.other.htmlBeginRegex(R), se = this.rules.other.blockquoteBeginRegex(R), ce = false;
            for (; e; ) {
              let Pe = e.split(`
`, 1)[0], j;
              if (m = Pe, this.options.pedantic ? (m = m.replace(this.rules.other.listReplaceNesting, "  "), j = m) : j = m.replace(this.rules.other.leadingSpaceTab, (C) => te(C)), re.test(m) || q.test(m) || X.test(m) || se.test(m) || L.test(m) || K.test(m)) break;
              if (j.search(this.rules.other.nonSpaceChar) >= R || !m.trim()) p += `
` + j.slice(R), ce = false;
              else {
                if (S) break;
                let C = k;
                if (!this.options.pedantic && !p.includes(`
`) && !k.includes("	")) {
                  let F;
                  for (; !K.test(C) && (F = this.rules.other.nestedBlockMarker.exec(C)); ) C = C.slice(F[0].length);
                  if (!C.trim()) break;
                }
                if (C.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test(C) || q.test(C) || X.test(C) || K.test(C)) break;
                if (!this.options.pedantic && !ce) {
                  let F = k.replace(this.rules.other.nestedContainerMarkers, "");
                  if (this.rules.block.fences.test(F) || this.rules.block.heading.test(F) || this.rules.block.hr.test(F)) break;
                }
                let We = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(m) && this.rules.block.lheading.test(`${k}
${m}`) ? `    ${j.replace(/^ {0,3}/, "")}` : m;
                p += `
` + We, ce = true;
              }
              S = !m.trim(), e = e.substring(Pe.length + 1), k = j.slice(R);
            }
          }
          let B = n.slice(x, r());
          i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(B) && (c = true)), i.items.push({ type: "list_item", raw: B, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
        }
        let u = i.items.at(-1);
        if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
        else return;
        i.raw = n.slice(0, r()).trimEnd();
        let g = [];
        for (let h of i.items) if (this.lexer.state.top = false, g.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
          let p = h.tokens.filter((f) => f.type === "space"), x = p.length > 0 && p.some((f) => this.rules.other.anyLine.test(f.raw));
          i.loose = x;
        }
        for (let h = 0; h < i.items.length; h++) {
          let p = i.items[h], x = p.tokens[0];
          if (p.task && (x?.type === "text" || x?.type === "paragraph")) {
            p.text = p.text.replace(this.rules.other.listReplaceTask, ""), x.raw = x.raw.replace(this.rules.other.listReplaceTask, ""), x.text = x.text.replace(this.rules.other.listReplaceTask, "");
            let f = this.lexer.inlineQueue;
            for (let k = g[h]; k < f.length; k++) if (f[k].tokens === x.tokens) {
              f[k].src = f[k].src.replace(this.rules.other.listReplaceTask, "");
              break;
            }
            let O = this.rules.other.listTaskCheckbox.exec(p.raw);
            if (O) {
              let k = { type: "checkbox", raw: O[0] + " ", checked: O[0] !== "[ ]" };
              p.checked = k.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = k.raw + p.tokens[0].raw, p.tokens[0].text = k.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(k)) : p.tokens.unshift({ type: "paragraph", raw: k.raw, text: k.raw, tokens: [k] }) : p.tokens.unshift(k);
            }
          } else p.task && (p.task = false);
        }
        if (i.loose) for (let h of i.items) {
          h.loose = true;
          for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
        }
        return i;
      }
    }
    html(e) {
      let t = this.rules.block.html.exec(e);
      if (t) {
        if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
        let n = Te(t[0]);
        return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
      }
    }
    def(e) {
      let t = this.rules.block.def.exec(e);
      if (t) {
        if (!this.rules.other.startAngleBracket.test(t[2]) && Oe(t[2], "()") !== -1) return;
        let n = U(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
        return { type: "def", tag: n, raw: A(t[0], `
`), href: r, title: s };
      }
    }
    table(e) {
      let t, n;
      if (this.options.gfm && !this.options.pedantic) {
        let i = this.rules.other.tableHeader.exec(e);
        if (!i || !this.rules.other.tableDelimiter.test(i[2]) || (t = ae(i[1]), n = i[2].replace(this.rules.other.tableAlignChars, "").split("|"), t.length !== n.length)) return;
      }
      let r = this.rules.block.table.exec(e);
      if (!r || !this.rules.other.tableDelimiter.test(r[2])) return;
      t ?? (t = ae(r[1])), n ?? (n = r[2].replace(this.rules.other.tableAlignChars, "").split("|"));
      let s = r[3]?.trim() ? r[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: A(r[0], `
`), header: [], align: [], rows: [] };
      if (t.length === n.length) {
        for (let i of n) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
        for (let i = 0; i < t.length; i++) o.header.push({ text: t[i], tokens: this.lexer.inline(t[i]), header: true, align: o.align[i] });
        for (let i of s) o.rows.push(ae(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
        return o;
      }
    }
    lheading(e) {
      let t = this.rules.block.lheading.exec(e);
      if (t) {
        let n = t[1].trim();
        return { type: "heading", raw: A(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
      }
    }
    paragraph(e) {
      let t = this.rules.block.paragraph.exec(e);
      if (t) {
        let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
        return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
      }
    }
    text(e) {
      let t = this.rules.block.text.exec(e);
      if (t) {
        let n = t[0], r = t[0], s = this.rules.other.textIndentedContinuation.exec(e.slice(n.length));
        return s && (n += s[0], r += s[0].replace(this.rules.other.codeRemoveIndent, "")), { type: "text", raw: n, text: r, tokens: this.lexer.inline(r) };
      }
    }
    escape(e) {
      if (e.charCodeAt(0) !== 92) return;
      let t = this.rules.inline.escape.exec(e);
      if (t) return { type: "escape", raw: t[0], text: t[1] };
    }
    tag(e) {
      if (e.charCodeAt(0) !== 60) return;
      let t = this.rules.inline.tag.exec(e);
      if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
    }
    link(e) {
      if (this.lexer.state.linkParenPossible === false) return;
      let t = e.charCodeAt(0);
      if (t !== 91 && t !== 33) return;
      let n = this.rules.inline.link.exec(e);
      if (n) {
        let r = n[0].charAt(0) === "!" ? 2 : 1;
        if (!this.options.pedantic && Ne(e, n[1], r, this.rules)) return;
        let s = n[2].trim();
        if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
          if (!this.rules.other.endAngleBracket.test(s)) return;
          let c = A(s.slice(0, -1), "\\");
          if ((s.length - c.length) % 2 === 0) return;
        } else {
          let c = Oe(n[2], "()");
          if (c === -2) return;
          if (c > -1) {
            let g = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
            n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, g).trim(), n[3] = "";
          }
        }
        let o = A(n[0].slice(0, -1), "\\");
        if ((n[0].length - o.length) % 2 === 0) return;
        let i = n[2], a = "";
        if (this.options.pedantic) {
          let c = this.rules.other.pedanticHrefTitle.exec(i);
          c && (i = c[1], a = c[3]);
        } else a = n[3] ? n[3].slice(1, -1) : "";
        return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), Ge(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
      }
    }
    reflink(e, t) {
      let n = e.charCodeAt(0);
      if (n !== 91 && n !== 33) return;
      let r;
      if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
        let s = r[0].charAt(0) === "!" ? 2 : 1;
        if (!this.options.pedantic && Ne(e, r[1], s, this.rules)) return;
        let o = t[U(r[2] || r[1])];
        if (!o) {
          let i = r[0].charAt(0);
          return { type: "text", raw: i, text: i };
        }
        return Ge(r, o, r[0], this.lexer, this.rules);
      }
    }
    emStrong(e, t, n = "") {
      let r = this.rules.inline.emStrongLDelim.exec(e);
      if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
      let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
      for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
      let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
      a < i && (n = c);
      let g = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
      if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
      let h = r[1] || r[3] || "";
      if (!h || !n || g) {
        let p = [...r[0]].length - 1, x, f, O = p, k = 0, m = i - a + p, S = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
        if (s !== "*" && s !== "_") return;
        let R = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, B = le(this, t, s), L = t.length - e.length + p;
        if (B < L) return;
        t = t.slice(-1 * e.length + p);
        let K = B - L;
        for (R.lastIndex = 0; (r = R.exec(t)) !== null && !(r.index > K); ) {
          if (x = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !x) continue;
          if (f = [...x].length, r[3] || r[4]) {
            O += f;
            continue;
          } else if ((r[5] || r[6] || S) && m % 3 && !((m + f) % 3)) {
            if (o && (r[5] || r[6])) break;
            k += f;
            continue;
          }
          if (O -= f, O > 0) continue;
          f = Math.min(f, f + O + k);
          let re = [...r[0]][0].length, q = e.slice(0, p + r.index + re + f);
          if (Math.min(p, f) % 2) {
            let se = q.slice(1, -1);
            return { type: "em", raw: q, text: se, tokens: this.lexer.inlineTokens(se) };
          }
          let X = q.slice(2, -2);
          return { type: "strong", raw: q, text: X, tokens: this.lexer.inlineTokens(X) };
        }
      }
    }
    codespan(e) {
      if (e.charCodeAt(0) !== 96) return;
      let t = this.rules.inline.code.exec(e);
      if (t) {
        let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
        return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
      }
    }
    br(e) {
      let t = e.charCodeAt(0);
      if (t !== 32 && t !== 92 && t !== 10) return;
      let n = this.rules.inline.br.exec(e);
      if (n) return { type: "br", raw: n[0] };
    }
    del(e, t, n = "") {
      if (e.charCodeAt(0) !== 126) return;
      let r = this.rules.inline.delLDelim.exec(e);
      if (!r) return;
      if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
        let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, g = ue(this, t), h = t.length - e.length + o;
        if (g < h) return;
        t = t.slice(-1 * e.length + o);
        let p = g - h;
        for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
          if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
          if (r[3] || r[4]) {
            c += a;
            continue;
          }
          if (c -= a, c > 0) continue;
          a = Math.min(a, a + c);
          let x = [...r[0]][0].length, f = e.slice(0, o + r.index + x + a), O = f.slice(o, -o);
          return { type: "del", raw: f, text: O, tokens: this.lexer.inlineTokens(O) };
        }
      }
    }
    autolink(e) {
      if (e.charCodeAt(0) !== 60) return;
      let t = this.rules.inline.autolink.exec(e);
      if (t) {
        let n, r;
        return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
      }
    }
    url(e) {
      let t;
      if (t = this.rules.inline.url.exec(e)) {
        let n, r;
        if (t[2] === "@") n = t[0], r = "mailto:" + n;
        else {
          let s;
          do
            s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
          while (s !== t[0]);
          n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
        }
        return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
      }
    }
    inlineText(e) {
      let t = this.rules.inline.text.exec(e);
      if (t) {
        let n = this.lexer.state.inRawBlock;
        return { type: "text", raw: t[0], text: n ? t[0] : ve(t[0]), escaped: n };
      }
    }
  };
  var _l_instances, t_fn, e_fn, n_fn, r_fn, _a;
  var w = (_a = class {
    constructor(e) {
      __privateAdd(this, _l_instances);
      __publicField(this, "tokens");
      __publicField(this, "options");
      __publicField(this, "state");
      __publicField(this, "inlineQueue");
      __publicField(this, "tokenizer");
      this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || _, this.options.tokenizer = this.options.tokenizer || new $(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true, inBlockquote: false };
      let t = { other: T, block: ee.normal, inline: Q.normal };
      this.options.pedantic ? (t.block = ee.pedantic, t.inline = Q.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = Q.breaks : t.inline = Q.gfm), this.tokenizer.rules = t;
    }
    static get rules() {
      return { block: ee, inline: Q };
    }
    static lex(e, t) {
      return new _a(t).lex(e);
    }
    static lexInline(e, t) {
      return new _a(t).inlineTokens(e);
    }
    lex(e) {
      e = e.replace(T.carriageReturn, `
`), this.blockTokens(e, this.tokens);
      for (let t = 0; t < this.inlineQueue.length; t++) {
        let n = this.inlineQueue[t];
        this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
      }
      return this.inlineQueue = [], this.tokens;
    }
    blockTokens(e, t = [], n = false) {
      this.tokenizer.lexer = this;
      let r = this.state.lastToken;
      this.options.pedantic && (e = e.replace(T.tabCharGlobal, "    ").replace(T.spaceLine, ""));
      let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === $.prototype.paragraph;
      for (; e; ) {
        if (e.length < s) s = e.length;
        else {
          this.infiniteLoopError(e.charCodeAt(0));
          break;
        }
        this.state.lastToken = t.at(-1);
        let a;
        if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
        if (a = this.tokenizer.space(e)) {
          e = e.substring(a.raw.length);
          let u = t.at(-1);
          a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
          continue;
        }
        if (a = this.tokenizer.code(e)) {
          e = e.substring(a.raw.length);
          let u = t.at(-1);
          u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
          continue;
        }
        if (a = this.tokenizer.fences(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.heading(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.hr(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.blockquote(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.list(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.html(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.def(e)) {
          e = e.substring(a.raw.length);
          let u = t.at(-1);
          u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
          continue;
        }
        if (a = this.tokenizer.table(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        if (a = this.tokenizer.lheading(e)) {
          e = e.substring(a.raw.length), t.push(a);
          continue;
        }
        let c = e;
        if (this.options.extensions?.startBlock) {
          let u = 1 / 0, g = e.slice(1), h;
          this.options.extensions.startBlock.forEach((p) => {
            h = p.call({ lexer: this }, g), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
          }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
        }
        if (this.state.top && (a = this.tokenizer.paragraph(c))) {
          let u = t.at(-1);
          (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
          continue;
        }
        if (a = this.tokenizer.text(e)) {
          e = e.substring(a.raw.length);
          let u = t.at(-1);
          u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
          continue;
        }
        if (e) {
          this.infiniteLoopError(e.charCodeAt(0));
          break;
        }
      }
      return this.state.top = true, this.state.lastToken = r, t;
    }
    inline(e, t = []) {
      return this.inlineQueue.push({ src: e, tokens: t }), t;
    }
    linkInText(e) {
      if (!e.includes("[")) return false;
      let t = this.tokenizer.rules.inline.link;
      for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
      for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
        let r = n[0], s = r.lastIndexOf("[");
        if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, U(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
      }
      return false;
    }
    inlineTokens(e, t = []) {
      this.tokenizer.lexer = this;
      let n = this.state.linkParenPossible;
      this.state.linkParenPossible = e.includes(")");
      try {
        return __privateMethod(this, _l_instances, t_fn).call(this, e, t);
      } finally {
        this.state.linkParenPossible = n;
      }
    }
    infiniteLoopError(e) {
      let t = "Infinite loop on byte: " + e;
      if (this.options.silent) console.error(t);
      else throw new Error(t);
    }
  }, _l_instances = new WeakSet(), t_fn = function(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== $.prototype.emStrong || this.tokenizer.del !== $.prototype.del ? __privateMethod(this, _l_instances, r_fn).call(this, e) : e;
    if (!n) return __privateMethod(this, _l_instances, e_fn).call(this, e, r, t);
    Ze(this.tokenizer, r);
    try {
      return __privateMethod(this, _l_instances, e_fn).call(this, e, r, t);
    } finally {
      je(this.tokenizer);
    }
  }, e_fn = function(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (le(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), x = n.at(-1);
          x?.type === "text" && !x.escaped ? (x.raw += p, x.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ue(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), x = n.at(-1);
          x?.type === "text" && !x.escaped ? (x.raw += p, x.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, g = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, g), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }, n_fn = function(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), g = n.exec(u) || r.exec(u);
        if (!g) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + g[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }, r_fn = function(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, U(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = __privateMethod(this, _l_instances, n_fn).call(this, t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }, _a);
  function Qe(l2) {
    return l2.map((e) => e.type === "codespan" || e.type === "escape" ? { ...e, text: y(e.text, true) } : "tokens" in e && e.tokens ? { ...e, tokens: Qe(e.tokens) } : e);
  }
  var E = class {
    constructor(e) {
      __publicField(this, "options");
      __publicField(this, "parser");
      this.options = e || _;
    }
    space(e) {
      return "";
    }
    code({ text: e, lang: t, escaped: n }) {
      let r = (t || "").match(T.notSpaceStart)?.[0], s = e ? e.replace(T.endingNewline, "") + `
` : "";
      return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
    }
    blockquote({ tokens: e }) {
      return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
    }
    html({ text: e }) {
      return e;
    }
    def(e) {
      return "";
    }
    heading({ tokens: e, depth: t }) {
      return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
    }
    hr(e) {
      return `<hr>
`;
    }
    list(e) {
      let t = e.ordered, n = e.start, r = "";
      for (let i = 0; i < e.items.length; i++) {
        let a = e.items[i];
        r += this.listitem(a);
      }
      let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
      return "<" + s + o + `>
` + r + "</" + s + `>
`;
    }
    listitem(e) {
      return `<li>${this.parser.parse(e.tokens)}</li>
`;
    }
    checkbox({ checked: e }) {
      return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
    }
    paragraph({ tokens: e }) {
      return `<p>${this.parser.parseInline(e)}</p>
`;
    }
    table(e) {
      let t = "", n = "";
      for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
      t += this.tablerow({ text: n });
      let r = "";
      for (let s = 0; s < e.rows.length; s++) {
        let o = e.rows[s];
        n = "";
        for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
        r += this.tablerow({ text: n });
      }
      return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
    }
    tablerow({ text: e }) {
      return `<tr>
${e}</tr>
`;
    }
    tablecell(e) {
      let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
      return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
    }
    strong({ tokens: e }) {
      return `<strong>${this.parser.parseInline(e)}</strong>`;
    }
    em({ tokens: e }) {
      return `<em>${this.parser.parseInline(e)}</em>`;
    }
    codespan({ text: e }) {
      return `<code>${y(e, true)}</code>`;
    }
    br(e) {
      return "<br>";
    }
    del({ tokens: e }) {
      return `<del>${this.parser.parseInline(e)}</del>`;
    }
    link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
      let o = s ? y(n, true) : this.parser.parseInline(r), i = Re(e);
      if (i === null) return o;
      e = y(i, s);
      let a = '<a href="' + e + '"';
      return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
    }
    image({ href: e, title: t, text: n, tokens: r }) {
      r && (n = this.parser.parseInline(Qe(r), this.parser.textRenderer));
      let s = Re(e);
      if (s === null) return y(n);
      e = s;
      let o = `<img src="${y(e)}" alt="${y(n)}"`;
      return t && (o += ` title="${y(t)}"`), o += ">", o;
    }
    text(e) {
      return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
    }
  };
  var M = class {
    constructor() {
      __publicField(this, "parser");
    }
    strong({ text: e, tokens: t }) {
      return t ? this.parser.parseInline(t, this) : e;
    }
    em({ text: e, tokens: t }) {
      return t ? this.parser.parseInline(t, this) : e;
    }
    codespan({ text: e }) {
      return e;
    }
    del({ text: e, tokens: t }) {
      return t ? this.parser.parseInline(t, this) : e;
    }
    html({ text: e }) {
      return e;
    }
    text({ text: e }) {
      return e;
    }
    link({ text: e, tokens: t }) {
      return t ? this.parser.parseInline(t, this) : e;
    }
    image({ text: e, tokens: t }) {
      return t ? this.parser.parseInline(t, this) : e;
    }
    br() {
      return `
`;
    }
    checkbox({ raw: e }) {
      return e;
    }
  };
  var P = class l {
    constructor(e) {
      __publicField(this, "options");
      __publicField(this, "renderer");
      __publicField(this, "textRenderer");
      this.options = e || _, this.options.renderer = this.options.renderer || new E(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new M(), this.textRenderer.parser = this;
    }
    static parse(e, t) {
      return new l(t).parse(e);
    }
    static parseInline(e, t) {
      return new l(t).parseInline(e);
    }
    parse(e) {
      this.renderer.parser = this;
      let t = "";
      for (let n = 0; n < e.length; n++) {
        let r = e[n], s = this.options.extensions?.renderers;
        if (s && Object.hasOwn(s, r.type) && s[r.type]) {
          let i = r, a = s[i.type].call({ parser: this }, i);
          if (a !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(i.type)) {
            t += a === false ? "" : a ?? "";
            continue;
          }
        }
        let o = r;
        switch (o.type) {
          case "space": {
            t += this.renderer.space(o);
            break;
          }
          case "hr": {
            t += this.renderer.hr(o);
            break;
          }
          case "heading": {
            t += this.renderer.heading(o);
            break;
          }
          case "code": {
            t += this.renderer.code(o);
            break;
          }
          case "table": {
            t += this.renderer.table(o);
            break;
          }
          case "blockquote": {
            t += this.renderer.blockquote(o);
            break;
          }
          case "list": {
            t += this.renderer.list(o);
            break;
          }
          case "checkbox": {
            t += this.renderer.checkbox(o);
            break;
          }
          case "html": {
            t += this.renderer.html(o);
            break;
          }
          case "def": {
            t += this.renderer.def(o);
            break;
          }
          case "paragraph": {
            t += this.renderer.paragraph(o);
            break;
          }
          case "text": {
            t += this.renderer.text(o);
            break;
          }
          default: {
            let i = 'Token with "' + o.type + '" type was not found.';
            if (this.options.silent) return console.error(i), "";
            throw new Error(i);
          }
        }
      }
      return t;
    }
    parseInline(e, t = this.renderer) {
      this.renderer.parser = this;
      let n = "";
      for (let r = 0; r < e.length; r++) {
        let s = e[r], o = this.options.extensions?.renderers;
        if (o && Object.hasOwn(o, s.type) && o[s.type]) {
          let a = o[s.type].call({ parser: this }, s);
          if (a !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
            n += a === false ? "" : a ?? "";
            continue;
          }
        }
        let i = s;
        switch (i.type) {
          case "escape": {
            n += t.text(i);
            break;
          }
          case "html": {
            n += t.html(i);
            break;
          }
          case "link": {
            n += t.link(i);
            break;
          }
          case "image": {
            n += t.image(i);
            break;
          }
          case "checkbox": {
            n += t.checkbox(i);
            break;
          }
          case "strong": {
            n += t.strong(i);
            break;
          }
          case "em": {
            n += t.em(i);
            break;
          }
          case "codespan": {
            n += t.codespan(i);
            break;
          }
          case "br": {
            n += t.br(i);
            break;
          }
          case "del": {
            n += t.del(i);
            break;
          }
          case "text": {
            n += t.text(i);
            break;
          }
          default: {
            let a = 'Token with "' + i.type + '" type was not found.';
            if (this.options.silent) return console.error(a), "";
            throw new Error(a);
          }
        }
      }
      return n;
    }
  };
  var _a2;
  var z = (_a2 = class {
    constructor(e) {
      __publicField(this, "options");
      __publicField(this, "block");
      this.options = e || _;
    }
    preprocess(e) {
      return e;
    }
    postprocess(e) {
      return e;
    }
    processAllTokens(e) {
      return e;
    }
    emStrongMask(e) {
      return e;
    }
    provideLexer(e = this.block) {
      return e ? w.lex : w.lexInline;
    }
    provideParser(e = this.block) {
      return e ? P.parse : P.parseInline;
    }
  }, __publicField(_a2, "passThroughHooks", /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"])), __publicField(_a2, "passThroughHooksRespectAsync", /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"])), _a2);
  function D(l2, e) {
    if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l2.push(e[t]);
    else l2.push(e);
  }
  var ne = class {
    constructor(...e) {
      __publicField(this, "defaults", G());
      __publicField(this, "options", this.setOptions);
      __publicField(this, "parse", this.parseMarkdown(true));
      __publicField(this, "parseInline", this.parseMarkdown(false));
      __publicField(this, "Parser", P);
      __publicField(this, "Renderer", E);
      __publicField(this, "TextRenderer", M);
      __publicField(this, "Lexer", w);
      __publicField(this, "Tokenizer", $);
      __publicField(this, "Hooks", z);
      this.use(...e);
    }
    walkTokens(e, t) {
      let n = [];
      for (let r of e) switch (D(n, t.call(this, r)), r.type) {
        case "table": {
          let s = r;
          for (let o of s.header) D(n, this.walkTokens(o.tokens, t));
          for (let o of s.rows) for (let i of o) D(n, this.walkTokens(i.tokens, t));
          break;
        }
        case "list": {
          let s = r;
          D(n, this.walkTokens(s.items, t));
          break;
        }
        default: {
          let s = r;
          this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
            if (s[o]) {
              let i = s[o].flat(1 / 0);
              D(n, this.walkTokens(i, t));
            }
          }) : s.tokens && D(n, this.walkTokens(s.tokens, t));
        }
      }
      return n;
    }
    use(...e) {
      let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
      return e.forEach((n) => {
        let r = { ...n };
        if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
          if (!s.name) throw new Error("extension name required");
          if ("renderer" in s) {
            let o = t.renderers[s.name];
            o ? t.renderers[s.name] = function(...i) {
              let a = s.renderer.apply(this, i);
              return a === false && (a = o.apply(this, i)), a;
            } : t.renderers[s.name] = s.renderer;
          }
          if ("tokenizer" in s) {
            if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
            let o = t[s.level];
            o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
          }
          "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
        }), r.extensions = t), n.renderer) {
          let s = this.defaults.renderer || new E(this.defaults);
          for (let o in n.renderer) {
            if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
            if (["options", "parser"].includes(o)) continue;
            let i = o, a = n.renderer[i], c = s[i];
            s[i] = (...u) => {
              let g = a.apply(s, u);
              return g === false && (g = c.apply(s, u)), g === false ? "" : g ?? "";
            };
          }
          r.renderer = s;
        }
        if (n.tokenizer) {
          let s = this.defaults.tokenizer || new $(this.defaults);
          for (let o in n.tokenizer) {
            if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
            if (["options", "rules", "lexer"].includes(o)) continue;
            let i = o, a = n.tokenizer[i], c = s[i];
            s[i] = (...u) => {
              let g = a.apply(s, u);
              return g === false && (g = c.apply(s, u)), g;
            };
          }
          r.tokenizer = s;
        }
        if (n.hooks) {
          let s = this.defaults.hooks || new z();
          for (let o in n.hooks) {
            if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
            if (["options", "block"].includes(o)) continue;
            let i = o, a = n.hooks[i], c = s[i];
            z.passThroughHooks.has(o) ? s[i] = (u) => {
              if (s.options.async && z.passThroughHooksRespectAsync.has(o)) return (async () => {
                let h = await a.call(s, u);
                return c.call(s, h);
              })();
              let g = a.call(s, u);
              return c.call(s, g);
            } : s[i] = (...u) => {
              if (s.options.async) return (async () => {
                let h = await a.apply(s, u);
                return h === false && (h = await c.apply(s, u)), h;
              })();
              let g = a.apply(s, u);
              return g === false && (g = c.apply(s, u)), g;
            };
          }
          r.hooks = s;
        }
        if (n.walkTokens) {
          let s = this.defaults.walkTokens, o = n.walkTokens;
          r.walkTokens = function(i) {
            let a = [];
            return D(a, o.call(this, i)), s && D(a, s.call(this, i)), a;
          };
        }
        this.defaults = { ...this.defaults, ...r };
      }), this;
    }
    setOptions(e) {
      return this.defaults = { ...this.defaults, ...e }, this;
    }
    lexer(e, t) {
      return w.lex(e, t ?? this.defaults);
    }
    parser(e, t) {
      return P.parse(e, t ?? this.defaults);
    }
    parseMarkdown(e) {
      return (n, r) => {
        let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
        if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
        if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
        if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
        if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
          let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), g = o.hooks ? await o.hooks.processAllTokens(u) : u;
          o.walkTokens && await Promise.all(this.walkTokens(g, o.walkTokens));
          let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(g, o);
          return o.hooks ? await o.hooks.postprocess(p) : p;
        })().catch(i);
        try {
          o.hooks && (n = o.hooks.preprocess(n));
          let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
          o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
          let g = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
          return o.hooks && (g = o.hooks.postprocess(g)), g;
        } catch (a) {
          return i(a);
        }
      };
    }
    onError(e, t) {
      return (n) => {
        if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
          let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
          return t ? Promise.resolve(r) : r;
        }
        if (t) return Promise.reject(n);
        throw n;
      };
    }
  };
  var Z = new ne();
  function b(l2, e) {
    return Z.parse(l2, e);
  }
  b.options = b.setOptions = function(l2) {
    return Z.setOptions(l2), b.defaults = Z.defaults, pe(b.defaults), b;
  };
  b.getDefaults = G;
  b.defaults = _;
  function Yt(...l2) {
    return Z.use(...l2), b.defaults = Z.defaults, pe(b.defaults), b;
  }
  b.use = Yt;
  b.walkTokens = function(l2, e) {
    return Z.walkTokens(l2, e);
  };
  b.parseInline = Z.parseInline;
  b.Parser = P;
  b.parser = P.parse;
  b.Renderer = E;
  b.TextRenderer = M;
  b.Lexer = w;
  b.lexer = w.lex;
  b.Tokenizer = $;
  b.Hooks = z;
  b.parse = b;
  var Gn = b.options;
  var Nn = b.setOptions;
  var Qn = b.walkTokens;
  var Wn = b.parseInline;
  var Kn = P.parse;
  var Xn = w.lex;
  return __toCommonJS(marked_lib_exports);
})();
// ---- benchmark driver ----
var CHECKSUM = (function () {
  var Marked = markedLib.Marked;
  var DOCS = Math.max(1, Math.round(60 * SCALE));

  // deterministic PRNG (mulberry32)
  var seed = 0x2545f491;
  function rnd() {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function pick(a) { return a[Math.floor(rnd() * a.length)]; }
  function int(n) { return Math.floor(rnd() * n); }

  var WORDS = ('lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut ' +
    'labore et dolore magna aliqua engine parser token bytecode garbage collector closure prototype ' +
    'iterator generator promise microtask realm intrinsic shape inline cache register stack frame ' +
    'übergröße naïve café 東京 данные').split(' ');

  function word() {
    var w = pick(WORDS);
    switch (int(14)) {
      case 0: return '**' + w + '**';
      case 1: return '*' + w + '*';
      case 2: return '`' + w + '()`';
      case 3: return '[' + w + '](https://example.com/' + w + '/' + int(100) + ' "' + w + '")';
      case 4: return '~~' + w + '~~';
      case 5: return w + '&' + pick(['amp;', 'lt;', 'copy;', '']) ;
      case 6: return '<span class="x">' + w + '</span>';
      case 7: return '_' + w + '_' + pick(['', ',', '.']);
      case 8: return 'https://spindle.example/' + w;
      default: return w;
    }
  }
  function sentence(n) {
    var s = [];
    for (var i = 0; i < n; i++) s.push(word());
    var t = s.join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1) + pick(['.', '!', '?', ':', '.']);
  }
  function paragraph() {
    var s = [], n = 2 + int(5);
    for (var i = 0; i < n; i++) s.push(sentence(4 + int(12)));
    return s.join(int(3) === 0 ? '\n' : ' ');
  }
  function list(depth) {
    var out = [], n = 2 + int(5), ordered = rnd() < 0.4;
    for (var i = 0; i < n; i++) {
      var ind = '';
      for (var d = 0; d < depth; d++) ind += ordered ? '   ' : '  ';
      var marker = ordered ? (i + 1) + '. ' : pick(['- ', '* ', '+ ']);
      if (!ordered && rnd() < 0.2) marker += pick(['[ ] ', '[x] ']);
      out.push(ind + marker + sentence(3 + int(8)));
      if (depth < 2 && rnd() < 0.25) out.push(list(depth + 1));
    }
    return out.join('\n');
  }
  function table() {
    var cols = 2 + int(4), rows = 2 + int(6), lines = [];
    var head = [], sep = [];
    for (var c = 0; c < cols; c++) { head.push(pick(WORDS)); sep.push(pick(['---', ':--', '--:', ':-:'])); }
    lines.push('| ' + head.join(' | ') + ' |');
    lines.push('| ' + sep.join(' | ') + ' |');
    for (var r = 0; r < rows; r++) {
      var row = [];
      for (var c2 = 0; c2 < cols; c2++) row.push(rnd() < 0.3 ? String(int(100000) / 100) : word());
      lines.push('| ' + row.join(' | ') + ' |');
    }
    return lines.join('\n');
  }
  function code() {
    var lines = ['```' + pick(['js', 'rust', 'python', '']), ], n = 2 + int(8);
    for (var i = 0; i < n; i++) {
      lines.push(pick(['  ', '', '    ']) + pick(['let', 'const', 'fn', 'if', 'return']) + ' ' +
        pick(WORDS) + ' = ' + int(1000) + ' < ' + pick(WORDS) + ' && "' + pick(WORDS) + '";');
    }
    lines.push('```');
    return lines.join('\n');
  }
  function document(k) {
    var out = ['# Document ' + k + ': ' + sentence(3)], sections = 6 + int(6);
    for (var s = 0; s < sections; s++) {
      out.push(pick(['## ', '### ', '#### ']) + sentence(2 + int(4)));
      var blocks = 3 + int(5);
      for (var b = 0; b < blocks; b++) {
        var x = rnd();
        if (x < 0.4) out.push(paragraph());
        else if (x < 0.6) out.push(list(0));
        else if (x < 0.7) out.push(table());
        else if (x < 0.8) out.push(code());
        else if (x < 0.88) out.push('> ' + paragraph().split('\n').join('\n> '));
        else if (x < 0.93) out.push('    indented code ' + int(1000) + '\n    ' + pick(WORDS));
        else if (x < 0.96) out.push(pick(['---', '***', '___']));
        else out.push('Setext ' + sentence(3) + '\n' + pick(['====', '----']));
      }
    }
    return out.join('\n\n') + '\n';
  }

  var h = 0x811c9dc5, chars = 0, tokens = 0;
  function countTokens(list) {
    for (var i = 0; i < list.length; i++) {
      tokens++;
      if (list[i].tokens) countTokens(list[i].tokens);
      if (list[i].items) countTokens(list[i].items);
    }
  }
  var md = new Marked({ gfm: true, breaks: false });
  for (var d = 0; d < DOCS; d++) {
    var src = document(d);
    var html = md.parse(src);
    if (d % 4 === 0) countTokens(md.lexer(src));
    chars += html.length;
    for (var i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 16777619) >>> 0;
  }
  return DOCS + ' ' + chars + ' ' + tokens + ' ' + h.toString(16);
})();
console.log('checksum: ' + CHECKSUM);
