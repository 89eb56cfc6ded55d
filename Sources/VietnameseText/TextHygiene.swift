/// Finds what copying from Excel, Word or a web page leaves in a value: invisible direction and line
/// controls, tabs between two cells, non-breaking and doubled spaces, marks with no letter.
package enum TextHygiene {
    /// An invisible character that changes how text is laid out, and what it is called.
    package struct InvisibleControl: Sendable, Hashable {
        /// The scalar found.
        package let scalar: Unicode.Scalar

        /// The scalar as `U+202E`, for messages.
        package var codePoint: String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }

        /// Whether it is a Unicode line or paragraph separator (U+2028, U+2029) rather than a direction control.
        package var isSeparator: Bool { scalar.value == 0x2028 || scalar.value == 0x2029 }
    }

    /// Bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069): invisible, they
    /// reorder what is printed after them ("right-to-left override" shows "nệyugN" for "Nguyễn").
    package static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Every direction control and Unicode line/paragraph separator in `text`, each once, in order.
    package static func invisibleControls(in text: String) -> [InvisibleControl] {
        var found: [InvisibleControl] = []
        for scalar in text.unicodeScalars where isDirectionControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
            let control = InvisibleControl(scalar: scalar)
            if !found.contains(control) { found.append(control) }
        }
        return found
    }

    /// `text` without its direction controls and with U+2028/U+2029 turned into spaces.
    package static func removingInvisibleControls(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isDirectionControl(scalar) { continue }
            scalars.append(scalar.value == 0x2028 || scalar.value == 0x2029 ? " " : scalar)
        }
        return String(scalars)
    }

    /// Whether `text` has characters and every one is a combining mark (a tone or vowel mark with no
    /// letter under it) or a space: nothing a reader could pronounce.
    package static func isOnlyMarks(_ text: String) -> Bool {
        var sawMark = false
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: sawMark = true
            case .spaceSeparator: continue
            default: return false
            }
        }
        return sawMark
    }

    /// The two sides of the first tab in `text`, trimmed ("Lê Thị Duyên", "Giáo viên Ngữ văn"), or nil
    /// when it has none.
    package static func tabSplit(_ text: String) -> (before: String, after: String)? {
        guard let tab = text.firstIndex(of: "\t") else { return nil }
        let before = String(text[..<tab]).trimmingASCIIWhitespace()
        let after = String(text[text.index(after: tab)...]).trimmingASCIIWhitespace()
        return (String(before), String(after))
    }

    /// Spaces as a document wants them: non-breaking and other fixed-width spaces (U+00A0, U+2007,
    /// U+202F) become ordinary spaces and runs of spaces inside a line become one. Line breaks stay.
    package static func normalizingSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " " || scalar.value == 0xA0 || scalar.value == 0x2007 || scalar.value == 0x202F
            if isSpace {
                if !previousWasSpace { result.append(" ") }
            } else {
                result.append(scalar)
            }
            previousWasSpace = isSpace
        }
        return String(result)
    }

    /// Whether `text` holds a non-breaking or fixed-width space.
    package static func hasFixedSpace(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value == 0xA0 || $0.value == 0x2007 || $0.value == 0x202F }
    }
}
