/// Why a spreadsheet file could not be read, in terms the caller turns into a located message.
package enum SpreadsheetError: Error, Sendable, Hashable {
    /// Not a zip package, or a package without a workbook (not an .xlsx at all).
    case notWorkbook(String)
    /// A part of the workbook is not well-formed XML.
    case malformedPart(String, String)
    /// The workbook has no sheet of this name.
    case noSuchSheet(String, available: [String])
    /// Text in a legacy encoding the reader will not guess ("UTF-16", "Windows-1258").
    case unsupportedEncoding(String)
    /// The workbook is beyond the reader's limits (cells, size).
    case tooLarge(String)
}
