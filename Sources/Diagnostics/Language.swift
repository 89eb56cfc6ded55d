/// The language of messages shown to the user: Vietnamese by default, English with `--lang en`.
package enum Language: String, Sendable, CaseIterable {
    case vi
    case en
}
