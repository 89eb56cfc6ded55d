import Dossier
import Foundation
import OOXML
import Testing

/// `hoso verify` is read-only and strict: a folder's verdict needs its manifest; every DOCX and PDF
/// must be listed, match, and come from one data file; PDFs must carry the dossier's facts;
/// embedded provenance is hostile input; nothing on disk changes, whatever it is given.
@Suite(.serialized)
struct StrictVerifyTests {
    /// A fresh folder holding `ho-so/` rendered from `fixture`.
    private func dossier(_ fixture: String = "an-son-2023", _ extra: [String] = []) throws -> (base: URL, out: URL) {
        let base = try temporaryFolder("strict")
        let out = base.appendingPathComponent("ho-so")
        let result = try run(hosoExecutable, ["render", "Fixtures/\(fixture).yaml", "-o", out.path] + extra)
        #expect(result.status == 0, "\(result.errors)")
        return (base, out)
    }

    /// Runs verify with its temporary folder inside `base` and from `base`, and checks that nothing
    /// under `base` changed.
    private func verify(_ path: URL, base: URL, _ language: String = "en", _ extra: [String] = []) throws -> ProcessResult {
        let temporary = base.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let before = try snapshot(base)
        let result = try run(
            hosoExecutable, ["verify", path.path, "--lang", language] + extra,
            environment: ["TMPDIR": temporary.path], in: base)
        #expect(try snapshot(base) == before, "verify changed the file system")
        return result
    }

    /// Every entry under `root` (links not followed): its kind, size, time and, for a file, its SHA-256.
    private func snapshot(_ root: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        let fm = FileManager.default
        func walk(_ folder: URL, _ relative: String) throws {
            for name in try fm.contentsOfDirectory(atPath: folder.path) {
                let url = folder.appendingPathComponent(name)
                let path = relative + "/" + name
                let attributes = try fm.attributesOfItem(atPath: url.path)
                let type = attributes[.type] as? FileAttributeType
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                var line = "\(type?.rawValue ?? "?") \(attributes[.size] ?? 0) \(time)"
                if type == .typeRegular { line += " " + Manifest.sha256(Array(try Data(contentsOf: url))) }
                if type == .typeSymbolicLink { line += " -> " + (try fm.destinationOfSymbolicLink(atPath: url.path)) }
                entries[path] = line
                if type == .typeDirectory { try walk(url, path) }
            }
        }
        try walk(root, "")
        return entries
    }

    /// Rewrites `manifest.json` in `folder`.
    private func editManifest(_ folder: URL, _ change: (inout Manifest) -> Void) throws {
        let url = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
        change(&manifest)
        try Data(try manifest.jsonBytes()).write(to: url)
    }

    /// The lines of `output` that are not "ok" (ĐẠT).
    private func problems(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("ok   ") && !$0.hasPrefix("ĐẠT   ") }
    }

    @Test func aPathThatDoesNotExistIsSaidToNotExist() throws {
        let base = try temporaryFolder("strict-missing")
        defer { try? FileManager.default.removeItem(at: base) }
        let missing = base.appendingPathComponent("khong-co")
        let en = try verify(missing, base: base)
        #expect(en.status == 1)
        #expect(en.output == "FAIL \(missing.path): does not exist: check the path\n")
        let vi = try verify(missing, base: base, "vi")
        #expect(vi.output == "LỖI   \(missing.path): không tồn tại: kiểm tra lại đường dẫn\n")
    }

    @Test func aFolderWithoutItsManifestFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.removeItem(at: out.appendingPathComponent("manifest.json"))
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output) == [
                "FAIL \(out.path)/manifest.json: MISSING manifest.json: the folder cannot be confirmed as a dossier (hoso render writes it with the dossier; render again if needed)"
            ])
        let vi = try verify(out, base: base, "vi")
        #expect(
            problems(vi.output) == [
                "LỖI   \(out.path)/manifest.json: THIẾU manifest.json: không xác nhận được thư mục hồ sơ (hoso render ghi tệp này cùng hồ sơ; lập lại hồ sơ nếu cần)"
            ])
    }

    @Test func anInvalidManifestFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("{ not json".utf8).write(to: out.appendingPathComponent("manifest.json"))
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(problems(en.output).first == "FAIL \(out.path)/manifest.json: manifest.json is invalid: not hoso's JSON manifest")
        let vi = try verify(out, base: base, "vi")
        #expect(problems(vi.output).first == "LỖI   \(out.path)/manifest.json: manifest.json không hợp lệ: không phải bản kê JSON của hoso")
    }

    @Test func aManifestListingAPathOutsideTheFolderFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try editManifest(out) { $0.files[0].name = "../ngoai.docx" }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output).first
                == "FAIL \(out.path)/manifest.json: manifest.json is invalid: entry '../ngoai.docx' is not the name of a file in the folder (or is repeated)"
        )
    }

    @Test func anExtraDocxFromAnotherSchoolFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        let other = try dossier("bien-giang-2022", ["--only", "M3"])
        defer { try? FileManager.default.removeItem(at: other.base) }
        try FileManager.default.copyItem(
            at: other.out.appendingPathComponent("5-M3-Bao-cao.docx"),
            to: out.appendingPathComponent("9-Them.docx"))
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output) == [
                "FAIL \(out.path)/9-Them.docx: not in manifest.json: a dossier file that is not part of this render (remove it or render again)"
            ])
        let vi = try verify(out, base: base, "vi")
        #expect(
            problems(vi.output) == [
                "LỖI   \(out.path)/9-Them.docx: không có trong manifest.json: tệp hồ sơ không thuộc lần lập này (xóa tệp hoặc lập lại hồ sơ)"
            ])
    }

    @Test func aListedDocxFromAnotherSchoolFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        let other = try dossier("bien-giang-2022", ["--only", "M3"])
        defer { try? FileManager.default.removeItem(at: other.base) }
        let m3 = out.appendingPathComponent("5-M3-Bao-cao.docx")
        try FileManager.default.removeItem(at: m3)
        try FileManager.default.copyItem(at: other.out.appendingPathComponent("5-M3-Bao-cao.docx"), to: m3)
        let bytes = Array(try Data(contentsOf: m3))
        try editManifest(out) { manifest in
            let index = manifest.files.firstIndex { $0.name == "5-M3-Bao-cao.docx" }!
            manifest.files[index] = Manifest.Entry(name: "5-M3-Bao-cao.docx", bytes: bytes.count, sha256: Manifest.sha256(bytes))
        }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        let lines = problems(en.output)
        #expect(lines.count == 1)
        #expect(
            lines.first?.hasPrefix("FAIL \(m3.path): MADE FROM ANOTHER SOURCE than the rest of the dossier: data 'bien-giang-2022.yaml' (SHA-256 ")
                == true)
        #expect(lines.first?.contains("…), not 'an-son-2023.yaml' (SHA-256 ") == true)
        let vi = try verify(out, base: base, "vi")
        #expect(
            problems(vi.output).first?.hasPrefix(
                "LỖI   \(m3.path): LẬP TỪ NGUỒN KHÁC với các tệp còn lại của hồ sơ: dữ liệu 'bien-giang-2022.yaml' (SHA-256 ") == true)
    }

    @Test func aDocxRemovedFromTheManifestFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try editManifest(out) { $0.files.removeAll { $0.name == "6-M4-Bien-ban.docx" } }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output) == [
                "FAIL \(out.path)/6-M4-Bien-ban.docx: not in manifest.json: a dossier file that is not part of this render (remove it or render again)"
            ])
    }

    @Test(arguments: [
        (
            "input",
            "FAIL {m}: field 'input' says 'Fixtures/vinh-lap-2024.yaml' but the dossier's files give 'an-son-2023.yaml' (manifest.json was edited or belongs to another dossier)",
            "LỖI   {m}: trường 'input' ghi 'Fixtures/vinh-lap-2024.yaml' nhưng các tệp hồ sơ cho 'an-son-2023.yaml' (manifest.json đã bị sửa hoặc không phải của hồ sơ này)"
        ),
        (
            "regime",
            "FAIL {m}: field 'regime' says 'TT24' but the dossier's files give 'TT22' (manifest.json was edited or belongs to another dossier)",
            "LỖI   {m}: trường 'regime' ghi 'TT24' nhưng các tệp hồ sơ cho 'TT22' (manifest.json đã bị sửa hoặc không phải của hồ sơ này)"
        ),
        (
            "tool",
            "FAIL {m}: field 'tool' says '9.9.9' but the dossier's files give '0.1.0' (manifest.json was edited or belongs to another dossier)",
            "LỖI   {m}: trường 'tool' ghi '9.9.9' nhưng các tệp hồ sơ cho '0.1.0' (manifest.json đã bị sửa hoặc không phải của hồ sơ này)"
        ),
        (
            "input_sha256",
            "FAIL {m}: field 'input_sha256' says '0000000000000000000000000000000000000000000000000000000000000000' but the dossier's files give '{sum}' (manifest.json was edited or belongs to another dossier)",
            "LỖI   {m}: trường 'input_sha256' ghi '0000000000000000000000000000000000000000000000000000000000000000' nhưng các tệp hồ sơ cho '{sum}' (manifest.json đã bị sửa hoặc không phải của hồ sơ này)"
        ),
    ])
    func anEditedManifestFieldFails(_ field: String, _ english: String, _ vietnamese: String) throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        let sum = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json"))).inputSHA256
        try editManifest(out) { manifest in
            switch field {
            case "input": manifest.input = "Fixtures/vinh-lap-2024.yaml"
            case "regime": manifest.regime = "TT24"
            case "tool": manifest.tool = "9.9.9"
            default: manifest.inputSHA256 = String(repeating: "0", count: 64)
            }
        }
        let manifestPath = out.appendingPathComponent("manifest.json").path
        func expected(_ line: String) -> [String] {
            [line.replacingOccurrences(of: "{m}", with: manifestPath).replacingOccurrences(of: "{sum}", with: sum)]
        }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(problems(en.output) == expected(english))
        #expect(problems(try verify(out, base: base, "vi").output) == expected(vietnamese))
    }

    /// Data typed in decomposed Unicode (NFD): the files embed it in NFC, so the manifest also
    /// records the SHA-256 of that text (`data_sha256`), and the folder verifies; for NFC data the
    /// field is absent (the manifest is byte for byte what it was).
    @Test func aDecomposedDataFileGivesAManifestThatStillTiesToItsFiles() throws {
        let base = try temporaryFolder("strict-nfd")
        defer { try? FileManager.default.removeItem(at: base) }
        let text = try String(contentsOf: packageRoot.appendingPathComponent("Fixtures/an-son-2023.yaml"), encoding: .utf8)
        let data = base.appendingPathComponent("an-son-nfd.yaml")
        try Data(text.decomposedStringWithCanonicalMapping.utf8).write(to: data)
        let out = base.appendingPathComponent("ho-so")
        let rendered = try run(hosoExecutable, ["render", data.path, "-o", out.path])
        #expect(rendered.status == 0, "\(rendered.errors)")
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        #expect(manifest.inputSHA256 == Manifest.sha256(Array(try Data(contentsOf: data))))
        #expect(manifest.dataSHA256 == Manifest.sha256(Array(text.precomposedStringWithCanonicalMapping.utf8)))
        let verified = try verify(out, base: base)
        #expect(verified.status == 0, "\(verified.output)")
        #expect(problems(verified.output) == [])

        let (nfcBase, nfc) = try dossier()
        defer { try? FileManager.default.removeItem(at: nfcBase) }
        let plain = String(decoding: try Data(contentsOf: nfc.appendingPathComponent("manifest.json")), as: UTF8.self)
        #expect(!plain.contains("data_sha256"))
    }

    @Test func aPersonalNoteIsAWarningNotAFailure() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("nhớ nộp trước thứ Sáu".utf8).write(to: out.appendingPathComponent("ghi-chu.txt"))
        let en = try verify(out, base: base)
        #expect(en.status == 0, "\(en.output)")
        #expect(problems(en.output) == ["warn \(out.path)/ghi-chu.txt: not part of the dossier (not in manifest.json); ignored"])
        let vi = try verify(out, base: base, "vi")
        #expect(problems(vi.output) == ["LƯU Ý \(out.path)/ghi-chu.txt: không thuộc hồ sơ (không có trong manifest.json), bỏ qua"])
    }

    @Test func aJunkPdfNotInTheManifestFails() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try Data("%PDF-1.4 junk".utf8).write(to: out.appendingPathComponent("Ho-so.pdf"))
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output) == [
                "FAIL \(out.path)/Ho-so.pdf: not in manifest.json: a dossier file that is not part of this render (remove it or render again)"
            ])
    }

    /// PDFs through LibreOffice: an untouched folder passes; a PDF of another render, its sum put in
    /// the manifest, is caught by its text.
    @Test func aPdfFromAnotherRenderIsCaughtByItsText() throws {
        let (base, out) = try dossier("an-son-2023", ["--pdf"])
        defer { try? FileManager.default.removeItem(at: base) }
        let clean = try verify(out, base: base)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.output.contains("ok   \(out.path)/5-M3-Bao-cao.pdf: SHA-256 matches the manifest; its text carries the dossier's facts"))

        let other = try dossier("bien-giang-2022", ["--only", "M3", "--pdf"])
        defer { try? FileManager.default.removeItem(at: other.base) }
        let pdf = out.appendingPathComponent("5-M3-Bao-cao.pdf")
        try FileManager.default.removeItem(at: pdf)
        try FileManager.default.copyItem(at: other.out.appendingPathComponent("5-M3-Bao-cao.pdf"), to: pdf)
        let bytes = Array(try Data(contentsOf: pdf))
        try editManifest(out) { manifest in
            let index = manifest.files.firstIndex { $0.name == "5-M3-Bao-cao.pdf" }!
            manifest.files[index] = Manifest.Entry(name: "5-M3-Bao-cao.pdf", bytes: bytes.count, sha256: Manifest.sha256(bytes))
        }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(problems(en.output) == ["FAIL \(pdf.path): the PDF's text is not this dossier's: 'Trường Tiểu học An Sơn', '95' not found"])
        let vi = try verify(out, base: base, "vi")
        #expect(problems(vi.output) == ["LỖI   \(pdf.path): nội dung PDF không phải của hồ sơ này: không thấy 'Trường Tiểu học An Sơn', '95'"])
    }

    // MARK: Hostile input

    /// A rendered M3 whose provenance is changed by `change` (sums recomputed, so it is consistent).
    private func crafted(_ change: (inout Provenance) -> Void) throws -> (base: URL, file: URL) {
        let (base, out) = try dossier("an-son-2023", ["--only", "M3"])
        let file = base.appendingPathComponent("evil.docx")
        var package = try OOXMLPackage.open(at: out.appendingPathComponent("5-M3-Bao-cao.docx"))
        var provenance = try #require(try Provenance.read(from: package))
        change(&provenance)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        package.setPart(Provenance.partName, Array(try encoder.encode(provenance)))
        try package.write(to: file)
        return (base, file)
    }

    /// Re-stamps the sums after changing the source.
    private static func resealed(_ provenance: Provenance, _ source: DossierSource) -> Provenance {
        var sealed = Provenance(forms: provenance.forms, source: source)
        sealed.tool = provenance.tool
        return sealed
    }

    @Test(arguments: ["../../x", "/tmp/hoso-evil-rubric", "../../../../../../etc/hoso-evil"])
    func aRubricReferenceAimedOutsideIsOnlyAName(_ reference: String) throws {
        let (base, file) = try crafted { provenance in
            var source = provenance.source
            source.dataText = source.dataText.replacingOccurrences(of: "rubric: tt22", with: "rubric: \"\(reference).yaml\"")
            source.rubricReference = reference + ".yaml"
            source.rubricIsBuiltIn = true
            source.rubricText = "attacker: text\n"
            provenance = Self.resealed(provenance, source)
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try verify(file, base: base)
        #expect(result.status == 1)
        let name = reference + ".yaml"
        #expect(
            result.output == "FAIL \(file.path): cannot be verified: "
                + "\(name):1:1: error: attacker: unknown key 'attacker': remove or correct it; "
                + "\(name):1:1: error: name: the required key 'name' is missing; "
                + "\(name):1:1: error: regime: the required key 'regime' is missing; "
                + "\(name):1:1: error: groups: the required key 'groups' is missing\n")
        #expect(!FileManager.default.fileExists(atPath: reference + ".yaml"))
    }

    @Test func aVeryLongRubricReferenceIsRefused() throws {
        let long = String(repeating: "r", count: 300)
        let (base, file) = try crafted { provenance in
            var source = provenance.source
            source.rubricReference = long
            provenance = Self.resealed(provenance, source)
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try verify(file, base: base)
        #expect(result.status == 1)
        #expect(
            result.output
                == "FAIL \(file.path): cannot be verified: hoso/provenance.json: field 'rubric_reference' has an invalid value '\(String(repeating: "r", count: 80))…'\n"
        )
        let vi = try verify(file, base: base, "vi")
        #expect(
            vi.output
                == "LỖI   \(file.path): không kiểm chứng được: hoso/provenance.json: trường 'rubric_reference' có giá trị không hợp lệ '\(String(repeating: "r", count: 80))…'\n"
        )
    }

    @Test func aDataNameThatClimbsOutIsRefused() throws {
        let (base, file) = try crafted { provenance in
            var source = provenance.source
            source.dataName = "../../evil.sh"
            provenance = Self.resealed(provenance, source)
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try verify(file, base: base)
        #expect(
            result.output == "FAIL \(file.path): cannot be verified: hoso/provenance.json: field 'data_name' has an invalid value '../../evil.sh'\n")
    }

    @Test func hugeEmbeddedDataIsRefusedBeforeItIsParsed() throws {
        let (base, file) = try crafted { provenance in
            var source = provenance.source
            source.dataText += "\n# " + String(repeating: "x", count: 17 << 20)
            provenance = Self.resealed(provenance, source)
        }
        defer { try? FileManager.default.removeItem(at: base) }
        let result = try verify(file, base: base)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("FAIL \(file.path): cannot be verified: hoso/provenance.json: field 'data_text' is too large ("))
        #expect(result.output.hasSuffix(" bytes; at most 16777216)\n"))
    }

    @Test func linksDevicesAndFifosInAFolderAreNeverRead() throws {
        let (base, out) = try dossier()
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("9-Zero.docx").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(out.appendingPathComponent("9-Fifo.pdf").path, 0o600) == 0)
        try editManifest(out) { manifest in
            manifest.files.append(Manifest.Entry(name: "9-Zero.docx", bytes: 1, sha256: String(repeating: "0", count: 64)))
            manifest.files.append(Manifest.Entry(name: "9-Fifo.pdf", bytes: 1, sha256: String(repeating: "0", count: 64)))
        }
        let en = try verify(out, base: base)
        #expect(en.status == 1)
        #expect(
            problems(en.output) == [
                "FAIL \(out.path)/9-Zero.docx: not a regular file (a link, folder, device or FIFO): not read, not verified",
                "FAIL \(out.path)/9-Fifo.pdf: not a regular file (a link, folder, device or FIFO): not read, not verified",
            ])
        let single = try verify(URL(fileURLWithPath: "/dev/zero"), base: base)
        #expect(single.output == "FAIL /dev/zero: not a regular file (a link, folder, device or FIFO): not read, not verified\n")
    }
}
