import Foundation
import Testing

/// `hoso fill` is parsed by its own command alone when its arguments are sound (a faster start);
/// help and mistakes still go through the whole command line and read as before.
@Suite struct FillCommandLineTests {
    @Test func helpIsTheWholeCommandLinesHelp() throws {
        let direct = try run(hosoExecutable, ["fill", "--help"])
        let asked = try run(hosoExecutable, ["help", "fill"])
        #expect(direct.status == 0)
        #expect(direct.output == asked.output)
        #expect(direct.output.contains("hoso fill <"), "\(direct.output)")
        let english = try run(hosoExecutable, ["fill", "--help", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.output.contains("USAGE: hoso fill <template.docx> [<data>] [--output <file.docx>]"), "\(english.output)")
    }

    @Test func aMistakeIsWordedByTheWholeCommandLine() throws {
        let result = try run(hosoExecutable, ["fill", "Fixtures/bench/letter", "Fixtures/bench/letter.json", "--outpt", "x.docx", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("--outpt"), "\(result.errors)")
        // The usage line names the command as typed, from the root.
        #expect(result.errors.contains("hoso fill "), "\(result.errors)")
    }

    @Test func soundArgumentsFillTheTemplate() throws {
        let folder = try temporaryFolder("fill-start")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("letter.docx")
        let result = try run(
            hosoExecutable, ["fill", "Fixtures/bench/letter", "Fixtures/bench/letter.json", "-o", output.path, "--undefined", "empty"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.path))
        let listed = try run(hosoExecutable, ["fill", "Fixtures/bench/letter", "--list-variables"])
        #expect(listed.status == 0)
        #expect(listed.output.hasPrefix("unit.agency\t"))
    }
}
