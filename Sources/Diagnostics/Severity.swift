/// How serious a diagnostic is: errors stop the run, warnings are printed and the run goes on.
package enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note

    /// The label printed after the location ("lỗi", "error").
    package func label(in language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.note, .vi): "ghi chú"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "note"
        }
    }
}
