import Foundation
import Testing

/// A render never deletes without a word: the files of the earlier dossier it removes are named.
@Suite struct RenderRemovalTests {
    /// PDFs from an earlier `--pdf` render are removed by a render without `--pdf` (they could no
    /// longer match the new DOCX files), and the run says which, and how to get new ones.
    @Test func oldPDFsRemovedByARenderWithoutPDFAreNamed() throws {
        let base = try temporaryFolder("render-removal")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("ho-so")
        let first = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--only", "M1", "--pdf"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("1-M1-Bia.pdf").path))

        let plain = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path])
        #expect(plain.status == 0)
        #expect(
            plain.errors
                == "hoso: đã xóa 1 tệp PDF của lần lập trước trong \(out.path): 1-M1-Bia.pdf. Lần này không có --pdf nên PDF không được lập lại, và PDF cũ có thể không khớp các tệp .docx mới; chạy lại với --pdf nếu cần PDF\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("1-M1-Bia.pdf").path))
        #expect(!plain.output.contains(".pdf"))

        // Nothing removed: nothing said.
        let again = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.errors == "")

        // In English when asked.
        let partial = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--only", "M2", "--pdf"])
        #expect(partial.status == 0, "\(partial.errors)")
        let english = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path, "--lang", "en"])
        #expect(
            english.errors
                == "hoso: removed 1 PDF file(s) of the earlier render in \(out.path): 2-M2-To-trinh.pdf. This run had no --pdf, so no PDFs were made, and the old ones may not match the new .docx files; run again with --pdf if you need PDFs\n"
        )
    }
}
