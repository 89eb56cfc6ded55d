import Foundation
import OOXML
import Testing

@testable import DocxTemplate

/// Every input `make fuzz` found a fault with (kept in `FuzzFindings/`, named after the target),
/// replayed through the same calls as its fuzz target: each must now end in a value or a thrown
/// diagnostic. (Leaks show only under AddressSanitizer: replay a finding with `make fuzz`'s build,
/// `.build-fuzz/release/FuzzPackageReader FILE`.)
@Suite struct FuzzFindingsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzFindings")

    static let packageReaderFindings: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("FuzzPackageReader-") }.sorted()
    }()

    @Test func findingsAreKept() {
        #expect(!Self.packageReaderFindings.isEmpty)
    }

    /// The calls of `FuzzPackageDriver.open`: open, write back, compile, render.
    @Test(arguments: packageReaderFindings)
    func packageReaderFindingIsHandled(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        guard let package = try? OOXMLPackage.open(docx: bytes, name: name) else { return }
        let written = try package.docxData()
        // Written back and read again, the package is the same, empty parts included.
        let reread = try OOXMLPackage.open(docx: written, name: name)
        #expect(reread.partNames == package.partNames)
        for part in package.partNames { #expect(reread.part(part) == package.part(part), "\(part)") }
        guard let template = try? Template(package: package, name: name) else { return }
        _ = template.variables
        _ = try? template.render(["unit": ["name": "An Sơn"], "members": [["name": "Nguyễn Văn A"]]])
    }

    /// The first finding: a part of zero bytes (`word/styles.xml`); writing it leaked the 1-byte
    /// buffer libzip never took.
    @Test func anEmptyPartIsWrittenBackEmpty() throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("FuzzPackageReader-leak-65efb3a3-empty-part.docx")))
        let package = try OOXMLPackage.open(docx: bytes, name: "finding.docx")
        #expect(package.part("word/styles.xml") == [])
        #expect(try OOXMLPackage.open(docx: package.docxData(), name: "again.docx").part("word/styles.xml") == [])
    }
}
