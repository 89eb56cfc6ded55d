import Foundation

/// Reads a CSV file as a spreadsheet saves it: UTF-8 with or without a byte-order mark, fields
/// separated by commas or semicolons (Excel in a Vietnamese locale writes ";"), quoted fields with
/// doubled quotes, line breaks LF or CRLF. UTF-16 and Windows-1258 are recognised and refused with
/// their name, so the caller can say how to save the file again.
package enum CSVReader {
    /// The sheet in `bytes`, named `name`.
    package static func read(_ bytes: [UInt8], name: String) throws(SpreadsheetError) -> Worksheet {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .unsupportedEncoding("UTF-16")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .unsupportedEncoding(looksLikeUTF16(body) ? "UTF-16" : "Windows-1258")
        }
        let separator = detectSeparator(text)
        var sheet = Worksheet(name: name)
        var row = 1, column = 1
        var field = "", inQuotes = false, wasQuoted = false
        func endField() {
            let value = wasQuoted ? field : field.trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { sheet.rows[row, default: [:]][column] = value }
            field = ""
            wasQuoted = false
            column += 1
        }
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty:
                field = ""
                inQuotes = true
                wasQuoted = true
            case separator:
                endField()
            case "\r":
                if pending == "\n" { pending = iterator.next() }
                endField()
                row += 1
                column = 1
            case "\n":
                endField()
                row += 1
                column = 1
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || wasQuoted { endField() }
        return sheet
    }

    /// ";" when the first line has more semicolons than commas outside quotes, else ",".
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if scalar == "\n" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
    static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = Array(bytes.prefix(64))
        guard sample.count >= 4 else { return false }
        let zeros = sample.enumerated().filter { $0.element == 0 }.count
        return zeros * 3 >= sample.count
    }
}
