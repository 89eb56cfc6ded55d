/// One problem found in the user's input, located like a compiler error:
/// `Fixtures/an-son.yaml:12:9: lỗi: scores.3b.points: 12 lớn hơn điểm tối đa 10`.
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    package var severity: Severity
    /// Where it is, when known.
    package var location: SourceLocation?
    /// The key path in a data file ("scores.3b.points") or the place in a template
    /// ("đoạn 12", "bảng 1, hàng 2, ô 3"), when there is one.
    package var path: LocalizedText?
    /// What is wrong, quoting the user's value, and how to fix it.
    package var message: LocalizedText

    /// A diagnostic; `path` is usually a key path that reads the same in both languages.
    package init(_ severity: Severity, at location: SourceLocation?, path: LocalizedText? = nil, _ message: LocalizedText) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
    }

    /// A diagnostic whose path is the same text in both languages (a key path).
    package init(_ severity: Severity, at location: SourceLocation?, keyPath: String, _ message: LocalizedText) {
        self.init(severity, at: location, path: LocalizedText(vi: keyPath, en: keyPath), message)
    }

    /// The line printed for the user.
    package func rendered(in language: Language) -> String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        parts.append(severity.label(in: language))
        if let path, !path.text(in: language).isEmpty { parts.append(path.text(in: language)) }
        parts.append(message.text(in: language))
        return parts.joined(separator: ": ")
    }

    /// The Vietnamese line.
    package var description: String { rendered(in: .vi) }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops the run.
    package var hasErrors: Bool { contains { $0.severity == .error } }
}
