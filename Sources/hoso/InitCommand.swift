import ArgumentParser
import Diagnostics
import Dossier
import Foundation

/// `hoso init [FILE]`: writes a commented starter data file for a secretary to fill in, or, with
/// `--from LAST-YEAR.yaml`, the next year's file carrying over the unit, council and members.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: localized(
            "Tạo tệp dữ liệu mẫu có chú thích tiếng Việt để điền vào.", "Writes a starter data file, with notes in Vietnamese, to fill in."),
        discussion: localized(
            "Với --from NĂM-TRƯỚC.yaml: giữ đơn vị, Hội đồng và danh sách thành viên; năm, số và ngày văn bản, điểm, các đoạn báo cáo để trống cho năm mới.",
            "With --from LAST-YEAR.yaml: keeps the unit, council and members; the year, numbers, dates, scores and report texts are left to fill for the new year."
        )
    )

    @Argument(help: help("Tệp sẽ tạo.", "The file to write.", value: ("tệp.yaml", "file.yaml")))
    var file: String = "hoso.yaml"

    @Option(
        name: .long,
        help: help(
            "Chế độ đánh giá: TT22 hoặc TT24 (mặc định TT22; với --from: chế độ của năm trước).",
            "The regime: TT22 or TT24 (default TT22; with --from: last year's).", value: ("chế-độ", "regime")))
    var regime: String?

    @Option(
        name: .long,
        help: help(
            "Tệp dữ liệu năm trước, để lập tệp năm mới từ đó.", "Last year's data file, to start the new year from.",
            value: ("năm-trước.yaml", "last-year.yaml")))
    var from: String?

    @Flag(name: .long, help: help("Ghi đè nếu tệp đã có.", "Overwrite the file if it exists."))
    var force = false

    @OptionGroup var messages: MessageOptions

    mutating func run() throws {
        let language = messages.language
        // Read as a data file's `regime:` is, refused with the message `hoso check` gives for it.
        let chosen = try regime.map { typed in
            do {
                return try StarterData.regime(typed)
            } catch let refusal as InvalidChoice {
                throw ValidationError("--regime: " + refusal.message.text(in: language))
            }
        }
        var text = StarterData.text(regime: chosen)
        if FileManager.default.fileExists(atPath: file), !force {
            Console.error(CommandLineMessages.prefix(language) + CommandLineMessages.fileExists(file).text(in: language))
            throw ExitCode.failure
        }
        var continued: ContinuedStarter.Outcome?
        if let from {
            try InputFiles.require([from])
            let outcome = ContinuedStarter.outcome(from: from, regime: chosen)
            Console.print(outcome.diagnostics, in: language)
            guard let carried = outcome.text else {
                // A Word file, a sheet or a PDF is already said to be one: nothing there to correct.
                if !outcome.isForeignFile {
                    Console.error(CommandLineMessages.prefix(language) + CommandLineMessages.previousYearInvalid(from).text(in: language))
                }
                throw ExitCode.failure
            }
            text = carried
            continued = outcome
        }
        try AtomicFile.write(text, to: file)
        print(CommandLineMessages.starterWritten(file).text(in: language))
        if let previous = continued?.carried {
            if let moved = continued?.regimeSwitch {
                print(moved.text(in: language))
            } else {
                print(
                    CommandLineMessages.carriedAndCleared(
                        year: previous.year, council: previous.council, members: previous.members
                    ).text(in: language))
            }
        }
    }
}
