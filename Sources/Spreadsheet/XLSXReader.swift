import Foundation
import XMLCore
import ZipCore

/// Reads an .xlsx workbook (Office Open XML spreadsheet, as Excel and LibreOffice Calc save it) into
/// `Worksheet`s of text: shared and inline strings, cached values of formulas, numbers, dates in
/// date formats (as dd/mm/yyyy), booleans, merged ranges.
package enum XLSXReader {
    /// The most cells read from one sheet (a staff list has a few hundred).
    package static let maximumCells = 200_000

    /// Every sheet of the workbook in `bytes`, in workbook order.
    package static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> [Worksheet] {
        let zip: ZipReader
        do {
            zip = try ZipReader(bytes: bytes)
        } catch {
            throw .notWorkbook(error.message)
        }
        var parts: [String: ZipEntry] = [:]
        for entry in zip.entries { parts[entry.name] = entry }
        func part(_ name: String) throws(SpreadsheetError) -> XMLDocument? {
            guard let entry = parts[name] else { return nil }
            do {
                return try XMLDocument(bytes: try zip.read(entry), url: name)
            } catch let error as XMLParseError {
                throw .malformedPart(name, error.message)
            } catch {
                throw .malformedPart(name, "\(error)")
            }
        }
        guard let workbook = try part("xl/workbook.xml")?.root else { throw .notWorkbook("xl/workbook.xml") }
        var targets: [String: String] = [:]
        for relation in try part("xl/_rels/workbook.xml.rels")?.root?.elementChildren ?? [] {
            guard let id = relation.attribute("Id"), let target = relation.attribute("Target") else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let shared = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let dateStyles = try part("xl/styles.xml").map(dateStyleIndexes) ?? []
        var sheets: [Worksheet] = []
        for sheet in elements(workbook, "sheet") {
            guard let name = sheet.attribute("name"),
                let id = sheet.attribute("id", namespace: relationshipsNamespace),
                let target = targets[id], let document = try part(target)?.root
            else { continue }
            sheets.append(try worksheet(document, name: name, shared: shared, dateStyles: dateStyles))
        }
        return sheets
    }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The descendants of `node` named `name`, in document order, whatever their namespace.
    static func elements(_ node: XMLNode, _ name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        node.walkElements { element in
            if element.localName == name { found.append(element) }
            return true
        }
        return found
    }

    /// The text of every `<t>` below `node`, skipping phonetic runs (`<rPh>`).
    static func text(_ node: XMLNode) -> String {
        var result = ""
        node.walkElements { element in
            if element.localName == "rPh" { return false }
            if element.localName == "t" { result += element.textContent }
            return true
        }
        return result
    }

    static func sharedStrings(_ document: XMLDocument) -> [String] {
        guard let root = document.root else { return [] }
        return root.elementChildren.filter { $0.localName == "si" }.map(text)
    }

    /// The indexes in `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ document: XMLDocument) -> Set<Int> {
        guard let root = document.root else { return [] }
        var customDates: Set<Int> = []
        for format in elements(root, "numFmt") {
            guard let id = format.attribute("numFmtId").flatMap(Int.init), let code = format.attribute("formatCode") else { continue }
            if isDateFormat(code) { customDates.insert(id) }
        }
        guard let cellXfs = elements(root, "cellXfs").first else { return [] }
        var result: Set<Int> = []
        for (index, xf) in cellXfs.elementChildren.filter({ $0.localName == "xf" }).enumerated() {
            let id = xf.attribute("numFmtId").flatMap(Int.init) ?? 0
            if (14...22).contains(id) || (45...47).contains(id) || customDates.contains(id) { result.insert(index) }
        }
        return result
    }

    /// Whether a format code shows a date: d, m or y outside quotes, brackets and escapes ("dd/mm/yyyy").
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[": inBrackets = true
            case "]": inBrackets = false
            case "d", "y": if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    static func worksheet(_ root: XMLNode, name: String, shared: [String], dateStyles: Set<Int>) throws(SpreadsheetError) -> Worksheet {
        var sheet = Worksheet(name: name)
        var count = 0
        var nextRow = 1
        for row in elements(root, "row") {
            let rowNumber = row.attribute("r").flatMap(Int.init) ?? nextRow
            nextRow = rowNumber + 1
            var nextColumn = 1
            for cell in row.elementChildren where cell.localName == "c" {
                let reference = cell.attribute("r").flatMap { CellReference($0) }
                let column = reference?.column ?? nextColumn
                nextColumn = column + 1
                count += 1
                guard count <= maximumCells else { throw .tooLarge("\(maximumCells)") }
                let value = cellText(cell, shared: shared, dateStyles: dateStyles)
                if !value.isEmpty { sheet.rows[rowNumber, default: [:]][column] = value }
            }
        }
        sheet.merged = elements(root, "mergeCell").compactMap { $0.attribute("ref").flatMap(CellRange.init) }
        return sheet
    }

    static func cellText(_ cell: XMLNode, shared: [String], dateStyles: Set<Int>) -> String {
        let type = cell.attribute("t") ?? "n"
        let raw = cell.elementChildren.first { $0.localName == "v" }?.textContent ?? ""
        switch type {
        case "s": return Int(raw).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr": return cell.elementChildren.first { $0.localName == "is" }.map(text) ?? ""
        case "str", "e": return raw
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        default:
            guard let number = Double(raw) else { return raw }
            if let style = cell.attribute("s").flatMap(Int.init), dateStyles.contains(style) {
                return serialDate(number) ?? raw
            }
            return numberText(raw, number)
        }
    }

    /// "1" for "1.0" or "1", "8.5" as is: numbers as a person typed them.
    static func numberText(_ raw: String, _ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return raw
    }

    /// A serial day number of the 1900 date system as "dd/mm/yyyy" (day 61 is 1900-03-01; Excel's
    /// fictitious 29/02/1900 is not reproduced).
    static func serialDate(_ serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        if days < 60 { days += 1 }
        // Days from 1899-12-30 to the date, by the civil-from-days algorithm (Howard Hinnant).
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(day))/\(two(month))/\(year)"
    }
}
