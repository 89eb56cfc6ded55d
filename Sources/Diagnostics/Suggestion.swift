/// "Did you mean …?": the closest known word to what the user typed, by edit distance. Shared by
/// every stage that names what exists when the user's word does not.
package enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a typo (distance at most a third of
    /// its length, and at most 3); nil otherwise.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.filter { $0 != word }.map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
        // Ties go to a candidate the word begins ("cstdc" → "cstdcs" rather than "cstd").
        guard
            let best = scored.min(by: {
                ($0.distance, $0.candidate.lowercased().hasPrefix(lowered) ? 0 : 1)
                    < ($1.distance, $1.candidate.lowercased().hasPrefix(lowered) ? 0 : 1)
            })
        else { return nil }
        let limit = min(3, max(1, max(word.count, best.candidate.count) / 3))
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance between two strings, by Character.
    package static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
