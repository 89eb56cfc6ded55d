import Foundation

/// What a district officer sees at a glance on each printed page, as faults named
/// "FILE pN: what" so that a failure says which form and page to open.
enum PageLayout {
    /// A page of a multi-page document holding fewer lines of text than this holds only a signature
    /// block, a lone table row or a stranded heading.
    static let minimumLines = 10

    /// Every fault of one printed file: its page count and last page against the fixture's
    /// expectations, then `pageFaults`.
    static func faults(_ pages: [String], file: String, fixture: FixtureCase) -> [String] {
        var faults: [String] = []
        if let expected = fixture.pages[file], pages.count != expected {
            faults.append("\(file): \(pages.count) pages, expected \(expected)")
        }
        if let words = fixture.lastPage[file], let last = pages.last {
            let flat = flatten(last)
            for word in words where !flat.contains(word) {
                faults.append("\(file) p\(pages.count) (last): lacks “\(word)”: \(textLines(last))")
            }
        }
        return faults + pageFaults(pages, file: file)
    }

    /// Faults any page can have: too few lines (unless the document is one page), a form
    /// placeholder left in ("Ông (bà)"), a year or a level written twice.
    static func pageFaults(_ pages: [String], file: String) -> [String] {
        var faults: [String] = []
        for (index, page) in pages.enumerated() {
            let name = "\(file) p\(index + 1)"
            let lines = textLines(page)
            if pages.count > 1, lines.count < minimumLines {
                faults.append("\(name): \(lines.count) lines: \(lines)")
            }
            let flat = flatten(page)
            for pattern in placeholders {
                if let match = flat.firstMatch(of: pattern) { faults.append("\(name): placeholder “\(match.output)”") }
            }
            if let match = flat.firstMatch(of: doubledYear) { faults.append("\(name): doubled year “\(match.output.0)”") }
            if let match = flat.firstMatch(of: doubledLevel) { faults.append("\(name): doubled level “\(match.output.0)”") }
            for line in page.split(separator: "\n") {
                if let match = line.firstMatch(of: brokenFigure) { faults.append("\(name): broken figure “\(match.output.1)”") }
            }
        }
        return faults
    }

    /// The page's words joined by single spaces (line breaks and no-break spaces are spaces).
    static func flatten(_ page: String) -> String {
        page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    nonisolated(unsafe) static let placeholders = [#/(?i)ông\s*\(\s*bà\s*\)/#, #/(?i)ông\s*\/\s*bà/#]
    /// "năm 2024 năm 2024", "năm 2024, năm 2024".
    nonisolated(unsafe) static let doubledYear = #/(?i)(năm \d{4})[ ,]+\1(?!\d)/#
    /// "Mức độ 1 quy định tại Thông tư 24/2023/TT-BGDĐT, Mức độ 1": the same level again at the end
    /// of the same clause (a new clause after ";" or ":" may name it again).
    /// A bracketed percentage split over two lines of a table cell: "(95,45%" then ")", "(96,15" then "%)".
    nonisolated(unsafe) static let brokenFigure = #/(?:^|\s)(\(\d[\d,]*%|[\d,]*%\)|\))(?=\s|$)/#
    nonisolated(unsafe) static let doubledLevel = #/(?i)(mức độ \d)(?!\d)[^.;:]*, \1(?!\d)/#
}
