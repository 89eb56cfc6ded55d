import Diagnostics

/// The rules for a member listed twice, the same whichever way the list arrives (the data file's
/// `members:` or a sheet named by `members_file:`): the same name and position is an error; the same
/// name without notes to tell two people apart, or a name differing only in marks, case or spaces, a
/// warning. Hashed, so a 10,000-member unit does not compare every name with every other.
struct MemberRepeats {
    private var firstByName: [String: (index: Int, line: Int)] = [:]
    private var firstByNameAndPosition: [MemberKey: (index: Int, line: Int)] = [:]
    private var firstByFoldedName: [String: (index: Int, line: Int, name: String)] = [:]

    /// Records member number `index` (from 1), written on `line` (the file's line or the sheet's row),
    /// and returns what is wrong with it, if anything.
    mutating func add(
        name: String, position: String, hasNotes: Bool, index: Int, line: Int
    )
        -> (severity: Severity, message: LocalizedText)?
    {
        let key = MemberKey(name: name, position: position)
        let folded = Keyword.fold(name)
        var finding: (severity: Severity, message: LocalizedText)?
        if let twin = firstByNameAndPosition[key] {
            finding = (.error, Messages.duplicateMember(name, index: twin.index, line: twin.line))
        } else if let namesake = firstByName[name], !hasNotes {
            finding = (.warning, Messages.sameNameMembers(name, index: namesake.index))
        } else if firstByName[name] == nil, let lookalike = firstByFoldedName[folded] {
            finding = (
                .warning,
                Messages.nearDuplicateMember(
                    name, index: lookalike.index, other: lookalike.name,
                    line: lookalike.line)
            )
        }
        if firstByName[name] == nil { firstByName[name] = (index, line) }
        if firstByFoldedName[folded] == nil { firstByFoldedName[folded] = (index, line, name) }
        if firstByNameAndPosition[key] == nil { firstByNameAndPosition[key] = (index, line) }
        return finding
    }
}

/// A member's name and position, which together may appear only once.
private struct MemberKey: Hashable {
    var name: String
    var position: String
}
