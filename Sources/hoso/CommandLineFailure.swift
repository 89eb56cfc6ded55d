import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// The one way out of hoso on failure: every error that reaches the top — the argument parser's,
/// a file system's — is printed as a sentence in the requested language, with the exit status of
/// README's table (0 done, 1 the input has problems, 2 the job could not be done, 64 the command
/// line is wrong).
enum CommandLineFailure {
    /// Prints `error` for a person and exits with its status.
    static func exit(with error: Error, language: Language) -> Never {
        // A signal that came near the end is reported (exit 128 + N), never this outcome.
        Interruption.awaitPendingSignal()
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        if let failure = FileSystemFailure(error) {
            let path = FileSystemFailure.path(in: error) ?? "?"
            var sentence = failure.sentence(path: path)
            // Writing into a folder that exists but takes no new file (/proc, a mounted image): the
            // kernel says "no such file"; say what happened instead.
            let folder = (path as NSString).deletingLastPathComponent
            let isRead = (error as NSError).domain == NSCocoaErrorDomain && (error as NSError).code == CocoaError.fileReadNoSuchFile.rawValue
            if failure == .notFound, !isRead, !folder.isEmpty, FileManager.default.fileExists(atPath: folder),
                !FileManager.default.fileExists(atPath: path)
            {
                sentence = CommandLineMessages.cannotCreate(path, in: folder)
            }
            Console.error(CommandLineMessages.prefix(language) + sentence.text(in: language))
            Foundation.exit(2)
        }
        if let validation = error as? ValidationError {
            // Our own check of an argument inside a command: its text is already in the requested language.
            Console.error(CommandLineMessages.prefix(language) + validation.message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        let code = Hoso.exitCode(for: error)
        let message = ArgumentErrorText.translate(Hoso.fullMessage(for: error), language: language)
        if code == .success {
            print(message)
        } else if !message.isEmpty {
            Console.error(message)
        }
        Foundation.exit(code.rawValue)
    }
}
