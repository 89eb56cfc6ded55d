import ArgumentParser
import Dossier
import Foundation

/// `hoso init [FILE]`: writes a commented starter data file for a secretary to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo tệp dữ liệu mẫu có chú thích tiếng Việt để điền vào."
    )

    @Argument(help: "Tệp sẽ tạo (mặc định hoso.yaml).")
    var file: String = "hoso.yaml"

    @Option(name: .long, help: "Chế độ đánh giá: TT22 hoặc TT24.")
    var regime: String = "TT22"

    @Flag(name: .long, help: "Ghi đè nếu tệp đã có.")
    var force = false

    mutating func run() throws {
        guard let text = StarterData.text(regime: regime) else {
            throw ValidationError("--regime: 'TT22' hoặc 'TT24', không phải '\(regime)'")
        }
        if FileManager.default.fileExists(atPath: file), !force {
            FileHandle.standardError.write(Data("lỗi: '\(file)' đã có; thêm --force để ghi đè\n".utf8))
            throw ExitCode.failure
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        print("Đã tạo \(file). Điền các chỗ <…>, rồi chạy: hoso check \(file)")
    }
}
