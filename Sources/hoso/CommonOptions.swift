import ArgumentParser
import Diagnostics
import Dossier
import Foundation

extension Language: ExpressibleByArgument {}

/// Options every command that prints messages shares.
struct MessageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: help(
            "Ngôn ngữ thông báo: vi (mặc định) hoặc en.", "Language of the messages: vi (default) or en.",
            value: ("ngôn-ngữ", "language")))
    var language: Language = .vi
}

/// Where the shipped forms are, when not next to the binary.
struct FormsOptions: ParsableArguments {
    @Option(
        name: .customLong("forms"),
        help: help(
            "Thư mục mẫu biểu (mặc định: Forms/ đi kèm hoso).", "The forms folder (default: the Forms/ shipped with hoso).",
            value: ("thư-mục", "folder")))
    var formsDirectory: String?

    /// The `Forms` folder: the one given, else the standard search.
    func root() throws -> URL {
        try FormCatalog.locate(explicit: formsDirectory)
    }

    /// The catalogue of shipped forms.
    func catalog() throws -> FormCatalog {
        try FormCatalog(root: root())
    }
}

/// `--form ID=FILE.docx`: a school's own form, the same for render, verify and archive. Any text
/// is taken here; `CustomFormOptions.check` refuses a malformed one with a message in the user's
/// language (ArgumentParser's own would be in English).
struct FormArgument: ExpressibleByArgument {
    /// What was typed.
    var typed: String
    /// The form and its file, when `typed` has the shape ID=FILE.
    var form: CustomForm? { CustomForm(argument: typed) }

    init?(argument: String) {
        typed = argument
    }

    static var defaultCompletionKind: CompletionKind { .file(extensions: ["docx"]) }
}

/// The `--form` option shared by render, verify and archive.
struct CustomFormOptions: ParsableArguments {
    @Option(
        name: .customLong("form"),
        help: help(
            "Mẫu riêng của trường: ID=tệp.docx, ví dụ M3=mau-M3.docx (lặp lại được).",
            "The school's own form: ID=file.docx, e.g. M3=mau-M3.docx (repeatable).", value: ("ID=tệp.docx", "ID=file.docx")))
    var entries: [FormArgument] = []

    /// The forms given (after `check`).
    var forms: [CustomForm] { entries.compactMap(\.form) }

    /// Refuses an entry without `ID=` or a file, saying what shape is expected.
    func check(in language: Language) throws {
        for entry in entries where entry.form == nil {
            throw ValidationError(
                language == .en
                    ? "--form \(entry.typed): expected ID=file.docx, for example M3=mau-M3.docx"
                    : "--form \(entry.typed): cần dạng ID=tệp.docx, ví dụ M3=mau-M3.docx")
        }
    }
}

/// Printing for the command line: diagnostics and failures to standard error.
enum Console {
    /// Prints one line to standard error. A failing write (a full disk behind a redirected stderr)
    /// loses the line, never the run: `FileHandle.write(_:)` would stop hoso mid-commit.
    static func error(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress lines are shown only then).
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Prints every diagnostic, one per line.
    static func print(_ diagnostics: [Diagnostic], in language: Language) {
        for diagnostic in diagnostics { error(diagnostic.rendered(in: language)) }
    }

    /// Prints a dossier failure and returns the exit code for it.
    static func fail(_ error: DossierError, in language: Language) -> ExitCode {
        self.error("hoso: \(Severity.error.label(in: language)): \(error.message(in: language))")
        return ExitCode(2)
    }
}
