import ArgumentParser
import Dossier

/// The `hoso` command line: one data file in, the whole dossier out.
@main
struct Hoso: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoso",
        abstract: "Lập hồ sơ tự kiểm tra, đánh giá, xếp loại Đơn vị học tập.",
        version: HosoVersion.current,
        subcommands: [InitCommand.self, CheckCommand.self, RenderCommand.self, VerifyCommand.self, ArchiveCommand.self, FormsCommand.self, ValidateCommand.self, FillCommand.self, ServeCommand.self]
    )
}
