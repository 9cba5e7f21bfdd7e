/** Characters XML 1.0 cannot carry at all, escaped or not (C0 controls but tab, CR, LF; U+FFFE/F; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold. */
export function stripNonXml(value: string): string {
  return value.replace(NOT_XML, "");
}

/** Text for an XML element or attribute value. Characters XML cannot hold are dropped. */
export function xmlEscape(value: string): string {
  return protectLineSeparators(value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;"),
  );
}

/**
 * U+2028 and U+2029 are plain characters in XML 1.0, but some parsers (xmldom among them)
 * treat them as line ends and fold them into spaces; as character references they survive.
 */
export function protectLineSeparators(xml: string): string {
  return xml.replace(/\u2028/g, "&#x2028;").replace(/\u2029/g, "&#x2029;");
}

