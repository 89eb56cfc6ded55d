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
        for text in fixture.oneLine[file] ?? [] {
            let lines = pages.flatMap { $0.split(separator: "\n") }.map { flatten(String($0)) }
            if !lines.contains(where: { $0.contains(text) }) { faults.append("\(file): “\(text)” is not on one line") }
        }
        if let words = fixture.lastPage[file], let last = pages.last {
            let flat = flatten(last)
            for word in words where !flat.contains(word) {
                faults.append("\(file) p\(pages.count) (last): lacks “\(word)”: \(textLines(last))")
            }
        }
        return faults + pageFaults(pages, file: file) + lastPageFaults(pages, file: file)
    }

    /// A page that is not the last may leave at most this fraction of its text area blank at its
    /// foot, unless the next page begins another document of the book. A heading at the top of the
    /// next page excuses nothing: keep-with-next moves a heading with a line or two of its text,
    /// never a third of a page.
    static let maximumGap = 0.20

    /// Pages that end with more than `maximumGap` of their text area blank while the next page
    /// goes on with the same document: a keep-together chain pushed a whole block over. `blankBelow`
    /// holds, per page, the fraction left blank under its last line (`blankBelow(bbox:)`).
    static func gapFaults(_ pages: [String], blankBelow: [Double], file: String) -> [String] {
        var faults: [String] = []
        for index in pages.indices.dropLast() where index < blankBelow.count && blankBelow[index] > maximumGap {
            let next = pages[index + 1]
            guard !beginsADocument(next) else { continue }
            let percent = Int((blankBelow[index] * 100).rounded())
            let first = textLines(next).first ?? ""
            faults.append("\(file) p\(index + 1): \(percent)% blank at the foot, p\(index + 2) goes on with “\(first)”")
        }
        return faults
    }

    /// Whether a page begins a document of the book: no page number at its top (numbered pages
    /// are the continuation ones; the first page of every form has none).
    static func beginsADocument(_ page: String) -> Bool {
        let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let top = lines.first else { return true }
        return Int(top) == nil
    }

    /// The fraction of each page's text area (A4 either way, 20 mm above and below, as every form
    /// sets it) left blank under the page's last line, from `pdftotext -bbox` output; the page
    /// number printed in the top margin is not in the text area.
    static func blankBelow(bbox: String) -> [Double] {
        bbox.matches(of: pageElement).map { page in
            let height = Double(page.output.height) ?? 0
            let area = height - 2 * margin
            let bottom = page.output.body.matches(of: wordBottom).compactMap { word -> Double? in
                guard let top = Double(word.output.top), top >= margin - 8 else { return nil }
                return Double(word.output.bottom)
            }.max()
            guard area > 0, let bottom else { return 1 }
            return max(0, (height - margin - bottom) / area)
        }
    }

    /// Top and bottom page margins of every form, in points (1134 twips).
    static let margin = 56.7
    nonisolated(unsafe) static let pageElement = #/<page width="[\d.]+" height="(?<height>[\d.]+)">(?<body>(?s:.*?))</page>/#
    nonisolated(unsafe) static let wordBottom = #/<word xMin="[\d.]+" yMin="(?<top>[\d.]+)" xMax="[\d.]+" yMax="(?<bottom>[\d.]+)">/#
    /// "IV. ", "2. ", "B. ": the numbering of a heading.
    nonisolated(unsafe) static let heading = #/^(?:[IVX]+|[A-ZĐ]|\d+)\.\s/#

    /// The last page of a multi-page document must carry, above its receivers and signatures, the
    /// closing and at least the tail of the text before it: this many lines (the closing alone
    /// over "Nơi nhận" and the signer is a page a reader turns for nothing). The page as a whole
    /// still holds `minimumLines` (`pageFaults`). Ten lines of body would need a keep chain of
    /// ten lines, and with the signature block (about eight lines high) that chain leaves a gap
    /// over `maximumGap` on the page before whenever the text ends in the top third of a page
    /// (An Sơn's report: 39 line heights after page 3, a page holds 33).
    static let minimumBodyLinesOnLastPage = 5

    static func lastPageFaults(_ pages: [String], file: String) -> [String] {
        guard pages.count > 1, let last = pages.last else { return [] }
        let body = bodyLines(last)
        guard body.count < minimumBodyLinesOnLastPage else { return [] }
        return ["\(file) p\(pages.count) (last): \(body.count) lines of text above the signatures: \(body)"]
    }

    /// The lines of a page above its receivers ("Nơi nhận:") or its signature block (the first line
    /// in capitals without figures that is no numbered heading: "HIỆU TRƯỞNG", "THƯ KÝ   CHỦ TỌA",
    /// "TM. ỦY BAN NHÂN DÂN", "NGƯỜI LẬP BIỂU").
    static func bodyLines(_ page: String) -> [String] {
        var body: [String] = []
        for line in textLines(page) {
            if line.hasPrefix("Nơi nhận") || line.firstMatch(of: signerPrefix) != nil { break }
            let letters = line.filter(\.isLetter)
            if letters.count >= 3, letters == letters.uppercased(), !line.contains(where: \.isNumber),
                line.firstMatch(of: heading) == nil
            {
                break
            }
            body.append(line)
        }
        return body
    }

    nonisolated(unsafe) static let signerPrefix = #/^(?:TM|KT|Q|TL|TUQ)\.\s/#

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
