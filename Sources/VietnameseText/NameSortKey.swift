/// A sort key for Vietnamese personal names: given name (last word) first, then family name (first
/// word), then middle name(s).
///
/// Within each part, letters compare by the Vietnamese alphabet (ă â after a, đ after d, ê after e,
/// ô ơ after o, ư after u), ignoring case; tones only break ties between otherwise equal parts, in the
/// order none, huyền, hỏi, ngã, sắc, nặng (An < Àn < Ản < Ãn < Án < Ạn). Foundation's locale compare
/// differs between platforms; this key does not.
package struct NameSortKey: Sendable, Hashable, Comparable {
    /// One word of the name, split into letter ranks and tones.
    struct Part: Sendable, Hashable {
        let ranks: [UInt32]
        let tones: [UInt8]

        init(_ word: Substring) {
            let letters = word.map(VietnameseLetter.init)
            ranks = letters.map(\.rank)
            tones = letters.map(\.tone)
        }

        static func compare(_ lhs: Part, _ rhs: Part) -> Int {
            if lhs.ranks != rhs.ranks { return lhs.ranks.lexicographicallyPrecedes(rhs.ranks) ? -1 : 1 }
            if lhs.tones != rhs.tones { return lhs.tones.lexicographicallyPrecedes(rhs.tones) ? -1 : 1 }
            return 0
        }
    }

    /// The words in comparison order: given name, family name, then the middle names left to right.
    let parts: [Part]

    /// Builds the key of a full name written family-first ("Nguyễn Thị Minh Khai").
    package init(_ fullName: String) {
        let words = fullName.split(whereSeparator: { $0.isWhitespace })
        var ordered: [Substring] = []
        if let given = words.last { ordered.append(given) }
        if words.count > 1 { ordered.append(words[0]) }
        if words.count > 2 { ordered += words[1..<(words.count - 1)] }
        parts = ordered.map(Part.init)
    }

    /// Given name, then family name, then middle names; a name that runs out of parts sorts first.
    package static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        for (left, right) in zip(lhs.parts, rhs.parts) {
            let order = Part.compare(left, right)
            if order != 0 { return order < 0 }
        }
        return lhs.parts.count < rhs.parts.count
    }
}

extension Sequence {
    /// The elements sorted by the Vietnamese name `name` returns (see ``NameSortKey``); elements with
    /// equal keys keep their order.
    package func sortedByVietnameseName(_ name: (Element) -> String) -> [Element] {
        enumerated()
            .map { (key: NameSortKey(name($0.element)), offset: $0.offset, element: $0.element) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.offset < $1.offset }
            .map(\.element)
    }
}

extension Sequence where Element: StringProtocol {
    /// The names sorted by given name, family name, then middle names (see ``NameSortKey``).
    package func sortedByVietnameseName() -> [Element] {
        sortedByVietnameseName { String($0) }
    }
}
