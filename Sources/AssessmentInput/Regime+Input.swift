package import Assessment
package import Diagnostics

extension Regime {
    /// The keywords `regime:` takes (folded: "TT24", "tt24" and "TT 24" all match "tt24").
    static let choices: [(key: String, value: Regime)] = [("tt22", .tt22), ("tt24", .tt24)]

    /// The regime `typed` names ("TT24", "tt24"), read as `regime:` is read in a data file; refused
    /// with the message `hoso check` gives for it. The one parse of a regime a user typed: the data
    /// file, `hoso init --regime` and the server's "Tạo tệp mới" form all come here.
    package static func parse(_ typed: String) -> Result<Regime, InvalidChoice> {
        KeywordChoice.match(typed, in: choices)
    }

    /// The built-in rubric (`Forms/rubrics/<id>.yaml`) a data file of this regime is scored with
    /// when it names none: the national TT22 rubric, or TT24's Mức độ 1. The one place this rule is
    /// written: the loader, the starter file and the server's pages all ask here.
    package var defaultRubricID: String {
        switch self {
        case .tt22: "tt22"
        case .tt24: "tt24-muc1"
        }
    }
}
