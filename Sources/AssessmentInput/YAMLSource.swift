package import Diagnostics
import Foundation
import VietnameseText
package import Yams

/// A data file (YAML or JSON) turned into a YAML node tree, with every problem of the text itself located:
/// unreadable or non-UTF-8 bytes, control characters, syntax errors, duplicate keys, nesting too deep,
/// and files beyond `DataLimits` (too large, or aliases expanding past the value limit).
/// Used for assessment data, rubrics and the data of `hoso fill`.
package struct YAMLSource {
    /// The root node, nil when the text could not be parsed or is empty.
    package let root: Node?
    /// Problems of the text.
    package let diagnostics: [Diagnostic]
    /// The parsed text's lines (empty when it could not be parsed): what the node tree forgets, such
    /// as whether a list was written `[a, b]`.
    package var lines: [Substring] = []

    /// Reads and parses the file at `path`, naming it `displayName` in messages. At most
    /// `limits.maxFileSize` + 1 bytes are read, so even an endless file (`/dev/zero`) is refused at once.
    package static func read(
        path: String, displayName: String, limits: DataLimits = .default,
        requiringData: Bool = true
    ) -> YAMLSource {
        do {
            let bytes = try contents(atPath: path, displayName: displayName, limit: limits.maxFileSize)
            return parse(bytes: bytes, file: displayName, limits: limits, requiringData: requiringData)
        } catch {
            return YAMLSource(root: nil, diagnostics: error.diagnostics)
        }
    }

    /// The bytes of the file at `path` (named `displayName` in messages), reading no more than
    /// `limit` + 1 of them, so even an endless file (`/dev/zero`) is refused at once. Callers that
    /// need the bytes themselves (to hash them) read once here and parse with `parse(bytes:)`.
    package static func contents(
        atPath path: String, displayName: String,
        limit: Int = DataLimits.default.maxFileSize
    ) throws(DiagnosticError) -> [UInt8] {
        switch contents(atPath: path, limit: limit) {
        case .success(let data):
            return Array(data)
        case .failure(.unreadable):
            throw DiagnosticError([Diagnostic(.error, at: SourceLocation(file: displayName), Messages.fileUnreadable(path))])
        case .failure(.tooLarge(let size)):
            throw DiagnosticError([
                Diagnostic(.error, at: SourceLocation(file: displayName), Messages.fileTooLarge(size: size, limit: limit))
            ])
        case .failure(.notRegular(let sentence)):
            throw DiagnosticError([Diagnostic(.error, at: SourceLocation(file: displayName), sentence)])
        }
    }

    /// The UTF-8 text of `bytes`, or the located error naming the first byte that is not UTF-8.
    package static func text(of bytes: [UInt8], file: String) throws(DiagnosticError) -> String {
        if let kind = ForeignFile.recognize(Data(bytes), path: file) {
            throw DiagnosticError([Diagnostic(.error, at: SourceLocation(file: file), Messages.notADataFile(kind))])
        }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            let (line, column, byte) = firstInvalidUTF8(in: Data(bytes))
            throw DiagnosticError([
                Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), Messages.notUTF8(byte: byte))
            ])
        }
        return text
    }

    /// Parses a file's bytes (UTF-8 checked first), naming it `file` in messages.
    package static func parse(
        bytes: [UInt8], file: String, limits: DataLimits = .default,
        requiringData: Bool = true
    ) -> YAMLSource {
        do {
            return parse(text: try text(of: bytes, file: file), file: file, limits: limits, requiringData: requiringData)
        } catch {
            return YAMLSource(root: nil, diagnostics: error.diagnostics)
        }
    }

    /// Parses `text`, naming it `file` in messages. An empty document is an error when
    /// `requiringData` (a data file must say something), else an empty mapping's absence (nil root).
    package static func parse(
        text: String, file: String, limits: DataLimits = .default,
        requiringData: Bool = true
    ) -> YAMLSource {
        var diagnostics: [Diagnostic] = []
        guard text.utf8.count <= limits.maxFileSize else {
            return YAMLSource(
                root: nil,
                diagnostics: [
                    Diagnostic(
                        .error, at: SourceLocation(file: file),
                        Messages.fileTooLarge(size: text.utf8.count, limit: limits.maxFileSize))
                ])
        }
        let cleaned = removingControlCharacters(from: text, file: file, into: &diagnostics)
        do {
            guard let root = try Yams.compose(yaml: cleaned), !isEmptyDocument(root) else {
                if requiringData {
                    diagnostics.append(
                        Diagnostic(
                            .error, at: SourceLocation(file: file, line: 1, column: 1),
                            Messages.emptyDocument()))
                }
                return YAMLSource(root: nil, diagnostics: diagnostics)
            }
            if let site = expansionOverflow(root, limit: limits.maxValueCount) {
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: site.line, column: site.column),
                        keyPath: site.path, Messages.tooManyValues(limit: limits.maxValueCount)))
                return YAMLSource(root: nil, diagnostics: diagnostics)
            }
            return YAMLSource(
                root: root, diagnostics: diagnostics,
                lines: cleaned.split(separator: "\n", omittingEmptySubsequences: false))
        } catch let error as YamlError {
            diagnostics += Self.diagnostics(for: error, file: file, text: cleaned)
            return YAMLSource(root: nil, diagnostics: diagnostics)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, at: SourceLocation(file: file),
                    Messages.syntax(problem: String(describing: error), context: nil)))
            return YAMLSource(root: nil, diagnostics: diagnostics)
        }
    }

    enum ReadFailure: Error {
        case unreadable
        /// The file's size when known (a regular file), nil for an endless one.
        case tooLarge(Int?)
        /// A folder, device, FIFO or socket: refused before it is opened (the sentence says which).
        case notRegular(LocalizedText)
    }

    /// The bytes of the regular file at `path`, no more than `limit` of them. A FIFO, a device (an
    /// endless `/dev/zero`) or a folder is refused before a byte is read, so nothing blocks.
    static func contents(atPath path: String, limit: Int) -> Result<Data, ReadFailure> {
        do {
            return .success(Data(try InputFile.read(path, limit: limit)))
        } catch {
            switch error.failure {
            case .tooLarge:
                var info = stat()
                return .failure(.tooLarge(stat(path, &info) == 0 ? Int(info.st_size) : nil))
            case .notRegularFile, .isFolder:
                return .failure(.notRegular(error.sentence))
            default:
                return .failure(.unreadable)
            }
        }
    }

    /// Where the values of `root`, its aliases expanded, first exceed `limit`: the top-level key
    /// (its line, column and name) under which the count ran out; nil when they stay within it.
    /// Counting stops at the limit, so an alias bomb costs no more than `limit` steps.
    private static func expansionOverflow(_ root: Node, limit: Int) -> (line: Int, column: Int, path: String)? {
        var count = 0
        func exceeds(_ node: Node) -> Bool {
            count += 1
            if count > limit { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping where exceeds(key) || exceeds(value) { return true }
            case .sequence(let sequence):
                for item in sequence where exceeds(item) { return true }
            case .scalar, .alias:
                break
            }
            return false
        }
        guard case .mapping(let mapping) = root else {
            return exceeds(root) ? (root.mark?.line ?? 1, root.mark?.column ?? 1, "") : nil
        }
        count = 1
        for (key, value) in mapping where exceeds(key) || exceeds(value) {
            return (key.mark?.line ?? 1, key.mark?.column ?? 1, key.string ?? "")
        }
        return nil
    }

    private static func isEmptyDocument(_ root: Node) -> Bool {
        guard case .scalar(let scalar) = root else { return false }
        return scalar.style == .plain && ["", "~", "null"].contains(scalar.string)
    }

    /// Reports each character the YAML reader or XML cannot carry (C0 controls but tab, LF and CR; DEL; C1
    /// controls but NEL; U+FFFE/U+FFFF) at its line and column, and replaces it with a space so the rest
    /// of the file can still be read.
    private static func removingControlCharacters(
        from text: String, file: String,
        into diagnostics: inout [Diagnostic]
    ) -> String {
        func isRejected(_ scalar: Unicode.Scalar) -> Bool {
            if !VietnameseNormalizer.isAllowedInXML(scalar) { return true }
            return scalar.value == 0x7F || ((0x80...0x9F).contains(scalar.value) && scalar.value != 0x85)
        }
        guard text.unicodeScalars.contains(where: isRejected) else { return text }
        var output = String.UnicodeScalarView()
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if isRejected(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let codePoint = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: column),
                        Messages.controlCharacter(codePoint)))
                output.append(" ")
            } else {
                output.append(scalar)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return String(output)
    }

    /// libyaml's error as our own located sentences; a duplicated key is reported at each repeat (where
    /// the person must act), naming the line of the first.
    private static func diagnostics(for error: YamlError, file: String, text: String) -> [Diagnostic] {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column)
            // libyaml stops at 1,000 levels and names its C setter: say what it means instead.
            if problem.hasPrefix("Maximum nesting level reached") {
                return [Diagnostic(.error, at: location, Messages.nestedTooDeep())]
            }
            let opened = context.map { (line: $0.mark.line, column: $0.mark.column) }
            let character = character(in: text, line: mark.line, column: mark.column)
            // A tab before the first character of a line is indentation, whatever libyaml calls it.
            let problem =
                character == "Tab" && isIndentation(in: text, line: mark.line, column: mark.column)
                ? "found a tab character in the indentation" : problem
            if hasQuoteInsideQuotes(in: text, line: mark.line) {
                return [Diagnostic(.error, at: location, Messages.quoteInsideQuotes())]
            }
            if let opening = unclosedQuote(endingBefore: mark, in: text) {
                return [
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: opening.line, column: opening.column),
                        Messages.unclosedQuote(closedOnLine: mark.line))
                ]
            }
            // An unclosed quote is located where it opened: that is where the person must add the closing one.
            if let opened, context?.text.contains("quoted scalar") == true {
                return [
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: opened.line, column: opened.column),
                        Messages.syntax(
                            problem: problem, context: context?.text, opened: opened, character: character))
                ]
            }
            return [
                Diagnostic(
                    .error, at: location,
                    Messages.syntax(
                        problem: problem, context: context?.text, opened: opened, character: character))
            ]
        case .duplicatedKeysInMapping(let duplicates, let context):
            let first = (line: context.mark.line, column: context.mark.column)
            let repeats = DuplicateKeySites.find(duplicates, firstKeyAt: first, in: text)
            guard !repeats.isEmpty else {
                return [
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: first.line, column: first.column),
                        Messages.duplicateKey(duplicates.joined(separator: "', '")))
                ]
            }
            return repeats.map {
                Diagnostic(
                    .error, at: SourceLocation(file: file, line: $0.line, column: $0.column),
                    Messages.duplicateKey($0.key, firstLine: $0.firstLine))
            }
        case .reader(let problem, _, _, _):
            return [Diagnostic(.error, at: SourceLocation(file: file), Messages.syntax(problem: problem, context: nil))]
        default:
            return [
                Diagnostic(
                    .error, at: SourceLocation(file: file),
                    Messages.syntax(problem: String(describing: error), context: nil))
            ]
        }
    }

    /// Whether the value on a 1-based line opens with a double quote and has more than two:
    /// `- "Hưởng ứng "Ngày sách" năm 2023"`.
    private static func hasQuoteInsideQuotes(in text: String, line: Int) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        var value = Substring(lines[line - 1]).drop { $0 == " " }
        if value.hasPrefix("- ") { value = value.dropFirst(2).drop { $0 == " " } }
        // Past a key, quoted ("name": in JSON) or not.
        if value.hasPrefix("\""), let close = value.dropFirst().firstIndex(of: "\""),
            value[value.index(after: close)...].hasPrefix(":")
        {
            value = value[value.index(after: close)...].dropFirst().drop { $0 == " " }
        } else if !value.hasPrefix("\""), let colon = value.range(of: ": ") {
            value = value[colon.upperBound...].drop { $0 == " " }
        }
        return value.hasPrefix("\"") && value.filter { $0 == "\"" }.count > 2
    }

    /// Where a double quote opened on an earlier line when libyaml stops just after a `"` that (with no
    /// other quote before it on its line) closed it: `name: "Trường A` then `parent: "UBND"`.
    private static func unclosedQuote(endingBefore mark: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard mark.line >= 2, mark.line <= lines.count, mark.column >= 2, mark.column - 1 <= lines[mark.line - 1].count else { return nil }
        let line = lines[mark.line - 1]
        guard line[mark.column - 2] == "\"", !line[..<(mark.column - 2)].contains("\"") else { return nil }
        for index in stride(from: mark.line - 2, through: 0, by: -1) {
            let quotes = lines[index].indices.filter { lines[index][$0] == "\"" }
            if quotes.count % 2 == 1, let last = quotes.last { return (index + 1, last + 1) }
        }
        return nil
    }

    /// Whether only spaces and tabs come before a 1-based line and column.
    private static func isIndentation(in text: String, line: Int, column: Int) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return false }
        return lines[line - 1].unicodeScalars.prefix(column - 1).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The character at a 1-based line and column (as libyaml counts: Unicode scalars), when printable.
    private static func character(in text: String, line: Int, column: Int) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, column >= 1 else { return nil }
        let scalars = Array(lines[line - 1].unicodeScalars)
        guard column <= scalars.count else { return nil }
        let scalar = scalars[column - 1]
        if scalar == "\t" { return "Tab" }
        return scalar.properties.isWhitespace || scalar.value < 0x20 ? nil : String(scalar)
    }

    /// The line, column and value of the first byte that is not valid UTF-8.
    private static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int, byte: UInt8) {
        let bytes = [UInt8](data)
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column, byte)
            }
            guard index + length <= bytes.count,
                bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                String(bytes: bytes[index..<(index + length)], encoding: .utf8) != nil
            else { return (line, column, byte) }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column, 0)
    }
}
