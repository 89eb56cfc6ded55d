import ArgumentParser
import Dossier
import Foundation

/// The `hoso` command line: one data file in, the whole dossier out.
@main
struct Hoso: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoso",
        abstract: localized(
            "Lập hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập.",
            "Builds the self-assessment dossier of a Learning Unit (Đơn vị học tập)."),
        discussion: localized(
            "Thoát 0: xong; 1: dữ liệu hoặc tệp có vấn đề (đã in từng vấn đề); 2: không làm được việc (tệp, thư mục, mẫu); 64: lệnh gõ sai.",
            "Exit status 0: done; 1: the input has problems (each printed); 2: the job could not be done (files, folders, forms); 64: the command line is wrong."
        ),
        version: HosoVersion.current,
        subcommands: [
            InitCommand.self, CheckCommand.self, MembersCommand.self, RenderCommand.self, VerifyCommand.self, ArchiveCommand.self, FormsCommand.self,
            ValidateCommand.self, FillCommand.self, ServeCommand.self,
        ]
    )

    /// Parses and runs the command; every failure leaves through `CommandLineFailure`, which speaks
    /// the requested language.
    static func main() async {
        CommandStart.prepareProcess()
        do {
            if let fill = fillCommand(Array(CommandLine.arguments.dropFirst())) {
                try fill.run()
            } else {
                var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
                if var asynchronous = command as? AsyncParsableCommand {
                    try await asynchronous.run()
                } else {
                    try command.run()
                }
            }
            Interruption.awaitPendingSignal()
        } catch {
            CommandLineFailure.exit(with: error, language: requestedLanguage)
        }
    }

    /// `hoso fill` as its own command alone parses it, or nil. Scripts run `fill` in loops, and
    /// parsing from the root reflects every subcommand first (measured: parsing fell from 27% to 18%
    /// of filling a one-page letter as a process). Whatever `fill` alone does not accept (help, a
    /// mistake) goes through the root, which words the answer as always.
    private static func fillCommand(_ arguments: [String]) -> FillCommand? {
        guard arguments.first == FillCommand.configuration.commandName else { return nil }
        return try? FillCommand.parse(Array(arguments.dropFirst()))
    }
}
