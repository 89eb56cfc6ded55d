/// The facts a conclusion of the minutes may state (total out of the maximum, band, vote), and the
/// places where a free-text conclusion states them differently.
package struct ConclusionFacts: Sendable, Hashable {
    /// One figure of the text that differs from the computed one.
    package struct Contradiction: Sendable, Hashable {
        /// The words of the text: "97/100".
        package var quoted: String
        /// What was computed: "95/100".
        package var computed: String
    }

    /// The computed total, when points are used.
    package var total: Points?
    /// The maximum.
    package var maximum: Points?
    /// The computed band's name.
    package var band: String?
    /// Every band name of the rubric.
    package var bandNames: [String]
    /// The vote.
    package var vote: Vote

    /// The facts of `evaluation` and `vote`.
    package init(evaluation: Evaluation, vote: Vote) {
        total = evaluation.total
        maximum = evaluation.maximum
        band = evaluation.band?.name
        bandNames = evaluation.rubric.bands.map(\.name)
        self.vote = vote
    }

    /// Every "a/b" whose b is the maximum but a not the total, every "a/b thành viên" that is not
    /// the vote (when `checksVote`: a report's "28/28 thành viên" is a member count, not the vote),
    /// and every "xếp loại X" naming another band.
    package func contradictions(in text: String, checksVote: Bool = true) -> [Contradiction] {
        var found: [Contradiction] = []
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            guard chars[index] == "/" else { index += 1; continue }
            var start = index
            while start > 0, chars[start - 1].isNumber || chars[start - 1] == "," || chars[start - 1] == "." { start -= 1 }
            var end = index + 1
            while end < chars.count, chars[end].isNumber { end += 1 }
            let left = String(chars[start..<index].map { $0 == "," ? "." : $0 })
            let right = String(chars[(index + 1)..<end])
            let rest = String(chars[end...]).drop(while: { $0 == " " })
            defer { index = end }
            guard !left.isEmpty, !right.isEmpty, let denominator = Int(right) else { continue }
            let quoted = String(chars[start..<end])
            if rest.hasPrefix("thành viên") {
                if checksVote, Int(left) != vote.agree || denominator != vote.total {
                    found.append(Contradiction(quoted: quoted, computed: "\(vote.agree)/\(vote.total)"))
                }
            } else if let maximum, let total, Points(parsing: right) == maximum, Points(parsing: left) != total {
                found.append(Contradiction(quoted: quoted, computed: "\(total.text(decimalSeparator: ","))/\(maximum.text(decimalSeparator: ","))"))
            }
        }
        if let band {
            let lower = text.lowercased()
            for name in bandNames where name != band && lower.contains("xếp loại \(name.lowercased())") {
                found.append(Contradiction(quoted: "xếp loại \(name)", computed: "xếp loại \(band)"))
            }
        }
        return found
    }
}
