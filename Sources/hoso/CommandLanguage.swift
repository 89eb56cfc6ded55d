import ArgumentParser
import Diagnostics

/// The language the user asked for with `--lang en` (or `--lang=en`), read from the raw arguments
/// before parsing, so help texts and argument errors speak it too. Vietnamese otherwise.
let requestedLanguage: Language = Language.requested(in: Array(CommandLine.arguments.dropFirst()))

extension Language {
    /// The language named by the last `--lang X` / `--lang=X` among `arguments`; Vietnamese when none
    /// or when X is not a language (the parser then reports the bad value).
    static func requested(in arguments: [String]) -> Language {
        var language = Language.vi
        for (index, argument) in arguments.enumerated() {
            if argument == "--", index > 0 { break }
            if argument == "--lang", index + 1 < arguments.count, let value = Language(rawValue: arguments[index + 1]) {
                language = value
            } else if argument.hasPrefix("--lang="), let value = Language(rawValue: String(argument.dropFirst(7))) {
                language = value
            }
        }
        return language
    }
}

/// Text of the command line (help, abstracts) in the requested language.
func localized(_ vi: String, _ en: String) -> String {
    requestedLanguage == .vi ? vi : en
}

/// A help text in the requested language, with an optional value name ("thư-mục" / "folder").
func help(_ vi: String, _ en: String, value: (vi: String, en: String)? = nil) -> ArgumentHelp {
    ArgumentHelp(localized(vi, en), valueName: value.map { localized($0.vi, $0.en) })
}
