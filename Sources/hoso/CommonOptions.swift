import ArgumentParser
import Diagnostics
import Dossier
import Foundation

extension Language: ExpressibleByArgument {}

/// Options every command that prints messages shares.
struct MessageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
    var language: Language = .vi
}

/// Where the shipped forms are, when not next to the binary.
struct FormsOptions: ParsableArguments {
    @Option(name: .customLong("forms"), help: "Thư mục mẫu biểu (mặc định: Forms/ đi kèm hoso).")
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

/// `--form ID=FILE.docx`: a school's own form, the same for render, verify and archive.
struct FormArgument: ExpressibleByArgument {
    /// The form and its file.
    var form: CustomForm

    init?(argument: String) {
        guard let form = CustomForm(argument: argument) else { return nil }
        self.form = form
    }

    static var defaultCompletionKind: CompletionKind { .file(extensions: ["docx"]) }
}

/// The `--form` option shared by render, verify and archive.
struct CustomFormOptions: ParsableArguments {
    @Option(name: .customLong("form"),
            help: ArgumentHelp("Mẫu riêng của trường: ID=tệp.docx, ví dụ M3=mau-M3.docx (lặp lại được).", valueName: "ID=tệp.docx"))
    var entries: [FormArgument] = []

    /// The forms given.
    var forms: [CustomForm] { entries.map(\.form) }
}

/// Printing for the command line: diagnostics and failures to standard error.
enum Console {
    /// Prints one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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
