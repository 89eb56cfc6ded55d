/// An emulation title as named in a deduction's reason or an evidence item ("Tập thể lao động tiên
/// tiến", "Lao động tiên tiến"): used to catch a reason and its evidence that name different titles.
package enum CollectiveTitle: String, Sendable, Hashable, CaseIterable {
    /// "Tập thể lao động xuất sắc".
    case collectiveExcellent
    /// "Tập thể lao động tiên tiến".
    case collectiveAdvanced
    /// "Lao động xuất sắc" (without "Tập thể").
    case excellent
    /// "Lao động tiên tiến", "LĐTT" (without "Tập thể").
    case advanced

    /// The title as printed in messages.
    package var title: String {
        switch self {
        case .collectiveExcellent: "Tập thể lao động xuất sắc"
        case .collectiveAdvanced: "Tập thể lao động tiên tiến"
        case .excellent: "Lao động xuất sắc"
        case .advanced: "Lao động tiên tiến"
        }
    }

    /// The spellings recognised, longest first so "tập thể lao động tiên tiến" wins over its tail.
    private static let spellings: [(String, CollectiveTitle)] = [
        ("tập thể lao động xuất sắc", .collectiveExcellent), ("tập thể lao động tiên tiến", .collectiveAdvanced),
        ("tập thể lđxs", .collectiveExcellent), ("tập thể lđtt", .collectiveAdvanced),
        ("lao động xuất sắc", .excellent), ("lao động tiên tiến", .advanced), ("lđxs", .excellent), ("lđtt", .advanced),
    ]

    /// The title a text says was achieved: the first title named after "đạt" (not "chưa đạt"), or
    /// for a text without "đạt" (an evidence item: "QĐ công nhận …") the first title it names.
    package static func named(in text: String) -> CollectiveTitle? {
        let chars = Array(text.lowercased())
        let verb = Array("đạt")
        let positions = chars.indices.filter { chars[$0...].starts(with: verb) }
        let after: Int
        if positions.isEmpty {
            after = 0
        } else if let claim = positions.first(where: { $0 < 5 || String(chars[($0 - 5)..<$0]) != "chưa " }) {
            after = claim
        } else {
            // Only "chưa đạt …": what was not achieved is no claim of what was.
            return nil
        }
        for offset in after..<chars.count {
            for (spelling, title) in spellings where chars[offset...].starts(with: spelling) {
                return title
            }
        }
        return nil
    }
}
