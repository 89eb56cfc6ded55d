/// Rules for part names inside a package (`word/document.xml`): relative, slash-separated,
/// never climbing out of the package.
package enum PartName {
    /// Whether `name` is safe to read: not absolute, no `..`, `.` or empty segments, no
    /// backslashes or drive letters, no control characters.
    package static func isSafe(_ name: String) -> Bool {
        let bytes = name.utf8
        // A byte below 0x20 is a control character in UTF-8; 0x5C is "\\", 0x3A ":".
        guard bytes.first != UInt8(ascii: "/"), !bytes.contains(where: { $0 < 0x20 || $0 == 0x5C || $0 == 0x3A }) else {
            return false
        }
        let segments = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return !segments.contains { $0.isEmpty || $0.elementsEqual("..".utf8) || $0.elementsEqual(".".utf8) }
    }

    /// The first entry among a zip's `names` (folder entries end with `/`) that conflicts with
    /// another as a path, with the file entry it conflicts with: a folder entry or a folder above
    /// an entry that is also a file entry (`word/document.xml/` beside `word/document.xml`;
    /// `word/document.xml` beside `word/document.xml/x`). Unzip, Word and LibreOffice cannot lay
    /// out such an archive, so it is refused. Names compare ignoring case (OPC).
    package static func pathConflict(among names: [String]) -> (folder: String, file: String)? {
        var files: [String: String] = [:]
        for name in names where !name.hasSuffix("/") { files[name.lowercased()] = files[name.lowercased()] ?? name }
        for name in names {
            var folders: [Substring] = []
            var end = name.startIndex
            while let slash = name[end...].firstIndex(of: "/") {
                folders.append(name[..<slash])
                end = name.index(after: slash)
            }
            for folder in folders {
                if let file = files[folder.lowercased()] { return (name, file) }
            }
        }
        return nil
    }

    /// Whether a zip's folder entry (`word/media/`) is safe: one trailing `/` after a safe name.
    package static func isSafeFolder(_ name: String) -> Bool {
        name.hasSuffix("/") && isSafe(String(name.dropLast()))
    }

    /// The folder of a part ("word" for "word/document.xml", "" at the top).
    package static func folder(of name: String) -> String {
        guard let slash = name.lastIndex(of: "/") else { return "" }
        return String(name[..<slash])
    }

    /// The file name of a part ("document.xml").
    package static func fileName(of name: String) -> String {
        guard let slash = name.lastIndex(of: "/") else { return name }
        return String(name[name.index(after: slash)...])
    }

    /// The relationships part of `name` ("word/_rels/document.xml.rels"; "_rels/.rels" for "").
    package static func relationshipsPart(of name: String) -> String {
        let folder = folder(of: name)
        let prefix = folder.isEmpty ? "" : folder + "/"
        return prefix + "_rels/" + fileName(of: name) + ".rels"
    }

    /// Resolves a relationship target written in `source` ("header1.xml", "../media/a.png",
    /// "/word/x.xml") to a part name, or nil when it climbs out of the package.
    package static func resolve(_ target: String, from source: String) -> String? {
        var segments: [Substring] = []
        if !target.hasPrefix("/") {
            segments = folder(of: source).split(separator: "/")
        }
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        let name = segments.joined(separator: "/")
        return name.removingPercentEncodingIfPossible
    }
}

extension String {
    /// Relationship targets are URIs: "%20" is a space.
    fileprivate var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
