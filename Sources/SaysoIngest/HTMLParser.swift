import CLibXML2
import Foundation

/// Parses HTML with libxml2's HTML parser (the error-tolerant one browsers' markup needs) into `HTMLNode`
/// values; the libxml2 document is freed before returning.
public enum HTMLParser {
  /// libxml2 wants one call of its initializer before documents are parsed on several threads.
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  /// The `<html>` element of `data`.
  ///
  /// - Parameters:
  ///   - data: the page's bytes.
  ///   - encoding: the character set the server named (`Content-Type: …; charset=`), if any; otherwise
  ///     libxml2 reads the page's `<meta charset>`, a byte-order mark, or takes UTF-8 / Latin-1.
  ///   - url: the page's address, for libxml2's base URL.
  /// - Returns: the root element, or nil when libxml2 could make no document of the bytes.
  public static func parse(_ data: Data, encoding: String? = nil, url: String? = nil) -> HTMLElement? {
    _ = initialized
    guard !data.isEmpty, data.count < Int(Int32.max) else { return nil }
    // A saved page often keeps the <meta charset> of the original (gb2312, windows-1252) after being
    // stored as UTF-8; bytes that are valid UTF-8 and not ASCII are almost never in another encoding.
    let encoding = encoding ?? (isNonASCIIUTF8(data) ? "UTF-8" : nil)
    let data = withoutNULs(data)
    let document: htmlDocPtr? = data.withUnsafeBytes { raw in
      htmlReadMemory(
        raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), url, encoding, shim_html_options())
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    return element(root)
  }

  /// Parses a fragment of HTML (a feed item's content) as the body of a page.
  public static func parseFragment(_ html: String) -> HTMLElement? {
    parse(Data(("<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>").utf8))
  }

  /// `data` with its NUL bytes made spaces, unless it is UTF-16 (which has a byte-order mark). libxml2
  /// ends the document at a NUL, so a page with a stray run of them (a CMS's padding after an `<img>`)
  /// lost everything after it; browsers read a NUL as nothing worth showing.
  static func withoutNULs(_ data: Data) -> Data {
    guard data.contains(0), !(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])) else { return data }
    return Data(data.map { $0 == 0 ? 0x20 : $0 })
  }

  /// Whether `data` holds bytes above 0x7F and decodes as UTF-8 as a whole.
  static func isNonASCIIUTF8(_ data: Data) -> Bool {
    data.contains(where: { $0 >= 0x80 }) && String(validating: data, as: UTF8.self) != nil
  }

  private static func element(_ node: xmlNodePtr) -> HTMLElement {
    var result = HTMLElement(name: string(node.pointee.name).lowercased())
    var attribute = node.pointee.properties
    while let a = attribute {
      let name = string(a.pointee.name).lowercased()
      var value = ""
      var child = a.pointee.children
      while let c = child {
        if c.pointee.content != nil { value += string(c.pointee.content) }
        child = c.pointee.next
      }
      result.attributes[name] = value
      attribute = a.pointee.next
    }
    var child = node.pointee.children
    while let c = child {
      switch c.pointee.type {
      case XML_ELEMENT_NODE: result.children.append(.element(element(c)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if c.pointee.content != nil { result.children.append(.text(string(c.pointee.content))) }
      default: break  // comments, processing instructions, entity references
      }
      child = c.pointee.next
    }
    return result
  }

  private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
    guard let p else { return "" }
    return String(cString: p)
  }
}
