import Foundation
import Testing

/// Hostile data files through `hoso check`, `hoso render` and `hoso fill`: each is refused with a
/// located message, in bounded time and memory, and nothing is written.
@Suite struct DataCatalogueTests {
    enum Command: String, CaseIterable, Sendable {
        case check, checkInEnglish, render, fill
    }

    @Test(arguments: HostileData.allCases, Command.allCases)
    func isRefusedClearlyInBoundedTimeAndMemory(_ data: HostileData, _ command: Command) throws {
        // `fill` reads any data; a rubric path means nothing to it.
        guard !(data == .rubricIsEndless && command == .fill) else { return }
        let folder = try temporaryFolder("data")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try data.write(into: folder)
        let output = folder.appendingPathComponent("out")
        let template = folder.appendingPathComponent("M5.docx")
        try Data(try HostileTemplate.exportedForm.get()).write(to: template)

        let arguments: [String] =
            switch command {
            case .check: ["check", path]
            case .checkInEnglish: ["check", path, "--lang", "en"]
            case .render: ["render", path, "--only", "M5", "-o", output.path]
            case .fill: ["fill", template.path, path, "-o", output.path]
            }
        let outcome = try Confinement.hoso(arguments)

        #expect(!outcome.timedOut, "\(outcome)")
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.peakMegabytes < 256, "\(outcome)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written for refused data")
        let (vi, en) = data.expected(path)
        switch command {
        case .check:
            #expect(outcome.output == "\(vi)\nDữ liệu chưa hợp lệ: 1 lỗi, 0 cảnh báo.\n", "\(outcome)")
        case .checkInEnglish:
            #expect(outcome.output == "\(en)\nThe data is not valid: 1 error(s), 0 warning(s).\n", "\(outcome)")
        case .render, .fill:
            #expect(outcome.errors == "\(vi)\n", "\(outcome)")
        }
    }
}
