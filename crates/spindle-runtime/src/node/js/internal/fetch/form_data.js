// internal/fetch/form_data (XHR §4.3 FormData; Node: undici lib/web/fetch/formdata.js and
// formdata-parser.js): an ordered list of name/value entries, a value a string or a File;
// its multipart/form-data serialization (HTML §4.10.21.8) for a body, and the parsing of
// urlencoded and multipart bodies for `formData()`.
'use strict';

const { File, isBlob, kBlob } = require('internal/blob');
const { toUSVString, illegalInvocation, checkArguments } = require('internal/webidl');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

let entriesOf;

/// XHR §4.3 FormData
class FormData {
  /// [[name, value], ...]
  #entries = [];

  static {
    entriesOf = (formData) => {
      if (formData === null || typeof formData !== 'object' || !(#entries in formData)) {
        throw illegalInvocation();
      }
      return formData.#entries;
    };
  }

  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: HTMLFormElement (there is no DOM).");
    }
  }

  /// §4.3 append(name, value) / append(name, blobValue, filename)
  append(name, value, filename = undefined) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 2, 'FormData.append');
    entries.push(createEntry(name, value, arguments.length > 2, filename, 'append'));
  }

  delete(name) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i][0] === name) entries.splice(i, 1);
    }
  }

  get(name) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entry = entries.find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return entries.filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return entries.some((e) => e[0] === name);
  }

  /// §4.3 set(): the first entry of the name takes the value, the others go.
  set(name, value, filename = undefined) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 2, 'FormData.set');
    const entry = createEntry(name, value, arguments.length > 2, filename, 'set');
    const first = entries.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      entries.push(entry);
      return;
    }
    entries[first] = entry;
    for (let i = entries.length - 1; i > first; i--) {
      if (entries[i][0] === entry[0]) entries.splice(i, 1);
    }
  }

  keys() { return createIterator(this, 'key'); }
  values() { return createIterator(this, 'value'); }
  entries() { return createIterator(this, 'key+value'); }

  forEach(callback, thisArg = undefined) {
    const entries = entriesOf(this);
    checkArguments(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < entries.length; i++) callback.call(thisArg, entries[i][1], entries[i][0], this);
  }

  /// Node 20 (undici) shows the entries as an object: a name's one value, or the array of
  /// its values when it has several. The object has no prototype (a name "__proto__" is a
  /// property like any other); its "[Object: null prototype] " prefix is cut off.
  [kInspectCustom](depth, options) {
    const shown = { __proto__: null };
    for (const [name, value] of entriesOf(this)) {
      if (!(name in shown)) shown[name] = value;
      else if (Array.isArray(shown[name])) shown[name].push(value);
      else shown[name] = [shown[name], value];
    }
    const { inspect } = require('internal/util/inspect');
    const output = inspect(shown, { ...options, depth: options.depth ?? depth });
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  }
}



/// XHR §4.3 "create an entry": a Blob that is no File becomes a File named "blob" (or the
/// given file name); a File with a file name given becomes a new File of that name. A third
/// argument, even undefined, selects WebIDL's (name, Blob, filename) overload: the value
/// must be a Blob, and the file name is converted ("undefined").
function createEntry(name, value, hasFilename, filename, method) {
  name = toUSVString(name);
  if (!isBlob(value)) {
    if (hasFilename) {
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    return [name, toUSVString(value)];
  }
  if (value instanceof File && !hasFilename) return [name, value];
  const fileName = hasFilename ? toUSVString(filename) : 'blob';
  const options = { type: value.type };
  if (value instanceof File) options.lastModified = value.lastModified;
  return [name, new File([value], fileName, options)];
}

// WebIDL §3.7.10: `FormData Iterator` objects over the entry list.
const createIterator = require('internal/fetch/pair_iterator').definePairIterator('FormData', (formData) => entriesOf(formData));

for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  Object.defineProperty(FormData.prototype, name, { enumerable: true });
}
Object.defineProperty(FormData.prototype, Symbol.iterator, {
  value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

// FormData is not [Serializable]: structured clone throws a DataCloneError (HTML §2.7.3).
require('internal/url/binding').markNotSerializable(FormData.prototype);

// ---- multipart/form-data (HTML §4.10.21.8) ---------------------------------------------------

const encoder = new TextEncoder();

/// HTML §4.10.21.8 "multipart/form-data encoding algorithm": the body's bytes and its
/// boundary. Names and string values have their lone CRs and LFs turned into CRLF; then
/// names and file names escape LF, CR and '"' (a file name's line breaks are escaped as
/// they are, not normalized first).
function serializeMultipart(formData) {
  const boundary = `----formdata-spindle-${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const normalizeLineBreaks = (s) => s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');
  const chunks = [];
  for (const [name, value] of entriesOf(formData)) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escape(normalizeLineBreaks(name))}"`;
    if (typeof value === 'string') {
      chunks.push(encoder.encode(`${head}\r\n\r\n${normalizeLineBreaks(value)}\r\n`));
    } else {
      head += `; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      chunks.push(encoder.encode(head), value[kBlob].bytes, encoder.encode('\r\n'));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const length = chunks.reduce((n, c) => n + c.byteLength, 0);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, type: `multipart/form-data; boundary=${boundary}` };
}

/// Fetch §5 "package data" as FormData: an urlencoded body through the URL standard's
/// application/x-www-form-urlencoded parser, a multipart one split at its boundary;
/// another type is a TypeError.
function parseFormData(bytes, mimeType) {
  const essence = mimeType === null ? '' : mimeType.split(';')[0].trim().toLowerCase();
  const formData = new FormData();
  const entries = entriesOf(formData);
  if (essence === 'application/x-www-form-urlencoded') {
    const { URLSearchParams } = require('internal/url');
    // URL §5.1: "UTF-8 decode without BOM" (a leading BOM is part of the first name).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    for (const [name, value] of new URLSearchParams(text)) entries.push([name, value]);
    return formData;
  }
  if (essence === 'multipart/form-data') {
    const boundary = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(mimeType);
    if (boundary === null) throw parseError();
    parseMultipart(bytes, boundary[1] ?? boundary[2], entries);
    return formData;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

/// Node's message for a multipart body that does not parse.
function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

/// The name or file name in a Content-Disposition header, with the escapes the
/// serializer writes undone (as browsers and Node do; the multipart/form-data parser
/// draft, "parse a multipart/form-data name"): `%0A` LF, `%0D` CR, `%22` '"'.
function unescapeName(name) {
  return name.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
}

/// RFC 7578 multipart/form-data: the parts between `--boundary` delimiters, each with its
/// headers (Content-Disposition's name and filename, Content-Type) and its bytes. A file
/// part without a Content-Type is text/plain (Fetch §5 "package data", RFC 7578 §4.4).
function parseMultipart(bytes, boundary, entries) {
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder();
  const text = latin1.decode(bytes);
  const delimiter = `--${boundary}`;
  let position = text.indexOf(delimiter);
  if (position === -1) throw parseError();
  for (;;) {
    position += delimiter.length;
    if (text.startsWith('--', position)) return;
    if (!text.startsWith('\r\n', position)) throw parseError();
    position += 2;
    const headersEnd = text.indexOf('\r\n\r\n', position);
    if (headersEnd === -1) throw parseError();
    let name = null;
    let filename = null;
    let type = null;
    // The text is Latin-1, one code unit per byte: its offsets are the bytes'.
    for (const line of utf8.decode(bytes.subarray(position, headersEnd)).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const header = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1);
      if (header === 'content-disposition') {
        name = /;\s*name="([^"]*)"/i.exec(value)?.[1] ?? null;
        filename = /;\s*filename="([^"]*)"/i.exec(value)?.[1] ?? null;
        if (name !== null) name = unescapeName(name);
        if (filename !== null) filename = unescapeName(filename);
      } else if (header === 'content-type') {
        type = value.trim();
      }
    }
    const bodyStart = headersEnd + 4;
    const next = text.indexOf(`\r\n${delimiter}`, bodyStart);
    if (next === -1 || name === null) throw parseError();
    const body = bytes.subarray(bodyStart, next);
    if (filename === null) {
      entries.push([name, utf8.decode(body)]);
    } else {
      entries.push([name, new File([body], filename, { type: type ?? 'text/plain' })]);
    }
    position = next + 2;
  }
}

function isFormData(value) {
  try {
    entriesOf(value);
    return true;
  } catch {
    return false;
  }
}

module.exports = { FormData, isFormData, serializeMultipart, parseFormData };
