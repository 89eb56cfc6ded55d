import Dossier
import Foundation
import OOXML
import Testing

/// Archival trust: every DOCX says what it was made from; `hoso verify` re-renders and compares;
/// `hoso archive` packs a dossier with its signed scan and sums.
@Suite(.serialized)
struct VerifyEndToEndTests {
    /// Renders An Sơn into a fresh folder (inside `base`).
    private func rendered(in base: URL) throws -> URL {
        let out = base.appendingPathComponent("ho-so")
        let result = try run(hosoExecutable, ["render", "Fixtures/an-son-2023.yaml", "-o", out.path])
        #expect(result.status == 0, "\(result.errors)")
        return out
    }

    @Test func everyDocumentCarriesItsProvenance() throws {
        let base = try temporaryFolder("provenance")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let m3 = try OOXMLPackage.open(at: out.appendingPathComponent("5-M3-Bao-cao.docx"))
        let provenance = try #require(try Provenance.read(from: m3))
        #expect(provenance.forms.map(\.id) == ["M3"])
        #expect(provenance.tool == HosoVersion.current)
        #expect(provenance.source.dataName == "an-son-2023.yaml")
        #expect(provenance.source.rubricReference == "tt22")
        #expect(provenance.isConsistent)
        let data = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), encoding: .utf8)
        #expect(provenance.source.dataText == data.precomposedStringWithCanonicalMapping)
        let book = try OOXMLPackage.open(at: out.appendingPathComponent("Ho-so.docx"))
        #expect(try Provenance.read(from: book)?.forms.map(\.id) == ["M1", "M2", "KH", "QD", "M3", "M4", "M5", "BD"])
    }

    @Test func anUntouchedDossierVerifies() throws {
        let base = try temporaryFolder("verify-ok")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let result = try run(hosoExecutable, ["verify", out.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.allSatisfy { $0.hasPrefix("ok   ") && $0.hasSuffix(": unchanged since it was produced") })
    }

    @Test func editingOneWordIsReportedWithItsPart() throws {
        let base = try temporaryFolder("verify-edit")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let file = out.appendingPathComponent("5-M3-Bao-cao.docx")
        // Unzip, change one word, rezip: what a person editing the XML by hand would do.
        var package = try OOXMLPackage.open(at: file)
        let xml = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        #expect(xml.contains("Tốt"))
        package.setPart("word/document.xml", Array(xml.replacingOccurrences(of: "Tốt", with: "Xuất sắc").utf8))
        try package.write(to: file)

        let single = try run(hosoExecutable, ["verify", file.path, "--lang", "en"])
        #expect(single.status == 1)
        #expect(single.output == "FAIL \(file.path): CONTENT EDITED: paragraph 34: 'Tốt' → 'Xuất sắc'\n")
        let detailed = try run(hosoExecutable, ["verify", file.path, "--lang", "en", "--details"])
        #expect(detailed.output == "FAIL \(file.path): CONTENT EDITED: paragraph 34: 'Tốt' → 'Xuất sắc' (parts that differ: word/document.xml)\n")
        let folder = try run(hosoExecutable, ["verify", out.path])
        #expect(folder.status == 1)
        #expect(folder.output.contains("LỖI   \(file.path): NỘI DUNG ĐÃ SỬA: đoạn 34: 'Tốt' → 'Xuất sắc'\n"))
        #expect(folder.output.split(separator: "\n").filter { $0.hasPrefix("LỖI") }.count == 1)
    }

    /// Opened and saved again (attributes and properties rewritten, not a word changed): on its own
    /// a warning that says so, with the parts only under --details; in a folder, a failure.
    @Test func aResavedFileIsToldApartFromAnEditedOne() throws {
        let base = try temporaryFolder("verify-resave")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let file = out.appendingPathComponent("6-M4-Bien-ban.docx")
        var package = try OOXMLPackage.open(at: file)
        let xml = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        package.setPart("word/document.xml", Array(xml.replacingOccurrences(of: "<w:p>", with: "<w:p w:rsidR=\"00AB12CD\">").utf8))
        let core = String(decoding: try #require(package.part("docProps/core.xml")), as: UTF8.self)
        package.setPart(
            "docProps/core.xml",
            Array(
                core.replacingOccurrences(
                    of: "</cp:coreProperties>", with: "<cp:lastModifiedBy>Cô Lan</cp:lastModifiedBy></cp:coreProperties>"
                ).utf8))
        try package.write(to: file)
        let vi = try run(hosoExecutable, ["verify", file.path])
        #expect(vi.status == 0)
        #expect(vi.output == "LƯU Ý \(file.path): mở và lưu lại, nội dung không đổi\n")
        let en = try run(hosoExecutable, ["verify", file.path, "--lang", "en", "--details"])
        #expect(
            en.output == "warn \(file.path): opened and saved again, content unchanged (parts that differ: docProps/core.xml, word/document.xml)\n")
        // In a folder the file must also match its sum in manifest.json: there it fails.
        let folder = try run(hosoExecutable, ["verify", out.path, "--lang", "en"])
        #expect(
            folder.output.contains(
                "FAIL \(file.path): opened and saved again, content unchanged, but it no longer matches the manifest (render again for the exact files)\n"
            ))
        #expect(folder.status == 1)
    }

    /// `file` opened and saved again by real LibreOffice (headless), which drops hoso's
    /// provenance part but keeps the document's custom properties, where the same provenance is;
    /// the re-saved file replaces `file`.
    private func resavedByLibreOffice(_ file: URL, in base: URL) throws {
        let outdir = base.appendingPathComponent("resaved")
        let profile = base.appendingPathComponent("profile")
        let result = try run(
            URL(fileURLWithPath: "/usr/bin/timeout"),
            [
                "120", "soffice", "-env:UserInstallation=file://\(profile.path)",
                "--headless", "--convert-to", "docx", "--outdir", outdir.path, file.path,
            ])
        #expect(result.status == 0, "\(result.errors)")
        let resaved = outdir.appendingPathComponent(file.lastPathComponent)
        let package = try OOXMLPackage.open(at: resaved)
        #expect(package.part(Provenance.partName) == nil)
        #expect(try Provenance.read(from: package) == Provenance.read(from: OOXMLPackage.open(at: file)))
        try FileManager.default.removeItem(at: file)
        try FileManager.default.moveItem(at: resaved, to: file)
    }

    @Test func aFileReSavedByLibreOfficeIsComparedWithItsDossier() throws {
        let base = try temporaryFolder("verify-libreoffice")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let file = out.appendingPathComponent("2-M2-To-trinh.docx")
        try resavedByLibreOffice(file, in: base)
        let line = "LỖI   \(file.path): mở và lưu lại, nội dung không đổi, nhưng không còn khớp bản kê (lập lại hồ sơ để có bản đúng)\n"
        let unchanged = try run(hosoExecutable, ["verify", out.path])
        #expect(unchanged.status == 1)
        #expect(unchanged.output.contains(line), "\(unchanged.output)")
        #expect(unchanged.output.split(separator: "\n").filter { !$0.hasPrefix("ĐẠT") }.count == 1)

        // One word changed in the re-saved file.
        var package = try OOXMLPackage.open(at: file)
        let xml = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        #expect(xml.components(separatedBy: "95/100").count == 2)
        package.setPart("word/document.xml", Array(xml.replacingOccurrences(of: "95/100", with: "98/100").utf8))
        try package.write(to: file)
        let edited = try run(hosoExecutable, ["verify", out.path])
        #expect(edited.status == 1)
        #expect(edited.output.contains("LỖI   \(file.path): NỘI DUNG ĐÃ SỬA: đoạn 20: '95/100' → '98/100'\n"), "\(edited.output)")
        let english = try run(hosoExecutable, ["verify", out.path, "--lang", "en"])
        #expect(english.output.contains("FAIL \(file.path): CONTENT EDITED: paragraph 20: '95/100' → '98/100'\n"), "\(english.output)")
    }

    /// Checked alone, with no manifest to lean on: the provenance kept in the custom properties
    /// still tells a harmless re-save from an edit.
    @Test func aFileReSavedByLibreOfficeIsVerifiedAlone() throws {
        let base = try temporaryFolder("verify-libreoffice-alone")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let file = base.appendingPathComponent("to-trinh.docx")
        try FileManager.default.moveItem(at: out.appendingPathComponent("2-M2-To-trinh.docx"), to: file)
        try FileManager.default.removeItem(at: out)
        try resavedByLibreOffice(file, in: base)
        let unchanged = try run(hosoExecutable, ["verify", file.path])
        #expect(unchanged.status == 0)
        #expect(unchanged.output == "LƯU Ý \(file.path): mở và lưu lại, nội dung không đổi\n")

        var package = try OOXMLPackage.open(at: file)
        let xml = String(decoding: try #require(package.part("word/document.xml")), as: UTF8.self)
        package.setPart("word/document.xml", Array(xml.replacingOccurrences(of: "95/100", with: "98/100").utf8))
        try package.write(to: file)
        let edited = try run(hosoExecutable, ["verify", file.path])
        #expect(edited.status == 1)
        #expect(edited.output == "LỖI   \(file.path): NỘI DUNG ĐÃ SỬA: đoạn 20: '95/100' → '98/100'\n")
        let english = try run(hosoExecutable, ["verify", file.path, "--lang", "en"])
        #expect(english.output == "FAIL \(file.path): CONTENT EDITED: paragraph 20: '95/100' → '98/100'\n")

        // The bound book too: LibreOffice adds empty headers to it, which are not content.
        let book = base.appendingPathComponent("Ho-so.docx")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("again"), withIntermediateDirectories: true)
        let again = try rendered(in: base.appendingPathComponent("again"))
        try FileManager.default.moveItem(at: again.appendingPathComponent("Ho-so.docx"), to: book)
        try resavedByLibreOffice(book, in: base)
        let resavedBook = try run(hosoExecutable, ["verify", book.path])
        #expect(resavedBook.output == "LƯU Ý \(book.path): mở và lưu lại, nội dung không đổi\n")
        #expect(resavedBook.status == 0)
    }

    /// The provenance is also in `docProps/custom.xml`, in pieces Word keeps, and every DOCX with it
    /// still passes the OOXML check and renders.
    @Test func theProvenanceIsKeptInCustomProperties() throws {
        let base = try temporaryFolder("provenance-properties")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let file = out.appendingPathComponent("5-M3-Bao-cao.docx")
        var package = try OOXMLPackage.open(at: file)
        let custom = String(decoding: try #require(package.part("docProps/custom.xml")), as: UTF8.self)
        #expect(custom.contains("name=\"hoso-provenance-0001\""))
        let pieces = custom.components(separatedBy: "<vt:lpwstr>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(pieces.allSatisfy { $0.count <= 255 } && pieces.count > 1)
        let expected = try Provenance.read(from: package)
        package.removePart(Provenance.partName)
        #expect(try Provenance.read(from: package) == expected)
        let checker = try #require(docxCheck, "docx-check not found")
        let check = try run(checker, ["--render", file.path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
    }

    @Test func aFileWithoutProvenanceIsNotAccepted() throws {
        let base = try temporaryFolder("verify-foreign")
        defer { try? FileManager.default.removeItem(at: base) }
        let foreign = base.appendingPathComponent("m3.docx")
        #expect(try run(hosoExecutable, ["forms", "export", "M3", foreign.path]).status == 0)
        let result = try run(hosoExecutable, ["verify", foreign.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.output == "FAIL \(foreign.path): no hoso provenance: not produced by hoso, or it was removed\n")
    }

    @Test func anArchiveKeepsEverythingAndVerifiesCompletely() throws {
        let base = try temporaryFolder("archive")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let scan = base.appendingPathComponent("ban-ky.pdf")
        try Data("%PDF-1.4\n% bản quét\n".utf8).write(to: scan)
        let archive = base.appendingPathComponent("luu-tru.zip")
        let packed = try run(hosoExecutable, ["archive", out.path, "--signed", scan.path, "-o", archive.path])
        #expect(packed.status == 0, "\(packed.errors)")
        let contents = try OOXMLPackage.open(docx: Array(try Data(contentsOf: archive)), name: "a")
        #expect(contents.partNames.contains("data/du-lieu.yaml"))
        #expect(contents.partNames.contains("data/rubric.yaml"))
        #expect(contents.partNames.contains("signed/ban-ky.pdf"))
        #expect(contents.partNames.contains("ho-so/Ho-so.docx"))
        #expect(contents.partNames.contains("ho-so/manifest.json"))

        let verified = try run(hosoExecutable, ["verify", archive.path])
        #expect(verified.status == 0, "\(verified.output)")
        #expect(verified.output.split(separator: "\n").count == contents.partNames.count - 1)

        // Swap the signed scan inside the archive: caught by its sum.
        var tampered = contents
        tampered.setPart("signed/ban-ky.pdf", Array("%PDF-1.4\n% bản khác\n".utf8))
        let tamperedURL = base.appendingPathComponent("sua.zip")
        try Data(try tampered.docxData()).write(to: tamperedURL)
        let caught = try run(hosoExecutable, ["verify", tamperedURL.path, "--lang", "en"])
        #expect(caught.status == 1)
        #expect(
            caught.output.contains(
                "FAIL \(tamperedURL.path):signed/ban-ky.pdf: SHA-256 does not match the manifest: the file was replaced (add --details for the sums)\n"
            ))
    }

    /// An archive whose M3 was swapped for another school's, its sum put in `archive.json`: every
    /// DOCX of an archive must come from the same data.
    @Test func anArchiveMixingTwoSchoolsFails() throws {
        let base = try temporaryFolder("archive-mixed")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let scan = base.appendingPathComponent("ban-ky.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: scan)
        let archive = base.appendingPathComponent("luu-tru.zip")
        #expect(try run(hosoExecutable, ["archive", out.path, "--signed", scan.path, "-o", archive.path]).status == 0)
        let other = base.appendingPathComponent("khac")
        #expect(try run(hosoExecutable, ["render", "Fixtures/bien-giang-2022.yaml", "--only", "M3", "-o", other.path]).status == 0)

        var package = try OOXMLPackage.open(docx: Array(try Data(contentsOf: archive)), name: "a")
        let foreign = Array(try Data(contentsOf: other.appendingPathComponent("5-M3-Bao-cao.docx")))
        package.setPart("ho-so/5-M3-Bao-cao.docx", foreign)
        var contents = try JSONDecoder().decode(DossierArchive.Contents.self, from: Data(try #require(package.part("archive.json"))))
        let index = try #require(contents.entries.firstIndex { $0.name == "ho-so/5-M3-Bao-cao.docx" })
        contents.entries[index] = Manifest.Entry(name: "ho-so/5-M3-Bao-cao.docx", bytes: foreign.count, sha256: Manifest.sha256(foreign))
        package.setPart("archive.json", Array(try JSONEncoder().encode(contents)))
        let mixed = base.appendingPathComponent("tron.zip")
        try Data(try package.docxData()).write(to: mixed)

        let result = try run(hosoExecutable, ["verify", mixed.path, "--lang", "en"])
        #expect(result.status == 1)
        let failures = result.output.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        #expect(failures.count == 1)
        #expect(
            failures.first?.hasPrefix(
                "FAIL \(mixed.path):ho-so/5-M3-Bao-cao.docx: MADE FROM ANOTHER SOURCE than the rest of the dossier: data 'bien-giang-2022.yaml'")
                == true)
    }

    /// `hoso archive` verifies the folder first, through the same verifier as `hoso verify`.
    @Test func archivingRefusesAFolderThatDoesNotVerify() throws {
        let base = try temporaryFolder("archive-edited")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let scan = base.appendingPathComponent("ban-ky.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: scan)
        try Data("%PDF-1.4 junk".utf8).write(to: out.appendingPathComponent("Ho-so.pdf"))
        let archive = base.appendingPathComponent("a.zip")
        let result = try run(hosoExecutable, ["archive", out.path, "--signed", scan.path, "-o", archive.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.errors == "hoso: error: will not archive \(out.path): the dossier does not verify (hoso verify):\n"
                + "  FAIL \(out.path)/Ho-so.pdf: not in manifest.json: a dossier file that is not part of this render (remove it or render again)\n")
        #expect(!FileManager.default.fileExists(atPath: archive.path))
    }

    @Test func archivingRefusesAScanThatIsNotAPDF() throws {
        let base = try temporaryFolder("archive-bad")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = try rendered(in: base)
        let scan = base.appendingPathComponent("scan.jpg")
        try Data([0xFF, 0xD8, 0xFF]).write(to: scan)
        let result = try run(
            hosoExecutable, ["archive", out.path, "--signed", scan.path, "-o", base.appendingPathComponent("a.zip").path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.errors == "hoso: error: \(scan.path) is not a PDF (the signed, stamped scan must be a PDF)\n")
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("a.zip").path))
    }
}
